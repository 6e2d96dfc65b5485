// The one test command (`npm test`): every check and every test, in order, stopping at the first failure.
//
//   npm test               format check, lint, typecheck (domain, server, web), unit tests, API tests on
//                          every dialect vitest.global-setup.ts chooses (SQLite, and PostgreSQL when it can
//                          run here), web build, end-to-end tests in Chromium
//   npm test -- --quick    for development: lint, typecheck, unit tests and API tests on SQLite only
//
// Without PostgreSQL or Chromium those parts are skipped with a loud notice, except under CI=true, where
// they fail. Environment: TEST_DIALECTS, TEST_DATABASE_URL (see vitest.global-setup.ts), CHROMIUM_PATH
// (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const isCi = process.env.CI === 'true';
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const args = process.argv.slice(2);
const unknownArgs = args.filter((arg) => arg !== '--quick');
if (unknownArgs.length > 0) {
  console.error(`scripts/test.js: unknown argument(s) ${unknownArgs.join(' ')}; the only option is --quick`);
  process.exit(2);
}
const isQuick = args.includes('--quick');

/** A step runs node_modules/.bin/<tool> with these arguments; `quick` steps also run under --quick. */
const steps = [
  { name: 'format check (prettier)', tool: 'prettier', args: ['--check', '.'] },
  { name: 'lint (eslint)', tool: 'eslint', args: ['--max-warnings=0', '.'], quick: true },
  ...['domain', 'server', 'web'].map((part) => ({
    name: `typecheck ${part} (tsc)`,
    tool: 'tsc',
    args: ['-p', `tsconfig.${part}.json`, '--noEmit'],
    quick: true,
  })),
  // --passWithNoTests: a project may have no test files yet; vitest still lists what it ran.
  {
    name: 'unit tests',
    tool: 'vitest',
    args: ['run', '--project', 'unit', '--passWithNoTests'],
    quick: true,
  },
  {
    name: isQuick ? 'API tests (sqlite)' : 'API tests (every dialect)',
    tool: 'vitest',
    args: ['run', '--project', 'api', '--passWithNoTests'],
    env: isQuick ? { TEST_DIALECTS: 'sqlite' } : {},
    quick: true,
  },
  { name: 'web build (vite)', tool: 'vite', args: ['build'] },
  {
    name: 'end-to-end tests (Chromium)',
    tool: 'vitest',
    args: ['run', '--project', 'e2e', '--passWithNoTests'],
    env: { CHROMIUM_PATH: chromiumPath },
    skipReason: () => (existsSync(chromiumPath) ? undefined : `Chromium was not found at ${chromiumPath}`),
  },
];

function banner(text) {
  const bar = '='.repeat(78);
  console.log(`\n${bar}\n== ${text}\n${bar}`);
}

function notice(lines) {
  const bar = '!'.repeat(78);
  console.warn(['', bar, ...lines.map((line) => `!!  ${line}`), bar, ''].join('\n'));
}

function run(step) {
  const command = join(root, 'node_modules', '.bin', step.tool);
  return new Promise((resolve) => {
    const child = spawn(command, step.args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message} (did you run npm ci?)`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function seconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

function printSummary(results) {
  const width = Math.max(...results.map((result) => result.name.length));
  console.log('\nSummary');
  for (const result of results) {
    console.log(
      `  ${result.name.padEnd(width)}  ${result.status.padEnd(7)}  ${seconds(result.milliseconds)}`,
    );
  }
  const total = results.reduce((sum, result) => sum + result.milliseconds, 0);
  console.log(`  ${'total'.padEnd(width)}  ${''.padEnd(7)}  ${seconds(total)}`);
}

async function main() {
  const selected = steps.filter((step) => !isQuick || step.quick);
  if (isQuick)
    notice(['--quick: no format check, no web build, no end-to-end tests; API tests on SQLite only.']);
  if (isCi) {
    // Fail before spending minutes on the other steps.
    const missing = selected.map((step) => step.skipReason?.()).filter(Boolean);
    if (missing.length > 0) {
      banner(`CI=true and ${missing.join('; ')}: every step must run in CI.`);
      return 1;
    }
  }
  const results = [];
  for (const [index, step] of selected.entries()) {
    const label = `[${index + 1}/${selected.length}] ${step.name}`;
    const skipReason = step.skipReason?.();
    if (skipReason) {
      notice([`NOTICE: ${step.name} SKIPPED.`, `${skipReason}.`, 'CI (CI=true) fails instead of skipping.']);
      results.push({ name: step.name, status: 'SKIPPED', milliseconds: 0 });
      continue;
    }
    banner(`${label}: ${step.tool} ${step.args.join(' ')}`);
    const started = Date.now();
    const code = await run(step);
    const milliseconds = Date.now() - started;
    if (code !== 0) {
      results.push({ name: step.name, status: 'FAILED', milliseconds });
      banner(`${label}: FAILED (exit code ${code}) after ${seconds(milliseconds)}`);
      printSummary(results);
      return code;
    }
    results.push({ name: step.name, status: 'ok', milliseconds });
  }
  printSummary(results);
  const skipped = results.filter((result) => result.status === 'SKIPPED').map((result) => result.name);
  if (skipped.length > 0) console.log(`\nPassed, but SKIPPED: ${skipped.join(', ')} (see the notice above).`);
  else console.log(isQuick ? '\nQuick checks passed.' : '\nAll checks and tests passed.');
  return 0;
}

process.exitCode = await main();
