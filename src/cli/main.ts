import { parseArgs } from 'node:util';
import { commands } from './commands.ts';

const USAGE = `antt — ANTT Cơ sở command line

  antt start                         migrate, load demo data into an empty database, serve the app
  antt migrate                       apply database migrations
  antt seed-demo                     load the demo data (only into an empty database)
  antt import-units FILE [--province CODE] [--valid-from YYYY-MM-DD] [--valid-to YYYY-MM-DD]
                                     import a national administrative-unit catalogue (CSV, 2024 or 2025 edition)
  antt import-successions FILE       import unit successions, CSV old_code,new_code,effective_date
  antt create-user --username U --display-name NAME --role ROLE --unit CODE [--password P] [--email E]
                                     create a user (password from --password or env ANTT_PASSWORD)
  antt import-plan FILE --json       parse a plan (.md, .txt, .docx) and print the draft as JSON
  antt import-plan FILE --save [--owner CODE]
                                     parse and store a plan (owner: the issuing unit's code, default 19.UBND)
  antt backup FILE                   copy the SQLite database to FILE (online, consistent)
  antt restore FILE                  replace the SQLite database with a backup (stop the server first)
  antt bench                         run the benchmarks (npm run bench)

The database is DATABASE_URL (postgres://…) or the SQLite file DATA_DIR/antt.sqlite (default ./data).`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log(USAGE);
    return name && name !== 'help' && name !== '--help' ? 1 : 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      province: { type: 'string' },
      'valid-from': { type: 'string' },
      'valid-to': { type: 'string' },
      username: { type: 'string' },
      'display-name': { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      password: { type: 'string' },
      email: { type: 'string' },
      json: { type: 'boolean' },
      owner: { type: 'string' },
      save: { type: 'boolean' },
    },
  });
  try {
    return await command({ values, positionals });
  } catch (err) {
    console.error(`antt ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
