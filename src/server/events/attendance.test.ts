import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AttendanceList, MemberOption } from '../../domain/events/attendance.ts';
import type { Event } from '../../domain/events/events.schemas.ts';
import type { Member } from '../../domain/force/force-api.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';

describe.each(inject('testDialects'))('attendance at force training on %s', (dialect) => {
  let t: TestContext;
  let event: Event;
  /** Hùng Sơn's demo members by name, and one of Quán Triều's. */
  let hungSon: { id: string; fullName: string }[] = [];
  let quanTrieuMember: string;
  beforeAll(async () => {
    // A clock that ticks, so audit rows written one after another keep their order on PostgreSQL too.
    let tick = 0;
    t = await createTestContext(dialect, inject('postgresUrl'), {
      withDemoForce: true,
      clock: () => new Date(Date.parse('2025-03-10T03:00:00.000Z') + tick++),
    });
    const members = (code: string) =>
      t.db
        .selectFrom('member')
        .innerJoin('unit', 'unit.id', 'member.unitId')
        .select(['member.id', 'member.fullName'])
        .where('unit.code', '=', code)
        .orderBy('member.searchName')
        .execute();
    hungSon = await members('05761');
    quanTrieuMember = (await members('05431'))[0]?.id ?? '';
  });
  afterAll(() => t.close());

  const course = {
    kind: 'force_training',
    title: 'Huấn luyện, bồi dưỡng nghiệp vụ cho Tổ bảo vệ ANTT năm 2025',
    form: 'in_person',
    startsOn: '2025-03-03',
    endsOn: '2025-03-07',
    place: 'Hội trường UBND xã Hùng Sơn',
    participantCount: 9,
  };
  const member = (i: number) => hungSon[i]?.id ?? '';
  const trainingsOf = (memberId: string) =>
    t.db
      .selectFrom('memberTraining')
      .selectAll()
      .where('memberId', '=', memberId)
      .where('eventId', '=', event.id)
      .execute();

  it('offers the organiser its commune’s members, searched without diacritics', async () => {
    const commune = await t.as('ca.hungson');
    const created = await commune({ method: 'POST', url: '/api/events', payload: course });
    expect(created.statusCode).toBe(201);
    event = created.json<Event>();
    const all = await commune({ method: 'GET', url: `/api/events/${event.id}/member-options?limit=50` });
    expect(all.statusCode).toBe(200);
    const options = all.json<{ items: MemberOption[] }>().items;
    expect(options.map((o) => o.id).sort()).toEqual(hungSon.map((m) => m.id).sort());
    expect(options.every((o) => o.unit.name.includes('Hùng Sơn'))).toBe(true);
    const name = hungSon[0]?.fullName ?? '';
    const folded = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    const searched = await commune({
      method: 'GET',
      url: `/api/events/${event.id}/member-options?q=${encodeURIComponent(folded)}`,
    });
    expect(searched.json<{ items: MemberOption[] }>().items.map((o) => o.fullName)).toContain(name);
  });

  it('records three members: the present ones get a training record, the absent none', async () => {
    const commune = await t.as('ca.hungson');
    const res = await commune({
      method: 'PUT',
      url: `/api/events/${event.id}/attendance`,
      payload: {
        items: [
          { memberId: member(0), result: 'passed', certificateNo: 'CC-01/2025' },
          { memberId: member(1), result: 'attended' },
          { memberId: member(2), result: 'absent' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const list = res.json<AttendanceList>();
    expect(list).toMatchObject({
      takesAttendance: true,
      canEdit: true,
      counts: { passed: 1, attended: 1, absent: 1, failed: 0 },
    });
    expect(list.items.find((i) => i.memberId === member(0))).toMatchObject({
      result: 'passed',
      certificateNo: 'CC-01/2025',
      unit: { code: '05761' },
    });
    expect(await trainingsOf(member(0))).toMatchObject([
      { kind: 'training', title: course.title, startedOn: '2025-03-03', endedOn: '2025-03-07', passed: 1 },
    ]);
    expect(await trainingsOf(member(1))).toMatchObject([{ passed: null }]);
    expect(await trainingsOf(member(2))).toEqual([]);
    // The member's own page shows the course among its training.
    const page = await commune({ method: 'GET', url: `/api/members/${member(0)}` });
    expect(page.json<Member>().trainings).toContainEqual(
      expect.objectContaining({ eventId: event.id, title: course.title, passed: true }),
    );
    expect((await auditRowsFor(t.db, 'event_attendance')).length).toBe(3);
  });

  it('changes results in one batch and follows the event’s title and dates', async () => {
    const commune = await t.as('ca.hungson');
    const res = await commune({
      method: 'PUT',
      url: `/api/events/${event.id}/attendance`,
      payload: {
        items: [
          { memberId: member(1), result: 'failed' },
          { memberId: member(2), result: 'passed', certificateNo: 'CC-02/2025' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(await trainingsOf(member(1))).toMatchObject([{ passed: 0 }]);
    expect(await trainingsOf(member(2))).toMatchObject([{ passed: 1 }]);
    const patched = await commune({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      payload: { version: event.version, title: 'Lớp bồi dưỡng kỹ năng tuần tra', endsOn: '2025-03-06' },
    });
    expect(patched.statusCode).toBe(200);
    event = patched.json<Event>();
    expect(await trainingsOf(member(0))).toMatchObject([
      { kind: 'refresher', title: 'Lớp bồi dưỡng kỹ năng tuần tra', endedOn: '2025-03-06' },
    ]);
  });

  it('refuses bad input with its fields and writes nothing of a refused batch', async () => {
    const commune = await t.as('ca.hungson');
    const put = (items: unknown[]) =>
      commune({ method: 'PUT', url: `/api/events/${event.id}/attendance`, payload: { items } });
    const badResult = await put([{ memberId: member(3), result: 'present' }]);
    expect(badResult.statusCode).toBe(400);
    expect(badResult.json().errors[0]).toMatchObject({
      path: '/items/0/result',
      message: expect.stringContaining('attended (Tham dự)'),
    });
    const absentWithCertificate = await put([{ memberId: member(3), result: 'absent', certificateNo: 'X' }]);
    expect(absentWithCertificate.statusCode).toBe(400);
    expect(absentWithCertificate.json().errors[0].path).toBe('/items/0/certificateNo');
    const takenCertificate = await put([
      { memberId: member(3), result: 'passed', certificateNo: 'cc-01/2025' },
    ]);
    expect(takenCertificate.statusCode).toBe(409);
    expect(takenCertificate.json().errors[0].path).toBe('/items/0/certificateNo');
    // A member of another commune: 404 for the whole batch, the valid row is not written either.
    const outside = await put([
      { memberId: member(3), result: 'passed' },
      { memberId: quanTrieuMember, result: 'passed' },
    ]);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().errors).toEqual([{ path: '/items/1/memberId', message: expect.any(String) }]);
    expect(await trainingsOf(member(3))).toEqual([]);
    const list = await commune({ method: 'GET', url: `/api/events/${event.id}/attendance` });
    expect(list.json<AttendanceList>().items).toHaveLength(3);
  });

  it('hides the event from other communes (404), lets leaders read only (403) and keeps briefings out (409)', async () => {
    const other = await t.as('ca.quantrieu');
    expect((await other({ method: 'GET', url: `/api/events/${event.id}/attendance` })).statusCode).toBe(404);
    expect(
      (
        await other({
          method: 'PUT',
          url: `/api/events/${event.id}/attendance`,
          payload: { items: [{ memberId: quanTrieuMember, result: 'passed' }] },
        })
      ).statusCode,
    ).toBe(404);
    const leader = await t.as('ubndtinh');
    const read = await leader({ method: 'GET', url: `/api/events/${event.id}/attendance` });
    expect(read.json<AttendanceList>()).toMatchObject({ canEdit: false });
    expect(
      (
        await leader({
          method: 'PUT',
          url: `/api/events/${event.id}/attendance`,
          payload: { items: [{ memberId: member(3), result: 'passed' }] },
        })
      ).statusCode,
    ).toBe(403);
    const commune = await t.as('ca.hungson');
    const briefing = (
      await commune({ method: 'POST', url: '/api/events', payload: { ...course, kind: 'briefing' } })
    ).json<Event>();
    const refused = await commune({
      method: 'PUT',
      url: `/api/events/${briefing.id}/attendance`,
      payload: { items: [{ memberId: member(3), result: 'attended' }] },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('huấn luyện');
    const toBriefing = await commune({
      method: 'PATCH',
      url: `/api/events/${event.id}`,
      payload: { version: event.version, kind: 'briefing' },
    });
    expect(toBriefing.statusCode).toBe(409);
  });

  it('lets the province coordinator pick members across communes for its own course', async () => {
    const coordinator = await t.as('congantinh');
    const own = (
      await coordinator({
        method: 'POST',
        url: '/api/events',
        payload: { ...course, title: 'Hội thi Tổ bảo vệ ANTT giỏi', kind: 'contest' },
      })
    ).json<Event>();
    const options = await coordinator({
      method: 'GET',
      url: `/api/events/${own.id}/member-options?limit=50`,
    });
    const ids = options.json<{ items: MemberOption[] }>().items.map((o) => o.id);
    expect(ids).toContain(quanTrieuMember);
    expect(ids).toContain(member(0));
    const res = await coordinator({
      method: 'PUT',
      url: `/api/events/${own.id}/attendance`,
      payload: { items: [{ memberId: quanTrieuMember, result: 'passed' }] },
    });
    expect(res.statusCode).toBe(200);
    const records = await t.db
      .selectFrom('memberTraining')
      .select('kind')
      .where('eventId', '=', own.id)
      .execute();
    expect(records).toEqual([{ kind: 'contest' }]);
    // The commune's course stays the commune's: the coordinator sees it, Quán Triều's member is not its.
    const foreign = await coordinator({
      method: 'PUT',
      url: `/api/events/${event.id}/attendance`,
      payload: { items: [{ memberId: quanTrieuMember, result: 'passed' }] },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('exports the list as .xlsx', async () => {
    const commune = await t.as('ca.hungson');
    const res = await commune({ method: 'GET', url: `/api/events/${event.id}/attendance/export.xlsx` });
    expect(res.statusCode).toBe(200);
    const sheet = (await readWorkbook(res.rawPayload)).worksheets[0];
    expect(sheet?.getRow(1).getCell(5).value).toBe('Kết quả');
    const rows = Array.from({ length: (sheet?.rowCount ?? 1) - 1 }, (_, i) => {
      const row = sheet?.getRow(i + 2);
      return [row?.getCell(1).value, row?.getCell(5).value, row?.getCell(6).value];
    });
    expect(rows).toHaveLength(3);
    expect(rows).toContainEqual([hungSon[0]?.fullName, 'Đạt', 'CC-01/2025']);
    expect(rows).toContainEqual([hungSon[1]?.fullName, 'Không đạt', null]);
    const other = await t.as('ca.quantrieu');
    expect(
      (await other({ method: 'GET', url: `/api/events/${event.id}/attendance/export.xlsx` })).statusCode,
    ).toBe(404);
  });

  it('removes a member with the training record, and the event’s deletion takes the rest', async () => {
    const commune = await t.as('ca.hungson');
    // The record a course gave is not deleted from the member's page: it follows the attendance list.
    const [record] = await trainingsOf(member(1));
    const fromMember = await commune({
      method: 'DELETE',
      url: `/api/members/${member(1)}/trainings/${record?.id ?? ''}`,
    });
    expect(fromMember.statusCode).toBe(409);
    expect(fromMember.json().detail).toContain('danh sách học viên');
    const removed = await commune({
      method: 'DELETE',
      url: `/api/events/${event.id}/attendance/${member(1)}`,
    });
    expect(removed.statusCode).toBe(204);
    expect(await trainingsOf(member(1))).toEqual([]);
    expect((await auditRowsFor(t.db, 'event_attendance', `${event.id}/${member(1)}`)).at(-1)).toMatchObject({
      action: 'delete',
    });
    const again = await commune({ method: 'DELETE', url: `/api/events/${event.id}/attendance/${member(1)}` });
    expect(again.statusCode).toBe(404);
    expect((await commune({ method: 'DELETE', url: `/api/events/${event.id}` })).statusCode).toBe(204);
    expect(await trainingsOf(member(0))).toEqual([]);
    const left = await t.db
      .selectFrom('eventAttendance')
      .select('memberId')
      .where('eventId', '=', event.id)
      .execute();
    expect(left).toEqual([]);
  });
});
