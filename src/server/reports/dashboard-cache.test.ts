import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DashboardCache } from './dashboard-cache.ts';

/** A computation that counts its runs and answers what `value` holds when it runs. */
function counter(initial: unknown) {
  const state = { runs: 0, value: initial };
  const compute = () => {
    state.runs += 1;
    return Promise.resolve(state.value);
  };
  return { state, compute };
}

const text = async (body: Promise<{ json: Buffer }>) => (await body).json.toString('utf8');

describe('dashboard cache', () => {
  it('computes a dashboard once for concurrent requests and serves it again while fresh', async () => {
    let now = 0;
    const cache = new DashboardCache(5_000, 30_000, () => now);
    const { state, compute } = counter({ late: 3 });
    const [a, b] = await Promise.all([text(cache.get('k', compute)), text(cache.get('k', compute))]);
    expect([a, b]).toEqual(['{"late":3}', '{"late":3}']);
    now = 4_999;
    state.value = { late: 4 };
    expect(await text(cache.get('k', compute))).toBe('{"late":3}');
    expect(state.runs).toBe(1);
    expect(await text(cache.get('other', compute))).toBe('{"late":4}');
    expect(state.runs).toBe(2);
  });

  it('serves a stale dashboard while one newer computation runs, then the newer one', async () => {
    let now = 0;
    const cache = new DashboardCache(5_000, 30_000, () => now);
    const { state, compute } = counter({ late: 3 });
    await cache.get('k', compute);
    now = 6_000;
    state.value = { late: 5 };
    const whileRefreshing = [cache.get('k', compute), cache.get('k', compute)];
    expect(await Promise.all(whileRefreshing.map(text))).toEqual(['{"late":3}', '{"late":3}']);
    expect(state.runs).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await text(cache.get('k', compute))).toBe('{"late":5}');
    expect(state.runs).toBe(2);
  });

  it('makes a request wait for a new dashboard when the kept one is too old', async () => {
    let now = 0;
    const cache = new DashboardCache(5_000, 30_000, () => now);
    const { state, compute } = counter({ late: 3 });
    await cache.get('k', compute);
    now = 30_000;
    state.value = { late: 0 };
    expect(await text(cache.get('k', compute))).toBe('{"late":0}');
  });

  it('forgets everything on invalidate (a write), and does not keep a failed computation', async () => {
    const cache = new DashboardCache(5_000, 30_000, () => 0);
    const { state, compute } = counter({ late: 3 });
    await cache.get('k', compute);
    state.value = { late: 2 };
    cache.invalidate();
    expect(await text(cache.get('k', compute))).toBe('{"late":2}');
    const failing = () => Promise.reject(new Error('plan not found'));
    await expect(cache.get('bad', failing)).rejects.toThrow('plan not found');
    expect(await text(cache.get('bad', compute))).toBe('{"late":2}');
  });

  it('gzips a body once, on demand', async () => {
    const cache = new DashboardCache();
    const body = await cache.get('k', () => Promise.resolve({ tasks: ['1.1', '1.2'] }));
    expect(body.gzip()).toBe(body.gzip());
    expect(gunzipSync(body.gzip()).toString('utf8')).toBe('{"tasks":["1.1","1.2"]}');
  });
});
