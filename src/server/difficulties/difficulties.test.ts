import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Difficulty, DifficultyDetail } from '../../domain/difficulties/difficulties.schemas.ts';
import type { PeriodSummary, Report } from '../../domain/reports/reports.schemas.ts';
import type { NotificationPage } from '../../domain/notifications/notifications.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';

type Injector = Awaited<ReturnType<TestContext['as']>>;

describe.each(inject('testDialects'))('difficulties register on %s', (dialect) => {
  let tick = 0;
  let t: TestContext;
  let planId: string;
  let agencyPeriod: PeriodSummary;
  let communePeriod: PeriodSummary;
  let agencyItem: Difficulty;
  let communeItem: Difficulty;

  /** Writes a unit's report for a period and submits it: the way difficulties enter the register. */
  async function submit(user: Injector, period: PeriodSummary, difficulties: string, version = 0) {
    const saved = await user({
      method: 'PUT',
      url: `/api/periods/${period.periodId}/report`,
      payload: { version, progress: 50, done: 'Đã triển khai.', difficulties },
    });
    expect(saved.statusCode).toBe(200);
    const report = saved.json<Report>();
    const sent = await user({
      method: 'POST',
      url: `/api/reports/${report.id}/submit`,
      payload: { version: report.version },
    });
    expect(sent.statusCode).toBe(200);
    return sent.json<Report>();
  }

  const list = async (user: Injector, query = '') => {
    const res = await user({ method: 'GET', url: `/api/difficulties${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Difficulty[]; total: number }>();
  };

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date(Date.parse('2024-07-05T03:00:00.000Z') + 1000 * tick++),
    });
    planId = (
      await t.db.selectFrom('plan').select('id').where('number', '=', '71/KH-UBND').executeTakeFirstOrThrow()
    ).id;
    const coordinator = await t.as('congantinh');
    await coordinator({
      method: 'POST',
      url: `/api/plans/${planId}/periods`,
      payload: { until: '2024-12-31' },
    });
    const agency = await t.as('sotuphap');
    const commune = await t.as('ca.hungson');
    const periodsOf = async (user: Injector) =>
      (await user({ method: 'GET', url: `/api/periods?planId=${planId}&limit=200` })).json<{
        items: PeriodSummary[];
      }>().items;
    const agencyPeriods = await periodsOf(agency);
    const communePeriods = await periodsOf(commune);
    const first = communePeriods[0];
    // Sở Tư pháp's period of another task than the commune's, so that filters by task tell the two apart.
    const found = agencyPeriods.find((p) => p.taskCode !== first?.taskCode);
    if (!found || !first) throw new Error('no periods for Sở Tư pháp or Công an xã Hùng Sơn');
    agencyPeriod = found;
    communePeriod = first;
  });
  afterAll(() => t.close());

  it('takes a submitted report’s difficulties into the register; a draft’s stay out', async () => {
    const agency = await t.as('sotuphap');
    const draft = await agency({
      method: 'PUT',
      url: `/api/periods/${agencyPeriod.periodId}/report`,
      payload: { version: 0, progress: 30, difficulties: 'Thiếu tài liệu tuyên truyền.' },
    });
    expect(draft.statusCode).toBe(200);
    expect((await list(agency)).total).toBe(0);
    const sent = await agency({
      method: 'POST',
      url: `/api/reports/${draft.json<Report>().id}/submit`,
      payload: { version: 1 },
    });
    expect(sent.statusCode).toBe(200);
    const page = await list(agency);
    expect(page.total).toBe(1);
    agencyItem = page.items[0] as Difficulty;
    expect(agencyItem).toMatchObject({
      text: 'Thiếu tài liệu tuyên truyền.',
      state: 'open',
      answer: null,
      report: { id: sent.json<Report>().id, status: 'submitted' },
      period: { id: agencyPeriod.periodId, dueDate: agencyPeriod.dueDate },
      task: { code: agencyPeriod.taskCode },
      plan: { id: planId, number: '71/KH-UBND' },
      unit: { name: 'Sở Tư pháp' },
      canAnswer: false,
      canClose: true,
      canReopen: false,
      version: 1,
    });
  });

  it('keeps one item when a returned report is resubmitted with its text rewritten before any answer', async () => {
    const coordinator = await t.as('congantinh');
    const agency = await t.as('sotuphap');
    const report = (
      await agency({ method: 'GET', url: `/api/periods/${agencyPeriod.periodId}/report` })
    ).json<Report>();
    const returned = await coordinator({
      method: 'POST',
      url: `/api/reports/${report.id}/return`,
      payload: { version: report.version, comment: 'Nêu rõ loại tài liệu còn thiếu.' },
    });
    expect(returned.statusCode).toBe(200);
    await submit(agency, agencyPeriod, 'Thiếu tài liệu tuyên truyền bằng tiếng dân tộc Tày, Nùng.', 3);
    const page = await list(agency);
    expect(page.items).toEqual([
      expect.objectContaining({
        id: agencyItem.id,
        text: 'Thiếu tài liệu tuyên truyền bằng tiếng dân tộc Tày, Nùng.',
        version: 2,
      }),
    ]);
    agencyItem = page.items[0] as Difficulty;

    const commune = await t.as('ca.hungson');
    await submit(commune, communePeriod, 'Lực lượng mỏng, kiêm nhiệm nhiều việc; chưa có kinh phí hỗ trợ.');
    communeItem = (await list(commune)).items[0] as Difficulty;
    expect(communeItem).toMatchObject({ unit: { code: '05761' }, state: 'open' });
  });

  it('lists by scope: a unit its own, the district its communes, the coordinator the province; others 404', async () => {
    const coordinator = await t.as('congantinh');
    const all = await list(coordinator);
    expect(all.items.map((d) => d.id).sort()).toEqual([agencyItem.id, communeItem.id].sort());
    expect(all.items.every((d) => d.canAnswer && d.canClose)).toBe(true);

    const district = await t.as('ubnd.daitu');
    expect((await list(district)).items.map((d) => d.id)).toEqual([communeItem.id]);
    const leader = await t.as('ubndtinh');
    const seenByLeader = await list(leader);
    expect(seenByLeader.total).toBe(2);
    expect(seenByLeader.items.some((d) => d.canAnswer || d.canClose || d.canReopen)).toBe(false);

    const agency = await t.as('sotuphap');
    expect((await list(agency)).items.map((d) => d.id)).toEqual([agencyItem.id]);
    const other = await t.as('ca.quantrieu');
    expect((await list(other)).total).toBe(0);
    for (const [user, id] of [
      [other, communeItem.id],
      [agency, communeItem.id],
      [other, 'no-such-id'],
    ] as const) {
      const read = await user({ method: 'GET', url: `/api/difficulties/${id}` });
      expect(read.statusCode).toBe(404);
      expect(read.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'Không tìm thấy khó khăn, vướng mắc.' });
      const close = await user({
        method: 'POST',
        url: `/api/difficulties/${id}/close`,
        payload: { version: 1 },
      });
      expect(close.statusCode).toBe(404);
    }
  });

  it('filters by plan, task, unit, state, due dates and words without accents; sorts and pages', async () => {
    const coordinator = await t.as('congantinh');
    const ids = async (query: string) => (await list(coordinator, query)).items.map((d) => d.id);
    expect(await ids(`?planId=${planId}&taskId=${agencyPeriod.taskId}`)).toEqual([agencyItem.id]);
    expect(await ids(`?unitId=${communePeriod.unit.id}`)).toEqual([communeItem.id]);
    expect(await ids('?q=TIENG%20DAN%20TOC%20tay')).toEqual([agencyItem.id]);
    expect(await ids('?q=kinh%20phi')).toEqual([communeItem.id]);
    expect(await ids('?state=answered')).toEqual([]);
    expect(await ids(`?dueFrom=${agencyPeriod.dueDate}&dueTo=${agencyPeriod.dueDate}`)).toContain(
      agencyItem.id,
    );
    expect(await ids('?dueTo=2000-01-01')).toEqual([]);
    expect(await ids('?sort=unit&order=asc')).toEqual([agencyItem.id, communeItem.id]);
    expect(await ids('?sort=unit&order=desc')).toEqual([communeItem.id, agencyItem.id]);
    expect(await ids('?sort=raisedAt&order=desc')).toEqual([communeItem.id, agencyItem.id]);
    const firstPage = await list(coordinator, '?sort=raisedAt&order=asc&limit=1');
    const secondPage = await list(coordinator, '?sort=raisedAt&order=asc&limit=1&offset=1');
    expect([firstPage.total, secondPage.total]).toEqual([2, 2]);
    expect([firstPage.items[0]?.id, secondPage.items[0]?.id]).toEqual([agencyItem.id, communeItem.id]);

    const bad = await coordinator({ method: 'GET', url: '/api/difficulties?state=pending&sort=colour' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/sort', '/state']);
  });

  it('takes the coordinator’s answer: who and when, a bell for the unit, audited; stale versions 409', async () => {
    const coordinator = await t.as('congantinh');
    const agency = await t.as('sotuphap');
    const leader = await t.as('ubndtinh');
    const url = `/api/difficulties/${agencyItem.id}/answer`;
    const answer = 'Công an tỉnh sẽ in và cấp 500 bộ tài liệu song ngữ trong quý III/2024.';
    expect((await agency({ method: 'POST', url, payload: { answer, version: 2 } })).statusCode).toBe(403);
    expect((await leader({ method: 'POST', url, payload: { answer, version: 2 } })).statusCode).toBe(403);
    const empty = await coordinator({ method: 'POST', url, payload: { answer: '   ', version: 2 } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('/answer');
    const stale = await coordinator({ method: 'POST', url, payload: { answer, version: 1 } });
    expect(stale.statusCode).toBe(409);

    const res = await coordinator({ method: 'POST', url, payload: { answer, version: 2 } });
    expect(res.statusCode).toBe(200);
    const answered = res.json<DifficultyDetail>();
    expect(answered).toMatchObject({
      state: 'answered',
      answer,
      answeredBy: { displayName: 'Nguyễn Văn Điều (Công an tỉnh)' },
      answeredAt: expect.stringMatching(/^2024-07-05T/),
      version: 3,
      history: [
        {
          action: 'answer',
          fromState: 'open',
          toState: 'answered',
          note: answer,
          user: { displayName: 'Nguyễn Văn Điều (Công an tỉnh)' },
        },
      ],
    });
    // The reporting unit sees the answer beside its difficulty, and the bell tells it so.
    const seen = (await list(agency, `?reportId=${agencyItem.report.id}`)).items[0];
    expect(seen).toMatchObject({ answer, state: 'answered', canClose: true, canReopen: true });
    const bell = (await agency({ method: 'GET', url: '/api/notifications' })).json<NotificationPage>();
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({
      title: `Khó khăn, vướng mắc đã được trả lời – nhiệm vụ ${agencyPeriod.taskCode} (Kế hoạch số 71/KH-UBND)`,
      body: expect.stringContaining(answer),
      link: `/reports/${agencyPeriod.periodId}`,
    });
    expect((await list(coordinator, '?q=song%20ngu')).items.map((d) => d.id)).toEqual([agencyItem.id]);
    const audit = await auditRowsFor(t.db, 'difficulty', agencyItem.id);
    expect(audit.map((r) => r.action)).toEqual(['answer']);
    expect(JSON.parse(audit[0]?.before ?? '{}')).toEqual({ state: 'open', answer: null });
  });

  it('lets the unit close it as solved, refuses a second close, and reopens it with the history kept', async () => {
    const agency = await t.as('sotuphap');
    const coordinator = await t.as('congantinh');
    const district = await t.as('ubnd.daitu');
    expect(
      (
        await district({
          method: 'POST',
          url: `/api/difficulties/${communeItem.id}/close`,
          payload: { version: 1 },
        })
      ).statusCode,
    ).toBe(403);
    const close = await agency({
      method: 'POST',
      url: `/api/difficulties/${agencyItem.id}/close`,
      payload: { version: 3, note: 'Đã nhận đủ tài liệu.' },
    });
    expect(close.statusCode).toBe(200);
    expect(close.json<DifficultyDetail>()).toMatchObject({
      state: 'closed',
      closedBy: { displayName: 'Lê Văn Pháp (Sở Tư pháp)' },
      closeNote: 'Đã nhận đủ tài liệu.',
      canClose: false,
      canReopen: true,
      version: 4,
    });
    const again = await agency({
      method: 'POST',
      url: `/api/difficulties/${agencyItem.id}/close`,
      payload: { version: 4 },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toContain('Đã giải quyết');
    const answerClosed = await coordinator({
      method: 'POST',
      url: `/api/difficulties/${agencyItem.id}/answer`,
      payload: { answer: 'Bổ sung.', version: 4 },
    });
    expect(answerClosed.statusCode).toBe(422);

    const reopen = await coordinator({
      method: 'POST',
      url: `/api/difficulties/${agencyItem.id}/reopen`,
      payload: { version: 4, note: 'Tài liệu tiếng Nùng chưa có.' },
    });
    expect(reopen.statusCode).toBe(200);
    const reopened = reopen.json<DifficultyDetail>();
    expect(reopened).toMatchObject({ state: 'open', closedAt: null, closedBy: null, canAnswer: true });
    expect(reopened.history.map((h) => [h.action, h.fromState, h.toState, h.note])).toEqual([
      ['answer', 'open', 'answered', expect.stringContaining('song ngữ')],
      ['close', 'answered', 'closed', 'Đã nhận đủ tài liệu.'],
      ['reopen', 'closed', 'open', 'Tài liệu tiếng Nùng chưa có.'],
    ]);
    expect((await auditRowsFor(t.db, 'difficulty', agencyItem.id)).map((r) => r.action)).toEqual([
      'answer',
      'close',
      'reopen',
    ]);
    const open = await list(coordinator, '?state=open');
    expect(open.items.map((d) => d.id).sort()).toEqual([agencyItem.id, communeItem.id].sort());
  });

  it('raises a new item when an answered report is resubmitted with a new difficulty, not for the same text', async () => {
    const coordinator = await t.as('congantinh');
    const commune = await t.as('ca.hungson');
    const answered = await coordinator({
      method: 'POST',
      url: `/api/difficulties/${communeItem.id}/answer`,
      payload: { answer: 'UBND huyện bố trí kinh phí từ nguồn dự phòng.', version: 1 },
    });
    expect(answered.statusCode).toBe(200);
    const report = (
      await commune({ method: 'GET', url: `/api/periods/${communePeriod.periodId}/report` })
    ).json<Report>();
    await coordinator({
      method: 'POST',
      url: `/api/reports/${report.id}/return`,
      payload: { version: report.version, comment: 'Bổ sung số liệu.' },
    });
    await submit(commune, communePeriod, communeItem.text, report.version + 1);
    expect((await list(commune)).total).toBe(1);
    const again = (
      await commune({ method: 'GET', url: `/api/periods/${communePeriod.periodId}/report` })
    ).json<Report>();
    await coordinator({
      method: 'POST',
      url: `/api/reports/${again.id}/return`,
      payload: { version: again.version, comment: 'Nêu thêm khó khăn về trang thiết bị.' },
    });
    await submit(commune, communePeriod, 'Thiếu bộ đàm và đèn pin cho Tổ bảo vệ.', again.version + 1);
    const items = (await list(commune, '?sort=raisedAt&order=asc')).items;
    expect(items.map((d) => [d.text, d.state])).toEqual([
      [communeItem.text, 'answered'],
      ['Thiếu bộ đàm và đèn pin cho Tổ bảo vệ.', 'open'],
    ]);
  });

  it('exports the register in scope as .xlsx with the answer, who and when', async () => {
    const coordinator = await t.as('congantinh');
    const file = await coordinator({
      method: 'GET',
      url: '/api/difficulties/export.xlsx?sort=unit&order=asc',
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.headers['content-disposition']).toContain('kho-khan-vuong-mac.xlsx');
    const sheet = (await readWorkbook(file.rawPayload)).getWorksheet('Khó khăn, vướng mắc');
    expect(sheet?.getRow(1).getCell(7).value).toBe('Khó khăn, vướng mắc');
    expect(sheet?.actualRowCount).toBe(4);
    const row = sheet?.getRow(2);
    expect(row?.getCell(1).value).toBe('71/KH-UBND');
    expect(row?.getCell(4).value).toBe('Sở Tư pháp');
    expect(row?.getCell(7).value).toBe('Thiếu tài liệu tuyên truyền bằng tiếng dân tộc Tày, Nùng.');
    expect(row?.getCell(9).value).toBe('Chưa trả lời');
    expect(row?.getCell(10).value).toContain('song ngữ');
    expect(row?.getCell(11).value).toBe('Nguyễn Văn Điều (Công an tỉnh)');
    expect(row?.getCell(12).value).toEqual(expect.stringMatching(/^05\/07\/2024 \d\d:\d\d:\d\d$/));

    const agency = await t.as('sotuphap');
    const own = await agency({ method: 'GET', url: '/api/difficulties/export.xlsx' });
    const ownSheet = (await readWorkbook(own.rawPayload)).getWorksheet('Khó khăn, vướng mắc');
    expect(ownSheet?.actualRowCount).toBe(2);
    const bad = await agency({ method: 'GET', url: '/api/difficulties/export.xlsx?dueFrom=30/06/2024' });
    expect(bad.statusCode).toBe(400);
  });
});
