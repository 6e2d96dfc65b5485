import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { newDifficultyRow } from '../difficulties/difficulties.repo.ts';
import type { SystemActor } from '../http/actor.ts';
import { generatePeriods } from '../reports/periods.service.ts';

type Status = 'draft' | 'submitted' | 'returned' | 'accepted';

interface DemoReport {
  task: string;
  unit: string;
  due: string;
  status: Status;
  progress: number;
  done: string;
  difficulties?: string;
  proposals?: string;
  returnComment?: string;
  figures?: Record<string, number>;
}

/** Indicators the coordinator would define on the seed plan's tasks (SPEC §4 examples). */
const DEMO_INDICATORS: Record<
  string,
  { name: string; unitLabel: string; kind: 'count' | 'vnd' | 'percent' }[]
> = {
  '1.1': [
    { name: 'Hội nghị quán triệt', unitLabel: 'hội nghị', kind: 'count' },
    { name: 'Lượt người tham dự', unitLabel: 'lượt người', kind: 'count' },
  ],
  '1.2': [{ name: 'Tin, bài đã đăng, phát', unitLabel: 'tin, bài', kind: 'count' }],
  '1.4': [
    { name: 'Lớp tập huấn', unitLabel: 'lớp', kind: 'count' },
    { name: 'Kinh phí đã chi', unitLabel: 'đồng', kind: 'vnd' },
  ],
};

/**
 * A half-year of reporting on Kế hoạch 71 (to 30/6/2024), by several units, in every workflow state. Sở Tư
 * pháp's own report on task 1.1 is left for the user to write (the guided tour and the end-to-end test).
 */
const DEMO_REPORTS: DemoReport[] = [
  {
    task: '1.1',
    unit: '171',
    due: '2024-06-30',
    status: 'accepted',
    progress: 100,
    done: 'Quán triệt Luật cho cán bộ chủ chốt 29 xã, thị trấn.',
    figures: { 'Hội nghị quán triệt': 1, 'Lượt người tham dự': 320 },
  },
  {
    task: '1.1',
    unit: '164',
    due: '2024-06-30',
    status: 'submitted',
    progress: 90,
    done: 'Tổ chức hội nghị quán triệt tại thành phố; còn 02 phường chưa tổ chức ở cơ sở.',
    figures: { 'Hội nghị quán triệt': 1, 'Lượt người tham dự': 410 },
    difficulties: 'Một số phường chưa bố trí được hội trường.',
  },
  {
    task: '1.1',
    unit: '167',
    due: '2024-06-30',
    status: 'returned',
    progress: 60,
    done: 'Đã xây dựng kế hoạch quán triệt.',
    returnComment: 'Đề nghị bổ sung số liệu hội nghị và số người tham dự.',
  },
  {
    task: '1.1',
    unit: '05761',
    due: '2024-06-30',
    status: 'draft',
    progress: 40,
    done: 'Đang chuẩn bị tài liệu.',
  },
  {
    task: '1.2',
    unit: '19.BTN',
    due: '2024-06-30',
    status: 'accepted',
    progress: 100,
    done: 'Đăng 18 tin, bài trên báo in và báo điện tử.',
    figures: { 'Tin, bài đã đăng, phát': 18 },
  },
  {
    task: '1.2',
    unit: '19.PTTH',
    due: '2024-06-30',
    status: 'submitted',
    progress: 100,
    done: 'Phát 12 phóng sự, tin trên sóng phát thanh, truyền hình.',
    figures: { 'Tin, bài đã đăng, phát': 12 },
    proposals: 'Đề nghị Công an tỉnh cung cấp thêm tư liệu hình ảnh.',
  },
  {
    task: '1.2',
    unit: '19.TTTT',
    due: '2024-06-30',
    status: 'draft',
    progress: 50,
    done: 'Đăng 6 tin trên Cổng thông tin điện tử tỉnh.',
    figures: { 'Tin, bài đã đăng, phát': 6 },
  },
  {
    task: '1.3',
    unit: '19.STP',
    due: '2024-06-30',
    status: 'accepted',
    progress: 100,
    done: 'Đăng toàn văn Luật và tài liệu hỏi đáp trên Trang PBGDPL tỉnh.',
  },
  {
    task: '2.a',
    unit: '19.SNV',
    due: '2024-05-30',
    status: 'accepted',
    progress: 100,
    done: 'Rà soát 14 văn bản; không có văn bản cần sửa đổi.',
  },
  {
    task: '2.a',
    unit: '19.STC',
    due: '2024-05-30',
    status: 'submitted',
    progress: 100,
    done: 'Rà soát 9 văn bản; đề xuất sửa đổi 01 văn bản về chế độ chi.',
    proposals: 'Sửa đổi Nghị quyết về mức chi hỗ trợ lực lượng bảo vệ dân phố.',
  },
  {
    task: '2.b',
    unit: '19.CAT',
    due: '2024-06-20',
    status: 'accepted',
    progress: 100,
    done: 'Tổng hợp kết quả rà soát, tham mưu UBND tỉnh báo cáo Bộ Công an.',
  },
  {
    task: '3.1',
    unit: '19.CAT',
    due: '2024-06-30',
    status: 'submitted',
    progress: 80,
    done: 'Dự thảo Nghị quyết đã lấy ý kiến các sở, ngành.',
    difficulties: 'Chưa có hướng dẫn mức hỗ trợ tối thiểu.',
  },
];

async function insertReport(
  db: Db,
  actor: SystemActor,
  periodId: string,
  demo: DemoReport,
  indicators: Map<string, string>,
) {
  const id = randomUUID();
  const at = `${demo.due}T02:00:00.000Z`;
  await db
    .insertInto('report')
    .values({
      id,
      periodId,
      status: demo.status,
      progress: demo.progress,
      done: demo.done,
      difficulties: demo.difficulties ?? null,
      proposals: demo.proposals ?? null,
      returnComment: demo.returnComment ?? null,
      submittedAt: demo.status === 'draft' ? null : at,
      acceptedAt: demo.status === 'accepted' ? at : null,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  const steps: Status[] = {
    draft: ['draft'],
    submitted: ['draft', 'submitted'],
    returned: ['draft', 'submitted', 'returned'],
    accepted: ['draft', 'submitted', 'accepted'],
  }[demo.status] as Status[];
  for (const [index, status] of steps.entries()) {
    await db
      .insertInto('reportTransition')
      .values({
        id: randomUUID(),
        reportId: id,
        fromStatus: steps[index - 1] ?? null,
        toStatus: status,
        comment: status === 'returned' ? (demo.returnComment ?? null) : null,
        userId: null,
        at: `${demo.due}T0${2 + index}:00:00.000Z`,
      })
      .execute();
  }
  for (const [name, value] of Object.entries(demo.figures ?? {})) {
    const indicatorId = indicators.get(`${demo.task}|${name}`);
    if (indicatorId)
      await db.insertInto('reportIndicatorValue').values({ reportId: id, indicatorId, value }).execute();
  }
  if (demo.difficulties && demo.status !== 'draft') {
    await db
      .insertInto('difficulty')
      .values(newDifficultyRow(id, demo.difficulties, at))
      .execute();
  }
}

/** Periods for the seed plan, the indicators, and the half-year of demo reports (clearly demo content). */
export async function loadDemoReports(db: Db, actor: SystemActor, planId: string) {
  await generatePeriods(db, actor, planId);
  const tasks = await db.selectFrom('task').select(['id', 'code']).where('planId', '=', planId).execute();
  const taskId = new Map(tasks.map((t) => [t.code, t.id]));
  const indicators = new Map<string, string>();
  for (const [code, list] of Object.entries(DEMO_INDICATORS)) {
    for (const [position, indicator] of list.entries()) {
      const id = randomUUID();
      const task = taskId.get(code);
      if (!task) continue;
      await db
        .insertInto('indicator')
        .values({ id, taskId: task, ...indicator, position, createdAt: actor.now })
        .execute();
      indicators.set(`${code}|${indicator.name}`, id);
    }
  }
  let loaded = 0;
  for (const demo of DEMO_REPORTS) {
    const period = await db
      .selectFrom('reportingPeriod')
      .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
      .innerJoin('task', 'task.id', 'assignment.taskId')
      .innerJoin('unit', 'unit.id', 'assignment.unitId')
      .select('reportingPeriod.id')
      .where('task.planId', '=', planId)
      .where('task.code', '=', demo.task)
      .where('unit.code', '=', demo.unit)
      .where('reportingPeriod.dueDate', '=', demo.due)
      .executeTakeFirst();
    if (!period) continue;
    await insertReport(db, actor, period.id, demo, indicators);
    loaded += 1;
  }
  return loaded;
}
