import { DEVELOPMENT_SSO_KEY, parseSsoKey } from '../auth/oidc/secret-box';
import { logSettings, type LogSettings } from '../observability/logger';
import { databaseSettings, type DatabaseSettings } from './database-settings';
import { runtimeProblem } from './runtime';

/**
 * How Kijkje runs. `production` is safe by default and refuses unsafe settings at boot;
 * `demo` (what `npm start` sets) seeds the demo network and prints its logins; `development`
 * is for tests and local work. Never inferred from anything but KIJKJE_MODE and NODE_ENV.
 */
export type AppMode = 'production' | 'demo' | 'development';

/** Runtime configuration, read once from the environment. */
export interface AppConfig {
  mode: AppMode;
  production: boolean;
  port: number;
  appUrl: string;
  /** Owner connection: runs migrations and creates the app role. */
  databaseUrl: string;
  /** Connection as the non-owner app role that serves every request. */
  databaseAppUrl: string;
  appRolePassword: string;
  /** Pool size and the timeouts of the serving connections. */
  database: DatabaseSettings;
  mail: { smtpUrl: string | null; outboxDir: string; from: string };
  /**
   * `liveCheckSeconds`: how often the sessions of open live connections are checked again, so a
   * socket whose session expired is closed (ends by sign-out, reset or deactivation close at once).
   */
  session: { idleMinutes: number; absoluteHours: number; liveCheckSeconds: number };
  rateLimit: {
    /** Sign-in attempts per minute from one IP address for one account. */
    signInPerMinute: number;
    /** Sign-in attempts on one account (from anywhere) before its back-off starts. */
    signInFreeFailures: number;
    /** Reset requests per hour for one address (from anywhere), and per IP address and address. */
    resetPerHour: number;
    requestsPerMinute: number;
  };
  allowedOrigins: string[];
  /** Express's `trust proxy`: false (the socket's address), a hop count, or trusted proxy addresses. */
  trustProxy: false | number | string[];
  introspection: boolean;
  /** Minutes between purges of expired sessions, reset links, invitations and rate-limit rows. */
  purgeIntervalMinutes: number;
  /** Milliseconds between the scheduler's looks for due periodic jobs (SCHEDULE_TICK_MS; 0: never on its own). */
  scheduleTickMs: number;
  demo: boolean;
  /** LOG_LEVEL, LOG_FORMAT. */
  log: LogSettings;
  /** METRICS_PORT: where /metrics is served (never the public port); null: not served. */
  metricsPort: number | null;
  /** METRICS_HOST: the address the metrics listener binds (0.0.0.0 in a pod, for Prometheus). */
  metricsHost: string;
  /** SSO_SECRET_KEY: encrypts identity providers' client secrets (AES-256-GCM); a development key outside production. */
  sso: { secretKey: Buffer; keyConfigured: boolean };
}

export const APP_ROLE = 'kijkje_app';

/** The app-role password outside production; production refuses it. */
export const DEV_APP_ROLE_PASSWORD = 'kijkje_app_dev';

export const MIN_APP_ROLE_PASSWORD_LENGTH = 16;

const MODES: AppMode[] = ['production', 'demo', 'development'];

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

function flag(value: string | undefined): boolean | null {
  if (value === undefined || value === '') return null;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new Error(`not a yes/no value: "${value}" (use 1 or 0)`);
}

/** Parses a URL without ever echoing it: a database URL carries a password. */
function parseUrl(value: string, name: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new Error(`${name} is not a valid URL (its value is not shown: it may hold a password)`);
  }
}

/** Derives the app-role URL from the owner URL: same server and database, other credentials. */
export function deriveAppUrl(ownerUrl: string, password: string): string {
  const url = parseUrl(ownerUrl, 'DATABASE_URL');
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/**
 * TRUST_PROXY: unset, 0 or false → X-Forwarded-For is ignored; a number → that many proxies in
 * front are trusted; otherwise a comma-separated list of proxy addresses or subnets. `true`
 * (trust every hop) is refused: anyone could then choose their own IP address.
 */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const v = (value ?? '').trim();
  if (v === '' || v === '0' || v.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  if (v.toLowerCase() === 'true') {
    throw new Error('TRUST_PROXY=true would trust any X-Forwarded-For a client sends; give the number of proxies in front (e.g. 1) or their addresses');
  }
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function modeOf(env: NodeJS.ProcessEnv): AppMode {
  const raw = env['KIJKJE_MODE'];
  if (raw) {
    if (!MODES.includes(raw as AppMode)) throw new Error(`KIJKJE_MODE must be one of ${MODES.join(', ')}; not "${raw}"`);
    return raw as AppMode;
  }
  return env['NODE_ENV'] === 'production' ? 'production' : 'development';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const mode = modeOf(env);
  const port = int(env['PORT'], 3000);
  const appUrl = (env['APP_URL'] || `http://localhost:${port}`).replace(/\/$/, '');
  const appRolePassword = env['DATABASE_APP_PASSWORD'] || DEV_APP_ROLE_PASSWORD;
  const extraOrigins = (env['ALLOWED_ORIGINS'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const appUrlOverride = env['DATABASE_APP_URL'];
  if (appUrlOverride) parseUrl(appUrlOverride, 'DATABASE_APP_URL');
  return {
    mode,
    production: mode === 'production',
    port,
    appUrl,
    databaseUrl,
    databaseAppUrl: appUrlOverride || deriveAppUrl(databaseUrl, appRolePassword),
    appRolePassword,
    database: databaseSettings(env),
    mail: {
      smtpUrl: env['SMTP_URL'] || null,
      outboxDir: env['MAIL_OUTBOX_DIR'] ?? '.data/outbox',
      from: env['MAIL_FROM'] ?? 'Kijkje <noreply@kijkje.test>',
    },
    session: {
      idleMinutes: int(env['SESSION_IDLE_MINUTES'], 120),
      absoluteHours: int(env['SESSION_ABSOLUTE_HOURS'], 12),
      liveCheckSeconds: Math.max(0.1, int(env['LIVE_SESSION_CHECK_SECONDS'], 15)),
    },
    rateLimit: {
      signInPerMinute: int(env['RATE_SIGNIN_PER_MINUTE'], 5),
      signInFreeFailures: int(env['RATE_SIGNIN_FREE_FAILURES'], 10),
      resetPerHour: int(env['RATE_RESET_PER_HOUR'], 5),
      requestsPerMinute: int(env['RATE_REQUESTS_PER_MINUTE'], 600),
    },
    allowedOrigins: [parseUrl(appUrl, 'APP_URL').origin, ...extraOrigins],
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    introspection: flag(env['GRAPHQL_INTROSPECTION']) ?? false,
    purgeIntervalMinutes: int(env['PURGE_INTERVAL_MINUTES'], 15),
    scheduleTickMs: int(env['SCHEDULE_TICK_MS'], 60_000),
    demo: mode === 'demo',
    log: logSettings({ ...env, KIJKJE_MODE: mode }),
    metricsPort: metricsPort(env['METRICS_PORT'], mode),
    metricsHost: env['METRICS_HOST'] || '127.0.0.1',
    sso: ssoSettings(env),
  };
}

function ssoSettings(env: NodeJS.ProcessEnv): AppConfig['sso'] {
  const key = parseSsoKey(env['SSO_SECRET_KEY']);
  return { secretKey: key ?? DEVELOPMENT_SSO_KEY, keyConfigured: key !== null };
}

/** METRICS_PORT: a port (0: any free one), or off; unset: 9464 in the demo, off otherwise. */
export function metricsPort(value: string | undefined, mode: AppMode): number | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return mode === 'demo' ? 9464 : null;
  if (['off', 'false', 'no'].includes(v)) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`METRICS_PORT must be a port number or "off"; not "${value}"`);
  return n;
}

/**
 * What production refuses (SEC-14), each as a sentence an operator can act on. Empty outside
 * production. Database-level refusals (demo accounts present, role rights) come later at boot.
 */
export function productionProblems(config: AppConfig, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!config.production) return [];
  const problems = appRoleProblems(config, env);
  if (!config.mail.smtpUrl) problems.push('SMTP_URL is missing: production sends e-mail through SMTP, never to an outbox folder');
  if (!env['APP_URL']?.startsWith('https://')) {
    problems.push('APP_URL is missing or not https://: links in e-mail need the public address, and sessions need HTTPS (Secure cookie, HSTS)');
  }
  if (!config.sso.keyConfigured) {
    problems.push(
      "SSO_SECRET_KEY is missing: identity providers' client secrets are encrypted with a key of this installation (32 bytes, e.g. `openssl rand -base64 32`)",
    );
  }
  if (env['KIJKJE_DEMO']) problems.push('KIJKJE_DEMO is set: production never seeds the demo network (use KIJKJE_MODE=demo for a demo)');
  const runtime = runtimeProblem();
  if (runtime) problems.push(runtime);
  return problems;
}

/** In production the app role's password must be a secret of this installation: set, not the default, long enough. */
export function appRoleProblems(config: AppConfig, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!config.production) return [];
  const appUrlOverride = env['DATABASE_APP_URL'];
  const password = appUrlOverride ? decodeURIComponent(parseUrl(appUrlOverride, 'DATABASE_APP_URL').password) : (env['DATABASE_APP_PASSWORD'] ?? '');
  const source = appUrlOverride ? 'the password in DATABASE_APP_URL' : 'DATABASE_APP_PASSWORD';
  if (!password) return [`${source} is missing: the app role needs a secret password of its own`];
  if (password === DEV_APP_ROLE_PASSWORD) return [`${source} is the development default: choose a secret one`];
  if (password.length < MIN_APP_ROLE_PASSWORD_LENGTH) return [`${source} is shorter than ${MIN_APP_ROLE_PASSWORD_LENGTH} characters`];
  return [];
}

export const APP_CONFIG = Symbol('APP_CONFIG');
