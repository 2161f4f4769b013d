/** Runtime configuration, read once from the environment. */
export interface AppConfig {
  production: boolean;
  port: number;
  appUrl: string;
  /** Owner connection: runs migrations and creates the app role. */
  databaseUrl: string;
  /** Connection as the non-owner app role that serves every request. */
  databaseAppUrl: string;
  appRolePassword: string;
  mail: { smtpUrl: string | null; outboxDir: string; from: string };
  /**
   * `liveCheckSeconds`: how often the sessions of open live connections are checked again, so a
   * socket whose session expired is closed (ends by sign-out, reset or deactivation close at once).
   */
  session: { idleMinutes: number; absoluteHours: number; liveCheckSeconds: number };
  rateLimit: { signInPerMinute: number; signInPerIpPerMinute: number; resetPerHour: number; requestsPerMinute: number };
  allowedOrigins: string[];
  demo: boolean;
}

export const APP_ROLE = 'kijkje_app';

function int(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

/** Derives the app-role URL from the owner URL: same server and database, other credentials. */
export function deriveAppUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const port = int(env['PORT'], 3000);
  const appUrl = (env['APP_URL'] ?? `http://localhost:${port}`).replace(/\/$/, '');
  const appRolePassword = env['DATABASE_APP_PASSWORD'] ?? 'kijkje_app_dev';
  const extraOrigins = (env['ALLOWED_ORIGINS'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    production: env['NODE_ENV'] === 'production',
    port,
    appUrl,
    databaseUrl,
    databaseAppUrl: env['DATABASE_APP_URL'] ?? deriveAppUrl(databaseUrl, appRolePassword),
    appRolePassword,
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
      signInPerIpPerMinute: int(env['RATE_SIGNIN_PER_IP_PER_MINUTE'], 30),
      resetPerHour: int(env['RATE_RESET_PER_HOUR'], 5),
      requestsPerMinute: int(env['RATE_REQUESTS_PER_MINUTE'], 600),
    },
    allowedOrigins: [new URL(appUrl).origin, ...extraOrigins],
    demo: env['KIJKJE_DEMO'] === '1' || env['KIJKJE_DEMO'] === 'true',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
