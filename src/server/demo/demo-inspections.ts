import { addDays, vietnamToday } from '../../domain/common/dates.ts';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { SystemActor } from '../http/actor.ts';
import { searchTextOf } from '../inspections/inspections.service.ts';

interface DemoFollowUp {
  what: string;
  /** Days from the day the demo is loaded: negative is already past. */
  dueIn: number;
  doneIn?: number;
  result?: string;
}

interface DemoFinding {
  kind: 'good_practice' | 'shortcoming' | 'violation';
  text: string;
  followUps: DemoFollowUp[];
}

const DONE_FINDINGS: DemoFinding[] = [
  {
    kind: 'shortcoming',
    text: 'Hồ sơ quản lý thành viên Tổ bảo vệ an ninh, trật tự chưa đầy đủ: 06 thành viên thiếu sơ yếu lý lịch và quyết định công nhận (số liệu minh họa).',
    followUps: [
      {
        what: 'Bổ sung đầy đủ hồ sơ của các thành viên Tổ bảo vệ an ninh, trật tự; báo cáo kết quả về Công an tỉnh.',
        dueIn: -5,
      },
    ],
  },
  {
    kind: 'violation',
    text: 'Chi hỗ trợ hằng tháng cho thành viên Tổ bảo vệ an ninh, trật tự quý III chậm so với quy định (số liệu minh họa).',
    followUps: [
      {
        what: 'Lập danh sách chi trả tiền hỗ trợ còn thiếu, trình UBND thị trấn phê duyệt.',
        dueIn: -20,
        doneIn: -22,
        result: 'UBND thị trấn đã phê duyệt danh sách chi trả (minh họa).',
      },
      {
        what: 'Chi trả dứt điểm tiền hỗ trợ còn thiếu cho các thành viên Tổ bảo vệ an ninh, trật tự.',
        dueIn: 10,
      },
    ],
  },
];

async function unitByCode(db: Db, code: string) {
  return db.selectFrom('unit').select(['id', 'name']).where('code', '=', code).executeTakeFirstOrThrow();
}

async function insertFindings(
  db: Db,
  actor: SystemActor,
  inspectionId: string,
  unitId: string,
  today: string,
) {
  for (const [position, finding] of DONE_FINDINGS.entries()) {
    const findingId = randomUUID();
    await db
      .insertInto('inspectionFinding')
      .values({
        id: findingId,
        inspectionId,
        kind: finding.kind,
        text: finding.text,
        position,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    for (const followUp of finding.followUps) {
      const isDone = followUp.doneIn !== undefined;
      await db
        .insertInto('followUp')
        .values({
          id: randomUUID(),
          findingId,
          inspectionId,
          responsibleUnitId: unitId,
          what: followUp.what,
          dueDate: addDays(today, followUp.dueIn),
          state: isDone ? 'done' : 'open',
          doneOn: isDone ? addDays(today, followUp.doneIn ?? 0) : null,
          result: followUp.result ?? null,
          createdAt: actor.now,
          updatedAt: actor.now,
        })
        .execute();
    }
  }
}

/**
 * Two inspections of the seed plan's task 4 ("theo dõi, kiểm tra"), dated from the day the demo loads: Công
 * an tỉnh's visit to Thị trấn Hùng Sơn a month ago, with findings and follow-ups (one overdue, one due soon,
 * one done), and UBND huyện Đại Từ's planned inspection of Thị trấn Quân Chu. Names and figures are made up.
 */
export async function loadDemoInspections(db: Db, actor: SystemActor, planId: string) {
  const today = vietnamToday(actor.now);
  const task = await db
    .selectFrom('task')
    .select('id')
    .where('planId', '=', planId)
    .where('code', '=', '4')
    .executeTakeFirst();
  const [police, hungSon, daiTu, quanChu] = await Promise.all(
    ['19.CAT', '05761', '171', '05851'].map((code) => unitByCode(db, code)),
  );
  if (!police || !hungSon || !daiTu || !quanChu) return 0;
  const base = {
    planId,
    taskId: task?.id ?? null,
    createdBy: null,
    updatedBy: null,
    createdAt: actor.now,
    updatedAt: actor.now,
  };
  const doneId = randomUUID();
  const doneSubject =
    'Kiểm tra việc triển khai thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở tại Thị trấn Hùng Sơn';
  await db
    .insertInto('inspection')
    .values({
      ...base,
      id: doneId,
      inspectingUnitId: police.id,
      inspectedUnitId: hungSon.id,
      subject: doneSubject,
      content:
        'Việc thành lập, củng cố Tổ bảo vệ an ninh, trật tự; quản lý hồ sơ thành viên; chi hỗ trợ, bồi dưỡng.',
      team: 'Trưởng đoàn: Đ/c Nguyễn Văn Mẫu (minh họa); thành viên: Đ/c Trần Thị Thử, Đ/c Lê Văn Demo.',
      plannedFrom: addDays(today, -32),
      plannedTo: addDays(today, -30),
      decisionNumber: '125/QĐ-CAT',
      decisionDate: addDays(today, -40),
      state: 'done',
      actualDate: addDays(today, -31),
      conclusion:
        'Thị trấn Hùng Sơn đã thành lập đủ Tổ bảo vệ an ninh, trật tự ở các tổ dân phố; còn tồn tại về hồ sơ thành viên và chi hỗ trợ cần khắc phục.',
      conclusionNumber: '18/KL-CAT',
      searchText: searchTextOf([doneSubject, '125/QĐ-CAT', '18/KL-CAT', police.name, hungSon.name]),
    })
    .execute();
  await insertFindings(db, actor, doneId, hungSon.id, today);
  const plannedSubject = 'Kiểm tra công tác bảo đảm an ninh, trật tự ở cơ sở tại Thị trấn Quân Chu';
  await db
    .insertInto('inspection')
    .values({
      ...base,
      id: randomUUID(),
      inspectingUnitId: daiTu.id,
      inspectedUnitId: quanChu.id,
      subject: plannedSubject,
      content: 'Hoạt động của Tổ bảo vệ an ninh, trật tự; việc tập huấn, bồi dưỡng thành viên.',
      team: 'Đoàn kiểm tra UBND huyện Đại Từ (minh họa).',
      plannedFrom: addDays(today, 20),
      plannedTo: addDays(today, 21),
      decisionNumber: null,
      decisionDate: null,
      state: 'planned',
      actualDate: null,
      conclusion: null,
      conclusionNumber: null,
      searchText: searchTextOf([plannedSubject, daiTu.name, quanChu.name]),
    })
    .execute();
  return 2;
}
