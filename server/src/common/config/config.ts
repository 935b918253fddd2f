import * as path from 'node:path';
import { z } from 'zod';

const REPO_ROOT = path.resolve(__dirname, '../../../..');

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

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
  WEB_DIST_DIR: z.string().min(1).default(path.join(REPO_ROOT, 'web', 'dist')),
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
  /** Null switches online tiles off: the map shows the offline outline layer only. */
  tileUrl: string | null;
  tileAttribution: string;
  logLevel: string;
  webDistDir: string;
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
      return `  ${name}=${JSON.stringify(env[name])}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
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
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
