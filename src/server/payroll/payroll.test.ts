import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  BaseSalaryRow,
  PayrollDays,
  PayrollDetail,
  PayrollMonthSummary,
  PayrollSummary,
  StoredRateSet,
} from '../../domain/payroll/payroll-api.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { multipartFile } from '../test/multipart.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { onPayrollStatusChange, type PayrollStatusChange } from './payroll-events.ts';
import { DEMO_RATE_SET_TITLE } from './payroll-demo.ts';

const SEPT = '2024-09';
const OCT = '2024-10';

describe.each(inject('testDialects'))('payroll on %s', (dialect) => {
  let tick = 0;
  let t: TestContext;
  let hungSon: string;
  let province: string;
  let septId: string;
  const changes: PayrollStatusChange[] = [];
  let stopListening: () => void;

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      withDemoForce: true,
      // 05/10/2024, one second further at every request.
      clock: () => new Date(Date.parse('2024-10-05T03:00:00.000Z') + 1000 * tick++),
    });
    hungSon = await t.unitId('05761');
    province = await t.unitId('19');
    stopListening = onPayrollStatusChange(async (_trx, change) => {
      changes.push(change);
    });
  });
  afterAll(async () => {
    stopListening();
    await t.close();
  });

  describe('base salary table', () => {
    it('ships the two decree periods, labelled with their source', async () => {
      const reader = await t.as('ca.hungson');
      const res = await reader({ method: 'GET', url: '/api/payroll/base-salaries' });
      expect(res.statusCode).toBe(200);
      const items = res.json().items as BaseSalaryRow[];
      expect(items.map((r) => [r.from, r.to, r.amount, r.source, r.shipped])).toEqual([
        ['2023-07-01', '2024-06-30', 1_800_000, 'Nghị định 24/2023/NĐ-CP', true],
        ['2024-07-01', null, 2_340_000, 'Nghị định 73/2024/NĐ-CP', true],
      ]);
    });

    it('lets the admin add a period (closing the open one), refuses overlaps and gaps, writes nothing then', async () => {
      const admin = await t.as('admin');
      const overlap = await admin({
        method: 'POST',
        url: '/api/payroll/base-salaries',
        payload: { from: '2026-07-01', to: null, amount: 2_500_000, source: 'Nghị định (thử)' },
      });
      expect(overlap.statusCode).toBe(400);
      expect(overlap.json().detail).toContain('chưa có ngày kết thúc');
      const coordinator = await t.as('congantinh');
      const forbidden = await coordinator({
        method: 'POST',
        url: '/api/payroll/base-salaries',
        payload: { from: '2026-07-01', amount: 2_500_000, source: 'x', closePrevious: true },
      });
      expect(forbidden.statusCode).toBe(403);
      const bad = await admin({
        method: 'POST',
        url: '/api/payroll/base-salaries',
        payload: { from: '2026-07-01', amount: -5, source: '' },
      });
      expect(bad.statusCode).toBe(400);
      expect((await admin({ method: 'GET', url: '/api/payroll/base-salaries' })).json().items).toHaveLength(
        2,
      );

      const added = await admin({
        method: 'POST',
        url: '/api/payroll/base-salaries',
        payload: { from: '2026-07-01', amount: 2_500_000, source: 'Nghị định (thử)', closePrevious: true },
      });
      expect(added.statusCode).toBe(201);
      const items = (await admin({ method: 'GET', url: '/api/payroll/base-salaries' })).json()
        .items as BaseSalaryRow[];
      expect(items.map((r) => [r.from, r.to])).toEqual([
        ['2023-07-01', '2024-06-30'],
        ['2024-07-01', '2026-06-30'],
        ['2026-07-01', null],
      ]);
      // Deleting the middle period would leave a gap.
      const gap = await admin({ method: 'DELETE', url: `/api/payroll/base-salaries/${items[1]!.id}` });
      expect(gap.statusCode).toBe(400);
      expect(gap.json().detail).toContain('Khoảng trống');
      // Undo: delete the new period, reopen the previous one.
      expect(
        (await admin({ method: 'DELETE', url: `/api/payroll/base-salaries/${items[2]!.id}` })).statusCode,
      ).toBe(204);
      const reopened = await admin({
        method: 'PATCH',
        url: `/api/payroll/base-salaries/${items[1]!.id}`,
        payload: { to: null },
      });
      expect(reopened.statusCode).toBe(200);
      expect(reopened.json()).toMatchObject({ from: '2024-07-01', to: null, amount: 2_340_000 });
      expect((await auditRowsFor(t.db, 'payroll_base_salary')).map((r) => r.action)).toEqual([
        'create',
        'delete',
        'update',
      ]);
    });
  });

  describe('rate sets', () => {
    it('lists the published examples and the demo set assigned to the province', async () => {
      const reader = await t.as('ubnd.daitu');
      const examples = (await reader({ method: 'GET', url: '/api/payroll/rate-set-examples' })).json()
        .items as {
        id: string;
      }[];
      expect(examples.map((e) => e.id)).toEqual(
        expect.arrayContaining([
          'vd-ha-noi-2024',
          'vd-nghe-an-2024',
          'vd-dak-lak-2024',
          'vd-thanh-hoa-2024-loai-1',
        ]),
      );
      const sets = (
        await reader({ method: 'GET', url: `/api/payroll/rate-sets?provinceId=${province}` })
      ).json().items as StoredRateSet[];
      expect(sets).toHaveLength(1);
      expect(sets[0]).toMatchObject({ title: DEMO_RATE_SET_TITLE, isExample: true, inUse: true });
      const assignments = (await reader({ method: 'GET', url: '/api/payroll/rate-assignments' })).json()
        .items;
      expect(assignments).toMatchObject([
        { from: '2024-07-01', to: null, rateSetTitle: DEMO_RATE_SET_TITLE },
      ]);
    });

    it('creates from an example or by hand, validates, and deletes only unused sets', async () => {
      const coordinator = await t.as('congantinh');
      const commune = await t.as('ca.hungson');
      expect(
        (
          await commune({
            method: 'POST',
            url: '/api/payroll/rate-sets',
            payload: { provinceId: province, fromExample: 'vd-ha-noi-2024' },
          })
        ).statusCode,
      ).toBe(403);
      const copied = await coordinator({
        method: 'POST',
        url: '/api/payroll/rate-sets',
        payload: { provinceId: province, fromExample: 'vd-ha-noi-2024' },
      });
      expect(copied.statusCode).toBe(201);
      expect(copied.json()).toMatchObject({ isExample: true, exampleKey: 'vd-ha-noi-2024', inUse: false });
      const unknown = await coordinator({
        method: 'POST',
        url: '/api/payroll/rate-sets',
        payload: { provinceId: province, fromExample: 'khong-co' },
      });
      expect(unknown.statusCode).toBe(400);

      const byHand = {
        provinceId: province,
        title: 'Thái Nguyên — mức sửa (thử)',
        province: 'Tỉnh Thái Nguyên',
        resolution: { number: '99/2024/NQ-HĐND', date: '2024-06-20', issuer: 'HĐND tỉnh Thái Nguyên' },
        source: 'Nghị quyết thử',
        effectiveFrom: '2024-07-01',
        effectiveTo: null,
        rates: [{ role: 'all', kind: 'duty_night', basis: 'fixed', value: 100_000, unit: 'month' }],
      };
      const wrongUnit = await coordinator({ method: 'POST', url: '/api/payroll/rate-sets', payload: byHand });
      expect(wrongUnit.statusCode).toBe(400);
      expect(JSON.stringify(wrongUnit.json().errors)).toContain('đơn vị phải là');
      const created = await coordinator({
        method: 'POST',
        url: '/api/payroll/rate-sets',
        payload: { ...byHand, rates: [{ ...byHand.rates[0], unit: 'day' }] },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ isExample: false, resolution: { number: '99/2024/NQ-HĐND' } });

      // Assigning it over the demo set's open period overlaps.
      const overlap = await coordinator({
        method: 'POST',
        url: '/api/payroll/rate-assignments',
        payload: { provinceId: province, rateSetId: created.json().id, from: '2025-01-01' },
      });
      expect(overlap.statusCode).toBe(400);
      expect(overlap.json().detail).toContain('chồng lên');

      const demo = (await coordinator({ method: 'GET', url: '/api/payroll/rate-sets' }))
        .json()
        .items.find((s: StoredRateSet) => s.title === DEMO_RATE_SET_TITLE) as StoredRateSet;
      const inUse = await coordinator({ method: 'DELETE', url: `/api/payroll/rate-sets/${demo.id}` });
      expect(inUse.statusCode).toBe(409);
      for (const id of [copied.json().id, created.json().id]) {
        expect(
          (await coordinator({ method: 'DELETE', url: `/api/payroll/rate-sets/${id}` })).statusCode,
        ).toBe(204);
      }
      const outsider = await t.as('ca.quantrieu');
      expect((await outsider({ method: 'GET', url: `/api/payroll/rate-sets/${demo.id}` })).statusCode).toBe(
        200,
      );
    });
  });

  describe('duty and training days', () => {
    it("lists the commune's members in post, training days from the records", async () => {
      const police = await t.as('ca.hungson');
      const res = await police({ method: 'GET', url: `/api/payroll/days?unitId=${hungSon}&month=${SEPT}` });
      expect(res.statusCode).toBe(200);
      const days = res.json<PayrollDays>();
      expect(days).toMatchObject({ daysInMonth: 30, frozen: false, payrollId: null });
      // The example set pays night and holiday duty and training days, not assigned or hazardous duty.
      expect(days.paidKinds).toEqual(['duty_night', 'duty_holiday', 'training_day']);
      expect(days.members.length).toBeGreaterThanOrEqual(8);
      expect(days.members.every((m) => m.daysInPost === 30)).toBe(true);
      // The demo's training of 09–13/9/2024 for the first two members of each village.
      const trained = days.members.filter((m) => m.trainingDaysFromRecords === 5);
      expect(trained.length).toBeGreaterThanOrEqual(4);
      expect(trained.every((m) => m.trainingSource === 'records' && m.trainingDays === 5)).toBe(true);

      const other = await t.as('ca.quantrieu');
      expect(
        (await other({ method: 'GET', url: `/api/payroll/days?unitId=${hungSon}&month=${SEPT}` })).statusCode,
      ).toBe(404);
    });

    it('sets days in a batch, all or nothing', async () => {
      const police = await t.as('ca.hungson');
      const days = (
        await police({ method: 'GET', url: `/api/payroll/days?unitId=${hungSon}&month=${SEPT}` })
      ).json<PayrollDays>();
      const [first, second] = days.members;
      const bad = await police({
        method: 'PUT',
        url: '/api/payroll/days',
        payload: {
          unitId: hungSon,
          month: SEPT,
          rows: [
            { memberId: first!.memberId, dutyNight: 4 },
            { memberId: second!.memberId, dutyNight: 31 },
          ],
        },
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().errors[0]).toMatchObject({ path: 'rows.1.dutyNight' });
      expect(bad.json().detail).toContain('nhiều hơn 30 ngày');
      const stranger = await police({
        method: 'PUT',
        url: '/api/payroll/days',
        payload: { unitId: hungSon, month: SEPT, rows: [{ memberId: 'khong-co', dutyNight: 1 }] },
      });
      expect(stranger.statusCode).toBe(422);
      const unchanged = (
        await police({ method: 'GET', url: `/api/payroll/days?unitId=${hungSon}&month=${SEPT}` })
      ).json<PayrollDays>();
      expect(unchanged.members.every((m) => m.dutyNight === 0)).toBe(true);

      const agency = await t.as('ubnd.daitu');
      const readOnly = await agency({
        method: 'PUT',
        url: '/api/payroll/days',
        payload: { unitId: hungSon, month: SEPT, rows: [{ memberId: first!.memberId, dutyNight: 4 }] },
      });
      expect(readOnly.statusCode).toBe(403);

      const ok = await police({
        method: 'PUT',
        url: '/api/payroll/days',
        payload: {
          unitId: hungSon,
          month: SEPT,
          rows: [
            { memberId: first!.memberId, dutyNight: 4, dutyHoliday: 1, trainingDays: 2 },
            { memberId: second!.memberId, dutyNight: 3 },
          ],
        },
      });
      expect(ok.statusCode).toBe(200);
      const saved = ok.json<PayrollDays>();
      expect(saved.members.find((m) => m.memberId === first!.memberId)).toMatchObject({
        dutyNight: 4,
        dutyHoliday: 1,
        trainingDays: 2,
        trainingSource: 'entered',
      });
    });

    it('downloads the .xlsx template and imports it back with a preview and cell errors', async () => {
      const police = await t.as('ca.hungson');
      const template = await police({
        method: 'GET',
        url: `/api/payroll/days/template.xlsx?unitId=${hungSon}&month=${SEPT}`,
      });
      expect(template.statusCode).toBe(200);
      const workbook = await readWorkbook(template.rawPayload);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(3).getCell(3).value).toBe('Họ và tên');
      // Row 4 is the first member: set hazardous days; row 5 gets an impossible count.
      sheet.getRow(4).getCell(9).value = 2;
      sheet.getRow(5).getCell(7).value = 45;
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      const upload = multipartFile('ngay.xlsx', file);
      const preview = await police({
        method: 'POST',
        url: `/api/payroll/days/import/preview?unitId=${hungSon}&month=${SEPT}`,
        ...upload,
      });
      expect(preview.statusCode).toBe(200);
      expect(preview.json()).toMatchObject({ invalid: 1 });
      expect(preview.json().rows[1].errors[0]).toMatchObject({ row: 5, column: 'dutyNight' });
      const refused = await police({
        method: 'POST',
        url: `/api/payroll/days/import/commit?unitId=${hungSon}&month=${SEPT}`,
        ...upload,
      });
      expect(refused.statusCode).toBe(422);
      sheet.getRow(5).getCell(7).value = 3;
      const fixed = multipartFile('ngay.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
      const committed = await police({
        method: 'POST',
        url: `/api/payroll/days/import/commit?unitId=${hungSon}&month=${SEPT}`,
        ...fixed,
      });
      expect(committed.statusCode).toBe(201);
      const days = (
        await police({ method: 'GET', url: `/api/payroll/days?unitId=${hungSon}&month=${SEPT}` })
      ).json<PayrollDays>();
      expect(days.members[0]).toMatchObject({ dutyHazardous: 2, dutyNight: 4, trainingDays: 2 });
    });
  });

  describe('monthly payroll', () => {
    it('computes the draft of a month: lines per member and kind, totals by team and commune', async () => {
      const police = await t.as('ca.hungson');
      const bad = await police({
        method: 'POST',
        url: '/api/payrolls/compute',
        payload: { unitId: hungSon, month: '2024-13' },
      });
      expect(bad.statusCode).toBe(400);
      const res = await police({
        method: 'POST',
        url: '/api/payrolls/compute',
        payload: { unitId: hungSon, month: SEPT },
      });
      expect(res.statusCode).toBe(200);
      const payroll = res.json<PayrollDetail>();
      septId = payroll.id;
      expect(payroll).toMatchObject({ status: 'draft', month: SEPT, daysInMonth: 30, roundingRule: 'dong' });
      const leader = payroll.lines.find((l) => l.role === 'to_truong' && l.kind === 'monthly_support')!;
      // 0.8 × 2,340,000 đ for a whole month in post.
      expect(leader).toMatchObject({ days: 30, amount: 1_872_000 });
      expect(leader.explanation).toContain('0,8');
      const night = payroll.lines.filter((l) => l.kind === 'duty_night');
      expect(night.length).toBeGreaterThanOrEqual(2);
      const sum = payroll.lines.reduce((s, l) => s + l.amount, 0);
      expect(payroll.total).toBe(sum);
      expect(payroll.totals.commune).toBe(sum);
      expect(payroll.totals.byTeam.reduce((s, team) => s + team.amount, 0)).toBe(sum);
      expect(payroll.can).toMatchObject({ recompute: true, submit: true, approve: false });

      // Recompute replaces the draft.
      const again = await police({
        method: 'POST',
        url: '/api/payrolls/compute',
        payload: { unitId: hungSon, month: SEPT },
      });
      expect(again.json()).toMatchObject({ id: septId, total: sum, version: 2 });
    });

    it('hides a commune payroll from another commune (404) and lists it for the district', async () => {
      const other = await t.as('ca.quantrieu');
      expect((await other({ method: 'GET', url: `/api/payrolls/${septId}` })).statusCode).toBe(404);
      expect(
        (await other({ method: 'POST', url: `/api/payrolls/${septId}/submit`, payload: {} })).statusCode,
      ).toBe(404);
      expect(
        (
          await other({
            method: 'POST',
            url: '/api/payrolls/compute',
            payload: { unitId: hungSon, month: SEPT },
          })
        ).statusCode,
      ).toBe(404);
      const district = await t.as('ubnd.daitu');
      const list = await district({ method: 'GET', url: `/api/payrolls?month=${SEPT}&sort=total` });
      expect(list.statusCode).toBe(200);
      expect((list.json().items as PayrollSummary[]).map((p) => p.id)).toEqual([septId]);
      expect(list.json().items[0]).toMatchObject({ district: { name: expect.stringContaining('Đại Từ') } });
      const mine = await other({ method: 'GET', url: '/api/payrolls' });
      expect(mine.json()).toEqual({ items: [], total: 0 });
    });

    it('goes draft → submitted → approved by the district; approving twice and recomputing answer 409', async () => {
      const police = await t.as('ca.hungson');
      const district = await t.as('ubnd.daitu');
      const coordinator = await t.as('congantinh');
      const submitted = await police({ method: 'POST', url: `/api/payrolls/${septId}/submit`, payload: {} });
      expect(submitted.statusCode).toBe(200);
      expect(submitted.json().status).toBe('submitted');
      const recompute = await police({
        method: 'POST',
        url: '/api/payrolls/compute',
        payload: { unitId: hungSon, month: SEPT },
      });
      expect(recompute.statusCode).toBe(409);
      expect(recompute.json().detail).toContain('trả lại');
      expect(
        (await police({ method: 'POST', url: `/api/payrolls/${septId}/approve`, payload: {} })).statusCode,
      ).toBe(403);
      // The province's setting is "district": the provincial coordinator does not approve.
      expect(
        (await coordinator({ method: 'POST', url: `/api/payrolls/${septId}/approve`, payload: {} }))
          .statusCode,
      ).toBe(403);
      const approved = await district({
        method: 'POST',
        url: `/api/payrolls/${septId}/approve`,
        payload: {},
      });
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({ status: 'approved', can: { approve: false, pay: true } });
      const twice = await district({ method: 'POST', url: `/api/payrolls/${septId}/approve`, payload: {} });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().detail).toContain('đã được duyệt');

      const edit = await police({
        method: 'POST',
        url: '/api/payrolls/compute',
        payload: { unitId: hungSon, month: SEPT },
      });
      expect(edit.statusCode).toBe(409);
      expect(edit.json().detail).toBe(
        'Bảng hỗ trợ tháng 09/2024 của Thị trấn Hùng Sơn đã được duyệt nên không thể sửa hay tính lại. Thay đổi sau khi ' +
          'duyệt (thôi tham gia có hiệu lực từ trước, sửa mức hỗ trợ…) sẽ thành dòng điều chỉnh ở tháng tiếp theo.',
      );
      const history = approved.json().history as { from: string | null; to: string }[];
      expect(history.map((h) => h.to)).toEqual(['draft', 'submitted', 'approved']);
      const audit = await auditRowsFor(t.db, 'payroll', septId);
      expect(audit.map((a) => a.action)).toEqual(['compute', 'recompute', 'submit', 'approve']);
      expect(changes.filter((c) => c.payrollId === septId).map((c) => c.to)).toEqual([
        'draft',
        'submitted',
        'approved',
      ]);
    });

    it('exports the approved payroll as treasury .xlsx and a .docx cover', async () => {
      const reader = await t.as('ubnd.daitu');
      const payroll = (await reader({ method: 'GET', url: `/api/payrolls/${septId}` })).json<PayrollDetail>();
      const xlsx = await reader({ method: 'GET', url: `/api/payrolls/${septId}/export.xlsx` });
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-disposition']).toContain('bang-ho-tro-thi-tran-hung-son-2024-09.xlsx');
      const sheet = (await readWorkbook(xlsx.rawPayload)).worksheets[0]!;
      const values: unknown[][] = [];
      sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      const headerAt = values.findIndex((row) => row[0] === 'STT');
      expect(values[headerAt]).toEqual([
        'STT',
        'Họ và tên',
        'Chức danh',
        'Tổ',
        'Khoản hỗ trợ',
        'Số ngày',
        'Mức (đồng)',
        'Thành tiền (đồng)',
        'Ký nhận',
      ]);
      const total = values.find((row) => row[1] === 'Tổng cộng')!;
      expect(total[7]).toBe(payroll.total);
      const lineRows = values
        .slice(headerAt + 1)
        .filter((row) => row[5] !== undefined && row[5] !== null && typeof row[7] === 'number');
      expect(lineRows).toHaveLength(payroll.lines.length);
      expect(lineRows.reduce((s, row) => s + Number(row[7]), 0)).toBe(payroll.total);
      const subtotals = values.filter((row) => String(row[1]).startsWith('Cộng '));
      expect(subtotals.reduce((s, row) => s + Number(row[7]), 0)).toBe(payroll.total);

      const docx = await reader({ method: 'GET', url: `/api/payrolls/${septId}/cover.docx` });
      expect(docx.statusCode).toBe(200);
      const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('TỜ TRÌNH');
      expect(text).toContain('tháng 09/2024');
      expect(text).toContain(`${payroll.total.toLocaleString('vi-VN').replace(/,/g, '.')}`);
      expect(text).toContain('Kính gửi: Ủy ban nhân dân Huyện Đại Từ');
    });

    it('turns a back-dated leave after approval into a correction line in the next month', async () => {
      const police = await t.as('ca.hungson');
      const sept = (await police({ method: 'GET', url: `/api/payrolls/${septId}` })).json<PayrollDetail>();
      const leaver = sept.lines.find((l) => l.role === 'to_vien' && l.kind === 'monthly_support')!;
      const member = (await police({ method: 'GET', url: `/api/members/${leaver.memberId}` })).json<{
        version: number;
      }>();
      const left = await police({
        method: 'POST',
        url: `/api/members/${leaver.memberId}/leave`,
        payload: { version: member.version, reason: 'a', date: '2024-09-16', decisionNumber: '5/QĐ-UBND' },
      });
      expect(left.statusCode).toBe(200);

      const oct = await police({
        method: 'POST',
        url: '/api/payrolls/compute',
        payload: { unitId: hungSon, month: OCT },
      });
      expect(oct.statusCode).toBe(200);
      const payroll = oct.json<PayrollDetail>();
      const correction = payroll.corrections.find(
        (c) => c.memberId === leaver.memberId && c.kind === 'monthly_support',
      )!;
      // In post 1–15/9 instead of the whole month: 15/30 of 0.6 × 2,340,000 đ.
      expect(correction).toMatchObject({
        originalMonth: SEPT,
        previousAmount: 1_404_000,
        recomputedAmount: 702_000,
        amount: -702_000,
      });
      expect(correction.explanation).toContain('Điều chỉnh tháng 09/2024');
      expect(payroll.lines.some((l) => l.memberId === leaver.memberId)).toBe(false);
      expect(payroll.totals.corrections).toBe(payroll.corrections.reduce((s, c) => s + c.amount, 0));
      expect(payroll.total).toBe(payroll.totals.lines + payroll.totals.corrections);
      // September itself is untouched.
      const after = (await police({ method: 'GET', url: `/api/payrolls/${septId}` })).json<PayrollDetail>();
      expect(after.total).toBe(sept.total);
      expect(after.lines).toEqual(sept.lines);
      // Recomputing October keeps one correction, not two.
      const again = (
        await police({
          method: 'POST',
          url: '/api/payrolls/compute',
          payload: { unitId: hungSon, month: OCT },
        })
      ).json<PayrollDetail>();
      expect(again.corrections).toEqual(payroll.corrections);
    });

    it('returns with a reason, follows the province setting for the approver, and records payment', async () => {
      const police = await t.as('ca.hungson');
      const district = await t.as('ubnd.daitu');
      const coordinator = await t.as('congantinh');
      const oct = (await police({ method: 'GET', url: `/api/payrolls?month=${OCT}` })).json()
        .items[0] as PayrollSummary;
      await police({ method: 'POST', url: `/api/payrolls/${oct.id}/submit`, payload: {} });
      const noReason = await district({
        method: 'POST',
        url: `/api/payrolls/${oct.id}/return`,
        payload: { reason: ' ' },
      });
      expect(noReason.statusCode).toBe(400);
      const returned = await district({
        method: 'POST',
        url: `/api/payrolls/${oct.id}/return`,
        payload: { reason: 'Kiểm tra lại số ngày trực đêm của Tổ dân phố Mẫu Số 2.' },
      });
      expect(returned.json()).toMatchObject({
        status: 'draft',
        returnedReason: expect.stringContaining('trực đêm'),
      });

      const settings = await coordinator({
        method: 'PUT',
        url: `/api/payroll/settings/${province}`,
        payload: { approver: 'province', roundingRule: 'dong' },
      });
      expect(settings.json()).toMatchObject({ approver: 'province' });
      expect(
        (
          await police({
            method: 'PUT',
            url: `/api/payroll/settings/${province}`,
            payload: { approver: 'district', roundingRule: 'dong' },
          })
        ).statusCode,
      ).toBe(403);
      await police({ method: 'POST', url: `/api/payrolls/${oct.id}/submit`, payload: {} });
      expect(
        (await district({ method: 'POST', url: `/api/payrolls/${oct.id}/approve`, payload: {} })).statusCode,
      ).toBe(403);
      const approved = await coordinator({
        method: 'POST',
        url: `/api/payrolls/${oct.id}/approve`,
        payload: {},
      });
      expect(approved.json()).toMatchObject({ status: 'approved', approver: 'province' });

      const paid = await coordinator({
        method: 'POST',
        url: `/api/payrolls/${septId}/pay`,
        payload: { paidOn: '2024-10-10' },
      });
      expect(paid.statusCode).toBe(200);
      expect(paid.json().status).toBe('paid');
      const payment = changes.find((c) => c.payrollId === septId && c.to === 'paid')!;
      expect(payment).toMatchObject({ from: 'approved', month: SEPT, total: paid.json().total });
      // The payment is the commune's spending of September in the budget, read-only there.
      const spending = await police({
        method: 'GET',
        url: `/api/budget/entries?origin=payroll&fiscalYear=2024`,
      });
      expect(spending.statusCode).toBe(200);
      expect(spending.json().items).toEqual([
        expect.objectContaining({
          unit: expect.objectContaining({ id: hungSon }),
          kind: 'spending',
          amount: paid.json().total,
          payrollId: septId,
          payrollMonth: SEPT,
          entryDate: '2024-09-30',
          canEdit: false,
        }),
      ]);
      expect(
        (await coordinator({ method: 'POST', url: `/api/payrolls/${septId}/pay`, payload: {} })).statusCode,
      ).toBe(409);
    });

    it('sums a month by district and commune for the province, as JSON and .xlsx', async () => {
      const coordinator = await t.as('congantinh');
      const res = await coordinator({
        method: 'GET',
        url: `/api/payrolls/summary?month=${SEPT}&unitId=${province}`,
      });
      expect(res.statusCode).toBe(200);
      const summary = res.json<PayrollMonthSummary>();
      const sept = (
        await coordinator({ method: 'GET', url: `/api/payrolls/${septId}` })
      ).json<PayrollDetail>();
      expect(summary.totals).toMatchObject({ withPayroll: 1, total: sept.total, byStatus: { paid: 1 } });
      expect(summary.totals.communes).toBeGreaterThan(100);
      const daiTu = summary.districts.find((d) => d.name.includes('Đại Từ'))!;
      expect(daiTu.total).toBe(sept.total);
      const xlsx = await coordinator({
        method: 'GET',
        url: `/api/payrolls/summary.xlsx?month=${SEPT}&unitId=${province}`,
      });
      const sheet = (await readWorkbook(xlsx.rawPayload)).worksheets[0]!;
      let last: unknown[] = [];
      sheet.eachRow((row) => {
        last = (row.values as unknown[]).slice(1);
      });
      expect(last[2]).toContain('Tổng cộng');
      expect(last[5]).toBe(sept.total);
      const list = await coordinator({ method: 'GET', url: `/api/payrolls/export.xlsx?unitId=${province}` });
      const rows: unknown[][] = [];
      (await readWorkbook(list.rawPayload)).worksheets[0]!.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1)),
      );
      expect(rows).toHaveLength(3);
      const commune = await t.as('ca.quantrieu');
      expect(
        (await commune({ method: 'GET', url: `/api/payrolls/summary?month=${SEPT}&unitId=${province}` }))
          .statusCode,
      ).toBe(404);
    });

    it('still lists, after the 2025 merger, a commune it ended whose members were not moved', async () => {
      // The demo's communes are the 2024 catalogue's, ended on 30/06/2025; Hùng Sơn's members are still there.
      const coordinator = await t.as('congantinh');
      const res = await coordinator({
        method: 'GET',
        url: `/api/payrolls/summary?month=2026-10&unitId=${province}`,
      });
      expect(res.statusCode).toBe(200);
      const summary = res.json<PayrollMonthSummary>();
      const communes = summary.districts.flatMap((d) => d.communes);
      expect(communes.find((c) => c.id === hungSon)).toMatchObject({ payrollId: null, total: 0 });
      expect(summary.totals).toMatchObject({ communes: communes.length, withPayroll: 0, total: 0 });
      // Only those with members: not the province's hundred-odd ended communes.
      const withMembers = await t.db
        .selectFrom('member')
        .select('unitId')
        .distinct()
        .where('status', '!=', 'left')
        .where('provinceId', '=', province)
        .execute();
      expect(communes.map((c) => c.id).sort()).toEqual(withMembers.map((m) => m.unitId).sort());
    });
  });
  describe('every route: bad input answers 4xx and writes nothing, out of scope answers 404', () => {
    let other: { provinceId: string; rateSetId: string; assignmentId: string };

    beforeAll(async () => {
      // A second province, outside every demo user's scope but the admin's, with a set assigned to it.
      const now = '2024-10-01T00:00:00.000Z';
      const provinceId = 'test-province-01';
      await t.db
        .insertInto('unit')
        .values({
          id: provinceId,
          code: '01',
          name: 'Thành phố Hà Nội',
          searchName: 'thanh pho ha noi',
          kind: 'province',
          category: null,
          parentId: null,
          path: `/${provinceId}/`,
          depth: 0,
          validFrom: null,
          validTo: null,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      const demoSet = await t.db
        .selectFrom('payrollRateSet')
        .selectAll()
        .where('provinceId', '=', province)
        .executeTakeFirstOrThrow();
      const rateSetId = 'test-rate-set-01';
      await t.db
        .insertInto('payrollRateSet')
        .values({ ...demoSet, id: rateSetId, provinceId, title: 'Hà Nội (thử)', version: 1 })
        .execute();
      const assignmentId = 'test-assignment-01';
      await t.db
        .insertInto('payrollRateAssignment')
        .values({
          id: assignmentId,
          provinceId,
          rateSetId,
          fromDate: '2024-07-01',
          toDate: null,
          createdBy: null,
          createdAt: now,
        })
        .execute();
      other = { provinceId, rateSetId, assignmentId };
    });

    it('base salary: exports the table; refuses a bad change and an unknown period', async () => {
      const admin = await t.as('admin');
      const xlsx = await admin({ method: 'GET', url: '/api/payroll/base-salaries/export.xlsx' });
      expect(xlsx.statusCode).toBe(200);
      const rows: unknown[][] = [];
      (await readWorkbook(xlsx.rawPayload)).worksheets[0]!.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1)),
      );
      expect(rows).toEqual([
        ['Từ ngày', 'Đến ngày', 'Mức lương cơ sở (đồng/tháng)', 'Văn bản quy định'],
        ['01/07/2023', '30/06/2024', 1_800_000, 'Nghị định 24/2023/NĐ-CP'],
        ['01/07/2024', undefined, 2_340_000, 'Nghị định 73/2024/NĐ-CP'],
      ]);
      const before = (await admin({ method: 'GET', url: '/api/payroll/base-salaries' })).json()
        .items as BaseSalaryRow[];
      const negative = await admin({
        method: 'PATCH',
        url: `/api/payroll/base-salaries/${before[1]!.id}`,
        payload: { amount: -1 },
      });
      expect(negative.statusCode).toBe(400);
      expect(negative.json().errors[0]).toMatchObject({ path: expect.stringContaining('amount') });
      // Moving the start of the open period one day later leaves 01/7/2024 uncovered.
      const gap = await admin({
        method: 'PATCH',
        url: `/api/payroll/base-salaries/${before[1]!.id}`,
        payload: { from: '2024-07-02' },
      });
      expect(gap.statusCode).toBe(400);
      expect(gap.json().detail).toContain('Khoảng trống');
      for (const method of ['PATCH', 'DELETE'] as const) {
        const unknown = await admin({
          method,
          url: '/api/payroll/base-salaries/khong-co',
          ...(method === 'PATCH' ? { payload: { amount: 1 } } : {}),
        });
        expect(unknown.statusCode).toBe(404);
      }
      const commune = await t.as('ca.hungson');
      expect(
        (
          await commune({
            method: 'PATCH',
            url: `/api/payroll/base-salaries/${before[1]!.id}`,
            payload: { amount: 1 },
          })
        ).statusCode,
      ).toBe(403);
      expect((await admin({ method: 'GET', url: '/api/payroll/base-salaries' })).json().items).toEqual(
        before,
      );
    });

    it('rate sets: exports, edits with the version, and hides another province on every route', async () => {
      const coordinator = await t.as('congantinh');
      const sets = (
        await coordinator({ method: 'GET', url: `/api/payroll/rate-sets?provinceId=${province}` })
      ).json().items as StoredRateSet[];
      const demo = sets[0]!;
      const xlsx = await coordinator({
        method: 'GET',
        url: `/api/payroll/rate-sets/export.xlsx?provinceId=${province}`,
      });
      expect(xlsx.statusCode).toBe(200);
      const rows: unknown[][] = [];
      (await readWorkbook(xlsx.rawPayload)).worksheets[0]!.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1)),
      );
      expect(rows[0]!.slice(0, 3)).toEqual(['Bộ mức', 'Tỉnh', 'Nghị quyết']);
      expect(rows).toHaveLength(1 + demo.rates.length);
      expect(rows[1]![0]).toBe(DEMO_RATE_SET_TITLE);

      // Edit: a stale version answers 409, a bad rate 400, then the whole set is replaced.
      const {
        id,
        version,
        provinceId: _p,
        exampleKey: _e,
        inUse: _u,
        createdAt: _c,
        updatedAt: _a,
        isExample: _x,
        ...input
      } = demo;
      const stale = await coordinator({
        method: 'PATCH',
        url: `/api/payroll/rate-sets/${id}`,
        payload: { ...input, version: version + 5 },
      });
      expect(stale.statusCode).toBe(409);
      const badRate = await coordinator({
        method: 'PATCH',
        url: `/api/payroll/rate-sets/${id}`,
        payload: { ...input, version, rates: [{ ...input.rates[0]!, value: -3 }] },
      });
      expect(badRate.statusCode).toBe(400);
      expect(
        (await coordinator({ method: 'GET', url: `/api/payroll/rate-sets/${id}` })).json<StoredRateSet>(),
      ).toEqual(demo);
      const edited = await coordinator({
        method: 'PATCH',
        url: `/api/payroll/rate-sets/${id}`,
        payload: { ...input, version, notes: [...input.notes, 'Ghi chú thêm (thử).'] },
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({
        version: version + 1,
        notes: [...input.notes, 'Ghi chú thêm (thử).'],
      });
      expect(
        (
          await coordinator({
            method: 'PATCH',
            url: `/api/payroll/rate-sets/${id}`,
            payload: { ...input, version: version + 1 },
          })
        ).statusCode,
      ).toBe(200);

      // Another province: 404 on every route, reading or writing, like a missing one.
      const outOfScope = [
        { method: 'GET', url: `/api/payroll/rate-sets?provinceId=${other.provinceId}` },
        { method: 'GET', url: `/api/payroll/rate-sets/export.xlsx?provinceId=${other.provinceId}` },
        { method: 'GET', url: `/api/payroll/rate-sets/${other.rateSetId}` },
        {
          method: 'PATCH',
          url: `/api/payroll/rate-sets/${other.rateSetId}`,
          payload: { ...input, version: 1 },
        },
        { method: 'DELETE', url: `/api/payroll/rate-sets/${other.rateSetId}` },
        {
          method: 'POST',
          url: '/api/payroll/rate-sets',
          payload: { provinceId: other.provinceId, fromExample: 'vd-ha-noi-2024' },
        },
        { method: 'GET', url: `/api/payroll/rate-assignments?provinceId=${other.provinceId}` },
        {
          method: 'POST',
          url: '/api/payroll/rate-assignments',
          payload: { provinceId: other.provinceId, rateSetId: other.rateSetId, from: '2030-01-01' },
        },
        { method: 'DELETE', url: `/api/payroll/rate-assignments/${other.assignmentId}` },
        { method: 'GET', url: `/api/payroll/settings/${other.provinceId}` },
        {
          method: 'PUT',
          url: `/api/payroll/settings/${other.provinceId}`,
          payload: { approver: 'province', roundingRule: 'dong' },
        },
      ] as const;
      for (const request of outOfScope) {
        const res = await coordinator(request);
        expect(res.statusCode, `${request.method} ${request.url}`).toBe(404);
      }
      for (const unknown of [
        { method: 'GET', url: '/api/payroll/rate-sets/khong-co' },
        { method: 'DELETE', url: '/api/payroll/rate-sets/khong-co' },
        { method: 'DELETE', url: '/api/payroll/rate-assignments/khong-co' },
        { method: 'GET', url: '/api/payroll/settings/khong-co' },
      ] as const) {
        expect((await coordinator(unknown)).statusCode, `${unknown.method} ${unknown.url}`).toBe(404);
      }
      expect(
        (
          await t.db
            .selectFrom('payrollRateAssignment')
            .select('id')
            .where('provinceId', '=', other.provinceId)
            .execute()
        ).map((r) => r.id),
      ).toEqual([other.assignmentId]);
    });

    it('rate assignments and settings: a bad period or value answers 400; a good one is written and undone', async () => {
      const coordinator = await t.as('congantinh');
      const sets = (await coordinator({ method: 'GET', url: '/api/payroll/rate-sets' })).json()
        .items as StoredRateSet[];
      const demo = sets.find((s) => s.title === DEMO_RATE_SET_TITLE)!;
      const settings = await coordinator({ method: 'GET', url: `/api/payroll/settings/${province}` });
      expect(settings.statusCode).toBe(200);
      const current = settings.json();
      const badSetting = await coordinator({
        method: 'PUT',
        url: `/api/payroll/settings/${province}`,
        payload: { approver: 'xa', roundingRule: 'dong' },
      });
      expect(badSetting.statusCode).toBe(400);
      expect((await coordinator({ method: 'GET', url: `/api/payroll/settings/${province}` })).json()).toEqual(
        current,
      );

      const backwards = await coordinator({
        method: 'POST',
        url: '/api/payroll/rate-assignments',
        payload: { provinceId: province, rateSetId: demo.id, from: '2024-05-01', to: '2024-04-01' },
      });
      expect(backwards.statusCode).toBe(400);
      const unknownSet = await coordinator({
        method: 'POST',
        url: '/api/payroll/rate-assignments',
        payload: { provinceId: province, rateSetId: 'khong-co', from: '2024-05-01', to: '2024-05-31' },
      });
      expect(unknownSet.statusCode).toBeGreaterThanOrEqual(400);
      expect(unknownSet.statusCode).toBeLessThan(500);
      const before = (await coordinator({ method: 'GET', url: '/api/payroll/rate-assignments' })).json()
        .items;
      expect(before).toHaveLength(1);

      // Before the demo's assignment (from 01/7/2024) there is room for a closed period.
      const overlap = await coordinator({
        method: 'POST',
        url: '/api/payroll/rate-assignments',
        payload: { provinceId: province, rateSetId: demo.id, from: '2024-07-01', to: null },
      });
      expect(overlap.statusCode).toBe(400);
      const ok = await coordinator({
        method: 'POST',
        url: '/api/payroll/rate-assignments',
        payload: { provinceId: province, rateSetId: demo.id, from: '2024-01-01', to: '2024-06-30' },
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({
        from: '2024-01-01',
        to: '2024-06-30',
        rateSetTitle: DEMO_RATE_SET_TITLE,
      });
      const commune = await t.as('ca.hungson');
      expect(
        (await commune({ method: 'DELETE', url: `/api/payroll/rate-assignments/${ok.json().id}` }))
          .statusCode,
      ).toBe(403);
      expect(
        (await coordinator({ method: 'DELETE', url: `/api/payroll/rate-assignments/${ok.json().id}` }))
          .statusCode,
      ).toBe(204);
      expect(
        (await coordinator({ method: 'GET', url: '/api/payroll/rate-assignments' })).json().items,
      ).toEqual(before);
    });

    it('days: a bad month or row answers 400, another commune 404 on every route, nothing written', async () => {
      const police = await t.as('ca.hungson');
      const outsider = await t.as('ca.quantrieu');
      const before = (
        await police({ method: 'GET', url: `/api/payroll/days?unitId=${hungSon}&month=${SEPT}` })
      ).json<PayrollDays>();
      const member = before.members[0]!.memberId;
      for (const url of [
        `/api/payroll/days?unitId=${hungSon}&month=2024-13`,
        `/api/payroll/days/template.xlsx?unitId=${hungSon}&month=2024-9`,
        `/api/payroll/days?month=${SEPT}`,
      ]) {
        expect((await police({ method: 'GET', url })).statusCode, url).toBe(400);
      }
      const negative = await police({
        method: 'PUT',
        url: '/api/payroll/days',
        payload: { unitId: hungSon, month: OCT, rows: [{ memberId: member, dutyNight: -1 }] },
      });
      expect(negative.statusCode).toBe(400);
      expect(JSON.stringify(negative.json().errors)).toContain('dutyNight');

      const template = await police({
        method: 'GET',
        url: `/api/payroll/days/template.xlsx?unitId=${hungSon}&month=${OCT}`,
      });
      const upload = multipartFile('ngay.xlsx', template.rawPayload);
      const notXlsx = multipartFile('ngay.xlsx', Buffer.from('không phải tệp Excel'));
      const preview = await police({
        method: 'POST',
        url: `/api/payroll/days/import/preview?unitId=${hungSon}&month=${OCT}`,
        ...notXlsx,
      });
      expect(preview.statusCode).toBeGreaterThanOrEqual(400);
      expect(preview.statusCode).toBeLessThan(500);
      expect(preview.json().detail).toBeTruthy();

      const outOfScope = [
        { method: 'GET', url: `/api/payroll/days?unitId=${hungSon}&month=${OCT}` },
        { method: 'GET', url: `/api/payroll/days/template.xlsx?unitId=${hungSon}&month=${OCT}` },
        {
          method: 'PUT',
          url: '/api/payroll/days',
          payload: { unitId: hungSon, month: OCT, rows: [{ memberId: member, dutyNight: 2 }] },
        },
        { method: 'POST', url: `/api/payroll/days/import/preview?unitId=${hungSon}&month=${OCT}`, ...upload },
        { method: 'POST', url: `/api/payroll/days/import/commit?unitId=${hungSon}&month=${OCT}`, ...upload },
      ] as const;
      for (const request of outOfScope) {
        expect((await outsider(request)).statusCode, `${request.method} ${request.url}`).toBe(404);
      }
      const after = (
        await police({ method: 'GET', url: `/api/payroll/days?unitId=${hungSon}&month=${OCT}` })
      ).json<PayrollDays>();
      expect(after.members.every((m) => m.dutyNight === 0)).toBe(true);
    });

    it('payrolls: bad queries answer 400, another commune 404 on every route of a payroll', async () => {
      const police = await t.as('ca.hungson');
      const outsider = await t.as('ca.quantrieu');
      for (const url of [
        '/api/payrolls?sort=ten',
        '/api/payrolls?limit=5000',
        '/api/payrolls/export.xlsx?status=xong',
        '/api/payrolls/summary?month=2024',
        '/api/payrolls/summary.xlsx',
      ]) {
        const res = await police({ method: 'GET', url });
        expect(res.statusCode, url).toBe(400);
        expect(res.json().errors.length, url).toBeGreaterThan(0);
      }
      const district = await t.as('ubnd.daitu');
      const badDate = await district({
        method: 'POST',
        url: `/api/payrolls/${septId}/pay`,
        payload: { paidOn: '10/10/2024' },
      });
      expect(badDate.statusCode).toBe(400);
      const tooLong = await district({
        method: 'POST',
        url: `/api/payrolls/${septId}/return`,
        payload: { reason: 'x'.repeat(2001) },
      });
      expect(tooLong.statusCode).toBe(400);
      const paid = (await police({ method: 'GET', url: `/api/payrolls/${septId}` })).json<PayrollDetail>();
      expect(paid).toMatchObject({ status: 'paid', paidOn: '2024-10-10' });

      // A unit filter outside the scope answers 404, not an empty list.
      const province404 = [
        `/api/payrolls?unitId=${province}`,
        `/api/payrolls/export.xlsx?unitId=${province}`,
        `/api/payrolls/summary.xlsx?month=${SEPT}&unitId=${province}`,
      ];
      for (const url of province404) {
        expect((await outsider({ method: 'GET', url })).statusCode, url).toBe(404);
      }
      const payrollRoutes = [
        { method: 'GET', url: `/api/payrolls/${septId}/export.xlsx` },
        { method: 'GET', url: `/api/payrolls/${septId}/cover.docx` },
        { method: 'POST', url: `/api/payrolls/${septId}/approve`, payload: {} },
        { method: 'POST', url: `/api/payrolls/${septId}/return`, payload: { reason: 'Sai số ngày.' } },
        { method: 'POST', url: `/api/payrolls/${septId}/pay`, payload: {} },
      ] as const;
      for (const request of payrollRoutes) {
        expect((await outsider(request)).statusCode, `${request.method} ${request.url}`).toBe(404);
      }
      for (const request of [
        { method: 'GET', url: '/api/payrolls/khong-co' },
        { method: 'GET', url: '/api/payrolls/khong-co/export.xlsx' },
        { method: 'POST', url: '/api/payrolls/khong-co/approve', payload: {} },
      ] as const) {
        expect((await district(request)).statusCode, request.url).toBe(404);
      }
      expect((await police({ method: 'GET', url: `/api/payrolls/${septId}` })).json()).toEqual(paid);
    });
  });
});
