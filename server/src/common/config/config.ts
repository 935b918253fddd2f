import * as path from 'node:path';

import { mailboxSchema } from '@flaskhals/shared';
import { z } from 'zod';

import { parsePerformanceChoices, PERFORMANCE_CHOICES, type PerformanceChoices } from './performance-choices';

const REPO_ROOT = path.resolve(__dirname, '../../../..');

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** Only for development and tests: production refuses to start with it (see loadConfig). */
const DEVELOPMENT_SESSION_SECRET = 'flaskhals-development-session-secret-do-not-use';

const DEFAULT_MAIL_FROM = 'Flaskhals <no-reply@flaskhals.local>';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** Every environment variable the server reads, with its default. README lists the same. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  FLASKHALS_DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  EMBEDDED_PG_PORT: port(54329),
  SEED_DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
  DEFAULT_ARENA: z.string().min(1).default('ila-vastmanland'),
  TILE_URL: z.string().default(OSM_TILES),
  TILE_ATTRIBUTION: z.string().default(OSM_ATTRIBUTION),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'web', 'dist')),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEVELOPMENT_SESSION_SECRET),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(24 * 30),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(24 * 7),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  CORS_ORIGINS: z.string().default(''),
  RATE_LIMIT_SIGN_IN: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_MUTATIONS: z.coerce.number().int().min(1).default(120),
  APP_URL: z.url('must be the http(s) address users reach Flaskhals at').optional(),
  INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  ACTION_ITEM_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/?#\s]+/, 'must be an smtp:// or smtps:// URL')
    .refine((url) => URL.canParse(url), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: mailboxSchema.default(DEFAULT_MAIL_FROM),
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(5000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(2000),
  PERFORMANCE_CHOICES: z
    .string()
    .default('all')
    .refine((text) => parsePerformanceChoices(text) !== null, `must be all, none or a comma list of ${PERFORMANCE_CHOICES.join(', ')}`)
    .transform((text) => parsePerformanceChoices(text)!),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Null means: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  seedDemoData: 'auto' | 'never';
  defaultArenaSlug: string;
  /** Null switches online tiles off: the map shows the offline base map only (web/public/basemap/). */
  tileUrl: string | null;
  tileAttribution: string;
  logLevel: string;
  webDistDir: string;
  /** Key of the HMAC that turns session and invitation tokens into what is stored. */
  sessionSecret: string;
  sessionMaxAgeHours: number;
  sessionIdleHours: number;
  cookieSecure: boolean;
  corsOrigins: string[];
  /** Sign-in and password-reset attempts per 15 minutes per address and per e-mail. */
  rateLimitSignIn: number;
  /** Mutations per minute per user (or per address when signed out). */
  rateLimitMutations: number;
  /** Where users reach the app: links in e-mails point here. */
  appUrl: string;
  invitationDays: number;
  /** An action item's owner is reminded this many days before its due date (and again when it is overdue). */
  actionItemReminderDays: number;
  /** Null: mail is not sent but logged, and kept in the outbox for admins to read. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Delay before the first retry of a failed send; doubles per attempt, up to an hour. */
  mailRetryBaseMs: number;
  outboxPollMs: number;
  /** Which of the performance choices are on (all by default); see performance-choices.ts. */
  performance: PerformanceChoices;
}

export class ConfigError extends Error {}

/** Reads and validates configuration once at start; a wrong value names the variable and stops start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  if (env.TILE_URL === '') present.TILE_URL = 'off';
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${printable(name, env[name])}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.SESSION_SECRET === DEVELOPMENT_SESSION_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  SESSION_SECRET: must be set to a secret of your own (at least 32 characters) when NODE_ENV=production',
    );
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: path.resolve(e.FLASKHALS_DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    seedDemoData: e.SEED_DEMO_DATA,
    defaultArenaSlug: e.DEFAULT_ARENA,
    tileUrl: e.TILE_URL === 'off' ? null : e.TILE_URL,
    tileAttribution: e.TILE_ATTRIBUTION,
    logLevel: e.LOG_LEVEL,
    webDistDir: path.resolve(e.WEB_DIST_DIR),
    sessionSecret: e.SESSION_SECRET,
    sessionMaxAgeHours: e.SESSION_MAX_AGE_HOURS,
    sessionIdleHours: e.SESSION_IDLE_HOURS,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? e.NODE_ENV === 'production' : e.COOKIE_SECURE === 'true',
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimitSignIn: e.RATE_LIMIT_SIGN_IN,
    rateLimitMutations: e.RATE_LIMIT_MUTATIONS,
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    invitationDays: e.INVITATION_DAYS,
    actionItemReminderDays: e.ACTION_ITEM_REMINDER_DAYS,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    mailRetryBaseMs: e.MAIL_RETRY_BASE_MS,
    outboxPollMs: e.OUTBOX_POLL_MS,
    performance: e.PERFORMANCE_CHOICES,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Values as they may appear in a log: secrets hidden, passwords in URLs masked. */
function printable(name: string, value: string | undefined): string {
  if (value === undefined) return 'undefined';
  if (/SECRET|PASSWORD/.test(name)) return '"(hidden)"';
  return JSON.stringify(value.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@'));
}
