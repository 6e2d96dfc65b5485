import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/context.ts';

describe.each(inject('testDialects'))('auth API on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
  });
  afterAll(() => t.close());

  it('reports health and the engine in use, without a session', async () => {
    const res = await t.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('signs a demo user in with an HttpOnly SameSite=Lax session cookie and answers /me', async () => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sotuphap', password: 'antt-demo' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'antt_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json().user).toMatchObject({
      username: 'sotuphap',
      role: 'agency',
      unit: { name: 'Sở Tư pháp' },
    });
    const me = await t.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `antt_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: 'sotuphap',
      displayName: expect.any(String),
      unit: { code: '19.STP' },
    });
  });

  it('answers 401 problem+json for a wrong password and for an unknown user, in Vietnamese', async () => {
    for (const username of ['admin', 'khong.ton.tai']) {
      const res = await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'sai-mat-khau' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
        detail: expect.stringContaining('mật khẩu không đúng'),
      });
    }
  });

  it('answers in English when the browser asks for it', async () => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { username: 'admin', password: 'wrong' },
    });
    expect(res.json().detail).toBe('Wrong username or password. Please check and try again.');
  });

  it('answers 401 without a session on every protected route', async () => {
    for (const url of ['/api/auth/me', '/api/units', '/api/users', '/api/audit']) {
      const res = await t.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().code).toBe('UNAUTHENTICATED');
    }
    const forged = await t.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: 'antt_session=forged' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('ends the session on logout and writes login and logout to the audit log', async () => {
    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ca.hungson', password: 'antt-demo' },
    });
    const cookie = `antt_session=${login.cookies.find((c) => c.name === 'antt_session')?.value}`;
    const logout = await t.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBe(204);
    expect((await t.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
    const userId = await t.userId('ca.hungson');
    const actions = await t.db
      .selectFrom('auditLog')
      .select('action')
      .where('userId', '=', userId)
      .orderBy('at')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['login', 'logout']));
  });

  it('answers 400 problem+json for malformed JSON and for a missing field, never 500', async () => {
    const malformed = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
    const missing = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: '/password' })],
    });
  });

  it('answers 413 problem+json for an oversized body', async () => {
    const res = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses form-encoded and plain-text bodies (no cross-site form posts) with 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
      const res = await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': type },
        payload: 'username=admin&password=antt-demo',
      });
      expect(res.statusCode, type).toBe(415);
      expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('sends security headers and a CSP', async () => {
    const res = await t.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('serves the OpenAPI description generated from the schemas', async () => {
    const res = await t.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/units', '/api/users/{id}', '/api/audit']),
    );
  });
});

describe.each(inject('testDialects'))('login rate limit on %s', (dialect) => {
  it('answers 429 after too many attempts for one username from one address', async () => {
    const t = await createTestContext(dialect, inject('postgresUrl'), { config: { loginRateLimit: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const res = await t.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'admin', password: 'wrong' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const other = await t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'sotuphap', password: 'antt-demo' },
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
