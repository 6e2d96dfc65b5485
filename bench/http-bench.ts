// The common shape of an HTTP read benchmark: a server on a prepared database, a signed-in user, each
// request checked once, then put under load; reports p50/p95/p99, throughput and errors, with a per-request
// breakdown that also measures each request alone (its service time, without queueing).
import http from 'node:http';
import os from 'node:os';
import { DEMO_PASSWORD } from '../src/server/demo/demo-data.ts';
import { answerText, httpGet, login, runLoad, type LoadRequest } from './load.ts';
import { table } from './report.ts';
import { type BenchServer, startBenchServer } from './server.ts';
import { formatMs, summarise } from './stats.ts';
import type { EngineContext, Figure } from './types.ts';

const ALONE_SAMPLES = 30;

/**
 * The app server on a prepared database, started once per engine and database and shared by every HTTP
 * benchmark that reads it (shared datasets are read-only); stopped when the engine is torn down.
 */
export function sharedServer(context: EngineContext, databaseUrl: string): Promise<BenchServer> {
  const { settings } = context;
  return context.shared(`server ${databaseUrl}`, async () => {
    const started = performance.now();
    const server = await startBenchServer(settings.serverMode, databaseUrl, {
      logLevel: settings.serverLogLevel,
    });
    context.onTeardown(() => server.stop());
    context.log(`server started in ${formatMs(performance.now() - started)}: ${server.description}`);
    return server;
  });
}

export interface HttpBenchOptions {
  databaseUrl: string;
  /** Demo user to sign in as (password antt-demo). */
  username: string;
  requests: readonly LoadRequest[];
  /** Target for p95 in ms; without one the figures are informational. */
  p95TargetMs?: number;
  /** Send `Accept-Encoding: gzip`, as every browser does (for endpoints that compress large answers). */
  acceptGzip?: boolean;
}

/** Calls each request once: it must answer 200. Returns the `total` of page answers, by label. */
async function probe(baseUrl: string, headers: Record<string, string>, requests: readonly LoadRequest[]) {
  const agent = new http.Agent({ keepAlive: false });
  const totals = new Map<string, string>();
  for (const request of requests) {
    const answer = await httpGet(agent, new URL(request.path, baseUrl), headers);
    if (answer.status !== 200) {
      throw new Error(`${request.path} answered ${answer.status}: ${answerText(answer).slice(0, 300)}`);
    }
    const body = JSON.parse(answerText(answer)) as { total?: unknown };
    totals.set(request.label, typeof body.total === 'number' ? body.total.toLocaleString('en-US') : '—');
  }
  return totals;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

export async function httpLoadFigures(context: EngineContext, options: HttpBenchOptions): Promise<Figure[]> {
  const { settings } = context;
  const server = await sharedServer(context, options.databaseUrl);
  const headers: Record<string, string> = {
    cookie: await login(server.baseUrl, options.username, DEMO_PASSWORD),
    ...(options.acceptGzip ? { 'accept-encoding': 'gzip' } : {}),
  };
  const totals = await probe(server.baseUrl, headers, options.requests);
  const load = {
    baseUrl: server.baseUrl,
    headers,
    concurrency: settings.concurrency,
    warmupMs: settings.warmupMs,
    durationMs: settings.durationMs,
    maxRequests: settings.maxRequests,
  };
  const result = await runLoad({ ...load, requests: options.requests });
  const all = summarise(result.latencies);
  const throughput = (result.latencies.length / result.elapsedMs) * 1000;
  context.log(
    `${all.count.toLocaleString('en-US')} requests in ${formatMs(result.elapsedMs)} from ${settings.concurrency} ` +
      `clients (after ${formatMs(settings.warmupMs)} warm-up), ${result.errors} errors, max ${formatMs(all.max)}; ` +
      `load average now ${loadAverage()}`,
  );
  for (const sample of result.errorSamples) context.log(`  error: ${sample}`);

  const rows: string[][] = [];
  for (const request of options.requests) {
    const alone = await runLoad({
      ...load,
      concurrency: 1,
      warmupMs: 0,
      maxRequests: ALONE_SAMPLES,
      requests: [request],
    });
    const single = summarise(alone.latencies);
    const loaded = summarise(result.byLabel.get(request.label) ?? []);
    const times = [single.p50, loaded.p50, loaded.p95, loaded.p99].map(formatMs);
    rows.push([request.label, totals.get(request.label) ?? '—', String(loaded.count), ...times]);
  }
  context.log(`per request ("alone": ${ALONE_SAMPLES} requests from 1 client; p50/p95/p99: under load):`);
  const header = ['request', 'matches', 'requests', 'alone p50', 'p50', 'p95', 'p99'];
  for (const line of table(header, rows).split('\n')) context.log(line);

  const target = options.p95TargetMs === undefined ? undefined : { max: options.p95TargetMs };
  return [
    { label: 'p50', value: all.p50, unit: 'ms' },
    { label: 'p95', value: all.p95, unit: 'ms', target },
    { label: 'p99', value: all.p99, unit: 'ms' },
    { label: 'throughput', value: throughput, unit: 'req/s' },
    { label: 'errors', value: result.errors, unit: 'count', target: { max: 1 } },
  ];
}
