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
