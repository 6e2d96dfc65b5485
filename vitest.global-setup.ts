// Global setup of the `api` project: chooses the database dialects the API suite runs on and, for
// PostgreSQL, the server it uses. Tests read the choice with `inject('testDialects')` and
// `inject('postgresUrl')`.
//
//   TEST_DIALECTS=sqlite,postgres  run these dialects (default: both when PostgreSQL can run here, else
//                                  sqlite with a loud notice; under CI=true a missing PostgreSQL fails)
//   TEST_DATABASE_URL=postgres://… use this server instead of starting a throwaway cluster
import type { TestProject } from 'vitest/node';
import { findPostgresBinaries, startThrowawayPostgres } from './src/server/test/postgres.ts';

export type TestDialect = 'sqlite' | 'postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dialects the API suite runs on, e.g. `describe.each(inject('testDialects'))`. */
    testDialects: TestDialect[];
    /** A PostgreSQL superuser URL when 'postgres' is among testDialects, else null. */
    postgresUrl: string | null;
  }
}

const KNOWN_DIALECTS: readonly TestDialect[] = ['sqlite', 'postgres'];

function isTestDialect(value: string): value is TestDialect {
  return (KNOWN_DIALECTS as readonly string[]).includes(value);
}

function dialectsFromEnvironment(value: string): TestDialect[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !isTestDialect(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`TEST_DIALECTS="${value}": use a comma list of ${KNOWN_DIALECTS.join(', ')}`);
  }
  return [...new Set(names.filter(isTestDialect))];
}

function notice(lines: string[]): void {
  const bar = '!'.repeat(78);
  console.warn(['', bar, ...lines.map((line) => `!!  ${line}`), bar, ''].join('\n'));
}

function postgresSkipped(reason: string): TestDialect[] {
  if (process.env.CI === 'true') {
    throw new Error(`CI=true and ${reason}: the API tests must run on PostgreSQL in CI too.`);
  }
  notice([
    'NOTICE: the API tests run on SQLite ONLY. PostgreSQL tests are SKIPPED.',
    `${reason}.`,
    'Install Debian\'s "postgresql" package (initdb, pg_ctl) or set TEST_DATABASE_URL=postgres://…',
    'to test on PostgreSQL too. CI (CI=true) fails instead of skipping.',
  ]);
  return ['sqlite'];
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const requested = process.env.TEST_DIALECTS;
  const externalUrl = process.env.TEST_DATABASE_URL || undefined;
  let dialects: TestDialect[];
  if (requested) {
    dialects = dialectsFromEnvironment(requested);
  } else if (externalUrl || findPostgresBinaries()) {
    dialects = ['sqlite', 'postgres'];
  } else {
    dialects = postgresSkipped('PostgreSQL (initdb, pg_ctl) was not found and TEST_DATABASE_URL is not set');
  }

  let postgresUrl: string | null = null;
  let teardown: (() => Promise<void>) | undefined;
  if (dialects.includes('postgres')) {
    if (externalUrl) {
      postgresUrl = externalUrl;
    } else {
      try {
        const server = await startThrowawayPostgres();
        postgresUrl = server.url;
        teardown = () => server.stop();
        console.log(`API tests: throwaway PostgreSQL at ${server.url}`);
      } catch (error) {
        // Asked for explicitly (TEST_DIALECTS) or under CI: fail. Otherwise fall back loudly to SQLite.
        if (requested) throw error;
        dialects = postgresSkipped(`PostgreSQL could not start: ${String(error)}`);
      }
    }
  }

  console.log(`API tests run on: ${dialects.join(', ')}`);
  project.provide('testDialects', dialects);
  project.provide('postgresUrl', postgresUrl);
  return teardown;
}
