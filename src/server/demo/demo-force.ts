// The demo's grassroots force (SPEC §10): a few villages, teams and members in the two demo communes, made up
// for the demo — names like "Nguyễn Văn Mẫu A", CCCD numbers that agree with the birth date and sex but end in
// a plain counter (…009001, …009002). The province applies the shipped rule set labelled "example values,
// replace with Thái Nguyên's resolution". Everything goes through the same services users call.
import { addDays } from '../../domain/common/dates.ts';
import type { MemberCreate } from '../../domain/force/force-api.schemas.ts';
import { memberCreateSchema } from '../../domain/force/force-api.schemas.ts';
import type { AreaType, MemberOrigin, MemberRole, VillageKind } from '../../domain/force/force.schemas.ts';
import type { Db } from '../db/database.ts';
import type { SystemActor } from '../http/actor.ts';
import { addTraining } from '../force/member-records.service.ts';
import { createMember } from '../force/members.service.ts';
import { createProcedure } from '../force/procedures.service.ts';
import { chooseRuleSet } from '../force/rule-sets.service.ts';
import { createTeam } from '../force/teams.service.ts';
import { sampleMember } from '../force/sample-data.ts';
import { createVillage } from '../force/villages.service.ts';
import { DEMO_PROVINCE_CODE } from './demo-data.ts';

interface DemoVillage {
  name: string;
  kind: VillageKind;
  households: number;
  population: number;
  villageClass: 1 | 2 | 3;
  areaTypes: AreaType[];
  /** Roles of the members in post, in order; origins cycle through the four. */
  members: MemberRole[];
}

const ORIGINS: MemberOrigin[] = ['bao_ve_dan_pho', 'dan_phong', 'cong_an_xa_ban_chuyen_trach', 'new'];

/** Hùng Sơn (Đại Từ, a mountain district) and Quán Triều (Thái Nguyên city). */
const DEMO_FORCE: { unit: string; villages: DemoVillage[] }[] = [
  {
    unit: '05761',
    villages: [
      {
        name: 'Tổ dân phố Mẫu Số 1',
        kind: 'to_dan_pho',
        households: 520,
        population: 1980,
        villageClass: 1,
        areaTypes: ['mountain'],
        members: ['to_truong', 'to_pho', 'to_vien'],
      },
      {
        name: 'Tổ dân phố Mẫu Số 2',
        kind: 'to_dan_pho',
        households: 900,
        population: 3400,
        villageClass: 1,
        areaTypes: ['mountain'],
        // 900 households call for 5 members (3, and 1 more per 1/3 of 500 above 500): two short.
        members: ['to_truong', 'to_vien', 'to_vien'],
      },
      {
        name: 'Xóm Mẫu Đồi Chè',
        kind: 'thon',
        households: 290,
        population: 1150,
        villageClass: 2,
        areaTypes: ['mountain', 'ethnic_minority'],
        members: ['to_truong', 'to_pho', 'to_vien'],
      },
    ],
  },
  {
    unit: '05431',
    villages: [
      {
        name: 'Tổ dân phố Mẫu Bắc',
        kind: 'to_dan_pho',
        households: 480,
        population: 1820,
        villageClass: 1,
        areaTypes: [],
        members: ['to_truong', 'to_pho', 'to_vien'],
      },
      {
        name: 'Tổ dân phố Mẫu Nam',
        kind: 'to_dan_pho',
        households: 640,
        population: 2410,
        villageClass: 1,
        areaTypes: [],
        members: ['to_truong', 'to_vien'],
      },
    ],
  },
];

/** Serial numbers of demo CCCDs start here, clear of those the tests and benchmarks make up. */
const DEMO_SERIAL = 9001;

export async function loadDemoForce(db: Db, actor: SystemActor) {
  const province = await db
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'province')
    .where('code', '=', DEMO_PROVINCE_CODE)
    .executeTakeFirstOrThrow();
  await chooseRuleSet(db, actor, {
    sourceKey: 'demo-thai-nguyen',
    provinceId: province.id,
    effectiveFrom: '2024-07-01',
    isExample: true,
  });
  let serial = DEMO_SERIAL;
  let members = 0;
  for (const commune of DEMO_FORCE) {
    const unit = await db
      .selectFrom('unit')
      .select('id')
      .where('code', '=', commune.unit)
      .executeTakeFirstOrThrow();
    for (const [index, v] of commune.villages.entries()) {
      const village = await createVillage(db, actor, {
        unitId: unit.id,
        name: v.name,
        kind: v.kind,
        households: v.households,
        population: v.population,
        areaHectares: null,
        villageClass: v.villageClass,
        areaTypes: v.areaTypes,
        securityRating: index === 1 ? 'complex' : 'normal',
      });
      const team = await createTeam(db, actor, {
        name: `Tổ bảo vệ ANTT ${v.name}`,
        villageIds: [village.id],
        decisionNumber: `${12 + index}/QĐ-UBND`,
        decisionDate: '2024-07-15',
        decisionSigner: 'Chủ tịch UBND (mẫu)',
      });
      for (const [position, role] of v.members.entries()) {
        const input: MemberCreate = memberCreateSchema.parse(
          sampleMember(serial, team.id, {
            role,
            origin: ORIGINS[(serial + position) % ORIGINS.length],
            villageId: village.id,
            residence: `Số ${position + 1}, ${v.name}`,
            recognitionDecisionNumber: `${20 + index}/QĐ-UBND`,
            recognitionDecisionDate: '2024-07-20',
          }),
        );
        const member = await createMember(db, actor, input);
        if (position < 2) {
          await addTraining(db, actor, member.id, {
            kind: 'training',
            title: 'Huấn luyện, bồi dưỡng nghiệp vụ năm 2024 (mẫu)',
            startedOn: '2024-09-09',
            endedOn: '2024-09-13',
            passed: true,
          });
        }
        serial += 1;
        members += 1;
      }
    }
  }
  // A recognition three weeks old whose proposal is still not sent: a late step on Hùng Sơn's dashboard.
  const hungSon = await db
    .selectFrom('unit')
    .select('id')
    .where('code', '=', '05761')
    .executeTakeFirstOrThrow();
  const team = await db
    .selectFrom('team')
    .select('id')
    .where('unitId', '=', hungSon.id)
    .where('name', '=', 'Tổ bảo vệ ANTT Tổ dân phố Mẫu Số 2')
    .executeTakeFirstOrThrow();
  const today = actor.now.slice(0, 10);
  const candidate = await createMember(
    db,
    actor,
    memberCreateSchema.parse(
      sampleMember(serial, team.id, {
        role: 'to_vien',
        origin: 'new',
        residence: 'Số 9, Tổ dân phố Mẫu Số 2',
      }),
    ),
  );
  await createProcedure(db, actor, {
    kind: 'recognition',
    unitId: hungSon.id,
    title: 'Công nhận thành viên bổ sung Tổ dân phố Mẫu Số 2 (mẫu)',
    startedOn: addDays(today, -21),
    teamId: team.id,
    leaveReason: null,
    details: { policeChiefName: 'Hoàng Văn Sơn (mẫu)', chairmanName: 'Nguyễn Văn Chủ Tịch (mẫu)' },
    persons: [{ memberId: candidate.id, proposedRole: 'to_vien' }],
  });
  return { villages: DEMO_FORCE.flatMap((c) => c.villages).length, members: members + 1 };
}
