// Datasets that several benchmarks share, built once per engine through `context.shared` and never changed
// by a benchmark. Later issues add their own here (the seed plan, a generated national force …).
import fs from 'node:fs/promises';
import type { Db } from '../src/server/db/database.ts';
import {
  CATALOGUE_2024_FILE,
  CATALOGUE_2025_FILE,
  loadDemoDataIfEmpty,
} from '../src/server/demo/demo.service.ts';
import { systemActor } from '../src/server/http/actor.ts';
import { importCatalogue } from '../src/server/org/org.import.ts';
import { type GeneratedForce, generateNationalForce } from './force-generator.ts';
import { formatMs } from './stats.ts';
import type { EngineContext } from './types.ts';

export type CatalogueEdition = '2024' | '2025';

export const CATALOGUE_FILES: Record<CatalogueEdition, string> = {
  '2024': CATALOGUE_2024_FILE,
  '2025': CATALOGUE_2025_FILE,
};

/** Units in the database by kind, e.g. "34 province, 3,321 commune". */
export async function unitCounts(db: Db): Promise<{ total: number; text: string }> {
  const rows = await db
    .selectFrom('unit')
    .select((eb) => ['kind', eb.fn.countAll<number | string>().as('n')])
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
  return { total, text: rows.map((r) => `${Number(r.n).toLocaleString('en-US')} ${r.kind}`).join(', ') };
}

export interface NationalTree {
  /** The database's URL; its connection is closed, so a server process can open it. */
  url: string;
  units: number;
}

/**
 * The whole-country organisation tree: the demo data first (Thái Nguyên, agencies, demo users) on the empty
 * database, then both whole-country catalogues (the import is idempotent: Thái Nguyên's units stay).
 */
export function nationalTree(context: EngineContext): Promise<NationalTree> {
  return context.shared('national-tree', async () => {
    const database = await context.freshDatabase('national');
    try {
      const started = performance.now();
      await loadDemoDataIfEmpty(database.db);
      for (const edition of ['2025', '2024'] as const) {
        const csv = await fs.readFile(CATALOGUE_FILES[edition], 'utf8');
        await importCatalogue(database.db, systemActor(), csv);
      }
      const counts = await unitCounts(database.db);
      const units = counts.total.toLocaleString('en-US');
      context.log(
        `whole-country tree built in ${formatMs(performance.now() - started)}: ${units} units (${counts.text})`,
      );
      return { url: database.url, units: counts.total };
    } finally {
      await database.close();
    }
  });
}

export interface NationalForce extends NationalTree {
  force: GeneratedForce;
}

/**
 * The whole-country tree (built like `nationalTree`, in its own database) with a generated force: ~100,000
 * villages and teams and 400,000 members (SPEC §9), the demo province holding about 12,000 of them.
 */
export function nationalForce(context: EngineContext): Promise<NationalForce> {
  return context.shared('national-force', async () => {
    const database = await context.freshDatabase('national-force');
    try {
      const started = performance.now();
      await loadDemoDataIfEmpty(database.db);
      for (const edition of ['2025', '2024'] as const) {
        const csv = await fs.readFile(CATALOGUE_FILES[edition], 'utf8');
        await importCatalogue(database.db, systemActor(), csv);
      }
      const counts = await unitCounts(database.db);
      const province = await database.db
        .selectFrom('unit')
        .innerJoin('unit as police', 'police.parentId', 'unit.id')
        .select('unit.path')
        .where('police.code', '=', '19.CAT')
        .executeTakeFirstOrThrow();
      const communes = counts.text.match(/([\d,]+) commune/)?.[1]?.replace(/,/g, '') ?? '14000';
      const force = await generateNationalForce(database.db, {
        // ~100,000 villages and teams over all the communes of both catalogues.
        villagesPerCommune: Math.max(1, Math.round(100_000 / Number(communes))),
        totalMembers: 400_000,
        busyProvincePath: province.path,
        busyProvinceMembers: 12_000,
        log: (line) => context.log(line),
      });
      context.log(
        `national force built in ${formatMs(performance.now() - started)}: ${force.villages.toLocaleString('en-US')} villages and teams, ` +
          `${force.members.toLocaleString('en-US')} members over ${counts.text}`,
      );
      return { url: database.url, units: counts.total, force };
    } finally {
      await database.close();
    }
  });
}
