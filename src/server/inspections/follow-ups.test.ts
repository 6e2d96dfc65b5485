import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FollowUp, FollowUpListItem, Inspection } from '../../domain/inspections/inspections.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';

type Page = { items: FollowUpListItem[]; total: number };

describe.each(inject('testDialects'))('findings and follow-ups on %s', (dialect) => {
  let tick = 0;
  let t: TestContext;
  let daiTu: string;
  let hungSon: string;
  let inspection: Inspection;
  let findingId: string;
  let dueSoon: FollowUp;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date(Date.parse('2024-11-20T03:00:00.000Z') + 1000 * tick++),
    });
    const plan = await t.db
      .selectFrom('plan')
      .select('id')
      .where('number', '=', '71/KH-UBND')
      .executeTakeFirstOrThrow();
    daiTu = await t.unitId('171');
    hungSon = await t.unitId('05761');
    const coordinator = await t.as('congantinh');
    inspection = (
      await coordinator({
        method: 'POST',
        url: '/api/inspections',
        payload: {
          planId: plan.id,
          inspectedUnitId: daiTu,
          subject: 'Kiểm tra huyện Đại Từ',
          plannedFrom: '2024-11-15',
        },
      })
    ).json();
  });
  afterAll(() => t.close());

  it('takes findings only once the inspection is done, from the inspecting side only', async () => {
    const coordinator = await t.as('congantinh');
    const add = (who: typeof coordinator, payload: Record<string, unknown>) =>
      who({ method: 'POST', url: `/api/inspections/${inspection.id}/findings`, payload });
    const finding = { kind: 'shortcoming', text: 'Chưa kiện toàn Ban Chỉ đạo cấp xã.' };
    expect((await add(coordinator, finding)).statusCode).toBe(422);
    await coordinator({
      method: 'POST',
      url: `/api/inspections/${inspection.id}/complete`,
      payload: { version: 1, actualDate: '2024-11-18', conclusion: 'Cơ bản thực hiện tốt.' },
    });
    const res = await add(coordinator, finding);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...finding, position: 0, version: 1 });
    findingId = res.json().id;
    const bad = await add(coordinator, { kind: 'opinion', text: '' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/kind', '/text']);
    expect((await add(await t.as('ubnd.daitu'), finding)).statusCode).toBe(403);
    expect((await add(await t.as('sotuphap'), finding)).statusCode).toBe(404);
    const edit = (who: typeof coordinator, payload: Record<string, unknown>) =>
      who({ method: 'PATCH', url: `/api/findings/${findingId}`, payload });
    expect((await edit(coordinator, { version: 1, kind: 'violation' })).json()).toMatchObject({
      kind: 'violation',
      version: 2,
    });
    expect((await edit(coordinator, { version: 1, text: 'Cũ' })).statusCode).toBe(409);
    expect((await edit(await t.as('sotuphap'), { version: 2, text: 'x' })).statusCode).toBe(404);
    expect((await auditRowsFor(t.db, 'inspection_finding', findingId)).map((r) => r.action)).toEqual([
      'create',
      'update',
    ]);
  });

  it('asks the inspected unit for follow-ups with due dates; the responsible unit must lie under it', async () => {
    const coordinator = await t.as('congantinh');
    const add = (payload: Record<string, unknown>) =>
      coordinator({ method: 'POST', url: `/api/findings/${findingId}/follow-ups`, payload });
    const res = await add({ what: 'Kiện toàn Ban Chỉ đạo ở 29 xã, thị trấn.', dueDate: '2024-11-30' });
    expect(res.statusCode).toBe(201);
    dueSoon = res.json<FollowUp>();
    expect(dueSoon).toMatchObject({
      responsibleUnit: { id: daiTu, name: 'Huyện Đại Từ' },
      state: 'open',
      isDueSoon: true,
      canEdit: true,
      canComplete: true,
    });
    const overdue = await add({
      what: 'Báo cáo kết quả rà soát.',
      dueDate: '2024-11-19',
      responsibleUnitId: hungSon,
    });
    expect(overdue.json()).toMatchObject({
      state: 'overdue',
      isDueSoon: false,
      responsibleUnit: { id: hungSon },
    });
    const elsewhere = await add({
      what: 'x',
      dueDate: '2024-12-30',
      responsibleUnitId: await t.unitId('05431'),
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors).toEqual([expect.objectContaining({ path: '/responsibleUnitId' })]);
    const beforeVisit = await add({ what: 'x', dueDate: '2024-11-01' });
    expect(beforeVisit.json().errors).toEqual([
      { path: '/dueDate', message: 'Hạn khắc phục phải sau ngày kiểm tra' },
    ]);
    expect((await add({ what: 'x', dueDate: 'mai' })).json().errors).toEqual([
      expect.objectContaining({ path: '/dueDate' }),
    ]);
    const district = await t.as('ubnd.daitu');
    const forbidden = await district({
      method: 'POST',
      url: `/api/findings/${findingId}/follow-ups`,
      payload: { what: 'x', dueDate: '2024-12-30' },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('lists each unit’s own follow-ups, overdue and due-soon marked, and exports them', async () => {
    const list = async (username: string, query = '') => {
      const res = await (await t.as(username))({ method: 'GET', url: `/api/follow-ups${query}` });
      expect(res.statusCode, `${username} ${query}`).toBe(200);
      return res.json<Page>();
    };
    const district = await list('ubnd.daitu');
    expect(district.items).toEqual([
      expect.objectContaining({
        what: 'Kiện toàn Ban Chỉ đạo ở 29 xã, thị trấn.',
        isDueSoon: true,
        canComplete: true,
        canEdit: false,
        finding: expect.objectContaining({ kind: 'violation' }),
        inspection: expect.objectContaining({
          id: inspection.id,
          inspectingUnit: expect.objectContaining({ name: 'Công an tỉnh' }),
        }),
      }),
    ]);
    // The commune sees its own follow-up, and through it the inspection of its district.
    const commune = await list('ca.hungson');
    expect(commune.items.map((f) => f.state)).toEqual(['overdue']);
    expect(
      (await (await t.as('ca.hungson'))({ method: 'GET', url: `/api/inspections/${inspection.id}` }))
        .statusCode,
    ).toBe(200);
    expect((await list('ca.hungson', '?state=overdue')).total).toBe(1);
    expect((await list('ca.hungson', '?state=done')).total).toBe(0);
    expect((await list('ca.hungson', '?state=due_soon')).total).toBe(0);
    expect((await list('ubnd.daitu', '?state=due_soon')).total).toBe(1);
    expect((await list('congantinh')).total).toBe(0);
    const all = await list('congantinh', '?scope=all&sort=dueDate&order=desc');
    expect(all.items.map((f) => f.dueDate)).toEqual(['2024-11-30', '2024-11-19']);
    expect((await list('ca.quantrieu', '?scope=all')).total).toBe(0);
    const bad = await (await t.as('ubnd.daitu'))({ method: 'GET', url: '/api/follow-ups?state=late' });
    expect(bad.statusCode).toBe(400);

    const file = await (
      await t.as('congantinh')
    )({ method: 'GET', url: '/api/follow-ups/export.xlsx?scope=all' });
    expect(file.statusCode).toBe(200);
    const sheet = (await readWorkbook(file.rawPayload)).getWorksheet('Việc cần khắc phục');
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(2).values).toEqual(
      expect.arrayContaining([
        'Báo cáo kết quả rà soát.',
        'Thị trấn Hùng Sơn',
        '19/11/2024',
        'Quá hạn',
        'Vi phạm',
      ]),
    );
  });

  it('lets the responsible unit record a follow-up done with its result; others 403 or 404, stale 409', async () => {
    const complete = async (username: string, payload: Record<string, unknown>) =>
      (await t.as(username))({ method: 'POST', url: `/api/follow-ups/${dueSoon.id}/complete`, payload });
    const done = {
      version: 1,
      doneOn: '2024-11-20',
      result: 'Đã kiện toàn Ban Chỉ đạo ở 29/29 xã, thị trấn.',
    };
    expect((await complete('ubndtinh', done)).statusCode).toBe(403);
    expect((await complete('ca.quantrieu', done)).statusCode).toBe(404);
    expect((await complete('ca.hungson', done)).statusCode).toBe(403);
    expect((await complete('ubnd.daitu', { ...done, version: 2 })).statusCode).toBe(409);
    const future = await complete('ubnd.daitu', { ...done, doneOn: '2024-11-21' });
    expect(future.json().errors).toEqual([
      { path: '/doneOn', message: 'Ngày hoàn thành không được sau ngày hôm nay' },
    ]);
    expect((await complete('ubnd.daitu', { ...done, result: ' ' })).statusCode).toBe(400);
    const res = await complete('ubnd.daitu', done);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'done',
      doneOn: '2024-11-20',
      result: done.result,
      doneBy: { displayName: 'Phạm Thị Từ (UBND huyện Đại Từ)' },
      canComplete: false,
      version: 2,
    });
    expect((await complete('ubnd.daitu', { ...done, version: 2 })).statusCode).toBe(422);
    const seen = await (
      await t.as('congantinh')
    )({ method: 'GET', url: `/api/inspections/${inspection.id}` });
    expect(seen.json<Inspection>().findings[0]?.followUps.find((f) => f.id === dueSoon.id)).toMatchObject({
      state: 'done',
      result: done.result,
    });
    expect(seen.json()).toMatchObject({ openFollowUpCount: 1, overdueFollowUpCount: 1 });
    expect((await auditRowsFor(t.db, 'follow_up', dueSoon.id)).map((r) => r.action)).toEqual([
      'create',
      'complete',
    ]);
  });

  it('keeps done follow-ups: no edit, no delete of them or of their finding; open ones change with their version', async () => {
    const coordinator = await t.as('congantinh');
    const patchDone = await coordinator({
      method: 'PATCH',
      url: `/api/follow-ups/${dueSoon.id}`,
      payload: { version: 2, what: 'x' },
    });
    expect(patchDone.statusCode).toBe(422);
    const deleteFinding = await coordinator({
      method: 'DELETE',
      url: `/api/findings/${findingId}?version=2`,
    });
    expect(deleteFinding.statusCode).toBe(422);
    const open = (
      await coordinator({ method: 'GET', url: '/api/follow-ups?scope=all&state=open' })
    ).json<Page>().items[0];
    if (!open) throw new Error('no open follow-up');
    const url = `/api/follow-ups/${open.id}`;
    expect(
      (await (await t.as('ca.hungson'))({ method: 'PATCH', url, payload: { version: 1, what: 'x' } }))
        .statusCode,
    ).toBe(403);
    const moved = await coordinator({ method: 'PATCH', url, payload: { version: 1, dueDate: '2024-12-15' } });
    expect(moved.json()).toMatchObject({ dueDate: '2024-12-15', state: 'open', version: 2 });
    expect(
      (await coordinator({ method: 'PATCH', url, payload: { version: 1, dueDate: '2024-12-16' } }))
        .statusCode,
    ).toBe(409);
    expect((await coordinator({ method: 'DELETE', url: `${url}?version=1` })).statusCode).toBe(409);
    expect((await coordinator({ method: 'DELETE', url: `${url}?version=x` })).statusCode).toBe(400);
    expect((await (await t.as('ubnd.daitu'))({ method: 'DELETE', url: `${url}?version=2` })).statusCode).toBe(
      403,
    );
    expect((await coordinator({ method: 'DELETE', url: `${url}?version=2` })).statusCode).toBe(204);
    expect((await auditRowsFor(t.db, 'follow_up', open.id)).map((r) => r.action)).toEqual([
      'create',
      'update',
      'delete',
    ]);
    // With the open follow-up gone the commune no longer sees the inspection of its district.
    expect(
      (await (await t.as('ca.hungson'))({ method: 'GET', url: `/api/inspections/${inspection.id}` }))
        .statusCode,
    ).toBe(404);
  });
});

describe.each(inject('testDialects'))('demo inspections on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), { withDemoReports: true });
  });
  afterAll(() => t.close());

  it('loads a done inspection with follow-ups for Thị trấn Hùng Sơn and a planned one', async () => {
    const coordinator = await t.as('congantinh');
    const list = (await coordinator({ method: 'GET', url: '/api/inspections?sort=date&order=asc' })).json();
    expect(list.items.map((i: { state: string }) => i.state)).toEqual(['done', 'planned']);
    const commune = await t.as('ca.hungson');
    const followUps = (await commune({ method: 'GET', url: '/api/follow-ups' })).json<Page>().items;
    expect(followUps.map((f) => [f.state, f.isDueSoon])).toEqual([
      ['done', false],
      ['overdue', false],
      ['open', true],
    ]);
    expect(followUps.every((f) => f.responsibleUnit.name === 'Thị trấn Hùng Sơn')).toBe(true);
    const district = await t.as('ubnd.daitu');
    const planned = (await district({ method: 'GET', url: '/api/inspections?state=planned' })).json()
      .items[0];
    expect(planned).toMatchObject({
      inspectingUnit: { name: 'Huyện Đại Từ' },
      inspectedUnit: { name: 'Thị trấn Quân Chu' },
    });
  });
});
