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
  /** Every folded name in `units` order, each followed by '\n': one string that `indexOf` scans natively. */
  haystack: string;
  /** Offset in `haystack` where each unit's name starts (ascending). */
  starts: Int32Array;
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
  const starts = new Int32Array(units.length);
  let offset = 0;
  units.forEach((unit, i) => {
    starts[i] = offset;
    offset += unit.searchName.length + 1;
  });
  const haystack = units.map((unit) => `${unit.searchName}\n`).join('');
  return { units, haystack, starts, loadedAt: Date.now(), generation: loadedGeneration };
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
  const { units, haystack, starts } = await getDirectory(db);
  const query = search.folded.replace(/\n/g, ' ');
  const wanted = search.offset + search.limit;
  // Best first: whole name or code (rank 0), then names or codes starting with the query (1), then the rest
  // (2); within a rank, tree order. Only the first `wanted` of each rank are kept; the others are counted.
  const ranked: number[][] = [[], [], []];
  let total = 0;
  const take = (index: number, rank: number) => {
    const unit = units[index];
    if (
      !unit ||
      (search.kind && unit.kind !== search.kind) ||
      (search.parentId && unit.parentId !== search.parentId)
    )
      return;
    total += 1;
    const bucket = ranked[rank];
    if (bucket && bucket.length < wanted) bucket.push(index);
  };
  const nameHits = new Set<number>();
  const isCodeLike = /[\d.]/.test(query);
  const hit = (index: number, at: number, length: number) => {
    take(index, at !== 0 ? 2 : length === query.length ? 0 : 1);
    if (isCodeLike) nameHits.add(index);
  };
  if (query.length <= 2) {
    // A letter or two matches most names: one pass over the units beats mapping thousands of hits.
    units.forEach((unit, index) => {
      const at = unit.searchName.indexOf(query);
      if (at !== -1) hit(index, at, unit.searchName.length);
    });
  } else {
    // The native substring search runs over one string; each hit is mapped to its unit by bisection, and
    // the scan resumes after that unit's name.
    for (let at = haystack.indexOf(query); at !== -1;) {
      const index = unitAt(starts, at);
      const start = starts[index] ?? 0;
      const length = units[index]?.searchName.length ?? 0;
      hit(index, at - start, length);
      at = haystack.indexOf(query, start + length + 1);
    }
  }
  // Codes are digits (GSO) or dotted abbreviations (19.CAT): only a query with a digit or a dot can name one.
  if (isCodeLike) {
    units.forEach((unit, index) => {
      if (!nameHits.has(index) && unit.code.startsWith(query))
        take(index, unit.code.length === query.length ? 0 : 1);
    });
    ranked.forEach((bucket) => bucket.sort((a, b) => a - b));
  }
  const page = ranked
    .flat()
    .slice(0, wanted)
    .map((index) => units[index] as DirectoryUnit);
  return { rows: page.slice(search.offset), total };
}

/** Index of the unit whose name contains haystack offset `at`: the last start at or before it. */
function unitAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
