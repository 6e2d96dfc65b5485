// Starts the app for an HTTP benchmark. By default as a child process (`node bin/antt.js start`), exactly
// as it is deployed, so that the load generator and the server do not share one event loop and one core's
// worth of time: in one process the client's own work would be counted as server latency.
// BENCH_SERVER=inprocess runs it in this process instead (buildApp + listen), for quick comparisons.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/server/app.ts';
import { testConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/database.ts';
import type { ServerMode } from './types.ts';

export interface BenchServer {
  baseUrl: string;
  /** How the server runs, for the report. */
  description: string;
  stop(): Promise<void>;
}

const ANTT_BIN = fileURLToPath(new URL('../bin/antt.js', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
// Generous: on a busy shared machine (load above 10 on 2 cores) starting the server has taken over a minute.
const START_TIMEOUT_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`the server did not answer /api/health within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

async function startChild(databaseUrl: string, logLevel: string): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [ANTT_BIN, 'start'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ANTT_DEMO: '0',
      LOG_LEVEL: logLevel,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const killNow = () => child.kill('SIGKILL');
  process.on('exit', killNow);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, () => tail);
  } catch (error) {
    killNow();
    process.off('exit', killNow);
    throw error;
  }
  return {
    baseUrl,
    description: `child process \`node bin/antt.js start\` (pid ${child.pid ?? '?'}, LOG_LEVEL=${logLevel}); load generator in the parent process`,
    stop: async () => {
      process.off('exit', killNow);
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(killNow, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function startInProcess(databaseUrl: string): Promise<BenchServer> {
  const { db, dialect } = openDatabase(databaseUrl);
  const app = await buildApp({ db, dialect, config: testConfig({ databaseUrl }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    description:
      'in the same process as the load generator (buildApp + listen, logging off): latencies include client work',
    stop: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

export function startBenchServer(
  mode: ServerMode,
  databaseUrl: string,
  options: { logLevel: string },
): Promise<BenchServer> {
  return mode === 'child' ? startChild(databaseUrl, options.logLevel) : startInProcess(databaseUrl);
}
