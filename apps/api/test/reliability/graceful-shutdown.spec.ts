import { Agent, request } from 'node:http';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ensureApiBuilt, gqlFetch, startApiProcess, status, waitFor, type ApiProcess } from './support/api-process';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const signIn = (api: ApiProcess, i: number) =>
  gqlFetch(api.url, SIGN_IN, { input: { email: `niemand-${i}@test.kijkje.nl`, password: `fout-wachtwoord-${i}` } });

/** A GraphQL POST over a keep-alive agent; the status and the Connection header of the answer. */
function rawPost(url: string, agent: Agent): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query: '{ viewer { user { id } } }' }));
  });
}

/** Backends of the app role in a database, by state ('active', 'idle in transaction', …) and wait type. */
async function appBackends(owner: Client, database: string): Promise<{ state: string; wait: string | null; query: string }[]> {
  const { rows } = await owner.query(
    `SELECT state, wait_event_type AS wait, query FROM pg_stat_activity WHERE datname = $1 AND usename = 'kijkje_app' AND pid <> pg_backend_pid()`,
    [database],
  );
  return rows;
}

/**
 * REL-05: on SIGTERM the real process (dist/apps/api/main.js) turns unready, finishes the
 * requests it has accepted with proper GraphQL answers, and exits with code 0.
 */
describe('graceful shutdown on SIGTERM (REL-05)', () => {
  let db: TestDatabase;
  let owner: Client;
  let api: ApiProcess | null = null;

  /** Takes an exclusive lock on rate_limit_bucket on its own connection until release(). */
  async function lockRateLimits(): Promise<{ release(): Promise<void> }> {
    const c = new Client({ connectionString: db.ownerUrl });
    await c.connect();
    await c.query('BEGIN');
    await c.query('LOCK TABLE rate_limit_bucket IN EXCLUSIVE MODE');
    return {
      release: async () => {
        await c.query('COMMIT');
        await c.end();
      },
    };
  }

  beforeAll(async () => {
    await ensureApiBuilt();
    db = await createTestDatabase();
    owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
  }, 300_000);
  afterEach(() => api?.kill());
  afterAll(async () => {
    await owner?.end();
    await db?.drop();
  });

  it('turns unready during the drain delay while staying live, then exits 0', async () => {
    api = await startApiProcess(db.ownerUrl, { DRAIN_DELAY_MS: '1500' });
    api.child.kill('SIGTERM');
    await waitFor(async () => (await status(`${api!.url}/health/ready`)) === 503, 1000);
    expect(await status(`${api.url}/health/live`)).toBe(200);
    const exit = await Promise.race([api.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
    expect(exit).toEqual({ code: 0, signal: null });
  }, 30_000);

  it('asks clients and proxies to stop reusing its connections while draining (Connection: close)', async () => {
    api = await startApiProcess(db.ownerUrl, { DRAIN_DELAY_MS: '3000' });
    const agent = new Agent({ keepAlive: true });
    try {
      expect((await rawPost(api.url, agent)).connection).toBe('keep-alive');
      api.child.kill('SIGTERM');
      await waitFor(async () => (await status(`${api!.url}/health/ready`)) === 503, 1000);
      const during = await rawPost(api.url, agent);
      expect({ status: during.status, connection: during.connection }).toEqual({ status: 200, connection: 'close' });
    } finally {
      agent.destroy();
    }
  }, 30_000);

  it('finishes requests that are waiting on the database when SIGTERM arrives, then exits 0', async () => {
    api = await startApiProcess(db.ownerUrl);
    // Hold the rate-limit table so that every sign-in is provably in flight (blocked in the database).
    // (A separate connection: pg_stat_activity is a snapshot inside a transaction.)
    const locker = await lockRateLimits();
    const inFlight = [0, 1, 2].map((i) => signIn(api!, i));
    try {
      await waitFor(async () => (await appBackends(owner, db.name)).filter((b) => b.wait === 'Lock').length >= 3, 10_000);
      api.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      expect(api.alive()).toBe(true); // still draining: it must not exit with requests open
    } finally {
      await locker.release();
    }
    const results = await Promise.all(inFlight);
    const exit = await Promise.race([api.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
    const summary = results.map((r) => ({ status: r.status, code: r.body?.errors?.[0]?.extensions?.code ?? r.error ?? 'OK' }));
    expect({ summary, exit }).toEqual({
      summary: [0, 1, 2].map(() => ({ status: 200, code: 'UNAUTHENTICATED' })),
      exit: { code: 0, signal: null },
    });
  }, 60_000);

  it('finishes sign-ins that are hashing (argon2) when SIGTERM arrives, then exits 0', async () => {
    api = await startApiProcess(db.ownerUrl);
    const inFlight = [10, 11, 12, 13, 14].map((i) => signIn(api!, i));
    // An operation is executing once its transaction is open. Hashing five takes a few tens of
    // milliseconds, so look closely, and wait until all five are inside: a request the server has
    // not accepted yet when SIGTERM arrives is not one it owes an answer.
    const inTransaction = (b: { state: string; query: string }) =>
      b.state === 'idle in transaction' || (b.state === 'active' && !/LISTEN|\bjob\b/i.test(b.query));
    await waitFor(async () => (await appBackends(owner, db.name)).filter(inTransaction).length >= inFlight.length, 10_000, undefined, 5);
    api.child.kill('SIGTERM');
    const results = await Promise.all(inFlight);
    const exit = await Promise.race([api.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
    const summary = results.map((r) => ({ status: r.status, code: r.body?.errors?.[0]?.extensions?.code ?? r.error ?? 'OK' }));
    expect({ summary, exit }).toEqual({
      summary: results.map(() => ({ status: 200, code: 'UNAUTHENTICATED' })),
      exit: { code: 0, signal: null },
    });
  }, 60_000);

  it('leaves no transaction open in the database after exiting', async () => {
    api = await startApiProcess(db.ownerUrl);
    const locker = await lockRateLimits();
    const inFlight = signIn(api, 20);
    try {
      await waitFor(async () => (await appBackends(owner, db.name)).some((b) => b.state === 'idle in transaction'), 10_000);
      api.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await locker.release();
    }
    await inFlight;
    await Promise.race([api.exited, new Promise((r) => setTimeout(r, 10_000))]);
    await waitFor(async () => (await appBackends(owner, db.name)).length === 0, 5000);
  }, 60_000);
});
