// The shapes every benchmark shares: what a benchmark is, what it reports, and what it gets to work with.
import type { Db, Dialect } from '../src/server/db/database.ts';

export type Engine = Dialect;

/** A figure's goal: `max` for times (lower is better), `min` for rates (higher is better). */
export interface Target {
  max?: number;
  min?: number;
}

export type FigureUnit = 'ms' | 'req/s' | 'count';

/** One number a benchmark measured. A figure without a target is printed for information only. */
export interface Figure {
  /** Short label, e.g. "p95", "time"; the summary prints `benchmark name + label`. */
  label: string;
  value: number;
  unit: FigureUnit;
  target?: Target;
  /** One line of context: rows created, requests sent … */
  detail?: string;
}

/** A migrated, empty database made for one benchmark; removed when the engine is torn down. */
export interface BenchDatabase {
  url: string;
  db: Db;
  /** Closes this process's connection (the data stays until the engine is torn down). Idempotent. */
  close(): Promise<void>;
}

export type ServerMode = 'child' | 'inprocess';

export interface BenchSettings {
  /** Measured load duration per HTTP benchmark (BENCH_DURATION_MS). */
  durationMs: number;
  /** Measured requests cap per HTTP benchmark (BENCH_MAX_REQUESTS). */
  maxRequests: number;
  /** Un-measured warm-up before each HTTP benchmark (BENCH_WARMUP_MS). */
  warmupMs: number;
  concurrency: number;
  serverMode: ServerMode;
  /** LOG_LEVEL of a child server (BENCH_SERVER_LOG_LEVEL). */
  serverLogLevel: string;
}

/** What a benchmark gets for one engine. */
export interface EngineContext {
  engine: Engine;
  settings: BenchSettings;
  /** A fresh, empty database at the latest migration. */
  freshDatabase(label: string): Promise<BenchDatabase>;
  /**
   * A dataset built once per engine and shared by the benchmarks that ask for the same key (e.g. the
   * whole-country tree). Benchmarks must not change it.
   */
  shared<T>(key: string, build: () => Promise<T>): Promise<T>;
  /** Runs when the engine is torn down, after all benchmarks (last registered first): stops shared servers. */
  onTeardown(cleanup: () => Promise<void>): void;
  /** Prints an indented progress or detail line under the running benchmark. */
  log(line: string): void;
}

export interface Benchmark {
  /** Stable name used by BENCH_ONLY and the summary, e.g. "import-2025". */
  name: string;
  description: string;
  /** Engines it runs on (default: all). */
  engines?: readonly Engine[];
  run(context: EngineContext): Promise<Figure[]>;
}
