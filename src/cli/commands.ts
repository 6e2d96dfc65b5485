import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { loadConfig } from '../server/config.ts';
import { type Db, dialectOf, openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { loadDemoDataIfEmpty } from '../server/demo/demo.service.ts';
import { systemActor } from '../server/http/actor.ts';
import { startServer } from '../server/main.ts';
import { importCatalogue, importSuccessions } from '../server/org/org.import.ts';
import { createUser } from '../server/users/users.service.ts';
import { parsePlan } from '../domain/plans/parse-plan.ts';
import { userCreateSchema } from '../domain/users/users.schemas.ts';
import { draftToPlanCreate, parsePlanText } from '../server/plans/plan-import.service.ts';
import { extractPlanText } from '../server/plans/plan-file.ts';
import { createPlan } from '../server/plans/plans.service.ts';
import { buildWebAppIfNeeded } from './web-build.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CommandInput {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}
type Command = (input: CommandInput) => Promise<number>;

async function withDatabase(work: (db: Db, dialect: string) => Promise<number>): Promise<number> {
  const { db, dialect } = openDatabase(loadConfig().databaseUrl);
  try {
    await migrateToLatest(db);
    return await work(db, dialect);
  } finally {
    await db.destroy();
  }
}

const text = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

async function readPlanFile(file: string): Promise<string> {
  const data = await fs.readFile(file);
  return extractPlanText({ filename: path.basename(file), mimetype: '', data });
}

function requireFile(input: CommandInput): string {
  const file = input.positionals[0];
  if (!file) throw new Error('missing FILE argument');
  return file;
}

export const commands: Record<string, Command> = {
  start: async () => {
    buildWebAppIfNeeded(projectRoot, loadConfig().webDistDir);
    await startServer();
    return 0;
  },
  migrate: () =>
    withDatabase(async (_db, dialect) => {
      console.log(`database (${dialect}) is at the latest migration`);
      return 0;
    }),
  'seed-demo': () =>
    withDatabase(async (db) => {
      const loaded = await loadDemoDataIfEmpty(db);
      console.log(
        loaded
          ? `demo data loaded: ${JSON.stringify(loaded)}`
          : 'the database is not empty: demo data not loaded',
      );
      return 0;
    }),
  'import-units': (input) =>
    withDatabase(async (db) => {
      const started = performance.now();
      const result = await importCatalogue(db, systemActor(), await fs.readFile(requireFile(input), 'utf8'), {
        provinceCode: text(input.values.province),
        validFrom: text(input.values['valid-from']),
        validTo: text(input.values['valid-to']),
      });
      console.log(
        `catalogue ${result.edition}: ${result.created} created, ${result.updated} renamed, ${result.unchanged} unchanged, ` +
          `${result.errors.length} bad rows (${Math.round(performance.now() - started)} ms)`,
      );
      result.errors.slice(0, 20).forEach((e) => console.log(`  line ${e.line}: ${e.message}`));
      return result.errors.length > 0 ? 2 : 0;
    }),
  'import-successions': (input) =>
    withDatabase(async (db) => {
      const result = await importSuccessions(
        db,
        systemActor(),
        await fs.readFile(requireFile(input), 'utf8'),
      );
      console.log(
        `successions: ${result.created} created, ${result.skipped} already known, ${result.errors.length} bad rows`,
      );
      result.errors.forEach((e) => console.log(`  line ${e.line}: ${e.message}`));
      return result.errors.length > 0 ? 2 : 0;
    }),
  'create-user': (input) =>
    withDatabase(async (db) => {
      const unitCode = text(input.values.unit);
      const units = unitCode
        ? await db.selectFrom('unit').select(['id', 'name']).where('code', '=', unitCode).execute()
        : [];
      if (units.length !== 1)
        throw new Error(
          units.length === 0
            ? `no unit with code ${unitCode ?? '(missing --unit)'}`
            : `several units have code ${unitCode}`,
        );
      const parsed = userCreateSchema.safeParse({
        username: text(input.values.username),
        displayName: text(input.values['display-name']),
        role: text(input.values.role),
        email: text(input.values.email),
        unitId: units[0]?.id,
        password: text(input.values.password) ?? process.env.ANTT_PASSWORD,
      });
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const user = await createUser(db, systemActor(), parsed.data);
      console.log(`user ${user.username} (${user.role}) created in ${user.unit.name}`);
      return 0;
    }),
  'import-plan': async (input) => {
    const file = requireFile(input);
    const planText = await readPlanFile(file);
    if (!input.values.save) {
      // The draft as JSON on stdout: the contract that tests and evaluation read.
      process.stdout.write(`${JSON.stringify(parsePlan(planText), null, 2)}\n`);
      return 0;
    }
    return withDatabase(async (db) => {
      const actor = systemActor();
      const ownerCode = text(input.values.owner) ?? '19.UBND';
      const owner = await db
        .selectFrom('unit')
        .select(['id', 'path'])
        .where('code', '=', ownerCode)
        .executeTakeFirst();
      if (!owner) throw new Error(`no unit with code ${ownerCode} (use --owner CODE for the issuing unit)`);
      const parsed = await parsePlanText(db, actor, planText, owner.path);
      const plan = await createPlan(db, actor, draftToPlanCreate(parsed, owner.id));
      const unmatched = parsed.units.filter((u) => u.match.kind === 'unmatched').map((u) => u.name);
      console.log(`plan ${plan.number ?? plan.title} saved: ${plan.taskCount} tasks (id ${plan.id})`);
      if (unmatched.length > 0)
        console.log(`  names not matched to units (kept as written): ${unmatched.join('; ')}`);
      parsed.draft.warnings.forEach((w) => console.log(`  warning: ${w}`));
      return 0;
    });
  },
  backup: (input) =>
    withDatabase(async (db, dialect) => {
      if (dialect !== 'sqlite') throw new Error('on PostgreSQL use pg_dump (docs/operations.md)');
      const file = requireFile(input);
      await sql`vacuum into ${file}`.execute(db);
      console.log(`backup written to ${file}`);
      return 0;
    }),
  restore: async (input) => {
    const { databaseUrl } = loadConfig();
    if (dialectOf(databaseUrl) !== 'sqlite')
      throw new Error('on PostgreSQL use pg_restore (docs/operations.md)');
    const file = requireFile(input);
    const check = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      const [row] = check.pragma('integrity_check') as { integrity_check: string }[];
      if (row?.integrity_check !== 'ok')
        throw new Error(`${file} is damaged: ${row?.integrity_check ?? 'unknown'}`);
      check.prepare('select count(*) from unit').get();
    } finally {
      check.close();
    }
    // The server must be stopped: the database file and its WAL are replaced as a whole.
    await fs.copyFile(file, databaseUrl);
    await Promise.all(['-wal', '-shm'].map((suffix) => fs.rm(`${databaseUrl}${suffix}`, { force: true })));
    console.log(`database ${databaseUrl} restored from ${file}`);
    return 0;
  },
  bench: async () => {
    const { runBenchmarks } = await import('../../bench/run.ts');
    await runBenchmarks();
    return 0;
  },
};
