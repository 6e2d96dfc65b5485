// Force fixtures for API tests: a village with its team, created through the API as a given user.
import { expect } from 'vitest';
import type { Team, Village } from '../../domain/force/force-api.schemas.ts';
import type { TestContext } from './context.ts';

export type Inject = Awaited<ReturnType<TestContext['as']>>;

export async function villageWithTeam(as: Inject, unitId: string, name: string, households: number) {
  const village = await as({
    method: 'POST',
    url: '/api/villages',
    payload: {
      unitId,
      name,
      kind: 'thon',
      households,
      population: households * 4,
      areaHectares: null,
      villageClass: 2,
    },
  });
  expect(village.statusCode).toBe(201);
  const team = await as({
    method: 'POST',
    url: '/api/teams',
    payload: {
      name: `Tổ bảo vệ ANTT ${name}`,
      villageIds: [village.json<Village>().id],
      decisionNumber: '01/QĐ-UBND',
      decisionDate: '2024-07-10',
      decisionSigner: 'Chủ tịch UBND xã',
    },
  });
  expect(team.statusCode).toBe(201);
  return { village: village.json<Village>(), team: team.json<Team>() };
}
