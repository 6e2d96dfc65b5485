import type { AgencyCategory, UnitKind } from '../../domain/org/constants.ts';
import { UNIT_KIND_ORDER } from '../../domain/org/constants.ts';
import type { Db } from '../db/database.ts';

export interface DirectoryUnit {
  id: string;
  code: string;
  name: string;
  searchName: string;
  kind: UnitKind;
  category: AgencyCategory | null;
  parentId: string | null;
  path: string;
  hasChildren: boolean;
  validFrom: string | null;
  validTo: string | null;
}

interface Directory {
  /** Every unit, ordered by level then folded name: the order search results are listed in. */
  units: DirectoryUnit[];
  loadedAt: number;
  generation: number;
}

/**
 * How long another instance's unit changes may take to show in this instance's search. Writes made through
 * this instance clear the directory at once (`invalidateUnitDirectory`).
 */
const MAX_AGE_MS = 30_000;

const directories = new WeakMap<Db, Promise<Directory>>();
/** Bumped by every unit write in this process; a directory of an older generation is reloaded. */
let generation = 0;

async function loadDirectory(db: Db): Promise<Directory> {
  const loadedGeneration = generation;
  const rows = await db
    .selectFrom('unit')
    .select([
      'id',
      'code',
      'name',
      'searchName',
      'kind',
      'category',
      'parentId',
      'path',
      'validFrom',
      'validTo',
    ])
    .execute();
  const parents = new Set(rows.map((r) => r.parentId));
  // Plain objects of one shape (rows from the driver are dictionaries): the search loop stays monomorphic.
  const units: DirectoryUnit[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    searchName: r.searchName,
    kind: r.kind,
    category: r.category as AgencyCategory | null,
    parentId: r.parentId,
    path: r.path,
    hasChildren: parents.has(r.id),
    validFrom: r.validFrom,
    validTo: r.validTo,
  }));
  units.sort(
    (a, b) =>
      UNIT_KIND_ORDER[a.kind] - UNIT_KIND_ORDER[b.kind] ||
      (a.searchName < b.searchName ? -1 : a.searchName > b.searchName ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  return { units, loadedAt: Date.now(), generation: loadedGeneration };
}

/**
 * The whole unit tree held in memory for name search. Search is typed on every page (unit pickers, the tree's
 * search box) and must stay fast over the whole country's ~15,000 units; a substring scan of folded names in
 * memory takes well under a millisecond, where `LIKE '%q%'` scans and sorts the table on every keystroke.
 */
async function getDirectory(db: Db): Promise<Directory> {
  const cached = directories.get(db);
  if (cached) {
    const directory = await cached;
    if (directory.generation === generation && Date.now() - directory.loadedAt < MAX_AGE_MS) return directory;
  }
  const loading = loadDirectory(db);
  directories.set(db, loading);
  loading.catch(() => directories.delete(db));
  return loading;
}

/** Call after a transaction that changed units has committed. */
export function invalidateUnitDirectory(): void {
  generation += 1;
}

export interface DirectorySearch {
  folded: string;
  kind?: UnitKind;
  parentId?: string;
  limit: number;
  offset: number;
}

/** Units whose folded name contains the query, or whose code starts with it: exact, then prefix, then others. */
export async function searchUnitDirectory(
  db: Db,
  search: DirectorySearch,
): Promise<{ rows: DirectoryUnit[]; total: number }> {
  const { units } = await getDirectory(db);
  const exact: DirectoryUnit[] = [];
  const prefix: DirectoryUnit[] = [];
  const other: DirectoryUnit[] = [];
  const query = search.folded;
  for (const unit of units) {
    if (search.kind && unit.kind !== search.kind) continue;
    if (search.parentId && unit.parentId !== search.parentId) continue;
    if (unit.searchName === query || unit.code === query) exact.push(unit);
    else if (unit.searchName.startsWith(query) || unit.code.startsWith(query)) prefix.push(unit);
    else if (unit.searchName.includes(query)) other.push(unit);
  }
  const total = exact.length + prefix.length + other.length;
  const page: DirectoryUnit[] = [];
  for (const bucket of [exact, prefix, other]) {
    for (const unit of bucket) {
      if (page.length >= search.offset + search.limit) break;
      page.push(unit);
    }
  }
  return { rows: page.slice(search.offset), total };
}
