import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../../../..');
export const MAIN_JS = join(ROOT, 'dist/apps/api/main.js');
const LOCK = join(tmpdir(), 'kijkje-api-build.lock');

/** The newest modification time of the TypeScript sources the API bundle is built from. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, 'apps/api/src'));
  walk(join(ROOT, 'libs'));
  return newest;
}

const fresh = () => existsSync(MAIN_JS) && statSync(MAIN_JS).mtimeMs >= newestSource();

/**
 * Builds dist/apps/api/main.js with webpack unless it is newer than every source. A lock
 * folder keeps parallel test files from building at the same time (the build cleans dist).
 */
export async function ensureApiBuilt(): Promise<void> {
  if (fresh()) return;
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // someone else is building; a lock older than 5 minutes is stale
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmdirSync(LOCK);
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() > deadline) throw new Error('timed out waiting for another API build');
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (!fresh()) execFileSync('npx', ['webpack', '--config', 'apps/api/webpack.config.js'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
  } finally {
    rmdirSync(LOCK);
  }
  if (!existsSync(MAIN_JS)) throw new Error('the API build produced no main.js');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  kill(): void;
}

/**
 * Starts the built API as a real process against the given database (owner URL). A `PORT` in
 * `env` keeps a replica on its port across restarts (behind a load balancer); otherwise a free one.
 * `readyTimeoutMs` is how long it may take to answer /health/ready.
 */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}, readyTimeoutMs = 30_000): Promise<ApiProcess> {
  const port = env['PORT'] ? Number(env['PORT']) : await freePort();
  const url = `http://localhost:${port}`;
  const outbox = mkdtempSync(join(tmpdir(), 'kijkje-outbox-'));
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      // Express and Apollo as deployed, without production's demands on secrets and SMTP.
      KIJKJE_MODE: 'development',
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      DRAIN_DELAY_MS: '0',
      MAIL_OUTBOX_DIR: outbox,
      WEB_DIR: join(outbox, 'no-web'),
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    }),
  );
  const api: ApiProcess = {
    child,
    port,
    url,
    output: () => out,
    exited,
    alive: () => !ended,
    kill: () => {
      if (!ended) child.kill('SIGKILL');
    },
  };
  await waitFor(
    async () => (await status(`${url}/health/ready`)) === 200,
    readyTimeoutMs,
    () => {
      if (ended) throw new Error(`the API exited while starting:\n${out}`);
    },
  ).catch((error: Error) => {
    if (!ended) child.kill('SIGKILL');
    throw new Error(`${error.message}: the API was not ready; its output:\n${out}`);
  });
  return api;
}

/** The HTTP status of a GET, or 0 when nothing answers. */
export async function status(url: string): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** Polls until `check` is true, every `intervalMs`; returns the milliseconds it took. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, each?: () => void, intervalMs = 100): Promise<number> {
  const start = Date.now();
  for (;;) {
    each?.();
    if (await check()) return Date.now() - start;
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** POSTs a GraphQL operation with fetch; returns status and parsed body (or the error that ended the request). */
export async function gqlFetch(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: any; error?: string }> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    let body: any = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    return { status: 0, body: null, error: `${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ''}` };
  }
}
