import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, GqlClient } from './support/gql-client';
import { callback, startTestProvider, throughProvider, type TestProvider } from './support/oidc-test-provider';
import { codeAt, COMPLETE, CONFIRM, enrolTotp, START, STATUS } from './support/second-factor';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';

/*
 * A network's second-factor policy (nobody, coordinators, everyone) against the real endpoint and
 * database: set by a coordinator who meets it, audited; a session that has not used a second
 * factor is refused every tenant operation with SECOND_FACTOR_REQUIRED but may still set one up;
 * an organisation's sign-in counts when its ID token says it was multi-factor (amr, RFC 8176).
 */

const REDIRECT = 'http://localhost:3000/auth/oidc/callback';
const SET = `mutation($p: SecondFactorPolicy!) { setSecondFactorPolicy(policy: $p) { id secondFactorPolicy } }`;
const TENANT = `{ organisations { id } }`;

describe('the second-factor policy of a network', () => {
  let t: TestApp;
  let world: World;
  let idp: TestProvider;

  const admin = async (sql: string, params: unknown[] = []) => (await withAdmin((c) => c.query(sql, params), t.db.ownerUrl)).rows;
  const policyOf = async (networkId: string) => (await admin(`SELECT second_factor_policy AS p FROM network WHERE id = $1`, [networkId]))[0].p;
  const sessionClient = (res: request.Response) => {
    const cookie = ((res.headers['set-cookie'] as unknown as string[]) ?? []).find((c) => c.startsWith('kijkje_session='));
    const client = new GqlClient(t.http);
    client.cookie = cookie ? cookie.split(';')[0] : null;
    return client;
  };

  beforeAll(async () => {
    idp = await startTestProvider({
      clients: [{ client_id: 'kijkje-b', client_secret: 'geheim-b', redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] }],
      accounts: {
        sterk: { email: 'sterk@b.example.nl', email_verified: true, name: 'Sterk', amr: ['pwd', 'mfa'] },
        zwak: { email: 'zwak@b.example.nl', email_verified: true, name: 'Zwak', amr: ['pwd'] },
      },
    });
    t = await startTestApp({ RATE_SIGNIN_PER_MINUTE: '100' });
    world = await buildWorld(t);
    await withAdmin(async (c) => {
      for (const email of ['sterk@b.example.nl', 'zwak@b.example.nl']) {
        const u = await c.query(`INSERT INTO app_user (email, name) VALUES ($1, $1) RETURNING id`, [email]);
        await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
          world.b.id,
          u.rows[0].id,
          world.b.organisations[0].id,
        ]);
      }
    }, t.db.ownerUrl);
    await (
      await signedIn(t, world.b.coordinator)
    ).ok(`mutation($input: CreateIdentityProviderInput!) { createIdentityProvider(input: $input) { id } }`, {
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

  it('asks nobody by default: everyone works with a password alone', async () => {
    expect(await policyOf(world.a.id)).toBe('NOBODY');
    const coordinator = await signedIn(t, world.a.coordinator);
    expect((await coordinator.ok(`{ viewer { currentNetwork { secondFactorPolicy } } }`)).viewer.currentNetwork.secondFactorPolicy).toBe('NOBODY');
    expect(codeOf(await coordinator.gql(TENANT))).toBe('OK');
  });

  it('is set by a coordinator only, and only by one whose own session meets it', async () => {
    const member = await signedIn(t, world.a.member);
    expect(codeOf(await member.gql(SET, { p: 'EVERYONE' }))).toBe('FORBIDDEN');
    const coordinator = await signedIn(t, world.a.coordinator);
    const refused = await coordinator.gql(SET, { p: 'COORDINATORS' });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields![0]).toMatchObject({ field: 'policy', messages: { nl: expect.stringContaining('tweede factor') } });
    expect(await policyOf(world.a.id)).toBe('NOBODY');
    expect(codeOf(await coordinator.gql(SET, { p: 'SOMETIMES' }))).toBe('BAD_USER_INPUT');

    // Confirming an app counts for the session it was set up in.
    await enrolTotp(coordinator);
    const set = await coordinator.ok(SET, { p: 'COORDINATORS' });
    expect(set.setSecondFactorPolicy.secondFactorPolicy).toBe('COORDINATORS');
    const [entry] = await admin(`SELECT data FROM audit_event WHERE action = 'network.second_factor_policy_set' AND network_id = $1`, [world.a.id]);
    expect(entry.data).toEqual({ from: 'NOBODY', to: 'COORDINATORS' });
  });

  it('refuses tenant operations to a role it covers whose session used no second factor, but lets them set one up', async () => {
    await admin(`UPDATE network SET second_factor_policy = 'COORDINATORS' WHERE id = $1`, [world.b.id]);
    // A member is not covered by COORDINATORS; a coordinator with a password alone is.
    expect(codeOf(await (await signedIn(t, world.b.member)).gql(TENANT))).toBe('OK');
    const coordinator = await signedIn(t, world.b.coordinator);
    const refused = await coordinator.gql(TENANT);
    expect(codeOf(refused)).toBe('SECOND_FACTOR_REQUIRED');
    expect(refused.errors![0].extensions.messages).toEqual({ nl: expect.stringContaining('tweede factor'), en: expect.stringContaining('second factor') });
    expect(refused.data?.organisations ?? null).toBeNull();
    expect(codeOf(await coordinator.gql(`mutation { addOrganisation(input: { name: "Niet nu" }) { id } }`))).toBe('SECOND_FACTOR_REQUIRED');
    expect(await admin(`SELECT 1 FROM organisation WHERE name = 'Niet nu'`)).toEqual([]);
    const [denied] = await admin(`SELECT data FROM audit_event WHERE action = 'access.denied' AND actor_user_id = $1 ORDER BY created_at DESC LIMIT 1`, [
      world.b.coordinator.id,
    ]);
    expect(denied.data).toMatchObject({ reason: 'second_factor_required', policy: 'COORDINATORS' });
    // Downloads are network content as well: the processing overview waits too.
    const download = () => request(t.http).get('/export/verwerkingsoverzicht/csv').set('cookie', coordinator.cookie!);
    const waiting = await download();
    expect(waiting.status).toBe(403);
    expect(waiting.text).toContain('tweede factor');
    // What answers to a token, not to the network (here: unsubscribing from a mail), does not wait.
    const [{ unsubscribe_token: unsubscribeToken }] = await admin(`SELECT unsubscribe_token FROM app_user WHERE id = $1`, [world.b.coordinator.id]);
    const unsubscribe = await request(t.http).post(`/afmelden/${unsubscribeToken}/DIGEST`).set('cookie', coordinator.cookie!);
    expect(unsubscribe.status).toBe(200);

    // Who they are (with the reason the web app sends them to their account page), and setting up the second factor, still work; once confirmed, so does the network.
    const { viewer } = await coordinator.ok(`{ viewer { user { id } secondFactorRequired } }`);
    expect(viewer).toEqual({ user: { id: world.b.coordinator.id }, secondFactorRequired: true });
    expect((await coordinator.ok(STATUS)).mySecondFactor.totpEnabled).toBe(false);
    const { startTotpEnrolment } = await coordinator.ok(START);
    await coordinator.ok(CONFIRM, { input: { code: codeAt(startTotpEnrolment.secret) } });
    expect(codeOf(await coordinator.gql(TENANT))).toBe('OK');
    expect((await download()).status).toBe(200);
    expect((await coordinator.ok(`{ viewer { secondFactorRequired } }`)).viewer.secondFactorRequired).toBe(false);

    // A new sign-in needs the second step; with it, the network is open.
    const next = new GqlClient(t.http);
    const first = await next.signIn(world.b.coordinator.email, PASSWORD);
    expect(codeOf(first)).toBe('SECOND_FACTOR_NEEDED');
    await next.ok(COMPLETE, { input: { challenge: first.errors![0].extensions['challenge'], code: codeAt(startTotpEnrolment.secret, 1) } });
    expect(codeOf(await next.gql(TENANT))).toBe('OK');
  });

  it('covers every member under EVERYONE; an organisation’s sign-in counts when its ID token says it was multi-factor', async () => {
    await admin(`UPDATE network SET second_factor_policy = 'EVERYONE' WHERE id = $1`, [world.b.id]);
    expect(codeOf(await (await signedIn(t, world.b.member)).gql(TENANT))).toBe('SECOND_FACTOR_REQUIRED');

    const strong = sessionClient(await callback(t, await throughProvider(t, 'sterk@b.example.nl', 'sterk')));
    expect((await strong.ok(`{ viewer { user { email } } }`)).viewer.user.email).toBe('sterk@b.example.nl');
    expect(codeOf(await strong.gql(TENANT))).toBe('OK');
    const weak = sessionClient(await callback(t, await throughProvider(t, 'zwak@b.example.nl', 'zwak')));
    expect((await weak.ok(`{ viewer { user { email } } }`)).viewer.user.email).toBe('zwak@b.example.nl');
    expect(codeOf(await weak.gql(TENANT))).toBe('SECOND_FACTOR_REQUIRED');
    const methods = await admin(
      `SELECT u.email, s.auth_methods AS m FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email LIKE '%@b.example.nl' ORDER BY u.email`,
    );
    expect(methods).toEqual([
      { email: 'sterk@b.example.nl', m: ['sso', 'amr:pwd', 'amr:mfa'] },
      { email: 'zwak@b.example.nl', m: ['sso', 'amr:pwd'] },
    ]);
  });

  it('holds for live updates too: a session without the second factor opens no subscription, and one with it does', async () => {
    await admin(`UPDATE network SET second_factor_policy = 'EVERYONE' WHERE id = $1`, [world.b.id]);
    const url = await t.listen();
    const follow = async (client: GqlClient) => {
      const sub = subscribe(wsClient(url, { cookie: client.cookie, origin: t.config.appUrl }), `subscription { notificationsChanged { change } }`, {});
      await sub.ready;
      await new Promise((r) => setTimeout(r, 200));
      await sub.close();
      return sub;
    };
    const weak = await follow(await signedIn(t, world.b.member));
    expect(JSON.stringify(weak.error)).toContain('SECOND_FACTOR_REQUIRED');
    expect(weak.received).toEqual([]);
    const [denied] = await admin(`SELECT data FROM audit_event WHERE action = 'access.denied' AND actor_user_id = $1 ORDER BY created_at DESC LIMIT 1`, [
      world.b.member.id,
    ]);
    expect(denied.data).toMatchObject({ operation: 'notificationsChanged', reason: 'second_factor_required', policy: 'EVERYONE' });
    const strong = await follow(sessionClient(await callback(t, await throughProvider(t, 'sterk@b.example.nl', 'sterk'))));
    expect(strong.error).toBeNull();
    expect(strong.received).toEqual([{ notificationsChanged: { change: 'REFRESH' } }]);
  });
});
