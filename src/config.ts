// Configuration: one zod schema over the environment variables, turned into a typed Config.
// `loadConfig()` throws a ConfigError naming the variable and what it expects.
import { resolve } from 'node:path';
import { z } from 'zod';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  neo4j: {
    /** Set when an existing Neo4j is used; then the local one is never started. */
    uri: string | undefined;
    user: string | undefined;
    password: string | undefined;
    database: string;
    /** Bolt port of the local (embedded) Neo4j, used only when `uri` is not set. */
    localPort: number;
    /** JVM heap limit of the local Neo4j ('1g', '1536m'). */
    localHeap: string;
    /** Page cache of the local Neo4j in MiB; unset: an eighth of the machine's memory, 256-4096. */
    localPagecacheMb: number | undefined;
  };
  /** HTTP server address. */
  host: string;
  port: number;
  /** Absolute path; the local Neo4j keeps its files in `<dataDir>/neo4j`. */
  dataDir: string;
  logLevel: LogLevel;
  /** Bearer token that GraphQL mutations require; mutations are refused when unset. */
  apiToken: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

// An empty variable (`PORT=`) counts as unset, so it takes the default.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const portNumber = z
  .string()
  .trim()
  .regex(/^\d+$/, { error: 'expected an integer 1-65535' })
  .transform(Number)
  .refine((n) => n >= 1 && n <= 65535, { error: 'expected an integer 1-65535' });

const neo4jUri = z
  .string()
  .trim()
  .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/, {
    error: 'expected a Neo4j URI such as bolt://host:7687, neo4j://host or neo4j+s://host',
  });

// Neo4j database names: 3-63 characters, letters, digits, dots and dashes, starting with a letter.
const databaseName = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, {
    error: 'expected a database name (3-63 letters, digits, dots or dashes, starting with a letter)',
  });

const nonEmpty = z.string().trim().min(1, { error: 'expected a non-empty value' });

export const envSchema = z.object({
  NEO4J_URI: optional(neo4jUri),
  NEO4J_USER: optional(nonEmpty),
  NEO4J_PASSWORD: optional(z.string()),
  NEO4J_DATABASE: optional(databaseName).default('neo4j'),
  HOST: optional(nonEmpty).default('127.0.0.1'),
  PORT: optional(portNumber).default(4000),
  CIVIC_GRAPH_DATA_DIR: optional(nonEmpty).default('./.data'),
  NEO4J_LOCAL_PORT: optional(portNumber).default(7687),
  NEO4J_LOCAL_HEAP: optional(
    z.string().trim().toLowerCase().regex(/^[1-9]\d{0,5}[mg]$/, { error: "expected a JVM heap size such as '1g' or '1536m'" }),
  ).default('1g'),
  NEO4J_LOCAL_PAGECACHE_MB: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,7}$/, { error: 'expected a whole number of MiB (16 or more)' })
      .transform(Number)
      .refine((n) => n >= 16, { error: 'expected a whole number of MiB (16 or more)' }),
  ),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` })),
  ).default('info'),
  CIVIC_GRAPH_API_TOKEN: optional(
    z.string().trim().min(16, { error: 'expected at least 16 characters (e.g. the output of `openssl rand -hex 32`)' }),
  ),
});

export type Env = Record<string, string | undefined>;

/** Reads the configuration from `env` (default: process.env). Throws ConfigError. */
export function loadConfig(env: Env = process.env): Config {
  const names = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];
  const input = Object.fromEntries(names.map((name) => [name, env[name]]));
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const raw = env[name];
      // Passwords and tokens are not echoed back.
      const shown = /PASSWORD|TOKEN/.test(name) ? '' : `, got '${raw ?? ''}'`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      localPort: e.NEO4J_LOCAL_PORT,
      localHeap: e.NEO4J_LOCAL_HEAP,
      localPagecacheMb: e.NEO4J_LOCAL_PAGECACHE_MB,
    },
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.CIVIC_GRAPH_DATA_DIR),
    logLevel: e.LOG_LEVEL as LogLevel,
    apiToken: e.CIVIC_GRAPH_API_TOKEN,
  };
}
