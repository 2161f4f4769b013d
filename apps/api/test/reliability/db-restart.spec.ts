import request from 'supertest';
import { createTestDatabase, withAdmin, type TestDatabase } from '../support/database';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, signedIn, type World } from '../support/world';
import { ensureApiBuilt, gqlFetch, startApiProcess, status, waitFor, type ApiProcess } from './support/api-process';

/*
 * REL-04: the database goes away while the API serves. The machine's PostgreSQL is shared with
 * other tests, so "going away" is simulated per database: every backend of the test database is
 * terminated (what a restart does to open connections), and for an outage new connections are
 * refused for a while (ALLOW_CONNECTIONS false) before they are allowed again.
 */

const terminate = (database: string) =>
  withAdmin((c) => c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]));

const refuseConnections = (database: string, refuse: boolean) =>
  withAdmin((c) => c.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS ${refuse ? 'false' : 'true'}`));

describe('the database restarting under a running API (REL-04)', () => {
  describe('in process', () => {
    let t: TestApp;
    let world: World;
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);

    beforeAll(async () => {
      t = await startTestApp({}, { poolSize: 5 });
      world = await buildWorld(t);
      process.on('uncaughtException', onUncaught);
      process.on('unhandledRejection', onUncaught);
    });
    afterAll(async () => {
      process.off('uncaughtException', onUncaught);
      process.off('unhandledRejection', onUncaught);
      await refuseConnections(t.db.name, false).catch(() => undefined);
      await t?.close();
    });

    const ready = async () => (await request(t.http).get('/health/ready')).status;

    it('recovers within 10 s after every connection is terminated, and serves GraphQL again', async () => {
      const client = await signedIn(t, world.a.coordinator);
      expect((await client.ok(`{ organisations { id } }`)).organisations).toHaveLength(2);
      // make sure the pool holds several idle connections that will all be killed
      await Promise.all([1, 2, 3].map(() => client.ok(`{ organisations { id } }`)));

      const { rows } = await terminate(t.db.name);
      expect(rows.length).toBeGreaterThan(0);

      const took = await waitFor(async () => (await ready()) === 200, 10_000);
      expect(took).toBeLessThan(10_000);
      // every pooled connection was dead: several queries in a row must all work again
      for (let i = 0; i < 6; i++) expect((await client.ok(`{ organisations { id } }`)).organisations).toHaveLength(2);
      expect(uncaught).toEqual([]);
    });

    it('reports unready during an outage, answers requests without crashing, and recovers within 10 s', async () => {
      const client = await signedIn(t, world.b.coordinator);
      await refuseConnections(t.db.name, true);
      try {
        await terminate(t.db.name);
        const start = Date.now();
        expect(await ready()).toBe(503);
        expect(Date.now() - start).toBeLessThan(5000);
        const res = await client.gql(`{ organisations { id } }`);
        expect(res.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\/work\/|ECONNREFUSED|does not allow connections/);
        expect((await request(t.http).get('/health/live')).status).toBe(200);
      } finally {
        await refuseConnections(t.db.name, false);
      }
      const took = await waitFor(async () => (await ready()) === 200, 10_000);
      expect(took).toBeLessThan(10_000);
      expect((await client.ok(`{ organisations { id } }`)).organisations).toHaveLength(2);
      expect(uncaught).toEqual([]);
    });

    it('still delivers queued e-mail after the connections were terminated', async () => {
      await terminate(t.db.name);
      await waitFor(async () => (await ready()) === 200, 10_000);
      const client = await signedIn(t, world.a.coordinator);
      const email = 'na-herstart@test.kijkje.nl';
      await client.ok(`mutation($e: String!) { invitePerson(input: { email: $e, name: "Na Herstart", role: COORDINATOR }) { id } }`, { e: email });
      // the worker is woken by NOTIFY, with a 5 s poll as safety net
      await waitFor(
        async () =>
          (await withAdmin((c) => c.query(`SELECT 1 FROM job WHERE payload->>'to' = $1 AND done_at IS NOT NULL`, [email]), t.db.ownerUrl)).rows.length === 1,
        10_000,
      );
    });
  });

  describe('the mail worker’s LISTEN connection', () => {
    let t: TestApp;
    let world: World;

    beforeAll(async () => {
      t = await startTestApp();
      world = await buildWorld(t);
    });
    afterAll(() => t?.close());

    /** Invites someone and returns how long the mail job took to be done (without calling drain()). */
    async function deliveryTime(client: Awaited<ReturnType<typeof signedIn>>, email: string): Promise<number> {
      const start = Date.now();
      await client.ok(`mutation($e: String!) { invitePerson(input: { email: $e, name: "Snel Bezorgd", role: COORDINATOR }) { id } }`, { e: email });
      await waitFor(
        async () =>
          (await withAdmin((c) => c.query(`SELECT 1 FROM job WHERE payload->>'to' = $1 AND done_at IS NOT NULL`, [email]), t.db.ownerUrl)).rows.length === 1,
        10_000,
      );
      return Date.now() - start;
    }

    it('is re-established after the database dropped it, so mail is again sent at once (not only by the 5 s poll)', async () => {
      const client = await signedIn(t, world.a.coordinator);
      expect(await deliveryTime(client, 'voor-herstart@test.kijkje.nl')).toBeLessThan(1000);
      await terminate(t.db.name);
      await waitFor(async () => (await request(t.http).get('/health/ready')).status === 200, 10_000);
      await new Promise((r) => setTimeout(r, 1000)); // time to reconnect
      const after = [];
      for (let i = 0; i < 3; i++) after.push(await deliveryTime(client, `na-herstart-${i}@test.kijkje.nl`));
      expect(after.filter((ms) => ms >= 1000)).toEqual([]);
    }, 60_000);
  });

  describe('as a real process', () => {
    let db: TestDatabase;
    let api: ApiProcess;

    beforeAll(async () => {
      await ensureApiBuilt();
      db = await createTestDatabase();
      api = await startApiProcess(db.ownerUrl);
    }, 300_000);
    afterAll(async () => {
      api?.kill();
      await refuseConnections(db.name, false).catch(() => undefined);
      await db?.drop();
    });

    it('does not crash when its connections are terminated, and is ready again within 10 s', async () => {
      expect((await gqlFetch(api.url, '{ viewer { user { id } } }')).body).toEqual({ data: { viewer: null } });
      await terminate(db.name);
      await new Promise((r) => setTimeout(r, 300));
      expect(api.alive()).toBe(true);
      const took = await waitFor(async () => (await status(`${api.url}/health/ready`)) === 200, 10_000);
      expect(took).toBeLessThan(10_000);
      for (let i = 0; i < 12; i++) expect((await gqlFetch(api.url, '{ viewer { user { id } } }')).body).toEqual({ data: { viewer: null } });
      expect(api.alive()).toBe(true);
    }, 30_000);

    it('survives a 3 s outage (connections refused) and recovers within 10 s of its end', async () => {
      await refuseConnections(db.name, true);
      try {
        await terminate(db.name);
        expect(await status(`${api.url}/health/ready`)).toBe(503);
        const during = await gqlFetch(api.url, `mutation { signIn(input: { email: "a@test.kijkje.nl", password: "x-x-x-x-x" }) { user { id } } }`);
        expect(during.status).toBeGreaterThan(0); // an answer, not a dropped socket
        await new Promise((r) => setTimeout(r, 3000));
        expect(api.alive()).toBe(true);
      } finally {
        await refuseConnections(db.name, false);
      }
      const took = await waitFor(async () => (await status(`${api.url}/health/ready`)) === 200, 10_000);
      expect(took).toBeLessThan(10_000);
      expect((await gqlFetch(api.url, '{ viewer { user { id } } }')).body).toEqual({ data: { viewer: null } });
      expect(api.alive()).toBe(true);
    }, 30_000);
  });
});
