// A province at work, for the dashboard benchmarks (SPEC §9): Thái Nguyên's 187 units (province, 9 districts,
// 177 communes) and its agencies from the demo data, then a province-wide plan of 10 tasks whose every task is
// assigned to every district, commune and agency (Công an tỉnh leads), reporting monthly through this year,
// with this year's reports written up to today in a plausible mix of states. Built once per engine (shared,
// read-only). Deterministic apart from "today".
import { randomUUID } from 'node:crypto';
import type { PlanCreate } from '../src/domain/plans/plan-api.schemas.ts';
import type { Db } from '../src/server/db/database.ts';
import type { ReportTable } from '../src/server/db/schema.ts';
import { DEMO_PROVINCE_CODE } from '../src/server/demo/demo-data.ts';
import { loadDemoDataIfEmpty } from '../src/server/demo/demo.service.ts';
import { systemActor } from '../src/server/http/actor.ts';
import { createPlan } from '../src/server/plans/plans.service.ts';
import { generatePeriods } from '../src/server/reports/periods.service.ts';
import { formatMs } from './stats.ts';
import type { EngineContext } from './types.ts';

export interface ProvincePlan {
  /** The database's URL; its connection is closed, so a server process can open it. */
  url: string;
  planId: string;
  /** Due dates of this year: the range the dashboard page asks for. */
  from: string;
  to: string;
  assignments: number;
  periods: number;
  reports: number;
}

const TASK_TITLES = [
  'Tổ chức quán triệt, tuyên truyền, phổ biến Luật tại hội nghị',
  'Tuyên truyền Luật trên các phương tiện thông tin đại chúng',
  'Đăng tải Luật trên trang thông tin điện tử của cơ quan, đơn vị',
  'Tập huấn chuyên sâu Luật và các văn bản quy định chi tiết',
  'Huấn luyện, bồi dưỡng lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  'Rà soát văn bản quy phạm pháp luật liên quan',
  'Kiện toàn Tổ bảo vệ an ninh, trật tự ở thôn, tổ dân phố',
  'Bảo đảm kinh phí, trang thiết bị cho lực lượng ở cơ sở',
  'Theo dõi, kiểm tra việc thi hành Luật',
  'Sơ kết, báo cáo kết quả thi hành Luật',
];

/** A small linear congruential generator: the same "random" states on every build. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** What a unit has done with a past period: mostly accepted, some waiting for review, some late. */
function pastState(random: () => number): ReportTable['status'] | null {
  const x = random();
  if (x < 0.55) return 'accepted';
  if (x < 0.7) return 'submitted';
  if (x < 0.75) return 'returned';
  if (x < 0.85) return 'draft';
  return null;
}

async function provinceUnits(db: Db) {
  const province = await db
    .selectFrom('unit')
    .select(['id', 'path'])
    .where('kind', '=', 'province')
    .where('code', '=', DEMO_PROVINCE_CODE)
    .executeTakeFirstOrThrow();
  const units = await db
    .selectFrom('unit')
    .select(['id', 'code', 'name', 'kind'])
    .where('path', 'like', `${province.path}%`)
    .where('kind', '!=', 'province')
    .orderBy('path')
    .execute();
  const owner = units.find((u) => u.code === '19.UBND');
  const lead = units.find((u) => u.code === '19.CAT');
  if (!owner || !lead) throw new Error('the demo agencies UBND tỉnh and Công an tỉnh are missing');
  return { owner, lead, coordinators: units.filter((u) => u !== owner && u !== lead) };
}

async function insertReports(db: Db, planId: string, today: string, now: string) {
  const periods = await db
    .selectFrom('reportingPeriod')
    .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .select(['reportingPeriod.id', 'reportingPeriod.dueDate'])
    .where('task.planId', '=', planId)
    .orderBy('reportingPeriod.dueDate')
    .orderBy('reportingPeriod.id')
    .execute();
  const random = sequence(2024);
  const rows = periods.flatMap((period) => {
    // Periods still to come: a few units have started a draft.
    const status = period.dueDate < today ? pastState(random) : random() < 0.2 ? 'draft' : null;
    if (!status) return [];
    const at = `${period.dueDate}T02:00:00.000Z`;
    const sent = status !== 'draft';
    return [
      {
        id: randomUUID(),
        periodId: period.id,
        status,
        progress: status === 'accepted' ? 100 : Math.round(random() * 18) * 5,
        done: 'Đã tổ chức quán triệt, tuyên truyền Luật tại cơ sở; lồng ghép với sinh hoạt thôn, tổ dân phố.',
        difficulties: random() < 0.08 ? 'Kinh phí còn hạn chế; lực lượng mỏng, kiêm nhiệm nhiều việc.' : null,
        proposals: null,
        returnComment: status === 'returned' ? 'Đề nghị bổ sung số liệu.' : null,
        submittedAt: sent ? at : null,
        acceptedAt: status === 'accepted' ? at : null,
        snapshot: null,
        createdBy: null,
        updatedBy: null,
        createdAt: now,
        updatedAt: now,
      },
    ];
  });
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('report')
      .values(rows.slice(start, start + 500))
      .execute();
  }
  return { periods: periods.length, reports: rows.length };
}

export function provincePlan(context: EngineContext): Promise<ProvincePlan> {
  return context.shared('province-plan', async () => {
    const database = await context.freshDatabase('province');
    try {
      const started = performance.now();
      const now = new Date();
      const actor = systemActor(now);
      await loadDemoDataIfEmpty(database.db, now);
      const year = now.getUTCFullYear();
      const { owner, lead, coordinators } = await provinceUnits(database.db);
      const input: PlanCreate = {
        number: `99/KH-UBND`,
        issuer: 'UBND tỉnh Thái Nguyên',
        place: 'Thái Nguyên',
        date: `${year}-01-01`,
        title: `Kế hoạch thi hành Luật trên địa bàn tỉnh năm ${year} (dữ liệu đo hiệu năng)`,
        recipients: [],
        status: 'active',
        ownerUnitId: owner.id,
        reportingDuties: [],
        tasks: TASK_TITLES.map((title, index) => ({
          code: String(index + 1),
          title,
          schedule: {
            kind: 'periodic',
            date: null,
            year: null,
            quarter: null,
            half: null,
            month: null,
            day: null,
            everyMonths: 1,
            text: 'Báo cáo hằng tháng',
          },
          assignments: [
            { role: 'lead', nameText: lead.name, unitId: lead.id },
            ...coordinators.map((u) => ({ role: 'coordinator' as const, nameText: u.name, unitId: u.id })),
          ],
          children: [],
        })),
      };
      const plan = await createPlan(database.db, actor, input);
      const to = `${year}-12-31`;
      await generatePeriods(database.db, actor, plan.id, to);
      const counts = await insertReports(
        database.db,
        plan.id,
        now.toISOString().slice(0, 10),
        now.toISOString(),
      );
      const assignments = TASK_TITLES.length * (coordinators.length + 1);
      context.log(
        `province plan built in ${formatMs(performance.now() - started)}: ${TASK_TITLES.length} tasks × ` +
          `${coordinators.length + 1} units = ${assignments.toLocaleString('en-US')} assignments, ` +
          `${counts.periods.toLocaleString('en-US')} monthly periods of ${year}, ` +
          `${counts.reports.toLocaleString('en-US')} reports`,
      );
      return { url: database.url, planId: plan.id, from: `${year}-01-01`, to, assignments, ...counts };
    } finally {
      await database.close();
    }
  });
}
