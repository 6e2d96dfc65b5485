import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemActor } from '../http/actor.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { importCatalogue, importSuccessions } from './org.import.ts';
import { createAgencies, resolveUnitGroup } from './org.service.ts';

describe.each(inject('testDialects'))('organisation tree API on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
  });
  afterAll(() => t.close());

  it('finds units whatever the diacritics: "cong an tinh" and "dai tu"', async () => {
    const as = await t.as('ca.hungson');
    const police = await as({ method: 'GET', url: '/api/units?q=cong%20an%20tinh' });
    expect(police.statusCode).toBe(200);
    expect(police.json().items[0]).toMatchObject({ name: 'Công an tỉnh', kind: 'agency', code: '19.CAT' });
    const district = await as({ method: 'GET', url: '/api/units?q=dai%20tu' });
    expect(district.json().items.map((u: { name: string }) => u.name)).toContain('Huyện Đại Từ');
    const accented = await as({ method: 'GET', url: `/api/units?q=${encodeURIComponent('ĐẠI TỪ')}` });
    expect(accented.json().items[0].name).toBe('Huyện Đại Từ');
  });

  it('finds a unit by its official code, and new units at once', async () => {
    const as = await t.as('sotuphap');
    const byCode = await as({ method: 'GET', url: '/api/units?q=05761' });
    expect(byCode.json().items[0]).toMatchObject({ name: 'Thị trấn Hùng Sơn', code: '05761' });
    expect((await as({ method: 'GET', url: '/api/units?q=ban%20dan%20toc' })).json().total).toBe(0);
    await createAgencies(t.db, systemActor(), [
      { code: '19.BDT', name: 'Ban Dân tộc tỉnh', category: 'department', parentId: await t.unitId('19') },
    ]);
    const fresh = await as({ method: 'GET', url: '/api/units?q=ban%20dan%20toc' });
    expect(fresh.json().items).toEqual([
      expect.objectContaining({ name: 'Ban Dân tộc tỉnh', kind: 'agency', hasChildren: false }),
    ]);
  });

  it('ranks whole-name and prefix matches first and pages consistently', async () => {
    const as = await t.as('sotuphap');
    const exact = await as({ method: 'GET', url: `/api/units?q=${encodeURIComponent('Sở Tư pháp')}` });
    expect(exact.json().items[0].name).toBe('Sở Tư pháp');
    const containing = async (folded: string) => {
      const row = await t.db
        .selectFrom('unit')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('searchName', 'like', `%${folded}%`)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const phuong = await as({ method: 'GET', url: '/api/units?q=phuong&limit=200' });
    const names: string[] = phuong.json().items.map((u: { name: string }) => u.name);
    expect(phuong.json().total).toBe(await containing('phuong'));
    const firstOther = names.findIndex((name) => !name.startsWith('Phường'));
    expect(firstOther).toBe(41); // the 41 Phường of Thái Nguyên first, then names with "phuong" inside
    expect(names.slice(firstOther).every((name) => !name.startsWith('Phường'))).toBe(true);
    const whole = await as({ method: 'GET', url: '/api/units?q=xa&limit=20' });
    const second = await as({ method: 'GET', url: '/api/units?q=xa&limit=10&offset=10' });
    expect(second.json().items).toEqual(whole.json().items.slice(10));
    expect(whole.json().total).toBe(await containing('xa'));
    expect(second.json().total).toBe(whole.json().total);
  });

  it('lists roots and lazily the children of a unit, with counts and paging', async () => {
    const as = await t.as('sotuphap');
    const roots = await as({ method: 'GET', url: '/api/units?roots=true' });
    expect(roots.json()).toMatchObject({
      total: 1,
      items: [{ name: 'Tỉnh Thái Nguyên', kind: 'province', hasChildren: true, parentId: null }],
    });
    const provinceId = roots.json().items[0].id as string;
    const children = await as({ method: 'GET', url: `/api/units/${provinceId}/children` });
    const kinds = children.json().items.map((u: { kind: string }) => u.kind);
    expect(kinds.filter((k: string) => k === 'district')).toHaveLength(9);
    expect(kinds.filter((k: string) => k === 'agency').length).toBeGreaterThanOrEqual(11);
    expect(kinds.indexOf('agency')).toBeGreaterThan(kinds.lastIndexOf('district'));
    const communes = await as({ method: 'GET', url: '/api/units?kind=commune&limit=10&offset=170' });
    expect(communes.json().total).toBe(177);
    expect(communes.json().items).toHaveLength(7);
  });

  it('shows one unit with its parent', async () => {
    const as = await t.as('sotuphap');
    const id = await t.unitId('171');
    const res = await as({ method: 'GET', url: `/api/units/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Huyện Đại Từ',
      parent: { name: 'Tỉnh Thái Nguyên' },
      predecessors: [],
      successors: [],
    });
  });

  it('answers 404 for an unknown unit and 400 for a bad query', async () => {
    const as = await t.as('sotuphap');
    const missing = await as({ method: 'GET', url: '/api/units/khong-co' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    const bad = await as({ method: 'GET', url: '/api/units?limit=100000&kind=planet' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['/limit', '/kind']),
    );
  });

  it('resolves the named groups of plans to their member units', async () => {
    const provinceId = await t.unitId('19');
    const districts = await resolveUnitGroup(t.db, 'district_people_committees', provinceId);
    expect(districts).toHaveLength(9);
    const communes = await resolveUnitGroup(t.db, 'commune_people_committees', provinceId);
    expect(communes).toHaveLength(177);
    const departments = await resolveUnitGroup(t.db, 'provincial_departments', provinceId);
    expect(departments.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Sở Tư pháp', 'Công an tỉnh', 'Báo Thái Nguyên']),
    );
    const as = await t.as('congantinh');
    const groups = await as({ method: 'GET', url: '/api/unit-groups' });
    expect(groups.json().items).toEqual(
      expect.arrayContaining([
        { key: 'commune_people_committees', name: 'UBND các xã, phường, thị trấn', memberCount: 177 },
      ]),
    );
  });

  it('imports a catalogue idempotently and records successions that roll history up', async () => {
    const csv2025 = [
      'province_code,province_name,commune_code,commune_name,commune_level',
      '19,Tỉnh Thái Nguyên,05761,Xã Đại Từ,Xã',
    ].join('\n');
    const first = await importCatalogue(t.db, systemActor(), csv2025);
    expect(first).toMatchObject({ edition: '2025', created: 2, unchanged: 0 });
    const again = await importCatalogue(t.db, systemActor(), csv2025);
    expect(again).toMatchObject({ created: 0, unchanged: 2 });
    const successions = await importSuccessions(
      t.db,
      systemActor(),
      'old_code,new_code,effective_date\n05761,05761,2025-07-01\n99999,05761,2025-07-01\n',
    );
    expect(successions.created).toBe(1);
    expect(successions.errors).toEqual([
      { line: 3, message: expect.stringContaining('old unit 99999: missing') },
    ]);
    const as = await t.as('sotuphap');
    const search = await as({ method: 'GET', url: '/api/units?q=xa%20dai%20tu' });
    const merged = search.json().items.find((u: { validFrom: string }) => u.validFrom === '2025-07-01');
    const detail = await as({ method: 'GET', url: `/api/units/${merged.id}` });
    expect(detail.json().predecessors).toEqual([
      expect.objectContaining({ name: 'Thị trấn Hùng Sơn', effectiveDate: '2025-07-01' }),
    ]);
    const audit = await t.db.selectFrom('auditLog').select('entity').where('action', '=', 'import').execute();
    expect(audit.map((a) => a.entity)).toEqual(expect.arrayContaining(['unit', 'unit_succession']));
  });
});
