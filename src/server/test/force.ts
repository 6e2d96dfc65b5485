// Force fixtures for API tests: a village with its team and members, created through the API as a given user;
// a merger of two communes recorded in the catalogue.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Member, Team, Village } from '../../domain/force/force-api.schemas.ts';
import { sampleMember } from '../force/sample-data.ts';
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

/**
 * Adds members with these roles to a team (recognised on 1/8/2024), numbering their made-up identities from
 * `firstSerial` on across calls.
 */
export function memberAdder(firstSerial: number) {
  let serial = firstSerial;
  return async (as: Inject, teamId: string, roles: string[], origin = 'new') => {
    const added: Member[] = [];
    for (const role of roles) {
      const res = await as({
        method: 'POST',
        url: '/api/members',
        payload: sampleMember(serial++, teamId, { role, origin, recognitionDecisionDate: '2024-08-01' }),
      });
      expect(res.statusCode).toBe(201);
      added.push(res.json<Member>());
    }
    return added;
  };
}

/** Records in the catalogue that `oldUnitId` was merged into `newUnitId` on `effectiveDate`. */
export async function recordSuccession(
  t: TestContext,
  oldUnitId: string,
  newUnitId: string,
  effectiveDate: string,
) {
  await t.db
    .insertInto('unitSuccession')
    .values({
      id: randomUUID(),
      oldUnitId,
      newUnitId,
      effectiveDate,
      note: 'sáp nhập (thử)',
      createdAt: new Date().toISOString(),
    })
    .execute();
}
