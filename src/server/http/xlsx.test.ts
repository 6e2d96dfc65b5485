import { describe, expect, it } from 'vitest';
import { allPages } from './xlsx.ts';

describe('allPages', () => {
  const items = Array.from({ length: 1234 }, (_, i) => i);
  const page = (limit: number, offset: number) =>
    Promise.resolve({ items: items.slice(offset, offset + limit) });

  it('yields every item of a list longer than one page, in order', async () => {
    const seen: number[] = [];
    for await (const item of await allPages(page, 500)) seen.push(item);
    expect(seen).toEqual(items);
  });

  it('reads the first page before the download starts: its error comes from the call, not the stream', async () => {
    const refused = () => Promise.reject(new Error('404: not in scope'));
    await expect(allPages(refused)).rejects.toThrow('404: not in scope');
  });
});
