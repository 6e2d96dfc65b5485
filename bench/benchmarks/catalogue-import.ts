// SPEC §9 / issue: importing the whole-country administrative-unit catalogue into a fresh database.
import fs from 'node:fs/promises';
import { systemActor } from '../../src/server/http/actor.ts';
import { importCatalogue } from '../../src/server/org/org.import.ts';
import { CATALOGUE_FILES, type CatalogueEdition, unitCounts } from '../datasets.ts';
import type { Benchmark, Engine, Target } from '../types.ts';

/** Under 10 s on the embedded database (the small-machine case); PostgreSQL is reported for information. */
const IMPORT_TARGETS: Partial<Record<Engine, Target>> = { sqlite: { max: 10_000 } };

export function catalogueImportBenchmark(edition: CatalogueEdition): Benchmark {
  const name = `import-${edition}`;
  return {
    name,
    description: `whole-country ${edition} catalogue imported into a fresh database (CSV parse + one transaction)`,
    async run(context) {
      const csv = await fs.readFile(CATALOGUE_FILES[edition], 'utf8');
      const database = await context.freshDatabase(name);
      try {
        const started = performance.now();
        const result = await importCatalogue(database.db, systemActor(), csv);
        const elapsed = performance.now() - started;
        const counts = await unitCounts(database.db);
        context.log(
          `${result.created.toLocaleString('en-US')} units created (${counts.text}), ` +
            `${result.errors.length} bad rows, in ${(elapsed / 1000).toFixed(2)} s`,
        );
        for (const error of result.errors.slice(0, 5))
          context.log(`  bad row, line ${error.line}: ${error.message}`);
        return [
          { label: 'time', value: elapsed, unit: 'ms', target: IMPORT_TARGETS[context.engine] },
          { label: 'units created', value: result.created, unit: 'count' },
          { label: 'bad rows', value: result.errors.length, unit: 'count', target: { max: 1 } },
        ];
      } finally {
        await database.close();
      }
    },
  };
}
