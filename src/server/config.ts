import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true'));

/** Every setting the app reads from the environment, parsed once at start-up. All have defaults. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  ANTT_DEMO: booleanFlag,
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  COOKIE_SECURE: booleanFlag,
  TRUST_PROXY: booleanFlag,
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1_048_576),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().default('./dist/web'),
  JOBS_ENABLED: booleanFlag,
  JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(365).default(3),
  REMINDER_OVERDUE_EVERY_DAYS: z.coerce.number().int().min(1).max(365).default(3),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'smtp://user:pass@host:587 hoặc smtps://…')
    .optional()
    .or(z.literal('')),
  SMTP_FROM: z.string().min(3).default('ANTT Cơ sở <no-reply@antt.local>'),
  PUBLIC_URL: z.url().optional().or(z.literal('')),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** `postgres://…` for PostgreSQL, otherwise a SQLite file path (or `:memory:`). */
  databaseUrl: string;
  loadDemo: boolean;
  sessionTtlHours: number;
  /** undefined = decide per request (Secure when the request came over HTTPS). */
  cookieSecure: boolean | undefined;
  trustProxy: boolean;
  loginRateLimit: number;
  bodyLimitBytes: number;
  /** Largest uploaded file (plan documents, evidence); larger answers 413. */
  uploadLimitBytes: number;
  logLevel: string;
  webDistDir: string;
  /** Run the timed jobs (reminders, outbox delivery) in this process. */
  jobsEnabled: boolean;
  jobsIntervalSeconds: number;
  /** A reminder goes out this many days before a due date (and on it, and after it). */
  reminderDaysBefore: number;
  /** After the due date, a reminder every this many days until the report is submitted. */
  reminderOverdueEveryDays: number;
  /** `smtp://user:pass@host:587`; undefined = e-mails wait in the outbox. */
  smtpUrl: string | undefined;
  smtpFrom: string;
  /** The address users open the app at, for links in e-mails. */
  publicUrl: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL || path.join(e.DATA_DIR, 'antt.sqlite'),
    loadDemo: e.ANTT_DEMO ?? true,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY ?? false,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    logLevel: e.LOG_LEVEL,
    webDistDir: e.WEB_DIST_DIR,
    jobsEnabled: e.JOBS_ENABLED ?? true,
    jobsIntervalSeconds: e.JOBS_INTERVAL_SECONDS,
    reminderDaysBefore: e.REMINDER_DAYS_BEFORE,
    reminderOverdueEveryDays: e.REMINDER_OVERDUE_EVERY_DAYS,
    smtpUrl: e.SMTP_URL || undefined,
    smtpFrom: e.SMTP_FROM,
    publicUrl: (e.PUBLIC_URL || `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
  };
}

/** Settings for tests and tools: defaults with the given overrides. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), databaseUrl: ':memory:', loadDemo: false, logLevel: 'silent', ...overrides };
}
