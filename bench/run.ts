// `npm run bench`: runs the registered benchmarks (bench/registry.ts) on SQLite and on PostgreSQL and prints
// each figure beside its target (SPEC §9). It is a report: missed targets are printed loudly, but the
// command still exits 0.
//
//   BENCH_ONLY=import-2025,units-search   run only these benchmarks
//   BENCH_ENGINES=sqlite                  run only these engines (sqlite, postgres)
//   BENCH_DURATION_MS=10000               measured load per HTTP benchmark (also capped by BENCH_MAX_REQUESTS)
//   BENCH_MAX_REQUESTS=20000              measured requests cap per HTTP benchmark
//   BENCH_WARMUP_MS=1500                  un-measured warm-up before each HTTP benchmark
//   BENCH_CONCURRENCY=50                  concurrent clients
//   BENCH_SERVER=child|inprocess          how the app server runs (default child: `node bin/antt.js start`)
//   BENCH_SERVER_LOG_LEVEL=warn           LOG_LEVEL of the child server
//   BENCH_DATABASE_URL=postgres://…       PostgreSQL server to create the benchmark databases on (needs
//                                         CREATEDB); default: a throwaway cluster from Debian's binaries
import os from 'node:os';
import { type EngineAvailability, type EngineHost, postgresEngine, sqliteEngine } from './engines.ts';
import { BENCHMARKS } from './registry.ts';
import { bold, figureRow, printSummary, red, type SummaryRow } from './report.ts';
import { formatTarget, formatValue, meetsTarget } from './stats.ts';
import type { Benchmark, BenchSettings, Engine, EngineContext, ServerMode } from './types.ts';

const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

function numberFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}="${text}" is not a non-negative number`);
  return value;
}

function listFromEnv(name: string): string[] | undefined {
  const names = (process.env[name] ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 ? names : undefined;
}

function readSettings(): BenchSettings {
  const mode = process.env.BENCH_SERVER ?? 'child';
  if (mode !== 'child' && mode !== 'inprocess')
    throw new Error(`BENCH_SERVER="${mode}": use child or inprocess`);
  return {
    durationMs: numberFromEnv('BENCH_DURATION_MS', 10_000),
    maxRequests: numberFromEnv('BENCH_MAX_REQUESTS', 20_000),
    warmupMs: numberFromEnv('BENCH_WARMUP_MS', 1_500),
    concurrency: Math.max(1, Math.round(numberFromEnv('BENCH_CONCURRENCY', 50))),
    serverMode: mode satisfies ServerMode,
    serverLogLevel: process.env.BENCH_SERVER_LOG_LEVEL ?? 'warn',
  };
}

function selectBenchmarks(): readonly Benchmark[] {
  const only = listFromEnv('BENCH_ONLY');
  if (!only) return BENCHMARKS;
  const known = BENCHMARKS.map((b) => b.name);
  const unknown = only.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return BENCHMARKS.filter((b) => only.includes(b.name));
}

function selectEngines(): readonly Engine[] {
  const only = listFromEnv('BENCH_ENGINES');
  if (!only) return ENGINES;
  const unknown = only.filter((name) => !(ENGINES as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_ENGINES: unknown ${unknown.join(', ')}; known: ${ENGINES.join(', ')}`);
  return ENGINES.filter((e) => only.includes(e));
}

function printHeader(settings: BenchSettings, benchmarks: readonly Benchmark[]): void {
  const cpus = os.cpus();
  console.log(bold('ANTT Cơ sở — benchmarks (SPEC §9)'));
  console.log(`date:     ${new Date().toISOString()}`);
  console.log(
    `machine:  ${cpus.length} CPU(s), ${cpus[0]?.model.trim() ?? 'unknown model'}; ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; ${os.platform()} ${os.release()} ${os.arch()}`,
  );
  console.log(`node:     ${process.version}`);
  const load = os.loadavg();
  const busy = (load[0] ?? 0) > cpus.length * 0.5;
  const loadText = `load average ${load.map((n) => n.toFixed(2)).join(' ')}`;
  console.log(
    `cpu load: ${busy ? red(`${loadText}: the machine is busy, figures will be pessimistic`) : loadText}`,
  );
  console.log(
    `traffic:  ${settings.concurrency} keep-alive clients (node:http), ${formatValue(settings.warmupMs, 'ms')} warm-up, then ` +
      `${formatValue(settings.durationMs, 'ms')} or ${settings.maxRequests.toLocaleString('en-US')} requests; ` +
      `server ${settings.serverMode === 'child' ? 'in a child process (node bin/antt.js start)' : 'in this process'}`,
  );
  console.log(`run:      ${benchmarks.map((b) => b.name).join(', ')}`);
}

async function openEngine(engine: Engine): Promise<EngineAvailability> {
  return engine === 'sqlite' ? { host: sqliteEngine() } : postgresEngine();
}

async function runOnEngine(
  host: EngineHost,
  benchmarks: readonly Benchmark[],
  settings: BenchSettings,
  rows: SummaryRow[],
): Promise<void> {
  const sharedData = new Map<string, Promise<unknown>>();
  const cleanups: (() => Promise<void>)[] = [];
  const context: EngineContext = {
    engine: host.engine,
    settings,
    freshDatabase: (label) => host.createDatabase(label),
    shared: <T>(key: string, build: () => Promise<T>) => {
      let entry = sharedData.get(key);
      if (!entry) {
        entry = build();
        sharedData.set(key, entry);
      }
      return entry as Promise<T>;
    },
    onTeardown: (cleanup) => cleanups.push(cleanup),
    log: (line) => console.log(`    ${line}`),
  };
  try {
    await runEach(host, benchmarks, context, rows);
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.log(red(`  cleanup failed: ${String(error)}`)));
    }
  }
}

async function runEach(
  host: EngineHost,
  benchmarks: readonly Benchmark[],
  context: EngineContext,
  rows: SummaryRow[],
): Promise<void> {
  for (const benchmark of benchmarks) {
    if (benchmark.engines && !benchmark.engines.includes(host.engine)) continue;
    console.log(`\n  ${bold(benchmark.name)} [${host.engine}] — ${benchmark.description}`);
    const started = performance.now();
    try {
      const figures = await benchmark.run(context);
      for (const figure of figures) {
        const row = figureRow(benchmark.name, host.engine, figure);
        rows.push(row);
        const verdict = figure.target
          ? meetsTarget(figure.value, figure.target)
            ? 'OK'
            : red('*** MISS ***')
          : '';
        const target = figure.target
          ? `  (target ${formatTarget(figure.target, figure.unit)}) ${verdict}`
          : '';
        console.log(`    => ${figure.label}: ${formatValue(figure.value, figure.unit)}${target}`);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(red(`    *** ERROR: ${message}`));
      if (error instanceof Error && error.stack) console.log(error.stack.split('\n').slice(1, 6).join('\n'));
      rows.push({
        name: benchmark.name,
        engine: host.engine,
        figure: `failed: ${message.split('\n')[0] ?? ''}`.slice(0, 80),
        target: '—',
        status: 'ERROR',
      });
    }
    console.log(`    (${formatValue(performance.now() - started, 'ms')} wall time)`);
  }
}

export async function runBenchmarks(): Promise<void> {
  const settings = readSettings();
  const benchmarks = selectBenchmarks();
  const engines = selectEngines();
  // Ctrl-C: exit through process.exit so that the 'exit' hooks remove temp files and stop servers.
  const interrupt = () => process.exit(130);
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const rows: SummaryRow[] = [];
  printHeader(settings, benchmarks);
  try {
    for (const engine of engines) {
      console.log(`\n${bold(`== ${engine} ==`)}`);
      let opened: EngineAvailability;
      try {
        opened = await openEngine(engine);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.log(red(`  *** ERROR: ${engine} could not be set up: ${message}`));
        const figure = `engine failed: ${message.split('\n')[0] ?? ''}`.slice(0, 80);
        for (const b of benchmarks) rows.push({ name: b.name, engine, figure, target: '—', status: 'ERROR' });
        continue;
      }
      if ('skipped' in opened) {
        console.log(red(`  ${engine} SKIPPED: ${opened.skipped}`));
        for (const b of benchmarks)
          rows.push({ name: b.name, engine, figure: 'not run', target: '—', status: 'skipped' });
        continue;
      }
      const { host } = opened;
      console.log(`  ${host.description}`);
      for (const note of host.notes) console.log(`  note: ${note}`);
      try {
        await runOnEngine(host, benchmarks, settings, rows);
      } finally {
        await host.teardown();
      }
    }
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
  printSummary(rows);
  const load = os.loadavg()[0] ?? 0;
  if (load > os.cpus().length * 0.5) {
    console.log(
      red(
        `!!! the machine was busy (1-minute load average ${load.toFixed(2)} on ${os.cpus().length} CPUs at the end): ` +
          'latency and throughput figures are pessimistic; re-run on a quiet machine before trusting a MISS',
      ),
    );
  }
}
