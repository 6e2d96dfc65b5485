import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';

describe.each(inject('testDialects'))('probe on %s', (dialect) => {
  it('connects', async () => {
    if (dialect !== 'postgres') return;
    const url = inject('postgresUrl');
    expect(url).toMatch(/^postgres:\/\//);
    const client = new pg.Client({ connectionString: url ?? undefined });
    await client.connect();
    const result = await client.query<{ one: number }>('select 1 as one');
    await client.end();
    expect(result.rows).toEqual([{ one: 1 }]);
  });
});
