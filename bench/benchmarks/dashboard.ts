// Issue 4, SPEC §9: the dashboard (GET /api/dashboard, the page coordinators and leaders land on) at province
// scale, with 50 concurrent signed-in clients: as Công an tỉnh's coordinator, who sees the whole province's
// plan (196 units × 10 tasks, a year of monthly periods), and as a commune's police, who sees its own part.
import { provincePlan } from '../province-plan.ts';
import { httpLoadFigures } from '../http-bench.ts';
import type { Benchmark, EngineContext } from '../types.ts';

async function dashboardFigures(context: EngineContext, username: string) {
  const plan = await provincePlan(context);
  const query = `planId=${plan.planId}&from=${plan.from}&to=${plan.to}`;
  return httpLoadFigures(context, {
    databaseUrl: plan.url,
    username,
    requests: [{ label: `${username}: /api/dashboard?planId&from&to`, path: `/api/dashboard?${query}` }],
    p95TargetMs: 50,
    // The dashboard page's answer is large (a heat table of every unit × task); browsers take it gzipped.
    acceptGzip: true,
  });
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
