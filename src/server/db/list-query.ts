import type { SelectQueryBuilder } from 'kysely';

/**
 * One page of a list and the list's total, read at once: `ordered` (the filtered query with its columns and
 * order, ending in a unique key so that pages never overlap) cut to the page, and `filtered` (the same joins and
 * filters, no columns) counted.
 */
export async function findPage<DB, TB extends keyof DB, O>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  ordered: SelectQueryBuilder<DB, TB, O>,
  page: { limit: number; offset: number },
) {
  const [rows, count] = await Promise.all([
    ordered.limit(page.limit).offset(page.offset).execute(),
    filtered
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .$castTo<{ total: number | string }>()
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** Every row of an ordered list for an export, in batches so that memory stays flat. */
export async function* streamInBatches<DB, TB extends keyof DB, O>(
  ordered: SelectQueryBuilder<DB, TB, O>,
  batchSize: number,
) {
  for (let offset = 0; ; offset += batchSize) {
    const rows = await ordered.limit(batchSize).offset(offset).execute();
    yield* rows;
    if (rows.length < batchSize) return;
  }
}
