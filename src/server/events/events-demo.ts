/**
 * Demo events and media items on the seed plan's section II.1 (SPEC §10): made up, flagged `is_demo`, linked
 * to tasks 1.1–1.5; and, with the demo reports, where the demo indicators' values come from.
 */
import { randomUUID } from 'node:crypto';
import type { IndicatorSource } from '../../domain/events/constants.ts';
import type { EventCreate } from '../../domain/events/events.schemas.ts';
import type { MediaCreate } from '../../domain/events/media.schemas.ts';
import type { Db } from '../db/database.ts';
import type { SystemActor } from '../http/actor.ts';
import { insertEvent } from './events.service.ts';
import { insertMedia } from './media.service.ts';

type DemoEvent = Omit<EventCreate, 'unitId' | 'taskId'> & { unit: string; task: string };
type DemoMedia = Omit<MediaCreate, 'unitId' | 'taskId'> & { unit: string; task: string };

const DEMO_EVENTS: DemoEvent[] = (
  [
    {
      unit: '19.STP',
      task: '1.1',
      kind: 'briefing',
      title: 'Hội nghị quán triệt, phổ biến Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
      form: 'both',
      startsOn: '2024-05-16',
      endsOn: '2024-05-16',
      place: 'Hội trường UBND tỉnh, điểm cầu trực tuyến các huyện, thành phố',
      audience: 'Lãnh đạo các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố',
      participantCount: 260,
    },
    {
      unit: '171',
      task: '1.1',
      kind: 'briefing',
      title: 'Hội nghị quán triệt Luật cho cán bộ chủ chốt các xã, thị trấn huyện Đại Từ',
      form: 'in_person',
      startsOn: '2024-06-05',
      endsOn: '2024-06-05',
      place: 'Hội trường UBND huyện Đại Từ',
      audience: 'Chủ tịch, Phó Chủ tịch UBND và Trưởng Công an 29 xã, thị trấn',
      participantCount: 320,
    },
    {
      unit: '19.CAT',
      task: '1.4',
      kind: 'specialised_training',
      title: 'Tập huấn chuyên sâu Luật và các văn bản quy định chi tiết',
      form: 'in_person',
      startsOn: '2024-06-12',
      endsOn: '2024-06-13',
      place: 'Hội trường Công an tỉnh',
      audience: 'Cán bộ Công an các đơn vị, địa phương; cán bộ tham mưu quản lý nhà nước',
      participantCount: 180,
    },
    {
      unit: '05761',
      task: '1.5',
      kind: 'force_training',
      title: 'Bồi dưỡng nghiệp vụ cho thành viên Tổ bảo vệ an ninh, trật tự thị trấn Hùng Sơn',
      form: 'in_person',
      startsOn: '2024-08-20',
      endsOn: '2024-08-22',
      place: 'Trụ sở Công an thị trấn Hùng Sơn',
      audience: 'Tổ trưởng, Tổ phó, tổ viên các Tổ bảo vệ an ninh, trật tự',
      participantCount: 45,
    },
    {
      unit: '19.CAT',
      task: '1.5',
      kind: 'drill',
      title: 'Diễn tập phương án bảo vệ an ninh, trật tự ở cơ sở',
      form: 'in_person',
      startsOn: '2024-10-15',
      endsOn: '2024-10-15',
      place: 'Thị trấn Hùng Sơn, huyện Đại Từ',
      audience: 'Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở huyện Đại Từ',
      participantCount: 120,
    },
  ] satisfies DemoEvent[]
).map((event) => ({ ...event, description: 'Dữ liệu mẫu để trình diễn hệ thống.' }));

const DEMO_MEDIA: DemoMedia[] = (
  [
    {
      unit: '19.BTN',
      task: '1.2',
      kind: 'article',
      channel: 'Báo in',
      title: 'Những điểm mới của Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
      publishedOn: '2024-05-08',
    },
    {
      unit: '19.BTN',
      task: '1.2',
      kind: 'article',
      channel: 'Báo điện tử',
      title: 'Thái Nguyên sẵn sàng cho lực lượng bảo vệ an ninh, trật tự ở cơ sở',
      publishedOn: '2024-06-11',
    },
    {
      unit: '19.BTN',
      task: '1.2',
      kind: 'article',
      channel: 'Báo điện tử',
      title: 'Hỏi – đáp về tiêu chuẩn tham gia Tổ bảo vệ an ninh, trật tự',
      publishedOn: '2024-06-25',
    },
    {
      unit: '19.PTTH',
      task: '1.2',
      kind: 'broadcast',
      channel: 'Kênh truyền hình TN',
      title: 'Phóng sự: Chuẩn bị triển khai Luật Lực lượng tham gia bảo vệ ANTT ở cơ sở',
      publishedOn: '2024-06-18',
    },
    {
      unit: '19.PTTH',
      task: '1.2',
      kind: 'broadcast',
      channel: 'Sóng phát thanh',
      title: 'Chuyên mục An ninh cơ sở: Quyền và nghĩa vụ của thành viên Tổ bảo vệ',
      publishedOn: '2024-07-02',
    },
    {
      unit: '19.STP',
      task: '1.3',
      kind: 'web_post',
      channel: 'Trang PBGDPL tỉnh',
      title: 'Toàn văn Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
      publishedOn: '2024-05-02',
    },
    {
      unit: '19.STP',
      task: '1.3',
      kind: 'web_post',
      channel: 'Trang PBGDPL tỉnh',
      title: 'Tài liệu hỏi – đáp Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
      publishedOn: '2024-06-20',
    },
  ] satisfies DemoMedia[]
).map((item) => ({ ...item, note: 'Dữ liệu mẫu để trình diễn hệ thống.' }));

/** Loads the demo events and media items of the seed plan; returns how many of each. */
export async function loadDemoActivity(db: Db, actor: SystemActor, planId: string) {
  const [tasks, units] = await Promise.all([
    db.selectFrom('task').select(['id', 'code']).where('planId', '=', planId).execute(),
    db
      .selectFrom('unit')
      .select(['id', 'code'])
      .where('code', 'in', [...new Set([...DEMO_EVENTS, ...DEMO_MEDIA].map((item) => item.unit))])
      .execute(),
  ]);
  const taskId = new Map(tasks.map((task) => [task.code, task.id]));
  const unitId = new Map(units.map((unit) => [unit.code, unit.id]));
  let events = 0;
  let media = 0;
  for (const { unit, task, ...event } of DEMO_EVENTS) {
    const id = unitId.get(unit);
    if (!id) continue;
    await insertEvent(
      db,
      actor,
      { ...event, unitId: id, taskId: taskId.get(task) ?? null },
      { isDemo: true },
    );
    events += 1;
  }
  for (const { unit, task, ...item } of DEMO_MEDIA) {
    const id = unitId.get(unit);
    if (!id) continue;
    await insertMedia(db, actor, { ...item, unitId: id, taskId: taskId.get(task) ?? null }, { isDemo: true });
    media += 1;
  }
  return { events, media };
}

/** Where the demo indicators' values come from, and the review task's own two indicators. */
const DEMO_SOURCES: { task: string; name: string; source: IndicatorSource; unitLabel?: string }[] = [
  { task: '1.1', name: 'Hội nghị quán triệt', source: 'event_count' },
  { task: '1.1', name: 'Lượt người tham dự', source: 'event_participants' },
  { task: '1.2', name: 'Tin, bài đã đăng, phát', source: 'media_count' },
  { task: '1.4', name: 'Lớp tập huấn', source: 'event_count' },
  { task: '2.a', name: 'Văn bản đã rà soát, có kết quả', source: 'finding_count', unitLabel: 'văn bản' },
  {
    task: '2.a',
    name: 'Văn bản đề nghị sửa đổi, thay thế, bãi bỏ, ban hành mới',
    source: 'finding_change_count',
    unitLabel: 'văn bản',
  },
];

export async function linkDemoIndicatorSources(db: Db, actor: SystemActor, planId: string) {
  const tasks = await db.selectFrom('task').select(['id', 'code']).where('planId', '=', planId).execute();
  for (const demo of DEMO_SOURCES) {
    const task = tasks.find((candidate) => candidate.code === demo.task);
    if (!task) continue;
    let indicator = await db
      .selectFrom('indicator')
      .select('id')
      .where('taskId', '=', task.id)
      .where('name', '=', demo.name)
      .executeTakeFirst();
    if (!indicator && demo.unitLabel) {
      const last = await db
        .selectFrom('indicator')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('taskId', '=', task.id)
        .executeTakeFirst();
      indicator = { id: randomUUID() };
      await db
        .insertInto('indicator')
        .values({
          id: indicator.id,
          taskId: task.id,
          name: demo.name,
          unitLabel: demo.unitLabel,
          kind: 'count',
          position: Number(last?.max ?? -1) + 1,
          createdAt: actor.now,
        })
        .execute();
    }
    if (indicator)
      await db
        .insertInto('indicatorSource')
        .values({ indicatorId: indicator.id, source: demo.source, updatedAt: actor.now })
        .execute();
  }
}
