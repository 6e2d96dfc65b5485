import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PeriodSummary, Report } from '../../domain/reports/reports.schemas.ts';
import mammoth from 'mammoth';
import type { ConsolidatedReport } from '../../domain/reports/consolidation.ts';
import type { Dashboard } from '../../domain/reports/dashboard.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { multipartFile } from '../test/multipart.ts';
import { readWorkbook } from '../test/xlsx.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.each(inject('testDialects'))('reporting workflow on %s', (dialect) => {
  let tick = 0;
  let t: TestContext;
  let planId: string;
  let period: PeriodSummary;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      // 5/7/2024, one second further at every request: steps of the workflow keep their order.
      clock: () => new Date(Date.parse('2024-07-05T03:00:00.000Z') + 1000 * tick++),
      config: { uploadLimitBytes: 100_000 },
    });
    planId = (
      await t.db.selectFrom('plan').select('id').where('number', '=', '71/KH-UBND').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  it('generates reporting periods from the schedules, idempotently', async () => {
    const coordinator = await t.as('congantinh');
    const first = await coordinator({
      method: 'POST',
      url: `/api/plans/${planId}/periods`,
      payload: { until: '2024-12-31' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().created).toBeGreaterThan(100);
    const again = await coordinator({
      method: 'POST',
      url: `/api/plans/${planId}/periods`,
      payload: { until: '2024-12-31' },
    });
    expect(again.json().created).toBe(0);
    const agency = await t.as('sotuphap');
    expect(
      (await agency({ method: 'POST', url: `/api/plans/${planId}/periods`, payload: {} })).statusCode,
    ).toBe(403);
  });

  it('lists what Sở Tư pháp owes, only its own, with lateness', async () => {
    const agency = await t.as('sotuphap');
    const res = await agency({ method: 'GET', url: `/api/periods?planId=${planId}&limit=200` });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as PeriodSummary[];
    expect(new Set(items.map((p) => p.unit.name))).toEqual(new Set(['Sở Tư pháp']));
    const found = items.find((p) => p.taskCode === '1.1');
    if (!found) throw new Error('no period for task 1.1');
    period = found;
    expect(period).toMatchObject({
      dueDate: '2024-06-30',
      status: 'not_started',
      role: 'lead',
      isLate: true,
      label: 'Quý II/2024',
    });
    const late = await agency({
      method: 'GET',
      url: `/api/periods?planId=${planId}&lateOnly=true&limit=200`,
    });
    expect(late.json().items.every((p: PeriodSummary) => p.isLate)).toBe(true);
  });

  it('takes a draft with figures and evidence; refuses stale versions, wrong files and oversized ones', async () => {
    const coordinator = await t.as('congantinh');
    const indicator = await coordinator({
      method: 'POST',
      url: `/api/tasks/${period.taskId}/indicators`,
      payload: { name: 'Hội nghị quán triệt', unitLabel: 'hội nghị', kind: 'count' },
    });
    expect(indicator.statusCode).toBe(201);
    const agency = await t.as('sotuphap');
    const draft = await agency({
      method: 'PUT',
      url: `/api/periods/${period.periodId}/report`,
      payload: {
        version: 0,
        progress: 80,
        done: 'Đã tổ chức 02 hội nghị quán triệt Luật cho các sở, ngành và UBND cấp huyện.',
        difficulties: 'Thiếu tài liệu tuyên truyền bằng tiếng dân tộc.',
        indicatorValues: [{ indicatorId: indicator.json().id, value: 2 }],
      },
    });
    expect(draft.statusCode).toBe(200);
    const report = draft.json<Report>();
    expect(report).toMatchObject({ status: 'draft', progress: 80, version: 1, canEdit: true });
    expect(report.indicators).toEqual([expect.objectContaining({ name: 'Hội nghị quán triệt', value: 2 })]);
    const stale = await agency({
      method: 'PUT',
      url: `/api/periods/${period.periodId}/report`,
      payload: { version: 0, progress: 10 },
    });
    expect(stale.statusCode).toBe(409);
    const badProgress = await agency({
      method: 'PUT',
      url: `/api/periods/${period.periodId}/report`,
      payload: { version: 1, progress: 150 },
    });
    expect(badProgress.statusCode).toBe(400);

    const pdf = await agency({
      method: 'POST',
      url: `/api/reports/${report.id}/files`,
      ...multipartFile('bien-ban.pdf', PDF),
    });
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({
      filename: 'bien-ban.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const fake = await agency({
      method: 'POST',
      url: `/api/reports/${report.id}/files`,
      ...multipartFile('bao-cao.pdf', Buffer.from('chỉ là văn bản')),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await agency({
      method: 'POST',
      url: `/api/reports/${report.id}/files`,
      ...multipartFile('lon.pdf', Buffer.concat([PDF, Buffer.alloc(200_000)])),
    });
    expect(big.statusCode).toBe(413);
    const download = await agency({ method: 'GET', url: `/api/files/${pdf.json().id}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
  });

  it('hides a unit’s report from other units (404) and keeps leaders read-only (403)', async () => {
    const reportId = (
      await t.db
        .selectFrom('report')
        .select('id')
        .where('periodId', '=', period.periodId)
        .executeTakeFirstOrThrow()
    ).id;
    for (const username of ['ubnd.daitu', 'ca.hungson']) {
      const other = await t.as(username);
      expect(
        (await other({ method: 'GET', url: `/api/periods/${period.periodId}/report` })).statusCode,
        username,
      ).toBe(404);
      expect(
        (
          await other({
            method: 'PUT',
            url: `/api/periods/${period.periodId}/report`,
            payload: { version: 1, progress: 1 },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (await other({ method: 'POST', url: `/api/reports/${reportId}/submit`, payload: { version: 1 } }))
          .statusCode,
      ).toBe(404);
    }
    const leader = await t.as('ubndtinh');
    const read = await leader({ method: 'GET', url: `/api/periods/${period.periodId}/report` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ canEdit: false, canReview: false });
    expect(
      (
        await leader({
          method: 'PUT',
          url: `/api/periods/${period.periodId}/report`,
          payload: { version: 1, progress: 1 },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('runs submit → return with a comment → fix → resubmit → accept, locking and snapshotting the accepted report', async () => {
    const agency = await t.as('sotuphap');
    const coordinator = await t.as('congantinh');
    const reportId = (
      await t.db
        .selectFrom('report')
        .select('id')
        .where('periodId', '=', period.periodId)
        .executeTakeFirstOrThrow()
    ).id;
    const submitted = await agency({
      method: 'POST',
      url: `/api/reports/${reportId}/submit`,
      payload: { version: 1 },
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted', canEdit: false });
    const locked = await agency({
      method: 'PUT',
      url: `/api/periods/${period.periodId}/report`,
      payload: { version: 2, progress: 90 },
    });
    expect(locked.statusCode).toBe(422);
    expect(
      (await agency({ method: 'POST', url: `/api/reports/${reportId}/accept`, payload: { version: 2 } }))
        .statusCode,
    ).toBe(403);
    const noComment = await coordinator({
      method: 'POST',
      url: `/api/reports/${reportId}/return`,
      payload: { version: 2, comment: '' },
    });
    expect(noComment.statusCode).toBe(400);
    const returned = await coordinator({
      method: 'POST',
      url: `/api/reports/${reportId}/return`,
      payload: { version: 2, comment: 'Đề nghị bổ sung số lượt người tham dự.' },
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnComment: 'Đề nghị bổ sung số lượt người tham dự.',
    });
    const seen = await agency({ method: 'GET', url: `/api/periods/${period.periodId}/report` });
    expect(seen.json()).toMatchObject({
      status: 'returned',
      canEdit: true,
      returnComment: expect.stringContaining('lượt người'),
    });
    const fixed = await agency({
      method: 'PUT',
      url: `/api/periods/${period.periodId}/report`,
      payload: { version: 3, progress: 100, done: 'Đã tổ chức 02 hội nghị, 350 lượt người tham dự.' },
    });
    expect(fixed.statusCode).toBe(200);
    await agency({ method: 'POST', url: `/api/reports/${reportId}/submit`, payload: { version: 4 } });
    const accepted = await coordinator({
      method: 'POST',
      url: `/api/reports/${reportId}/accept`,
      payload: { version: 5 },
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', canReview: false });
    expect(accepted.json<Report>().transitions.map((x) => x.toStatus)).toEqual([
      'draft',
      'submitted',
      'returned',
      'submitted',
      'accepted',
    ]);
    const after = await agency({
      method: 'PUT',
      url: `/api/periods/${period.periodId}/report`,
      payload: { version: 6, progress: 5 },
    });
    expect(after.statusCode).toBe(422);
    const row = await t.db
      .selectFrom('report')
      .select(['snapshot', 'acceptedAt'])
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.snapshot ?? '{}')).toMatchObject({
      progress: 100,
      done: expect.stringContaining('350 lượt người'),
    });
    const difficulties = await t.db
      .selectFrom('difficulty')
      .select(['text', 'state'])
      .where('reportId', '=', reportId)
      .execute();
    expect(difficulties).toEqual([
      { text: 'Thiếu tài liệu tuyên truyền bằng tiếng dân tộc.', state: 'open' },
    ]);
    const actions = (await auditRowsFor(t.db, 'report', reportId)).map((r) => r.action);
    expect(actions).toEqual(['create', 'submit', 'return', 'update', 'submit', 'accept']);
  });

  it('shows the lead unit its coordinators’ parts of the same task', async () => {
    const district = await t.as('ubnd.daitu');
    const own = await district({
      method: 'GET',
      url: `/api/periods?planId=${planId}&taskId=${period.taskId}`,
    });
    const [coordinatorPeriod] = own.json().items as PeriodSummary[];
    expect(coordinatorPeriod).toMatchObject({ role: 'coordinator', unit: { name: 'Huyện Đại Từ' } });
    await district({
      method: 'PUT',
      url: `/api/periods/${coordinatorPeriod?.periodId}/report`,
      payload: { version: 0, progress: 50, done: 'Đã quán triệt cho 29 xã, thị trấn.' },
    });
    const lead = await t.as('sotuphap');
    const report = (
      await lead({ method: 'GET', url: `/api/periods/${period.periodId}/report` })
    ).json<Report>();
    expect(report.coordinatorParts.find((p) => p.unit.name === 'Huyện Đại Từ')).toMatchObject({
      status: 'draft',
      progress: 50,
    });
  });

  it('consolidates the plan: JSON, an official .docx and an .xlsx, for coordinators and leaders only', async () => {
    const coordinator = await t.as('congantinh');
    const json = await coordinator({
      method: 'GET',
      url: `/api/plans/${planId}/consolidation?from=2024-01-01&to=2024-12-31`,
    });
    expect(json.statusCode).toBe(200);
    const report = json.json<ConsolidatedReport>();
    const task11 = report.tasks.find((task) => task.code === '1.1');
    expect(task11?.units.find((u) => u.unitName === 'Sở Tư pháp')).toMatchObject({
      status: 'accepted',
      progress: 100,
      indicators: [{ name: 'Hội nghị quán triệt', value: 2 }],
    });
    expect(task11?.indicatorTotals).toEqual([
      expect.objectContaining({ name: 'Hội nghị quán triệt', value: 2 }),
    ]);
    expect(report).toMatchObject({
      parentBody: 'UBND TỈNH THÁI NGUYÊN',
      issuingBody: 'CÔNG AN TỈNH',
      documentType: 'BÁO CÁO',
    });
    expect(report.difficulties).toEqual([expect.objectContaining({ unitName: 'Sở Tư pháp', state: 'open' })]);

    const docx = await coordinator({
      method: 'GET',
      url: `/api/plans/${planId}/consolidation.docx?from=2024-01-01&to=2024-12-31`,
    });
    expect(docx.statusCode).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CÔNG AN TỈNH',
      'BÁO CÁO',
      'Sở Tư pháp',
      '350 lượt người',
      'Nơi nhận',
    ]) {
      expect(text).toContain(expected);
    }
    const xlsx = await coordinator({
      method: 'GET',
      url: `/api/plans/${planId}/consolidation.xlsx?from=2024-01-01&to=2024-12-31`,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = await readWorkbook(xlsx.rawPayload);
    expect(workbook.worksheets.length).toBeGreaterThan(2);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    expect(cells).toContain('Sở Tư pháp');

    const leader = await t.as('ubndtinh');
    expect(
      (
        await leader({
          method: 'GET',
          url: `/api/plans/${planId}/consolidation?from=2024-01-01&to=2024-12-31`,
        })
      ).statusCode,
    ).toBe(200);
    const agency = await t.as('sotuphap');
    expect((await agency({ method: 'GET', url: `/api/plans/${planId}/consolidation.docx` })).statusCode).toBe(
      403,
    );
    const bad = await coordinator({
      method: 'GET',
      url: `/api/plans/${planId}/consolidation?from=2024-13-01`,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('shows the dashboard: totals, progress by task and unit, late lists, the heat table — scoped per user', async () => {
    const leader = await t.as('ubndtinh');
    const res = await leader({
      method: 'GET',
      url: `/api/dashboard?planId=${planId}&from=2024-01-01&to=2024-12-31`,
    });
    expect(res.statusCode).toBe(200);
    const dashboard = res.json<Dashboard>();
    expect(dashboard.totals.accepted).toBe(1);
    expect(dashboard.totals.late).toBeGreaterThan(100);
    expect(dashboard.byTask.find((x) => x.code === '1.1')).toMatchObject({
      accepted: 1,
      averageProgress: expect.any(Number),
    });
    expect(
      dashboard.heat.rows.find((r) => r.name === 'Sở Tư pháp')?.cells.find((c) => c.taskId === period.taskId),
    ).toMatchObject({ status: 'accepted', progress: 100 });
    const lateDates = dashboard.late.map((item) => item.dueDate);
    expect(lateDates).toEqual([...lateDates].sort());
    const agency = await t.as('sotuphap');
    const own = (
      await agency({ method: 'GET', url: `/api/dashboard?planId=${planId}&from=2024-01-01&to=2024-12-31` })
    ).json<Dashboard>();
    expect(own.byUnit.map((u) => u.name)).toEqual(['Sở Tư pháp']);
    const outsider = await t.as('ca.quantrieu');
    expect((await outsider({ method: 'GET', url: '/api/dashboard?planId=khong-co' })).statusCode).toBe(404);
  });
});

describe.each(inject('testDialects'))('demo reports on %s', (dialect) => {
  it('give the dashboard something real on first start', async () => {
    const t = await createTestContext(dialect, inject('postgresUrl'), { withDemoReports: true });
    try {
      const leader = await t.as('ubndtinh');
      const planId = (
        await t.db
          .selectFrom('plan')
          .select('id')
          .where('number', '=', '71/KH-UBND')
          .executeTakeFirstOrThrow()
      ).id;
      const dashboard = (
        await leader({ method: 'GET', url: `/api/dashboard?planId=${planId}&from=2024-01-01&to=2024-12-31` })
      ).json<Dashboard>();
      expect(dashboard.totals.accepted).toBeGreaterThanOrEqual(5);
      expect(dashboard.totals.submitted).toBeGreaterThanOrEqual(3);
      expect(dashboard.totals.returned).toBe(1);
      expect(dashboard.byTask.find((task) => task.code === '1.2')?.accepted).toBe(1);
    } finally {
      await t.close();
    }
  });
});
