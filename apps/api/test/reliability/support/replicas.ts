import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startApiProcess, type ApiProcess } from './api-process';
import { startNginx, type Nginx } from './nginx';

export interface Replica {
  name: string;
  port: number;
  api: ApiProcess;
}

/** Two (or more) API processes on one database behind one nginx, as README.md's "Several replicas". */
export interface Replicas {
  replicas: Replica[];
  nginx: Nginx;
  /** The one address clients use: nginx. */
  url: string;
  /** The outbox folder every replica writes mail to. */
  outbox: string;
  /** SIGTERM, wait for the exit; returns how long it took and the exit. */
  stop(replica: Replica): Promise<{ ms: number; code: number | null; signal: NodeJS.Signals | null }>;
  /** Starts the replica again on its port; returns the milliseconds until it was ready. */
  start(replica: Replica): Promise<number>;
  /** Which replica a `host:port` from X-Upstream is. */
  nameOf(upstream: string | null): string;
  close(): Promise<void>;
}

export async function startReplicas(ownerUrl: string, names: string[], env: Record<string, string>): Promise<Replicas> {
  const outbox = mkdtempSync(join(tmpdir(), 'kijkje-shared-outbox-'));
  const listen = await freePort();
  const url = `http://127.0.0.1:${listen}`;
  const envOf = (name: string, port: number): Record<string, string> => ({
    TRUST_PROXY: '1',
    APP_URL: url,
    MAIL_OUTBOX_DIR: outbox,
    PORT: String(port),
    ...env,
    // Lets the test tell the replicas' database connections apart (pg_stat_activity).
    DATABASE_URL: withApplicationName(ownerUrl, `kijkje-${name}`),
  });
  // A loaded machine (CI shares its cores) can take a while to boot a replica.
  const readyTimeoutMs = 90_000;
  const replicas: Replica[] = [];
  // One after the other: the first migrates and creates the app role.
  for (const name of names) {
    const port = await freePort();
    const e = envOf(name, port);
    replicas.push({ name, port, api: await startApiProcess(e['DATABASE_URL'], e, readyTimeoutMs) });
  }
  let nginx: Nginx;
  try {
    nginx = await startNginx(
      replicas.map((r) => r.port),
      listen,
    );
  } catch (error) {
    for (const r of replicas) r.api.kill();
    throw error;
  }
  return {
    replicas,
    nginx,
    url,
    outbox,
    async stop(replica) {
      const started = Date.now();
      replica.api.child.kill('SIGTERM');
      const exit = await Promise.race([
        replica.api.exited,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${replica.name} did not exit within 20 s:\n${replica.api.output()}`)), 20_000)),
      ]);
      return { ms: Date.now() - started, ...exit };
    },
    async start(replica) {
      const started = Date.now();
      const e = envOf(replica.name, replica.port);
      replica.api = await startApiProcess(e['DATABASE_URL'], e, readyTimeoutMs);
      return Date.now() - started;
    },
    nameOf(upstream) {
      const found = replicas.filter((r) => upstream?.split(/,\s*/).some((u) => u.endsWith(`:${r.port}`)));
      return found.map((r) => r.name).join('+') || `?(${upstream})`;
    },
    async close() {
      for (const r of replicas) r.api.kill();
      await Promise.all(replicas.map((r) => Promise.race([r.api.exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())])));
      await nginx.stop();
    },
  };
}

function withApplicationName(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', name);
  return u.toString();
}

export interface Answer {
  status: number;
  body: any;
  /** The replica(s) nginx tried, as X-Upstream says ("a, b" when it moved on). */
  upstream: string | null;
  cookie: string | null;
  retryAfter: string | null;
  error?: string;
}

/** One GraphQL POST (keep-alive, as a browser), with the session cookie when given. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string | null): Promise<Answer> {
  try {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cookie) headers['cookie'] = cookie;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(15_000) });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: kept as text */
    }
    return {
      status: res.status,
      body,
      upstream: res.headers.get('x-upstream'),
      cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null,
      retryAfter: res.headers.get('retry-after'),
    };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    return {
      status: 0,
      body: null,
      upstream: null,
      cookie: null,
      retryAfter: null,
      error: `${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ''}`,
    };
  }
}

/** The error code of an answer (after the HTTP status when not 200), `OK` for data without errors, or what went wrong on the wire. */
export function outcome(a: Answer): string {
  if (a.error) return a.error;
  if (a.status !== 200) return `HTTP ${a.status}${a.body?.errors?.[0]?.extensions?.code ? ` ${a.body.errors[0].extensions.code}` : ''}`;
  return a.body?.errors?.[0]?.extensions?.code ?? (a.body?.data ? 'OK' : 'NO DATA');
}

export const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

export async function signInVia(url: string, email: string, password: string): Promise<string> {
  const a = await post(url, SIGN_IN, { input: { email, password } });
  if (!a.cookie || outcome(a) !== 'OK') throw new Error(`sign-in of ${email} failed: ${JSON.stringify(a.body ?? a.error)}`);
  return a.cookie;
}
