import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';

describe.each(inject('testDialects'))('users API on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
  });
  afterAll(() => t.close());

  const newUser = async (overrides: Record<string, unknown> = {}) => ({
    username: 'canbo.daitu',
    displayName: 'Vũ Văn Cán Bộ',
    email: 'canbo@example.vn',
    role: 'agency',
    unitId: await t.unitId('171'),
    password: 'mat-khau-moi',
    ...overrides,
  });

  it('lets an admin create a user who can then sign in, and audits it without the password', async () => {
    const admin = await t.as('admin');
    const res = await admin({ method: 'POST', url: '/api/users', payload: await newUser() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'canbo.daitu',
      role: 'agency',
      active: true,
      unit: { name: 'Huyện Đại Từ' },
      version: 1,
    });
    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'canbo.daitu', password: 'mat-khau-moi' },
    });
    expect(login.statusCode).toBe(200);
    const [audit] = await auditRowsFor(t.db, 'user', res.json().id);
    expect(audit).toMatchObject({ action: 'create', userId: await t.userId('admin') });
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({ username: 'canbo.daitu' });
    expect(audit?.after).not.toContain('scrypt');
  });

  it('forbids other roles to manage users (403)', async () => {
    for (const username of ['sotuphap', 'congantinh', 'ubndtinh']) {
      const as = await t.as(username);
      const create = await as({
        method: 'POST',
        url: '/api/users',
        payload: await newUser({ username: `x.${username}` }),
      });
      expect(create.statusCode, username).toBe(403);
      expect(create.json().code).toBe('FORBIDDEN');
      expect((await as({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    }
    const count = await t.db
      .selectFrom('appUser')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('username', 'like', 'x.%')
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(0);
  });

  it('rejects bad input with field errors and a taken username with 409, writing nothing', async () => {
    const admin = await t.as('admin');
    const bad = await admin({
      method: 'POST',
      url: '/api/users',
      payload: await newUser({ username: 'Có Dấu', password: '123', role: 'king' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/password', '/role', '/username']);
    const taken = await admin({
      method: 'POST',
      url: '/api/users',
      payload: await newUser({ username: 'sotuphap' }),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'CONFLICT', errors: [{ path: '/username' }] });
  });

  it('answers 404 to an admin of one district for units and users of another', async () => {
    const admin = await t.as('admin');
    await admin({
      method: 'POST',
      url: '/api/users',
      payload: await newUser({ username: 'qt.daitu', role: 'admin', password: 'quan-tri-dai-tu' }),
    });
    const districtAdmin = await t.as('qt.daitu', 'quan-tri-dai-tu');
    const elsewhere = await t.unitId('05431'); // Phường Quán Triều, Thành phố Thái Nguyên
    const create = await districtAdmin({
      method: 'POST',
      url: '/api/users',
      payload: await newUser({ username: 'qt.ngoai', unitId: elsewhere }),
    });
    expect(create.statusCode).toBe(404);
    const other = await t.userId('ca.quantrieu');
    const patch = await districtAdmin({
      method: 'PATCH',
      url: `/api/users/${other}`,
      payload: { version: 1, displayName: 'Đổi tên' },
    });
    expect(patch.statusCode).toBe(404);
    const list = await districtAdmin({ method: 'GET', url: '/api/users?limit=100' });
    const names = list.json().items.map((u: { username: string }) => u.username);
    expect(names).toContain('ca.hungson');
    expect(names).not.toContain('ca.quantrieu');
  });

  it('updates with the row version, answers 409 to a stale version, and signs a deactivated user out', async () => {
    const admin = await t.as('admin');
    const id = await t.userId('ubnd.daitu');
    const victim = await t.as('ubnd.daitu');
    const renamed = await admin({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { version: 1, displayName: 'Phạm Thị Từ', email: 'tu@daitu.gov.vn' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ displayName: 'Phạm Thị Từ', version: 2 });
    const stale = await admin({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { version: 1, displayName: 'Cũ' },
    });
    expect(stale.statusCode).toBe(409);
    const deactivated = await admin({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { version: 2, active: false },
    });
    expect(deactivated.json().active).toBe(false);
    expect((await victim({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ubnd.daitu', password: 'antt-demo' },
    });
    expect(login.statusCode).toBe(401);
    const actions = (await auditRowsFor(t.db, 'user', id)).map((r) => r.action);
    expect(actions).toEqual(['create', 'update', 'update']);
  });

  it('resets a password', async () => {
    const admin = await t.as('admin');
    const id = await t.userId('ca.quantrieu');
    const res = await admin({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { version: 1, password: 'mat-khau-dat-lai' },
    });
    expect(res.statusCode).toBe(200);
    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ca.quantrieu', password: 'mat-khau-dat-lai' },
    });
    expect(login.statusCode).toBe(200);
    expect((await auditRowsFor(t.db, 'user', id)).at(-1)?.action).toBe('update_password');
  });

  it('does not let an admin lock themselves out', async () => {
    const admin = await t.as('admin');
    const res = await admin({
      method: 'PATCH',
      url: `/api/users/${await t.userId('admin')}`,
      payload: { version: 1, active: false },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('INVALID_STATE');
  });

  it('filters, sorts and exports the list to a real .xlsx', async () => {
    const admin = await t.as('admin');
    const police = await admin({
      method: 'GET',
      url: '/api/users?role=commune_police&sort=username&order=desc',
    });
    expect(police.json().items.map((u: { username: string }) => u.username)).toEqual([
      'ca.quantrieu',
      'ca.hungson',
    ]);
    const search = await admin({ method: 'GET', url: `/api/users?q=${encodeURIComponent('tu phap')}` });
    expect(search.json().items.map((u: { username: string }) => u.username)).toEqual(['sotuphap']);
    const file = await admin({ method: 'GET', url: '/api/users/export.xlsx?role=commune_police' });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = await readWorkbook(file.rawPayload);
    const sheet = workbook.getWorksheet('Người dùng');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Tên đăng nhập');
    const usernames = [2, 3].map((r) => sheet?.getRow(r).getCell(1).value);
    expect(usernames.sort()).toEqual(['ca.hungson', 'ca.quantrieu']);
    expect(sheet?.getRow(2).getCell(4).value).toBe('Công an xã');
  });
});
