import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jsonRows, readJsonGroups, readJsonRows, SLOT } from './database.ts';
import { createTestContext, type TestContext } from '../test/context.ts';

describe.each(inject('testDialects'))('rows aggregated as JSON on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
  });
  afterAll(() => t.close());

  const unitsNamed = (name: string) =>
    readJsonRows(
      t.db
        .selectFrom('unit')
        .where('name', '=', name)
        .select(
          jsonRows<[code: string, name: string, depth: number, validTo: string | null]>(t.db, [
            'code',
            'name',
            'depth',
            'validTo',
          ]),
        ),
    );

  it('gives the selected columns in order, one array per row: text, numbers and null as they are', async () => {
    expect(await unitsNamed('Tỉnh Thái Nguyên')).toContainEqual(['19', 'Tỉnh Thái Nguyên', 0, '2025-06-30']);
  });

  it('gives text that needs escaping in JSON back unchanged', async () => {
    const name = 'Tổ "Bình An" \\ số 1\nthôn Đồng Tâm\t✓';
    await t.db
      .insertInto('unit')
      .values({
        id: 'json-rows-unit',
        code: 'JR-1',
        kind: 'agency',
        name,
        searchName: 'to binh an',
        parentId: null,
        path: '/json-rows-unit/',
        category: null,
        depth: 0,
        validFrom: null,
        validTo: null,
        createdAt: '2026-11-26T00:00:00.000Z',
        updatedAt: '2026-11-26T00:00:00.000Z',
      })
      .execute();
    expect(await unitsNamed(name)).toEqual([['JR-1', name, 0, null]]);
  });

  it('gives no rows as an empty list', async () => {
    expect(await unitsNamed('Không có đơn vị này')).toEqual([]);
  });

  it('groups the rows of a grouped query, each row given its group in the slot left for it', async () => {
    const province = await t.db
      .selectFrom('unit')
      .select('id')
      .where('name', '=', 'Tỉnh Thái Nguyên')
      .where('validTo', '=', '2025-06-30')
      .executeTakeFirstOrThrow();
    const children = await t.db
      .selectFrom('unit')
      .select(['kind', 'code'])
      .where('parentId', '=', province.id)
      .execute();
    const groups = await readJsonGroups(
      t.db
        .selectFrom('unit')
        .where('parentId', '=', province.id)
        .groupBy('kind')
        .select(['kind as group', jsonRows<[code: string, kind: string]>(t.db, ['code', SLOT])]),
      1,
    );
    expect(children.length).toBeGreaterThan(1);
    expect(groups.map((g) => g.group).sort()).toEqual([...new Set(children.map((c) => c.kind))].sort());
    const rows = groups.flatMap((g) => g.rows);
    expect(rows.map(([code, kind]) => `${kind} ${code}`).sort()).toEqual(
      children.map((c) => `${c.kind} ${c.code}`).sort(),
    );
    for (const g of groups) expect(g.rows.every(([, kind]) => kind === g.group)).toBe(true);
  });
});
