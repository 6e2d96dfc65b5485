/**
 * Every item of a paged list, for a streamed .xlsx export, `size` at a time. The first page is read before
 * the download starts, so that a unit out of scope or a bad filter answers 404 / 400 rather than a cut file.
 */
export async function allPages<T>(
  page: (limit: number, offset: number) => Promise<{ items: T[] }>,
  size = 500,
): Promise<AsyncIterable<T>> {
  const first = (await page(size, 0)).items;
  return (async function* () {
    let items = first;
    for (let offset = size; ; offset += size) {
      yield* items;
      if (items.length < size) return;
      items = (await page(size, offset)).items;
    }
  })();
}
