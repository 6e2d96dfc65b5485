// Issue 4, SPEC §9: the dashboard (GET /api/dashboard, the page coordinators and leaders land on) at province
// scale, with 50 concurrent signed-in clients: as Công an tỉnh's coordinator, who sees the whole province's
// plan (196 units × 10 tasks, a year of monthly periods), and as a commune's police, who sees its own part.
// Answers are kept a few seconds per scope (src/server/reports/dashboard-cache.ts), so the load mostly reads
// kept answers; the cost of computing one (after a write, or for a scope nobody looked at) is measured apart,
// in this process, without the cache.
import { openDatabase } from '../../src/server/db/database.ts';
import type { Actor } from '../../src/server/http/actor.ts';
import { scopePathOf } from '../../src/server/http/scope.ts';
import { getDashboard } from '../../src/server/reports/dashboard.service.ts';
import { httpLoadFigures } from '../http-bench.ts';
import { type ProvincePlan, provincePlan } from '../province-plan.ts';
import { summarise } from '../stats.ts';
import type { Benchmark, EngineContext, Figure } from '../types.ts';

const COMPUTE_SAMPLES = 10;

/** Computes the user's dashboard directly (no HTTP, no cache) a few times: what a cache miss costs. */
async function computeFigure(plan: ProvincePlan, username: string): Promise<Figure> {
  const { db } = openDatabase(plan.url);
  try {
    const user = await db
      .selectFrom('appUser')
      .innerJoin('unit', 'unit.id', 'appUser.unitId')
      .select([
        'appUser.id',
        'appUser.role',
        'appUser.displayName',
        'unit.id as unitId',
        'unit.kind',
        'unit.path',
      ])
      .where('appUser.username', '=', username)
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      userId: user.id,
      username,
      displayName: user.displayName,
      role: user.role,
      unitId: user.unitId,
      scopePath: scopePathOf(user.role, user.kind, user.path),
      requestId: 'bench',
      now: new Date().toISOString(),
    };
    const query = { planId: plan.planId, from: plan.from, to: plan.to };
    const first = await getDashboard(db, actor, query);
    const times: number[] = [];
    for (let i = 0; i < COMPUTE_SAMPLES; i++) {
      const started = performance.now();
      await getDashboard(db, actor, query);
      times.push(performance.now() - started);
    }
    const { p50 } = summarise(times);
    return {
      label: 'computed (uncached) p50',
      value: p50,
      unit: 'ms',
      detail: `${first.totals.periods.toLocaleString('en-US')} periods, ${first.heat.rows.length} heat rows; ${COMPUTE_SAMPLES} runs in-process`,
    };
  } finally {
    await db.destroy();
  }
}

async function dashboardFigures(context: EngineContext, username: string) {
  const plan = await provincePlan(context);
  const query = `planId=${plan.planId}&from=${plan.from}&to=${plan.to}`;
  const load = await httpLoadFigures(context, {
    databaseUrl: plan.url,
    username,
    requests: [{ label: `${username}: /api/dashboard?planId&from&to`, path: `/api/dashboard?${query}` }],
    p95TargetMs: 50,
    // The dashboard page's answer is large (a heat table of every unit × task); browsers take it gzipped.
    acceptGzip: true,
  });
  const computed = await computeFigure(plan, username);
  context.log(`computed without the cache: p50 ${computed.value.toFixed(1)} ms (${computed.detail ?? ''})`);
  return [...load, computed];
}

export const dashboardProvinceBenchmark: Benchmark = {
  name: 'dashboard-province',
  description: 'GET /api/dashboard of a province-wide plan as the provincial coordinator (congantinh)',
  run: (context) => dashboardFigures(context, 'congantinh'),
};

export const dashboardCommuneBenchmark: Benchmark = {
  name: 'dashboard-commune',
  description: 'GET /api/dashboard of the same plan as a commune police user (ca.hungson): its own part',
  run: (context) => dashboardFigures(context, 'ca.hungson'),
};
