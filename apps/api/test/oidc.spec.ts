import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, GqlClient } from './support/gql-client';
import { callback, startTestProvider, throughProvider, type TestProvider } from './support/oidc-test-provider';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';

const REDIRECT = 'http://localhost:3000/auth/oidc/callback';
const CREATE = `mutation($input: CreateIdentityProviderInput!) { createIdentityProvider(input: $input) { id version clientId emailDomains } }`;
const VIEWER = `{ viewer { user { email } currentNetwork { id } } }`;

/**
 * Single sign-on against a real OpenID provider (oidc-provider, in a process of its own) and the
 * real API and database: the authorization code flow with PKCE, and every way it must fail.
 */
describe('single sign-on (OpenID Connect)', () => {
  let t: TestApp;
  let world: World;
  let idp: TestProvider;
  let anna: string;
  let bert: string;

  const audits = (action: string) =>
    withAdmin(
      async (c) => (await c.query(`SELECT data FROM audit_event WHERE action = $1 ORDER BY created_at`, [action])).rows.map((r) => r.data),
      t.db.ownerUrl,
    );
  const sessionClient = (res: request.Response) => {
    const cookie = ((res.headers['set-cookie'] as unknown as string[]) ?? []).find((c) => c.startsWith('kijkje_session='));
    const client = new GqlClient(t.http);
    client.cookie = cookie ? cookie.split(';')[0] : null;
    return client;
  };

  beforeAll(async () => {
    idp = await startTestProvider({
      clients: [
        { client_id: 'kijkje-a', client_secret: 'geheim-a', redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] },
        { client_id: 'kijkje-b', client_secret: 'geheim-b', redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] },
      ],
      accounts: {
        anna: { email: 'anna@a.example.nl', email_verified: true, name: 'Anna de Vries', amr: ['pwd', 'mfa'] },
        cees: { email: 'cees@a.example.nl', email_verified: false, name: 'Cees' },
        dirk: { email: 'dirk@a.example.nl', email_verified: true, name: 'Dirk Nieuw' },
        bert: { email: 'bert@b.example.nl', email_verified: true, name: 'Bert' },
        // Claims with half an emoji: the provider's JSON escapes it, and it arrives as a lone surrogate.
        emma: { email: 'emma@a.example.nl', email_verified: true, name: 'Emma \ud83d', amr: ['pwd', 'otp\ud83d'], acr: 'hoog\ud83d' },
      },
    });
    t = await startTestApp();
    world = await buildWorld(t);
    // Anna is a member of A; Bert (of domain b.example.nl, which belongs to B's provider) too, but not of B.
    [anna, bert] = await withAdmin(async (c) => {
      const ids: string[] = [];
      for (const [email, name] of [
        ['anna@a.example.nl', 'Anna de Vries'],
        ['bert@b.example.nl', 'Bert'],
        ['emma@a.example.nl', 'Emma'],
      ]) {
        const u = await c.query(`INSERT INTO app_user (email, name) VALUES ($1, $2) RETURNING id`, [email, name]);
        await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
          world.a.id,
          u.rows[0].id,
          world.a.organisations[0].id,
        ]);
        ids.push(u.rows[0].id);
      }
      return ids;
    }, t.db.ownerUrl);
    const coordinatorA = await signedIn(t, world.a.coordinator);
    const coordinatorB = await signedIn(t, world.b.coordinator);
    const providerA = await coordinatorA.ok(CREATE, {
      input: {
        name: 'Gemeente A',
        issuer: idp.issuer,
        clientId: 'kijkje-a',
        clientSecret: 'geheim-a',
        emailDomains: ['A.example.nl'],
        organisationId: world.a.organisations[0].id,
        createMembers: true,
      },
    });
    expect(providerA.createIdentityProvider.emailDomains).toEqual(['a.example.nl']);
    await coordinatorB.ok(CREATE, {
      input: {
        name: 'Gemeente B',
        issuer: idp.issuer,
        clientId: 'kijkje-b',
        clientSecret: 'geheim-b',
        emailDomains: ['b.example.nl'],
        organisationId: world.b.organisations[0].id,
      },
    });
  }, 60_000);
  afterAll(async () => {
    idp?.stop();
    await t?.close();
  });
  afterEach(() => idp.tamper('none'));

  it('stores the client secret only encrypted, and never returns it', async () => {
    const rows = await withAdmin(async (c) => (await c.query(`SELECT client_secret_encrypted AS s FROM identity_provider`)).rows, t.db.ownerUrl);
    for (const { s } of rows) {
      expect(s).toMatch(/^v1\./);
      expect(s).not.toContain('geheim');
    }
    const res = await (await signedIn(t, world.a.coordinator)).gql(`{ identityProviders { clientSecret } }`);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('signs an existing member in through their organisation, with the normal session cookie, and audits it', async () => {
    const run = await throughProvider(t, 'anna@a.example.nl', 'anna');
    expect(run.start.status).toBe(303);
    const url = new URL(run.start.headers['location']);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('nonce')).toBeTruthy();
    const res = await callback(t, run);
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('http://localhost:3000/');
    expect((res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('kijkje_session='))).toMatch(/HttpOnly/i);
    const viewer = await sessionClient(res).ok(VIEWER);
    expect(viewer.viewer.user.email).toBe('anna@a.example.nl');
    expect(viewer.viewer.currentNetwork.id).toBe(world.a.id);
    const [signedInEntry] = await audits('auth.sso_signed_in');
    expect(signedInEntry).toMatchObject({ email: 'anna@a.example.nl', subject: 'anna' });
    expect(JSON.stringify(signedInEntry)).not.toMatch(/eyJ/); // no token in the log
    // In the network's own audit log, where its coordinators read it.
    const [entry] = (await withAdmin((c) => c.query(`SELECT network_id FROM audit_event WHERE action = 'auth.sso_signed_in'`), t.db.ownerUrl)).rows;
    expect(entry.network_id).toBe(world.a.id);
    expect(anna).toBeTruthy();
  });

  it('signs in a member whose claims hold half an emoji: the session and its audit keep a replacement character', async () => {
    const res = await callback(t, await throughProvider(t, 'emma@a.example.nl', 'emma'));
    expect(res.status).toBe(303);
    expect(res.headers['location']).toBe('http://localhost:3000/');
    expect((await sessionClient(res).ok(VIEWER)).viewer.user.email).toBe('emma@a.example.nl');
    const entry = (await audits('auth.sso_signed_in')).find((e) => e.email === 'emma@a.example.nl');
    expect(entry).toMatchObject({ amr: ['pwd', 'otp\ufffd'], acr: 'hoog\ufffd' });
  });

  it('refuses a replayed state: the attempt is used once', async () => {
    const run = await throughProvider(t, 'anna@a.example.nl', 'anna');
    expect((await callback(t, run)).status).toBe(303);
    const again = await callback(t, run);
    expect(again.status).toBe(403);
    expect(again.text).toContain('verlopen of al gebruikt');
    expect(again.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^kijkje_session=[A-Za-z0-9_-]{43}/)]));
  });

  it('refuses an attempt older than ten minutes, and the next start clears it away', async () => {
    const run = await throughProvider(t, 'anna@a.example.nl', 'anna');
    await withAdmin((c) => c.query(`UPDATE sso_attempt SET expires_at = now() - interval '1 second'`), t.db.ownerUrl);
    const late = await callback(t, run);
    expect(late.status).toBe(403);
    expect(late.text).toContain('verlopen');
    const stale = await throughProvider(t, 'anna@a.example.nl', 'anna');
    await withAdmin((c) => c.query(`UPDATE sso_attempt SET expires_at = now() - interval '1 second'`), t.db.ownerUrl);
    expect((await request(t.http).get('/auth/oidc/start?email=anna@a.example.nl')).status).toBe(303);
    const [row] = (await withAdmin((c) => c.query(`SELECT count(*)::int AS n FROM sso_attempt WHERE expires_at < now()`), t.db.ownerUrl)).rows;
    expect(row.n).toBe(0);
    expect(stale.callbackQuery).toBeTruthy();
  });

  it('refuses a callback without the state cookie of the browser that started it', async () => {
    const run = await throughProvider(t, 'anna@a.example.nl', 'anna');
    const res = await callback(t, run, '');
    expect(res.status).toBe(403);
  });

  it.each([
    ['aud', 'an ID token for another client (wrong audience)', 'aud'],
    ['iss', 'an ID token from another issuer', 'iss'],
    ['exp', 'an expired ID token', 'exp'],
  ] as const)('refuses %s: %s', async (mode, _what, claim) => {
    const run = await throughProvider(t, 'anna@a.example.nl', 'anna');
    await idp.tamper(mode);
    const res = await callback(t, run);
    expect(res.status).toBe(403);
    expect(res.text).toContain('niet op een manier die Kijkje kan vertrouwen');
    expect(JSON.stringify(res.headers['set-cookie'] ?? [])).not.toContain('kijkje_session=');
    const failures = await audits('auth.sso_failed');
    expect(failures.at(-1)).toMatchObject({ outcome: 'rejected' });
    expect(failures.at(-1)).not.toHaveProperty('email');
    expect(failures.at(-1).claim).toBe(claim);
  });

  it('refuses a provider configured with the wrong issuer', async () => {
    await withAdmin(
      (c) =>
        c.query(
          `INSERT INTO identity_provider (id, network_id, name, issuer, client_id, client_secret_encrypted, email_domains, organisation_id)
           VALUES (gen_random_uuid(), $1, 'Verkeerd', $2, 'kijkje-a', 'v1.x.y.z', '["verkeerd.example.nl"]', $3)`,
          [world.a.id, `${idp.issuer}/verkeerd`, world.a.organisations[0].id],
        ),
      t.db.ownerUrl,
    );
    const res = await request(t.http).get('/auth/oidc/start?email=iemand@verkeerd.example.nl');
    expect(res.status).toBe(403);
    expect(res.text).toContain('niet op een manier die Kijkje kan vertrouwen');
  });

  it('refuses an e-mail address the provider has not verified', async () => {
    const run = await throughProvider(t, 'cees@a.example.nl', 'cees');
    const res = await callback(t, run);
    expect(res.status).toBe(403);
    expect(res.text).toContain('niet bevestigd');
    expect((await audits('auth.sso_failed')).at(-1)).toMatchObject({ outcome: 'unverified', email: 'cees@a.example.nl' });
  });

  it('never signs anyone into a network through a domain that maps to another network', async () => {
    // Bert is a member of A, but his domain belongs to B's provider: B does not know him, A is not signed into.
    const viaB = await callback(t, await throughProvider(t, 'bert@b.example.nl', 'bert'));
    expect(viaB.status).toBe(403);
    expect(viaB.text).toContain('geen lid van dit netwerk');
    // A's provider cannot vouch for an address of B's domain either.
    const viaA = await callback(t, await throughProvider(t, 'anna@a.example.nl', 'bert'));
    expect(viaA.status).toBe(403);
    for (const res of [viaA, viaB]) expect(JSON.stringify(res.headers['set-cookie'] ?? [])).not.toContain('kijkje_session=');
    const [row] = (await withAdmin((c) => c.query(`SELECT count(*)::int AS n FROM session WHERE user_id = $1`, [bert]), t.db.ownerUrl)).rows;
    expect(row.n).toBe(0);
  });

  it('tells the sign-in page which organisation would take an address (names only)', async () => {
    const res = await request(t.http).get('/auth/oidc/available?email=iemand@A.example.nl');
    expect(res.status).toBe(200);
    expect(res.body.providers).toEqual([{ id: expect.any(String), name: 'Gemeente A' }]);
    expect(JSON.stringify(res.body)).not.toMatch(/kijkje-a|geheim|issuer/);
    expect((await request(t.http).get('/auth/oidc/available?email=iemand@onbekend.example.nl')).body.providers).toEqual([]);
    expect((await request(t.http).get('/auth/oidc/available?email=geen-adres')).body.providers).toEqual([]);
  });

  it('offers nothing for a domain without a provider', async () => {
    const res = await request(t.http).get('/auth/oidc/start?email=iemand@onbekend.example.nl');
    expect(res.status).toBe(403);
    expect(res.text).toContain('niet ingesteld');
  });

  it('lets a first sign-in request membership in the mapped organisation, inactive until the coordinator approves', async () => {
    const res = await callback(t, await throughProvider(t, 'dirk@a.example.nl', 'dirk'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('moet uw lidmaatschap nog goedkeuren');
    expect(JSON.stringify(res.headers['set-cookie'] ?? [])).not.toContain('kijkje_session=');
    const [m] = (
      await withAdmin(
        (c) =>
          c.query(
            `SELECT m.active, m.organisation_id, m.network_id, u.name, u.password_hash FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'dirk@a.example.nl'`,
          ),
        t.db.ownerUrl,
      )
    ).rows;
    expect(m).toMatchObject({ active: false, organisation_id: world.a.organisations[0].id, network_id: world.a.id, name: 'Dirk Nieuw', password_hash: null });
    // Until then a second sign-in is refused.
    const again = await callback(t, await throughProvider(t, 'dirk@a.example.nl', 'dirk'));
    expect(again.text).toContain('wacht op goedkeuring');
  });

  it('refuses password sign-in to the members of a network that turned it off, and only them', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    expect((await coordinator.ok(`mutation { setPasswordSignIn(allowed: false) { passwordSignIn } }`)).setPasswordSignIn.passwordSignIn).toBe(false);
    const refused = await t.client().signIn(world.a.member.email, PASSWORD);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions.messages?.nl).toContain('Inloggen met uw organisatie');
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(codeOf(await t.client().signIn(world.b.member.email, PASSWORD))).toBe('OK');
    expect(await audits('auth.password_sign_in_refused')).toHaveLength(1);
    expect(codeOf(await coordinator.gql(`mutation { setPasswordSignIn(allowed: true) { id } }`))).toBe('OK');
    expect(codeOf(await t.client().signIn(world.a.member.email, PASSWORD))).toBe('OK');
  });
});
