import fs from 'node:fs/promises';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Plan, Task } from '../../domain/plans/plan-api.schemas.ts';
import { SEED_PLAN_FILE } from '../demo/demo.service.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { multipartFile } from '../test/multipart.ts';

const flatten = (tasks: Task[]): Task[] => tasks.flatMap((t) => [t, ...flatten(t.children)]);

describe.each(inject('testDialects'))('plans API on %s', (dialect) => {
  let t: TestContext;
  let seedText: string;
  let seedPlanId: string;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), { config: { uploadLimitBytes: 200_000 } });
    seedText = await fs.readFile(SEED_PLAN_FILE, 'utf8');
    const row = await t.db
      .selectFrom('plan')
      .select('id')
      .where('number', '=', '71/KH-UBND')
      .executeTakeFirstOrThrow();
    seedPlanId = row.id;
  });
  afterAll(() => t.close());

  it('loads the seed plan with the demo, visible to the units it assigns', async () => {
    for (const username of ['congantinh', 'ubndtinh', 'sotuphap', 'ubnd.daitu', 'ca.hungson']) {
      const as = await t.as(username);
      const res = await as({ method: 'GET', url: '/api/plans' });
      expect(res.statusCode, username).toBe(200);
      expect(
        res.json().items.map((p: { number: string }) => p.number),
        username,
      ).toContain('71/KH-UBND');
    }
  });

  it('returns the seed as a task tree with fanned-out groups and unresolved names kept', async () => {
    const as = await t.as('congantinh');
    const res = await as({ method: 'GET', url: `/api/plans/${seedPlanId}` });
    expect(res.statusCode).toBe(200);
    const plan = res.json<Plan>();
    expect(plan).toMatchObject({
      number: '71/KH-UBND',
      date: '2024-04-15',
      canEdit: true,
      ownerUnit: { code: '19.UBND' },
    });
    expect(plan.tasks.map((task) => task.code)).toEqual(['1', '2', '3', '4']);
    const tasks = flatten(plan.tasks);
    const task11 = tasks.find((task) => task.code === '1.1');
    expect(task11?.schedule).toMatchObject({ kind: 'quarter', year: 2024, quarter: 2 });
    expect(task11?.assignments.filter((a) => a.role === 'lead').map((a) => a.unit?.name)).toEqual([
      'Sở Tư pháp',
    ]);
    const communes = task11?.assignments.filter((a) => a.groupKey === 'commune_people_committees') ?? [];
    expect(communes).toHaveLength(177);
    expect(task11?.assignments.some((a) => a.unit === null && /có liên quan/.test(a.nameText))).toBe(true);
    expect(plan.reportingDuties).toEqual([
      expect.objectContaining({
        deadlineText: expect.stringContaining('15/11'),
        schedule: expect.objectContaining({ kind: 'annual', month: 11, day: 15 }),
      }),
    ]);
    const leader = await t.as('ubndtinh');
    expect((await leader({ method: 'GET', url: `/api/plans/${seedPlanId}` })).json().canEdit).toBe(false);
  });

  it('parses pasted text and matches units, flagging the ones it cannot match', async () => {
    const as = await t.as('congantinh');
    const res = await as({ method: 'POST', url: '/api/plans/parse', payload: { text: seedText } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.draft).toMatchObject({ number: '71/KH-UBND', date: '2024-04-15' });
    const byName = new Map(body.units.map((u: { name: string; match: unknown }) => [u.name, u.match]));
    expect(byName.get('Sở Tư pháp')).toMatchObject({ kind: 'unit', unit: { code: '19.STP' } });
    expect(byName.get('UBND các xã, phường, thị trấn')).toMatchObject({ kind: 'group', memberCount: 177 });
    expect([...byName.values()].some((m) => (m as { kind: string }).kind === 'unmatched')).toBe(true);
  });

  it('parses an uploaded Word document, and refuses other files by their content', async () => {
    const as = await t.as('congantinh');
    const doc = new Document({
      sections: [{ children: seedText.split('\n').map((line) => new Paragraph(line.replace(/[*#]/g, ''))) }],
    });
    const docx = await Packer.toBuffer(doc);
    const ok = await as({ method: 'POST', url: '/api/plans/parse', ...multipartFile('ke-hoach.docx', docx) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().draft.number).toBe('71/KH-UBND');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const wrong = await as({
      method: 'POST',
      url: '/api/plans/parse',
      ...multipartFile('ke-hoach.docx', png),
    });
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const big = await as({
      method: 'POST',
      url: '/api/plans/parse',
      ...multipartFile('ke-hoach.txt', Buffer.alloc(300_000, 'a')),
    });
    expect(big.statusCode).toBe(413);
    const empty = await as({ method: 'POST', url: '/api/plans/parse', payload: { text: '' } });
    expect(empty.statusCode).toBe(400);
  });

  it('creates a reviewed plan: units, groups fanned out, unresolved names kept; audited', async () => {
    const as = await t.as('congantinh');
    const payload = {
      number: '12/KH-CAT',
      title: 'Kế hoạch tập huấn lực lượng tham gia bảo vệ ANTT ở cơ sở năm 2025',
      date: '2025-02-10',
      ownerUnitId: await t.unitId('19.CAT'),
      tasks: [
        {
          code: '1',
          title: 'Tập huấn cho Tổ trưởng',
          timeText: 'Quý II/2025',
          schedule: null,
          assignments: [
            { role: 'lead', nameText: 'Công an tỉnh', unitId: await t.unitId('19.CAT') },
            {
              role: 'coordinator',
              nameText: 'UBND các huyện, thành phố',
              groupKey: 'district_people_committees',
            },
            { role: 'coordinator', nameText: 'Trường Chính trị tỉnh' },
          ],
          children: [],
        },
      ],
    };
    const res = await as({ method: 'POST', url: '/api/plans', payload });
    expect(res.statusCode).toBe(201);
    const plan = res.json<Plan>();
    const [task] = plan.tasks;
    expect(task?.assignments.filter((a) => a.groupKey === 'district_people_committees')).toHaveLength(9);
    expect(task?.assignments.find((a) => a.nameText === 'Trường Chính trị tỉnh')?.unit).toBeNull();
    const [audit] = await auditRowsFor(t.db, 'plan', plan.id);
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({
      number: '12/KH-CAT',
      tasks: 1,
      assignments: 11,
    });
  });

  it('refuses bad input with field errors and read-only roles with 403, writing nothing', async () => {
    const before = await t.db
      .selectFrom('plan')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const coordinator = await t.as('congantinh');
    const bad = await coordinator({
      method: 'POST',
      url: '/api/plans',
      payload: { title: '', tasks: [{ code: '', assignments: [], children: [] }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['/title']),
    );
    const badGroup = await coordinator({
      method: 'POST',
      url: '/api/plans',
      payload: {
        title: 'X',
        tasks: [
          {
            code: '1',
            title: 'Y',
            assignments: [{ role: 'lead', nameText: 'Z', groupKey: 'khong_co' }],
            children: [],
          },
        ],
      },
    });
    expect(badGroup.statusCode).toBe(400);
    for (const username of ['ubndtinh', 'ca.hungson']) {
      const as = await t.as(username);
      const res = await as({ method: 'POST', url: '/api/plans', payload: { title: 'Kế hoạch', tasks: [] } });
      expect(res.statusCode, username).toBe(403);
    }
    const after = await t.db
      .selectFrom('plan')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lets a district write its own sub-plan, hidden from units outside it (404)', async () => {
    const district = await t.as('ubnd.daitu');
    const seed = (await district({ method: 'GET', url: `/api/plans/${seedPlanId}` })).json<Plan>();
    const res = await district({
      method: 'POST',
      url: '/api/plans',
      payload: {
        number: '35/KH-UBND',
        title: 'Kế hoạch triển khai Luật trên địa bàn huyện Đại Từ',
        parentPlanId: seedPlanId,
        parentTaskId: seed.tasks[0]?.id,
        tasks: [
          {
            code: '1',
            title: 'Quán triệt Luật cho các xã, thị trấn',
            timeText: 'Quý III/2024',
            assignments: [
              {
                role: 'lead',
                nameText: 'UBND các xã, phường, thị trấn',
                groupKey: 'commune_people_committees',
              },
            ],
            children: [],
          },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const subPlan = res.json<Plan>();
    expect(subPlan.ownerUnit.name).toBe('Huyện Đại Từ');
    expect(subPlan.tasks[0]?.assignments).toHaveLength(29); // the 29 communes of Đại Từ, not the province's 177
    const coordinator = await t.as('congantinh');
    const parent = (await coordinator({ method: 'GET', url: `/api/plans/${seedPlanId}` })).json<Plan>();
    expect(parent.subPlans.map((p) => p.number)).toContain('35/KH-UBND');
    const outsider = await t.as('ca.quantrieu');
    expect((await outsider({ method: 'GET', url: `/api/plans/${subPlan.id}` })).statusCode).toBe(404);
    const patch = await outsider({
      method: 'PATCH',
      url: `/api/plans/${subPlan.id}`,
      payload: { version: 1, title: 'Đổi' },
    });
    expect(patch.statusCode).toBe(404);
    const agency = await t.as('sotuphap');
    const outOfScope = await agency({
      method: 'POST',
      url: '/api/plans',
      payload: { title: 'Kế hoạch của Sở', ownerUnitId: await t.unitId('171'), tasks: [] },
    });
    expect(outOfScope.statusCode).toBe(404);
  });

  it('edits plans, tasks and assignments with row versions and audit rows', async () => {
    const as = await t.as('congantinh');
    const plan = (await as({ method: 'GET', url: `/api/plans/${seedPlanId}` })).json<Plan>();
    const renamed = await as({
      method: 'PATCH',
      url: `/api/plans/${seedPlanId}`,
      payload: { version: plan.version, status: 'active', signerName: 'Đặng Xuân Trường' },
    });
    expect(renamed.statusCode).toBe(200);
    const stale = await as({
      method: 'PATCH',
      url: `/api/plans/${seedPlanId}`,
      payload: { version: plan.version, signerName: 'X' },
    });
    expect(stale.statusCode).toBe(409);
    const task = flatten(plan.tasks).find((x) => x.code === '3.1');
    const timed = await as({
      method: 'PATCH',
      url: `/api/tasks/${task?.id}`,
      payload: { version: task?.version, timeText: 'trước ngày 30/9/2024' },
    });
    expect(timed.statusCode).toBe(200);
    expect(timed.json().schedule).toMatchObject({ kind: 'deadline', date: '2024-09-30' });
    const unresolved = flatten(plan.tasks)
      .flatMap((x) => x.assignments)
      .find((a) => a.unit === null);
    const resolved = await as({
      method: 'PATCH',
      url: `/api/assignments/${unresolved?.id}`,
      payload: { version: unresolved?.version, unitId: await t.unitId('19.SNV') },
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().unit.name).toBe('Sở Nội vụ');
    const already = await as({
      method: 'POST',
      url: `/api/tasks/${task?.id}/assignments`,
      payload: { role: 'coordinator', unitId: await t.unitId('19.MTTQ') },
    });
    expect(already.statusCode).toBe(409);
    const added = await as({
      method: 'POST',
      url: `/api/tasks/${task?.id}/assignments`,
      payload: { role: 'coordinator', unitId: await t.unitId('05761') },
    });
    expect(added.statusCode).toBe(201);
    const removed = await as({ method: 'DELETE', url: `/api/assignments/${added.json().items[0].id}` });
    expect(removed.statusCode).toBe(204);
    const badAssignment = await as({
      method: 'POST',
      url: `/api/tasks/${task?.id}/assignments`,
      payload: { role: 'coordinator' },
    });
    expect(badAssignment.statusCode).toBe(400);
    const leader = await t.as('ubndtinh');
    expect(
      (await leader({ method: 'PATCH', url: `/api/tasks/${task?.id}`, payload: { version: 2, title: 'x' } }))
        .statusCode,
    ).toBe(403);
    const actions = (
      await t.db
        .selectFrom('auditLog')
        .select(['entity', 'action'])
        .where('entity', 'in', ['plan', 'task', 'assignment'])
        .execute()
    ).map((r) => `${r.entity}:${r.action}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'plan:update',
        'task:update',
        'assignment:update',
        'assignment:create',
        'assignment:delete',
      ]),
    );
  });

  it('lists what Sở Tư pháp owes and when', async () => {
    const as = await t.as('sotuphap');
    const unitId = await t.unitId('19.STP');
    const res = await as({
      method: 'GET',
      url: `/api/plans/${seedPlanId}/obligations?unitId=${unitId}&from=2024-01-01&to=2024-12-31`,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { taskCode: string; role: string; dueDate: string | null }[];
    expect(items.find((o) => o.taskCode === '1.1')).toMatchObject({ role: 'lead', dueDate: '2024-06-30' });
    expect(items.filter((o) => o.taskCode === '1.3').length).toBeGreaterThanOrEqual(1);
    expect(
      items.every((o) => o.dueDate === null || (o.dueDate >= '2024-01-01' && o.dueDate <= '2024-12-31')),
    ).toBe(true);
    const bad = await as({ method: 'GET', url: `/api/plans/${seedPlanId}/obligations?from=30/5/2024` });
    expect(bad.statusCode).toBe(400);
  });

  it('exports the plan list as a real .xlsx', async () => {
    const as = await t.as('congantinh');
    const res = await as({ method: 'GET', url: '/api/plans/export.xlsx' });
    expect(res.statusCode).toBe(200);
    const { readWorkbook } = await import('../test/xlsx.ts');
    const sheet = (await readWorkbook(res.rawPayload)).getWorksheet('Kế hoạch');
    const numbers: string[] = [];
    sheet?.eachRow((row, index) => {
      if (index > 1) numbers.push(row.getCell(1).text);
    });
    expect(numbers).toContain('71/KH-UBND');
  });
});
