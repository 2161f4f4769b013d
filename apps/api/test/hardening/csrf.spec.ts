import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, signedIn, type World } from '../support/world';
import { getRaw, postRaw } from './support/http';
import { StateProbe } from './support/state';

/** SEC-06: Apollo csrfPrevention, mutations POST-only, an Origin allowlist on every non-GET route. */
describe('cross-site request forgery (SEC-06)', () => {
  let t: TestApp;
  let world: World;
  let probe: StateProbe;

  const resetFor = (email: string) => `mutation { requestPasswordReset(input: { email: "${email}" }) }`;
  /** Password-reset requests recorded for an address: the visible effect of requestPasswordReset. */
  const resetsFor = async (email: string) =>
    (await probe.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.reset_requested' AND data->>'email' = $1`, [email]))[0].n;

  beforeAll(async () => {
    t = await startTestApp({ RATE_RESET_PER_HOUR: '1000', RATE_SIGNIN_FREE_FAILURES: '1000' });
    world = await buildWorld(t);
    probe = await StateProbe.open(t.db.ownerUrl);
  });
  afterAll(async () => {
    await probe?.close();
    await t?.close();
  });

  describe('mutations over GET', () => {
    it('refuses a mutation over GET with the preflight header: 405 and not executed', async () => {
      const email = world.a.member.email;
      const res = await getRaw(t.http, { query: resetFor(email) }, { 'apollo-require-preflight': 'true' });
      expect(res.status).toBe(405);
      expect(res.body?.data).toBeUndefined();
      expect(res.body.errors[0].message).toMatch(/only support query operations/);
      expect(await resetsFor(email)).toBe(0);
    });

    it('refuses a mutation over GET without any header (a plain link or <img>): 400 CSRF, not executed', async () => {
      const email = world.a.coordinator.email;
      const res = await getRaw(t.http, { query: resetFor(email) });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
      expect(await resetsFor(email)).toBe(0);
    });

    it('does not sign a person out through a GET link', async () => {
      const client = await signedIn(t, world.b.member);
      const res = await request(t.http)
        .get('/graphql')
        .query({ query: 'mutation { signOut }' })
        .set('cookie', client.cookie!)
        .set('apollo-require-preflight', 'true');
      expect(res.status).toBe(405);
      expect((await client.ok(`{ viewer { user { email } } }`)).viewer.user.email).toBe(world.b.member.email);
    });

    it('refuses even a query over GET when it lacks a preflight header (simple request)', async () => {
      const res = await getRaw(t.http, { query: '{ __typename }' });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/CSRF/);
    });
  });

  describe('simple POST requests (no CORS preflight)', () => {
    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'rejects a POST with content-type %s and no preflight header: 400, not executed',
      async (contentType) => {
        const email = world.b.coordinator.email;
        const before = await resetsFor(email);
        const res = await postRaw(t.http, JSON.stringify({ query: resetFor(email) }), { 'content-type': contentType });
        expect(res.status).toBe(400);
        expect(res.text).toMatch(/CSRF/);
        expect(await resetsFor(email)).toBe(before);
      },
    );

    it('rejects a POST whose body is not JSON-typed at all', async () => {
      const email = world.b.coordinator.email;
      const before = await resetsFor(email);
      const res = await request(t.http)
        .post('/graphql')
        .set('content-type', 'application/octet-stream')
        .send(Buffer.from(JSON.stringify({ query: resetFor(email) })));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await resetsFor(email)).toBe(before);
    });
  });

  describe('Origin allowlist', () => {
    it.each(['https://evil.example', 'null', 'http://localhost:3000.evil.example', 'http://localhost:3001', 'https://localhost:3000'])(
      'refuses a POST from Origin %s with 403 FORBIDDEN and does not execute it',
      async (origin) => {
        const email = world.both.email;
        const before = await resetsFor(email);
        const res = await postRaw(t.http, { query: resetFor(email) }, { origin });
        expect(res.status).toBe(403);
        expect(res.body.data).toBeUndefined();
        expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
        expect(res.body.errors[0].extensions.messages.nl).toBeTruthy();
        expect(res.body.errors[0].extensions.messages.en).toBeTruthy();
        expect(await resetsFor(email)).toBe(before);
      },
    );

    it('refuses a cross-origin mutation that carries a valid session cookie: nothing is created', async () => {
      const client = await signedIn(t, world.a.coordinator);
      const email = 'csrf-slachtoffer@test.kijkje.nl';
      const res = await client.gql(
        `mutation { invitePerson(input: { email: "${email}", name: "Slachtoffer", role: COORDINATOR }) { id } }`,
        {},
        { origin: 'https://evil.example' },
      );
      expect(res.status).toBe(403);
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      expect((await probe.query(`SELECT count(*)::int AS n FROM invitation WHERE email = $1`, [email]))[0].n).toBe(0);
    });

    it('refuses other non-GET routes from a foreign origin as well', async () => {
      const res = await request(t.http).post('/health/live').set('origin', 'https://evil.example');
      expect(res.status).toBe(403);
    });

    it('executes a POST from the app’s own origin (http://localhost:3000)', async () => {
      const email = world.a.member.email;
      const before = await resetsFor(email);
      const res = await postRaw(t.http, { query: resetFor(email) }, { origin: 'http://localhost:3000' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { requestPasswordReset: true } });
      expect(await resetsFor(email)).toBe(before + 1);
    });

    it('executes a POST without an Origin header (same-origin fetch of older browsers, server-side clients)', async () => {
      const res = await postRaw(t.http, { query: '{ __typename }' });
      expect(res.status).toBe(200);
    });

    it('allows GET requests from any origin (they cannot change anything)', async () => {
      const res = await request(t.http).get('/health/live').set('origin', 'https://evil.example');
      expect(res.status).toBe(200);
    });
  });
});
