import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';

describe('antt command line', () => {
  let dir: string;
  let output: string[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-cli-'));
    vi.stubEnv('DATA_DIR', dir);
    vi.stubEnv('DATABASE_URL', '');
    output = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => output.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => output.push(line));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const count = (sql: string) => {
    const db = new SQLite(path.join(dir, 'antt.sqlite'), { readonly: true });
    try {
      return (db.prepare(sql).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('imports the whole 2025 catalogue, then creates a user in one of its communes and backs up', async () => {
    expect(await main(['import-units', 'resources/admin-units/admin-units-2025.csv'])).toBe(0);
    expect(output.join('\n')).toMatch(/catalogue 2025: 3355 created/);
    expect(count("select count(*) as n from unit where kind = 'province'")).toBe(34);
    expect(count("select count(*) as n from unit where kind = 'commune'")).toBe(3321);
    const code = await main([
      'create-user',
      '--username',
      'ca.phandinhphung',
      '--display-name',
      'Công an phường',
      '--role',
      'commune_police',
      '--unit',
      '05443',
      '--password',
      'mat-khau-cli-1',
    ]);
    expect(code).toBe(0);
    expect(count("select count(*) as n from app_user where username = 'ca.phandinhphung'")).toBe(1);
    const backup = path.join(dir, 'backup.sqlite');
    expect(await main(['backup', backup])).toBe(0);
    expect(fs.statSync(backup).size).toBeGreaterThan(100_000);
  });

  it('imports one province of the 2024 catalogue and says why a bad command fails', async () => {
    expect(
      await main(['import-units', 'resources/admin-units/admin-units-2024.csv', '--province', '19']),
    ).toBe(0);
    expect(count("select count(*) as n from unit where kind = 'district'")).toBe(9);
    expect(await main(['create-user', '--username', 'x', '--unit', '171'])).toBe(1);
    expect(output.at(-1)).toMatch(/username|displayName|password/);
    expect(await main(['import-units'])).toBe(1);
    expect(output.at(-1)).toContain('missing FILE');
  });

  it('prints the seed plan as a JSON draft, and saves it into the database', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const seed = 'resources/seeds/ke-hoach-71-KH-UBND-thai-nguyen-2024.md';
    expect(await main(['import-plan', seed, '--json'])).toBe(0);
    const draft = JSON.parse(written.join('')) as { number: string; date: string; tasks: { code: string }[] };
    expect(draft).toMatchObject({ number: '71/KH-UBND', date: '2024-04-15' });
    expect(draft.tasks.map((t) => t.code)).toEqual(['1', '2', '3', '4']);
    expect(await main(['seed-demo'])).toBe(0);
    expect(await main(['import-plan', seed, '--save', '--owner', '19.CAT'])).toBe(0);
    expect(output.join('\n')).toMatch(/plan 71\/KH-UBND saved: 13 tasks/);
    expect(count("select count(*) as n from plan where number = '71/KH-UBND'")).toBe(2);
  });
});
