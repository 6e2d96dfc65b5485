import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Event, EventSummary } from '../../domain/events/events.schemas.ts';
import type { MediaItem, MediaSummary } from '../../domain/events/media.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { multipartFile } from '../test/multipart.ts';
import { readWorkbook } from '../test/xlsx.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.each(inject('testDialects'))('events and media work on %s', (dialect) => {
  let t: TestContext;
  const taskIds = new Map<string, string>();
  let event: Event;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2024-07-05T03:00:00.000Z'),
    });
    const tasks = await t.db.selectFrom('task').select(['id', 'code']).execute();
    for (const task of tasks) taskIds.set(task.code, task.id);
  });
  afterAll(() => t.close());

  const course = () => ({
    kind: 'force_training',
    title: 'Lớp bồi dưỡng kỹ năng tuần tra cho Tổ bảo vệ an ninh, trật tự',
    taskId: taskIds.get('1.5'),
    form: 'in_person',
    startsOn: '2024-07-01',
    endsOn: '2024-07-03',
    place: 'Nhà văn hóa tổ dân phố 5',
    audience: 'Thành viên các Tổ bảo vệ an ninh, trật tự',
    participantCount: 36,
  });

  it('lets a commune police record a course of its own, linked to task 1.5', async () => {
    const commune = await t.as('ca.hungson');
    const res = await commune({ method: 'POST', url: '/api/events', payload: course() });
    expect(res.statusCode).toBe(201);
    event = res.json<Event>();
    expect(event).toMatchObject({
      kind: 'force_training',
      unit: { code: '05761' },
      task: { code: '1.5', planNumber: '71/KH-UBND' },
      participantCount: 36,
      canEdit: true,
      files: [],
    });
    expect((await auditRowsFor(t.db, 'event', event.id)).map((row) => row.action)).toEqual(['create']);
  });

  it('refuses bad input with its fields, other units’ names (404) and leaders (403)', async () => {
    const commune = await t.as('ca.hungson');
    const backwards = await commune({
      method: 'POST',
      url: '/api/events',
      payload: { ...course(), endsOn: '2024-06-30', title: '' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(
      backwards
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/endsOn', '/title']);
    const unknownTask = await commune({
      method: 'POST',
      url: '/api/events',
      payload: { ...course(), taskId: 'nope' },
    });
    expect(unknownTask.statusCode).toBe(400);
    expect(unknownTask.json().errors[0].path).toBe('/taskId');
    const otherUnit = await commune({
      method: 'POST',
      url: '/api/events',
      payload: { ...course(), unitId: await t.unitId('171') },
    });
    expect(otherUnit.statusCode).toBe(404);
    const leader = await t.as('ubndtinh');
    expect((await leader({ method: 'POST', url: '/api/events', payload: course() })).statusCode).toBe(403);
  });

  it('shows an event to its unit and the units above it, never to others (404)', async () => {
    const district = await t.as('ubnd.daitu');
    expect((await district({ method: 'GET', url: `/api/events/${event.id}` })).statusCode).toBe(200);
    const other = await t.as('ca.quantrieu');
    expect((await other({ method: 'GET', url: `/api/events/${event.id}` })).statusCode).toBe(404);
    expect((await other({ method: 'GET', url: '/api/events?limit=100' })).json().items).toEqual([]);
    const edit = await other({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      payload: { version: 1, title: 'x' },
    });
    expect(edit.statusCode).toBe(404);
  });

  it('keeps materials checked by type, readable by those who see the event', async () => {
    const commune = await t.as('ca.hungson');
    const upload = await commune({
      method: 'POST',
      url: `/api/events/${event.id}/files`,
      ...multipartFile('giao-an.pdf', PDF),
    });
    expect(upload.statusCode).toBe(201);
    const fake = await commune({
      method: 'POST',
      url: `/api/events/${event.id}/files`,
      ...multipartFile('anh.png', Buffer.from('không phải ảnh')),
    });
    expect(fake.statusCode).toBe(415);
    const district = await t.as('ubnd.daitu');
    const download = await district({ method: 'GET', url: `/api/event-files/${upload.json().id}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const other = await t.as('ca.quantrieu');
    expect((await other({ method: 'GET', url: `/api/event-files/${upload.json().id}` })).statusCode).toBe(
      404,
    );
    expect((await commune({ method: 'GET', url: `/api/events/${event.id}` })).json().files).toHaveLength(1);
  });

  it('updates with a version (409 when stale), lists with filters and search, exports .xlsx', async () => {
    const commune = await t.as('ca.hungson');
    const updated = await commune({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      payload: { version: event.version, participantCount: 40 },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().participantCount).toBe(40);
    const stale = await commune({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      payload: { version: event.version, participantCount: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const coordinator = await t.as('congantinh');
    const found = await coordinator({ method: 'GET', url: '/api/events?q=boi duong ky nang tuan tra' });
    expect(found.json().items.map((e: EventSummary) => e.id)).toEqual([event.id]);
    const trainings = await coordinator({
      method: 'GET',
      url: '/api/events?kind=force_training&sort=startsOn&order=asc',
    });
    expect(trainings.json().items.every((e: EventSummary) => e.kind === 'force_training')).toBe(true);
    expect(trainings.json().items.find((e: EventSummary) => e.id === event.id)).toMatchObject({
      fileCount: 1,
    });
    const exported = await coordinator({ method: 'GET', url: '/api/events/export.xlsx?kind=force_training' });
    expect(exported.statusCode).toBe(200);
    const sheet = (await readWorkbook(exported.rawPayload)).worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe('Tên hội nghị, lớp, cuộc');
    const titles = Array.from(
      { length: (sheet?.rowCount ?? 1) - 1 },
      (_, i) => sheet?.getRow(i + 2).getCell(2).value,
    );
    expect(titles).toContain(course().title);
  });

  it('holds attendance rows only for members of the force register; the event takes its rows along', async () => {
    // The attendance API itself: attendance.test.ts. Here the database's own guard, under any code path.
    await expect(
      t.db
        .insertInto('eventAttendance')
        .values({
          eventId: event.id,
          memberId: 'no-such-member',
          result: 'passed',
          certificateNo: 'GCN-05761-001',
          createdAt: '2024-07-05T03:00:00.000Z',
          updatedAt: '2024-07-05T03:00:00.000Z',
        })
        .execute(),
    ).rejects.toThrow();
    const commune = await t.as('ca.hungson');
    expect((await commune({ method: 'DELETE', url: `/api/events/${event.id}` })).statusCode).toBe(204);
    expect(await t.db.selectFrom('eventFile').selectAll().where('eventId', '=', event.id).execute()).toEqual(
      [],
    );
  });

  it('records media items by outlet with links, summed by outlet and month', async () => {
    const coordinator = await t.as('congantinh');
    const btn = await t.unitId('19.BTN');
    const article = {
      kind: 'article',
      unitId: btn,
      channel: 'Báo điện tử',
      title: 'Tổ bảo vệ an ninh, trật tự đi vào hoạt động',
      publishedOn: '2024-07-02',
      url: 'https://example.org/bao-thai-nguyen/to-bao-ve',
      taskId: taskIds.get('1.2'),
    };
    const created = await coordinator({ method: 'POST', url: '/api/media', payload: article });
    expect(created.statusCode).toBe(201);
    expect(created.json<MediaItem>()).toMatchObject({
      month: '2024-07',
      unit: { code: '19.BTN' },
      task: { code: '1.2' },
    });
    const badUrl = await coordinator({
      method: 'POST',
      url: '/api/media',
      payload: { ...article, url: 'javascript:alert(1)' },
    });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().errors[0].path).toBe('/url');
    const agency = await t.as('sotuphap');
    expect((await agency({ method: 'POST', url: '/api/media', payload: article })).statusCode).toBe(404);
    const own = await agency({
      method: 'POST',
      url: '/api/media',
      payload: {
        kind: 'web_post',
        title: 'Hỏi đáp về Luật',
        publishedOn: '2024-07-03',
        taskId: taskIds.get('1.3'),
      },
    });
    expect(own.statusCode).toBe(201);
    expect(
      (await agency({ method: 'GET', url: '/api/media?limit=100' }))
        .json()
        .items.every((m: MediaItem) => m.unit.name === 'Sở Tư pháp'),
    ).toBe(true);

    const summary = (
      await coordinator({ method: 'GET', url: '/api/media/summary?year=2024' })
    ).json<MediaSummary>();
    expect(summary.months).toHaveLength(12);
    const paper = summary.rows.find((row) => row.unit.code === '19.BTN');
    // The demo's three articles (May, June ×2) and the one above (July).
    expect(paper?.counts.slice(4, 7)).toEqual([1, 2, 1]);
    expect(paper?.total).toBe(4);
    const july = await coordinator({ method: 'GET', url: '/api/media?month=2024-07' });
    expect(july.json().total).toBe(3);
    const exported = await coordinator({ method: 'GET', url: '/api/media/export.xlsx?month=2024-07' });
    const sheet = (await readWorkbook(exported.rawPayload)).worksheets[0];
    expect(sheet?.rowCount).toBe(1 + 3);
    expect(sheet?.getRow(1).getCell(7).value).toBe('Đường dẫn');
  });
});
