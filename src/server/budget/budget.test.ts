import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  BudgetEntry,
  BudgetEntrySaved,
  BudgetSummary,
  BudgetTaskSummary,
} from '../../domain/budget/budget.schemas.ts';
import { systemActor } from '../http/actor.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { recordPayrollSpending, removePayrollSpending } from './budget.service.ts';

type Injector = Awaited<ReturnType<TestContext['as']>>;

describe.each(inject('testDialects'))('budget (kinh phí) on %s', (dialect) => {
  let t: TestContext;
  let daiTu: string;
  let hungSon: string;
  let quanTrieu: string;
  let taskId: string;
  let allocation: BudgetEntrySaved;
  let spending: BudgetEntrySaved;

  const entry = (overrides: Record<string, unknown> = {}) => ({
    unitId: daiTu,
    fiscalYear: 2025,
    source: 'local_budget',
    kind: 'estimate',
    amount: 500_000_000,
    entryDate: '2024-11-20',
    documentNumber: '1234/QĐ-UBND',
    note: null,
    taskId: null,
    ...overrides,
  });

  const create = async (user: Injector, payload: Record<string, unknown>) =>
    user({ method: 'POST', url: '/api/budget/entries', payload });

  const list = async (user: Injector, query = '') => {
    const res = await user({ method: 'GET', url: `/api/budget/entries${query}` });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: BudgetEntry[]; total: number }>();
  };

  const countEntries = async () =>
    Number(
      (
        await t.db
          .selectFrom('budgetEntry')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
    daiTu = await t.unitId('171');
    hungSon = await t.unitId('05761');
    quanTrieu = await t.unitId('05431');
    const task = await t.db
      .selectFrom('task')
      .innerJoin('plan', 'plan.id', 'task.planId')
      .select('task.id')
      .where('plan.number', '=', '71/KH-UBND')
      .where('task.code', '=', '1.1')
      .executeTakeFirstOrThrow();
    taskId = task.id;
  });
  afterAll(() => t.close());

  it('lets the coordinator record an estimate and an allocation for a district, audited', async () => {
    const coordinator = await t.as('congantinh');
    const estimate = await create(coordinator, entry());
    expect(estimate.statusCode).toBe(201);
    const saved = estimate.json<BudgetEntrySaved>();
    expect(saved).toMatchObject({
      unit: { id: daiTu, name: 'Huyện Đại Từ' },
      fiscalYear: 2025,
      source: 'local_budget',
      kind: 'estimate',
      amount: 500_000_000,
      entryDate: '2024-11-20',
      documentNumber: '1234/QĐ-UBND',
      origin: 'manual',
      recordedBy: { displayName: 'Nguyễn Văn Điều (Công an tỉnh)' },
      canEdit: true,
      version: 1,
      warnings: [],
    });
    const audit = await auditRowsFor(t.db, 'budget_entry', saved.id);
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.parse(audit[0]?.after ?? '{}')).toMatchObject({ amount: 500_000_000, kind: 'estimate' });

    const allocated = await create(
      coordinator,
      entry({ kind: 'allocation', amount: 450_000_000, entryDate: '2025-01-15', taskId }),
    );
    expect(allocated.statusCode).toBe(201);
    allocation = allocated.json<BudgetEntrySaved>();
    expect(allocation.task).toMatchObject({ id: taskId, code: '1.1', planNumber: '71/KH-UBND' });
  });

  it('lets a unit record its own spending and warns (without refusing) when it passes the allocation', async () => {
    const district = await t.as('ubnd.daitu');
    const res = await create(
      district,
      entry({ kind: 'spending', amount: 470_000_000, entryDate: '2025-06-30', documentNumber: 'C12/2025' }),
    );
    expect(res.statusCode).toBe(201);
    spending = res.json<BudgetEntrySaved>();
    expect(spending.warnings).toEqual([
      {
        code: 'spending_over_allocation',
        source: 'local_budget',
        message: {
          vi: 'Ngân sách địa phương: số đã chi vượt kinh phí được giao',
          en: 'Local budget: spending exceeds the allocation',
        },
      },
    ]);
    const commune = await t.as('ca.hungson');
    const own = await create(
      commune,
      entry({
        unitId: hungSon,
        kind: 'allocation',
        source: 'ministry_police',
        amount: 30_000_000,
        entryDate: '2025-02-01',
      }),
    );
    expect(own.statusCode).toBe(201);
    expect(own.json<BudgetEntrySaved>().warnings).toEqual([]);
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const coordinator = await t.as('congantinh');
    const before = await countEntries();
    const negative = await create(coordinator, entry({ amount: -5 }));
    expect(negative.statusCode).toBe(400);
    expect(negative.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/amount', message: 'Số tiền phải lớn hơn 0' }],
    });
    const lateDate = await create(coordinator, entry({ kind: 'spending', entryDate: '2026-03-01' }));
    expect(lateDate.statusCode).toBe(400);
    expect(lateDate.json().errors).toEqual([
      {
        path: '/entryDate',
        message: 'Ngày của khoản chi năm ngân sách 2025 phải từ 01/01/2025 đến 31/01/2026',
      },
    ]);
    const badSource = await create(coordinator, entry({ source: 'donation' }));
    expect(badSource.statusCode).toBe(400);
    expect(badSource.json().errors).toEqual([{ path: '/source', message: 'Chọn nguồn kinh phí' }]);
    const unknownTask = await create(coordinator, entry({ taskId: 'no-such-task' }));
    expect(unknownTask.statusCode).toBe(404);
    expect(unknownTask.json().detail).toBe('Không tìm thấy nhiệm vụ của kế hoạch trong phạm vi của bạn.');
    const notJson = await coordinator({
      method: 'POST',
      url: '/api/budget/entries',
      headers: { 'content-type': 'application/json' },
      payload: '{"amount": ',
    });
    expect(notJson.statusCode).toBe(400);
    expect(await countEntries()).toBe(before);
  });

  it('keeps units apart: another unit gets 404, a district cannot write for its commune, a leader only reads', async () => {
    const quanTrieuUser = await t.as('ca.quantrieu');
    expect(
      (await quanTrieuUser({ method: 'GET', url: `/api/budget/entries/${spending.id}` })).statusCode,
    ).toBe(404);
    const foreign = await create(
      quanTrieuUser,
      entry({ unitId: hungSon, kind: 'spending', entryDate: '2025-03-01' }),
    );
    expect(foreign.statusCode).toBe(404);
    const edit = await quanTrieuUser({
      method: 'PUT',
      url: `/api/budget/entries/${spending.id}`,
      payload: { ...entry({ kind: 'spending', entryDate: '2025-06-30' }), version: spending.version },
    });
    expect(edit.statusCode).toBe(404);
    expect((await list(quanTrieuUser)).total).toBe(0);
    expect(
      (await quanTrieuUser({ method: 'GET', url: `/api/budget/entries?districtId=${daiTu}` })).statusCode,
    ).toBe(404);

    const district = await t.as('ubnd.daitu');
    const forCommune = await create(district, entry({ unitId: hungSon }));
    expect(forCommune.statusCode).toBe(403);
    expect(forCommune.json().detail).toMatch(/chỉ nhập kinh phí của chính mình/);
    // The district reads its commune's entries.
    expect((await list(district, `?unitId=${hungSon}`)).total).toBe(1);

    const leader = await t.as('ubndtinh');
    expect((await create(leader, entry())).statusCode).toBe(403);
    expect((await list(leader, '?fiscalYear=2025')).items.every((e) => !e.canEdit)).toBe(true);
    const commune = await t.as('ca.hungson');
    expect((await create(commune, entry({ unitId: quanTrieu }))).statusCode).toBe(404);
  });

  it('edits at the version read (a stale version is a 409) and deletes, audited', async () => {
    const district = await t.as('ubnd.daitu');
    const payload = {
      ...entry({
        kind: 'spending',
        amount: 420_000_000,
        entryDate: '2025-06-30',
        documentNumber: 'C12/2025',
      }),
      version: spending.version,
    };
    const edited = await district({ method: 'PUT', url: `/api/budget/entries/${spending.id}`, payload });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<BudgetEntrySaved>()).toMatchObject({ amount: 420_000_000, version: 2, warnings: [] });
    const stale = await district({ method: 'PUT', url: `/api/budget/entries/${spending.id}`, payload });
    expect(stale.statusCode).toBe(409);

    const extra = (
      await create(district, entry({ kind: 'spending', amount: 1_000_000, entryDate: '2025-07-01' }))
    ).json<BudgetEntrySaved>();
    const wrongVersion = await district({
      method: 'DELETE',
      url: `/api/budget/entries/${extra.id}?version=9`,
    });
    expect(wrongVersion.statusCode).toBe(409);
    const deleted = await district({ method: 'DELETE', url: `/api/budget/entries/${extra.id}?version=1` });
    expect(deleted.statusCode).toBe(204);
    expect((await district({ method: 'GET', url: `/api/budget/entries/${extra.id}` })).statusCode).toBe(404);
    expect((await auditRowsFor(t.db, 'budget_entry', extra.id)).map((a) => a.action)).toEqual([
      'create',
      'delete',
    ]);
    expect((await auditRowsFor(t.db, 'budget_entry', spending.id)).map((a) => a.action)).toEqual([
      'create',
      'update',
    ]);
  });

  it('takes a paid payroll’s spending in once per payroll, and keeps it read-only by hand', async () => {
    const actor = systemActor(new Date('2025-03-05T02:00:00.000Z'));
    const first = await t.db.transaction().execute((trx) =>
      recordPayrollSpending(trx, actor, {
        payrollId: 'payroll-1',
        unitId: hungSon,
        month: '2025-02',
        amount: 12_870_000,
      }),
    );
    expect(first).toMatchObject({
      unit: { id: hungSon },
      fiscalYear: 2025,
      source: 'local_budget',
      kind: 'spending',
      amount: 12_870_000,
      entryDate: '2025-02-28',
      origin: 'payroll',
      payrollId: 'payroll-1',
      payrollMonth: '2025-02',
    });
    // Again with the same figures: nothing new; with a corrected amount: the same entry follows.
    await t.db.transaction().execute((trx) =>
      recordPayrollSpending(trx, actor, {
        payrollId: 'payroll-1',
        unitId: hungSon,
        month: '2025-02',
        amount: 12_870_000,
      }),
    );
    const second = await t.db.transaction().execute((trx) =>
      recordPayrollSpending(trx, actor, {
        payrollId: 'payroll-1',
        unitId: hungSon,
        month: '2025-02',
        amount: 13_000_000,
      }),
    );
    expect(second).toMatchObject({ id: first.id, amount: 13_000_000, version: 2 });
    const rows = await t.db
      .selectFrom('budgetEntry')
      .select('id')
      .where('payrollId', '=', 'payroll-1')
      .execute();
    expect(rows).toHaveLength(1);
    expect((await auditRowsFor(t.db, 'budget_entry', first.id)).map((a) => a.action)).toEqual([
      'record_payroll',
      'record_payroll',
    ]);
    // A payroll whose transaction fails leaves nothing behind.
    await expect(
      t.db.transaction().execute(async (trx) => {
        await recordPayrollSpending(trx, actor, {
          payrollId: 'payroll-x',
          unitId: hungSon,
          month: '2025-03',
          amount: 1,
        });
        throw new Error('payroll failed');
      }),
    ).rejects.toThrow('payroll failed');
    expect(
      await t.db.selectFrom('budgetEntry').select('id').where('payrollId', '=', 'payroll-x').execute(),
    ).toEqual([]);
    await expect(
      t.db
        .transaction()
        .execute((trx) =>
          recordPayrollSpending(trx, actor, { payrollId: 'p', unitId: hungSon, month: '2025-13', amount: 1 }),
        ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });

    const commune = await t.as('ca.hungson');
    const listed = (await list(commune, '?origin=payroll')).items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: first.id, canEdit: false, origin: 'payroll' });
    const coordinator = await t.as('congantinh');
    const edit = await coordinator({
      method: 'PUT',
      url: `/api/budget/entries/${first.id}`,
      payload: { ...entry({ unitId: hungSon, kind: 'spending', entryDate: '2025-02-28' }), version: 2 },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toMatch(/theo bảng chi trả/);
    const remove = await coordinator({ method: 'DELETE', url: `/api/budget/entries/${first.id}?version=2` });
    expect(remove.statusCode).toBe(409);

    await t.db.transaction().execute((trx) =>
      recordPayrollSpending(trx, actor, {
        payrollId: 'payroll-2',
        unitId: hungSon,
        month: '2025-03',
        amount: 9_000_000,
      }),
    );
    expect(await t.db.transaction().execute((trx) => removePayrollSpending(trx, actor, 'payroll-2'))).toBe(
      true,
    );
    expect(await t.db.transaction().execute((trx) => removePayrollSpending(trx, actor, 'payroll-2'))).toBe(
      false,
    );
    expect((await list(commune, '?origin=payroll')).total).toBe(1);
  });

  it('sums the province table per unit and source in the database, with totals and percentages', async () => {
    const coordinator = await t.as('congantinh');
    await create(
      coordinator,
      entry({
        kind: 'settlement',
        amount: 400_000_000,
        entryDate: '2026-03-31',
        documentNumber: '88/QĐ-STC',
      }),
    );
    const res = await coordinator({ method: 'GET', url: '/api/budget/summary?fiscalYear=2025' });
    expect(res.statusCode).toBe(200);
    const summary = res.json<BudgetSummary>();
    const daiTuLocal = summary.rows.find((r) => r.unit.id === daiTu && r.source === 'local_budget');
    expect(daiTuLocal).toMatchObject({
      estimate: 500_000_000,
      allocation: 450_000_000,
      spending: 420_000_000,
      settlement: 400_000_000,
      allocatedOfEstimate: 90,
      spentOfAllocation: 93.3,
      settledOfSpending: 95.2,
      warnings: [],
    });
    const hungSonRows = summary.rows.filter((r) => r.unit.id === hungSon);
    expect(hungSonRows.map((r) => [r.source, r.allocation, r.spending, r.warnings])).toEqual([
      ['local_budget', 0, 13_000_000, ['spending_over_allocation']],
      ['ministry_police', 30_000_000, 0, []],
      [null, 30_000_000, 13_000_000, []],
    ]);
    expect(summary.totals.at(-1)).toMatchObject({
      source: null,
      estimate: 500_000_000,
      allocation: 480_000_000,
      spending: 433_000_000,
      settlement: 400_000_000,
    });
    // The district sees its own subtree only; another year is empty.
    const district = await t.as('ubnd.daitu');
    const own = (
      await district({ method: 'GET', url: '/api/budget/summary?fiscalYear=2025' })
    ).json<BudgetSummary>();
    expect(new Set(own.rows.map((r) => r.unit.id))).toEqual(new Set([daiTu, hungSon]));
    const quanTrieuUser = await t.as('ca.quantrieu');
    const empty = (
      await quanTrieuUser({ method: 'GET', url: '/api/budget/summary?fiscalYear=2025' })
    ).json<BudgetSummary>();
    expect(empty.rows).toEqual([]);
    expect(empty.totals).toEqual([expect.objectContaining({ source: null, estimate: 0, spending: 0 })]);
    const badYear = await coordinator({ method: 'GET', url: '/api/budget/summary?fiscalYear=1990' });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().errors[0].message).toBe('Năm ngân sách từ 2020 trở đi');
  });

  it('exports the province table and the list as .xlsx that read back with the same figures', async () => {
    const coordinator = await t.as('congantinh');
    const file = await coordinator({ method: 'GET', url: '/api/budget/summary/export.xlsx?fiscalYear=2025' });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('kinh-phi-tong-hop-2025.xlsx');
    const sheet = (await readWorkbook(file.rawPayload)).worksheets[0];
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    expect(rows[0]?.slice(1, 7)).toEqual([
      'Đơn vị',
      'Nguồn kinh phí',
      'Dự toán (đồng)',
      'Phân bổ, giao (đồng)',
      'Đã chi (đồng)',
      'Quyết toán (đồng)',
    ]);
    expect(rows.find((r) => r[1] === 'Huyện Đại Từ' && r[2] === 'Ngân sách địa phương')?.slice(3, 7)).toEqual(
      [500_000_000, 450_000_000, 420_000_000, 400_000_000],
    );
    const total = rows.find((r) => r[1] === 'Tổng cộng' && r[2] === 'Cộng các nguồn');
    expect(total?.slice(3, 7)).toEqual([500_000_000, 480_000_000, 433_000_000, 400_000_000]);
    expect(rows.find((r) => r[1] === 'Thị trấn Hùng Sơn' && r[2] === 'Ngân sách địa phương')?.[10]).toBe(
      'Số đã chi vượt kinh phí được giao',
    );

    const listFile = await coordinator({
      method: 'GET',
      url: `/api/budget/entries/export.xlsx?fiscalYear=2025&unitId=${daiTu}&sort=amount&order=desc`,
    });
    expect(listFile.statusCode).toBe(200);
    const listRows = ((await readWorkbook(listFile.rawPayload)).worksheets[0]?.getSheetValues() ?? []).filter(
      Boolean,
    ) as unknown[][];
    expect(listRows.slice(1).map((r) => [r[3], r[5]])).toEqual([
      ['Dự toán', 500_000_000],
      ['Phân bổ, giao', 450_000_000],
      ['Chi', 420_000_000],
      ['Quyết toán', 400_000_000],
    ]);
  });

  it('filters, sorts and pages the list, and shows a plan task’s money', async () => {
    const coordinator = await t.as('congantinh');
    const all = await list(coordinator, '?fiscalYear=2025&sort=amount&order=asc');
    expect(all.items.map((e) => e.amount)).toEqual([...all.items.map((e) => e.amount)].sort((a, b) => a - b));
    const page2 = await list(coordinator, '?fiscalYear=2025&sort=amount&order=asc&limit=2&offset=2');
    expect(page2.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
    expect(page2.total).toBe(all.total);
    expect(
      (await list(coordinator, `?districtId=${daiTu}&kind=allocation`)).items.map((e) => e.amount),
    ).toEqual([30_000_000, 450_000_000]);
    expect((await list(coordinator, '?source=ministry_police')).total).toBe(1);
    expect((await list(coordinator, `?taskId=${taskId}`)).items.map((e) => e.id)).toEqual([allocation.id]);
    const bad = await coordinator({ method: 'GET', url: '/api/budget/entries?sort=price' });
    expect(bad.statusCode).toBe(400);

    const view = await coordinator({ method: 'GET', url: `/api/budget/tasks/${taskId}` });
    expect(view.statusCode).toBe(200);
    expect(view.json<BudgetTaskSummary>()).toMatchObject({
      task: { id: taskId, code: '1.1' },
      entryCount: 1,
      rows: [
        { fiscalYear: 2025, source: 'local_budget', estimate: 0, allocation: 450_000_000 },
        { fiscalYear: 2025, source: null, allocation: 450_000_000 },
      ],
    });
    expect((await coordinator({ method: 'GET', url: '/api/budget/tasks/nope' })).statusCode).toBe(404);
  });
  it('reads one entry, and answers bad input (400) and other units (404) on every route without writing', async () => {
    const coordinator = await t.as('congantinh');
    const one = await coordinator({ method: 'GET', url: `/api/budget/entries/${allocation.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.json<BudgetEntry>()).toMatchObject({
      id: allocation.id,
      unit: { id: daiTu },
      kind: 'allocation',
      amount: 450_000_000,
      task: { id: taskId, code: '1.1' },
      canEdit: true,
    });
    const before = await countEntries();

    // Bad input: a clear message, nothing written.
    const badEdit = await coordinator({
      method: 'PUT',
      url: `/api/budget/entries/${allocation.id}`,
      payload: { ...entry({ kind: 'allocation', amount: 0, entryDate: '2025-01-15' }), version: 1 },
    });
    expect(badEdit.statusCode).toBe(400);
    expect(badEdit.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/amount', message: 'Số tiền phải lớn hơn 0' }],
    });
    const noVersion = await coordinator({ method: 'DELETE', url: `/api/budget/entries/${allocation.id}` });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/version' }] });
    const badExport = await coordinator({ method: 'GET', url: '/api/budget/entries/export.xlsx?sort=price' });
    expect(badExport.statusCode).toBe(400);
    expect(badExport.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/sort' }] });
    const badSummaryExport = await coordinator({
      method: 'GET',
      url: '/api/budget/summary/export.xlsx?fiscalYear=1990',
    });
    expect(badSummaryExport.statusCode).toBe(400);
    expect(badSummaryExport.json().errors[0].message).toBe('Năm ngân sách từ 2020 trở đi');
    expect(await countEntries()).toBe(before);
    expect(
      (await coordinator({ method: 'GET', url: `/api/budget/entries/${allocation.id}` })).json(),
    ).toMatchObject({ amount: 450_000_000, version: allocation.version });

    // Another unit: 404 like an entry or district that does not exist, and nothing deleted.
    const quanTrieuUser = await t.as('ca.quantrieu');
    const foreignDelete = await quanTrieuUser({
      method: 'DELETE',
      url: `/api/budget/entries/${allocation.id}?version=${allocation.version}`,
    });
    expect(foreignDelete.statusCode).toBe(404);
    expect(foreignDelete.json().detail).toBe('Không tìm thấy khoản kinh phí.');
    for (const url of [
      `/api/budget/entries/export.xlsx?districtId=${daiTu}`,
      `/api/budget/summary?fiscalYear=2025&districtId=${daiTu}`,
      `/api/budget/summary/export.xlsx?fiscalYear=2025&districtId=${daiTu}`,
    ]) {
      const res = await quanTrieuUser({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().detail, url).toBe('Không tìm thấy đơn vị trong phạm vi của bạn.');
    }
    expect(await countEntries()).toBe(before);

    // A task of a plan the user does not see (Đại Từ's own sub-plan, for a ward of Thái Nguyên city): 404.
    const district = await t.as('ubnd.daitu');
    const subPlan = await district({
      method: 'POST',
      url: '/api/plans',
      payload: {
        number: '36/KH-UBND',
        title: 'Kế hoạch kinh phí của huyện Đại Từ',
        tasks: [{ code: '1', title: 'Mua sắm trang phục', assignments: [], children: [] }],
      },
    });
    expect(subPlan.statusCode).toBe(201);
    const districtTaskId = subPlan.json<{ tasks: { id: string }[] }>().tasks[0]?.id;
    expect((await district({ method: 'GET', url: `/api/budget/tasks/${districtTaskId}` })).statusCode).toBe(
      200,
    );
    const hidden = await quanTrieuUser({ method: 'GET', url: `/api/budget/tasks/${districtTaskId}` });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().detail).toBe('Không tìm thấy nhiệm vụ của kế hoạch trong phạm vi của bạn.');
  });
});
