import { createTestDatabase, withAdmin, type TestDatabase } from '../support/database';
import type { TestApp } from '../support/test-app';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { ensureApiBuilt, startApiProcess, status, waitFor, type ApiProcess } from './support/api-process';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

/*
 * REL-09: while the database is away, every GraphQL request is answered at once with a retryable
 * SERVICE_UNAVAILABLE (HTTP 503, Retry-After, Dutch and English), not an internal error, and the
 * API says so in its log in a line or two, not a stack trace per request.
 */

interface Answer {
  status: number;
  retryAfter: string | null;
  body: any;
  ms: number;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Answer & { cookie?: string }> {
  const start = Date.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  const body = await res.json();
  const setCookie = res.headers.get('set-cookie')?.split(';')[0];
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body, ms: Date.now() - start, cookie: setCookie };
}

function expectUnavailable(a: Answer) {
  if (a.status !== 503) throw new Error(`expected 503 SERVICE_UNAVAILABLE, got ${a.status}: ${JSON.stringify(a.body)}`);
  expect(a.body.errors).toHaveLength(1);
  const [error] = a.body.errors;
  expect(error.extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(error.extensions.retryAfterSeconds).toEqual(expect.any(Number));
  expect(a.retryAfter).toBe(String(error.extensions.retryAfterSeconds));
  expect(error.extensions.messages.nl).toMatch(/database|opnieuw/i);
  expect(error.extensions.messages.en).toMatch(/again/i);
  expect(JSON.stringify(a.body)).not.toMatch(/ECONNREFUSED|terminat|accepting|stack|\/work\//i);
  expect(a.ms).toBeLessThan(5000);
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

/**
 * What the API had to say beyond its access log: every answered request writes one info line
 * (method, path, status, request id) by design; the outage itself must add only a line or two.
 */
const remarks = (text: string) =>
  lines(text).filter((line) => {
    try {
      const entry = JSON.parse(line) as { level?: number | string; req?: unknown };
      return !(entry.req && (entry.level === 30 || entry.level === 'info'));
    } catch {
      return true; // not JSON: a stack frame or a stray print, which counts
    }
  });

describe('a database outage under a running API (REL-09)', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let api: ApiProcess;
  let world: World;
  let cookie: string;

  beforeAll(async () => {
    await ensureApiBuilt();
    db = await createTestDatabase();
    world = await buildWorld({ db } as unknown as TestApp);
    const direct = new URL(db.ownerUrl);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432));
    const viaProxy = new URL(db.ownerUrl);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    api = await startApiProcess(viaProxy.toString(), { DB_CONNECT_TIMEOUT_MS: '2000' });
    const signIn = await post(api.url, `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
      input: { email: world.a.coordinator.email, password: PASSWORD },
    });
    expect(signIn.body.errors).toBeUndefined();
    cookie = signIn.cookie!;
  }, 300_000);
  afterAll(async () => {
    api?.kill();
    await proxy?.close();
    await withAdmin((c) => c.query(`ALTER DATABASE ${db.name} ALLOW_CONNECTIONS true`)).catch(() => undefined);
    await db?.drop();
  });

  /** Queries and mutations, signed in and not: the ways a request meets the database first. */
  const everyKind = () => [
    post(api.url, `{ viewer { user { id } } }`),
    post(api.url, `{ organisations { id } }`, {}, cookie),
    post(api.url, `{ programmes { id name } }`, {}, cookie),
    post(api.url, `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email: world.a.member.email, password: PASSWORD } }),
    post(
      api.url,
      `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }`,
      { input: { id: world.a.programmeId, version: 1, name: 'Tijdens storing' } },
      cookie,
    ),
  ];

  async function outage(takeAway: () => Promise<void>, giveBack: () => Promise<void>) {
    expect((await post(api.url, `{ organisations { id } }`, {}, cookie)).body.data.organisations).toHaveLength(2);
    const before = api.output().length;
    await takeAway();
    try {
      for (let round = 0; round < 3; round++) {
        for (const answer of await Promise.all(everyKind())) expectUnavailable(answer);
        // The plain HTTP routes (public harvest page, downloads) say the same, as text.
        const page = await fetch(`${api.url}/oogst/een-oogst`, { signal: AbortSignal.timeout(10_000) });
        expect([page.status, page.headers.get('retry-after')]).toEqual([503, '5']);
        expect(await page.text()).toMatch(/opnieuw[\s\S]*again/);
        // long enough for the mail worker's poll and the LISTEN connection's reconnects to meet the outage too
        await new Promise((r) => setTimeout(r, 3000));
      }
      expect(api.alive()).toBe(true);
    } finally {
      await giveBack();
    }
    await waitFor(async () => (await status(`${api.url}/health/ready`)) === 200, 10_000);
    expect((await post(api.url, `{ organisations { id } }`, {}, cookie)).body.data.organisations).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 500));
    const said = remarks(api.output().slice(before));
    // One line when it went away, one when it came back; no stack traces.
    expect(said.filter((l) => /^\s+at /.test(l))).toEqual([]);
    if (said.length > 4) console.log(said.join('\n'));
    expect(said.length).toBeLessThanOrEqual(4);
    expect(said.join('\n')).toMatch(/database unreachable/i);
    expect(said.join('\n')).toMatch(/database reachable again/i);
    expect(said.join('\n')).not.toMatch(/kijkje_app_dev|postgres:\/\//);
    return said;
  }

  it('answers 503 SERVICE_UNAVAILABLE while the server cannot be reached (connections cut, then refused)', async () => {
    await outage(
      () => proxy.down(),
      () => proxy.up(),
    );
  }, 60_000);

  it('answers 503 SERVICE_UNAVAILABLE while the server shuts its connections and refuses new ones (57P01, not accepting connections)', async () => {
    await outage(
      async () => {
        await withAdmin((c) => c.query(`ALTER DATABASE ${db.name} ALLOW_CONNECTIONS false`));
        await withAdmin((c) => c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [db.name]));
      },
      () => withAdmin((c) => c.query(`ALTER DATABASE ${db.name} ALLOW_CONNECTIONS true`)).then(() => undefined),
    );
  }, 60_000);
});
