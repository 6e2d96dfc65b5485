// Three test projects, run one at a time by scripts/test.js (`vitest run --project <name>`):
//   unit  pure rules and schemas, fast, many;
//   api   buildApp + app.inject against a real database, on every dialect that vitest.global-setup.ts chose;
//   e2e   Playwright (playwright-core + Debian's Chromium) against the built app, one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/domain/**/*.test.ts', 'src/cli/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./vitest.global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          // Pages load their code on demand and CI machines are busy: give every expect.poll time to settle.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One file at a time: the specs share one built app and one browser. (`fileParallelism` is a
          // root-only option; a single fork is the per-project way to say the same.)
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
