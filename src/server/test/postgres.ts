// A throwaway PostgreSQL cluster for the API tests: initdb in a temp folder, started on a free port, removed
// afterwards. Debian keeps initdb and pg_ctl in /usr/lib/postgresql/<version>/bin (not on PATH), and initdb
// refuses to run as root, so as root the binaries run through `runuser -u postgres` on a folder it owns.
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, chownSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
}

export interface ThrowawayPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres`, superuser, trust authentication. */
  url: string;
  stop(): Promise<void>;
}

const DEBIAN_ROOT = '/usr/lib/postgresql';
const START_ATTEMPTS = 3;
const COMMAND_TIMEOUT_MS = 120_000;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function binariesIn(directory: string): PostgresBinaries | undefined {
  const initdb = join(directory, 'initdb');
  const pgCtl = join(directory, 'pg_ctl');
  return isExecutable(initdb) && isExecutable(pgCtl) ? { initdb, pgCtl } : undefined;
}

function debianVersions(): string[] {
  try {
    return readdirSync(DEBIAN_ROOT)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

/** initdb and pg_ctl from the highest Debian version under /usr/lib/postgresql, else from PATH. */
export function findPostgresBinaries(): PostgresBinaries | undefined {
  for (const version of debianVersions()) {
    const found = binariesIn(join(DEBIAN_ROOT, version, 'bin'));
    if (found) return found;
  }
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    if (!directory) continue;
    const found = binariesIn(directory);
    if (found) return found;
  }
  return undefined;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function postgresUserIds(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const fields = line?.split(':');
  if (!fields || fields.length < 4) {
    throw new Error(
      'Running as root, but there is no "postgres" user to run initdb as (apt-get install postgresql)',
    );
  }
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

/** The command line for a binary: as root it goes through runuser, because initdb refuses root. */
function asPostgres(binary: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

function run(binary: string, args: string[], cwd: string): Promise<string> {
  const [command, commandArgs] = asPostgres(binary, args);
  return new Promise((resolve, reject) => {
    execFile(command, commandArgs, { cwd, timeout: COMMAND_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) {
        reject(
          new Error(`${[command, ...commandArgs].join(' ')} failed: ${error.message}\n${stdout}${stderr}`),
        );
        return;
      }
      resolve(stdout);
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

function readLog(logFile: string): string {
  try {
    return readFileSync(logFile, 'utf8');
  } catch {
    return '';
  }
}

/** Starts the server; retries on a new port, since another process may take the one picked meanwhile. */
async function startServer(pgCtl: string, root: string, dataDir: string, logFile: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = await freePort();
    const serverOptions = [
      `-p ${port}`,
      `-k ${root}`,
      '-h 127.0.0.1',
      // Durability is pointless for a cluster deleted after the run, and turning it off makes tests faster.
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    try {
      // -l sends the server's output to a file: without it the server keeps pg_ctl's stdout open.
      await run(pgCtl, ['-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', '60', 'start'], root);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n--- server log ---\n${readLog(logFile)}`);
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const binaries = findPostgresBinaries();
  if (!binaries) {
    throw new Error(`PostgreSQL's initdb and pg_ctl were not found in ${DEBIAN_ROOT}/*/bin or on PATH`);
  }
  // A short path (the Unix socket path inside it must stay under ~107 bytes) that, as root, the postgres
  // user can reach: a TMPDIR under /root would not be.
  const root = mkdtempSync(join(isRoot() ? '/tmp' : tmpdir(), 'antt-pg-'));
  const dataDir = join(root, 'data');
  const logFile = join(root, 'postgres.log');
  let stopped = false;

  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopNow);
    const [command, args] = asPostgres(binaries.pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    try {
      execFileSync(command, args, { cwd: root, stdio: 'ignore', timeout: COMMAND_TIMEOUT_MS });
    } catch {
      // Not running (start failed, or already stopped): nothing to stop.
    }
    rmSync(root, { recursive: true, force: true });
  };

  try {
    if (isRoot()) {
      const { uid, gid } = postgresUserIds();
      chownSync(root, uid, gid);
    }
    await run(
      binaries.initdb,
      ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--encoding=UTF8', '--locale=C', '--no-sync'],
      root,
    );
    // If the test runner dies without calling stop(), do not leave a server running.
    process.on('exit', stopNow);
    const port = await startServer(binaries.pgCtl, root, dataDir, logFile);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: () => Promise.resolve(stopNow()),
    };
  } catch (error) {
    stopNow();
    throw error;
  }
}
