import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadDemoDataIfEmpty } from './demo/demo.service.ts';
import { createSmtpMailer } from './notifications/mailer.ts';

/** The only place with side effects: read config, open and migrate the database, load demo data, listen. */
export async function startServer(): Promise<void> {
  const config = loadConfig();
  const { db, dialect } = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const mailer = config.smtpUrl ? createSmtpMailer({ url: config.smtpUrl, from: config.smtpFrom }) : null;
  const app = await buildApp({ db, dialect, config, mailer, runJobs: config.jobsEnabled });
  if (config.loadDemo) {
    const loaded = await loadDemoDataIfEmpty(db);
    if (loaded) app.log.info(loaded, 'demo data loaded into the empty database');
  }
  const close = async () => {
    await app.close();
    mailer?.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`ANTT Cơ sở: http://localhost:${config.port} (${dialect})`);
}
