import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { selectArrays } from './database.ts';
import { createTestContext, type TestContext } from '../test/context.ts';

describe.each(inject('testDialects'))('rows as arrays on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
  });
  afterAll(() => t.close());

  const unitsNamed = (name: string) =>
    selectArrays<[code: string, name: string]>(
      t.db,
      t.db.selectFrom('unit').select(['code', 'name']).where('name', '=', name),
    );

  it('gives the selected columns in order, one array per row', async () => {
    expect(await unitsNamed('Tỉnh Thái Nguyên')).toContainEqual(['19', 'Tỉnh Thái Nguyên']);
  });

  it('never sees what a transaction open at the time writes and then rolls back', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const written = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = t.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('unit')
          .values({
            id: 'rolled-back-unit',
            code: 'RB-1',
            kind: 'agency',
            name: 'Đơn vị sẽ hủy',
            searchName: 'don vi se huy',
            parentId: null,
            path: '/rolled-back-unit/',
            category: null,
            depth: 0,
            validFrom: null,
            validTo: null,
            createdAt: '2026-11-26T00:00:00.000Z',
            updatedAt: '2026-11-26T00:00:00.000Z',
          })
          .execute();
        inserted();
        await held;
        throw new Error('roll back');
      })
      .catch(() => 'rolled back');
    await written;
    const read = unitsNamed('Đơn vị sẽ hủy');
    release();
    expect(await transaction).toBe('rolled back');
    expect(await read).toEqual([]);
  });
});
