import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { callback, startTestProvider, throughProvider, type TestProvider } from './support/oidc-test-provider';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type World } from './support/world';

const REDIRECT = 'http://localhost:3000/auth/oidc/callback';
const PEOPLE = `{ memberships { id active requestedAt user { email } } }`;
const ADMIT = `mutation($id: ID!) { admitMembershipRequest(id: $id) { id active requestedAt } }`;
const DECLINE = `mutation($id: ID!) { declineMembershipRequest(id: $id) }`;

/**
 * Someone who signs in through their organisation, where the provider may create members, asks to
 * join: the network's coordinators are told, see the request, and admit or decline it. Against a
 * real OpenID provider, the real endpoint and the real database.
 */
describe('requests to join through the organisation sign-in', () => {
  let t: TestApp;
  let world: World;
  let idp: TestProvider;
  let coordinator: GqlClient;
  let member: GqlClient;
  let otherCoordinator: GqlClient;

  const requestOf = async (email: string) => {
    const { memberships } = await coordinator.ok(PEOPLE);
    return memberships.find((m: { user: { email: string } }) => m.user.email === email);
  };
  const ask = async (account: string) => callback(t, await throughProvider(t, `${account}@a.example.nl`, account));

  beforeAll(async () => {
    idp = await startTestProvider({
      clients: [{ client_id: 'kijkje-a', client_secret: 'geheim-a', redirect_uris: [REDIRECT], grant_types: ['authorization_code'], response_types: ['code'] }],
      accounts: {
        eva: { email: 'eva@a.example.nl', email_verified: true, name: 'Eva Nieuw' },
        frits: { email: 'frits@a.example.nl', email_verified: true, name: 'Frits Nieuw' },
        gijs: { email: 'gijs@a.example.nl', email_verified: true, name: 'Gijs Nieuw' },
        // As Microsoft Entra ID signs: no email_verified, but xms_edov when the domain is verified in the tenant.
        hanna: { email: 'hanna@a.example.nl', xms_edov: true, name: 'Hanna Entra' },
        ivo: { email: 'ivo@a.example.nl', xms_edov: 'true', name: 'Ivo Entra' },
      },
    });
    t = await startTestApp();
    world = await buildWorld(t);
    [coordinator, member, otherCoordinator] = await Promise.all([world.a.coordinator, world.a.member, world.b.coordinator].map((who) => signedIn(t, who)));
    await coordinator.ok(`mutation($input: CreateIdentityProviderInput!) { createIdentityProvider(input: $input) { id } }`, {
      input: {
        name: 'Gemeente A',
        issuer: idp.issuer,
        clientId: 'kijkje-a',
        clientSecret: 'geheim-a',
        emailDomains: ['a.example.nl'],
        organisationId: world.a.organisations[0].id,
        createMembers: true,
      },
    });
  }, 60_000);
  afterAll(async () => {
    idp?.stop();
    await t?.close();
  });

  it('tells the coordinators, shows them the request, and hides it from members', async () => {
    expect((await ask('eva')).text).toContain('moet uw lidmaatschap nog goedkeuren');
    const request = await requestOf('eva@a.example.nl');
    expect(request).toMatchObject({ active: false, requestedAt: expect.any(String) });
    const notified = await withAdmin(
      async (c) => (await c.query(`SELECT recipient_id, kind, subject_type, subject_id FROM notification WHERE kind = 'MEMBERSHIP_REQUESTED'`)).rows,
      t.db.ownerUrl,
    );
    // Both of A's coordinators (world.both coordinates A too), nobody else.
    expect(notified.map((n) => n.recipient_id).sort()).toEqual([world.a.coordinator.id, world.both.id].sort());
    expect(notified[0]).toMatchObject({ kind: 'MEMBERSHIP_REQUESTED', subject_type: 'membership', subject_id: request.id });
    const { myNotifications: notifications } = await coordinator.ok(`{ myNotifications { items { kind path } } }`);
    expect(notifications.items).toContainEqual({ kind: 'MEMBERSHIP_REQUESTED', path: '/netwerk/mensen' });
    const seenByMember = (await member.ok(PEOPLE)).memberships.map((m: { user: { email: string } }) => m.user.email);
    expect(seenByMember).toContain(world.a.member.email);
    expect(seenByMember).not.toContain('eva@a.example.nl');
  });

  it('admits: the membership becomes active, the person is told by e-mail and signs in through the organisation', async () => {
    const request = await requestOf('eva@a.example.nl');
    const admitted = await coordinator.ok(ADMIT, { id: request.id });
    expect(admitted.admitMembershipRequest).toEqual({ id: request.id, active: true, requestedAt: null });
    const mail = (await outbox(t)).filter((m) => m.to.includes('eva@a.example.nl'));
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toContain('U bent toegelaten tot');
    expect(mail[0].body).toContain('/inloggen');
    const res = await ask('eva');
    expect(res.status).toBe(303);
    expect(JSON.stringify(res.headers['set-cookie'])).toContain('kijkje_session=');
    const [entry] = await withAdmin(
      async (c) => (await c.query(`SELECT actor_user_id, target_id FROM audit_event WHERE action = 'membership.request_admitted'`)).rows,
      t.db.ownerUrl,
    );
    expect(entry).toEqual({ actor_user_id: world.a.coordinator.id, target_id: request.id });
    // Deciding again on what is no longer a request is a conflict, not a second mail.
    expect(codeOf(await coordinator.gql(ADMIT, { id: request.id }))).toBe('CONFLICT');
    expect(codeOf(await coordinator.gql(DECLINE, { id: request.id }))).toBe('CONFLICT');
  });

  it('declines: the request is gone, nobody is told by e-mail, and signing in again asks again', async () => {
    await ask('frits');
    const request = await requestOf('frits@a.example.nl');
    expect((await coordinator.ok(DECLINE, { id: request.id })).declineMembershipRequest).toBe(true);
    expect(await requestOf('frits@a.example.nl')).toBeUndefined();
    expect((await outbox(t)).filter((m) => m.to.includes('frits@a.example.nl'))).toEqual([]);
    expect((await ask('frits')).text).toContain('moet uw lidmaatschap nog goedkeuren');
    expect(await requestOf('frits@a.example.nl')).toMatchObject({ active: false, requestedAt: expect.any(String) });
  });

  it('leaves the decision to the coordinators of the network itself', async () => {
    await ask('gijs');
    const request = await requestOf('gijs@a.example.nl');
    for (const client of [member, otherCoordinator]) {
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(await client.gql(ADMIT, { id: request.id })));
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(await client.gql(DECLINE, { id: request.id })));
    }
    expect(await requestOf('gijs@a.example.nl')).toMatchObject({ active: false, requestedAt: expect.any(String) });
    expect(codeOf(await t.client().gql(ADMIT, { id: request.id }))).toBe('UNAUTHENTICATED');
    // A deactivated member is no request: admitting cannot bring them back around the coordinator's own decision.
    const memberId = (await requestOf(world.a.member.email)).id;
    expect(codeOf(await coordinator.gql(`mutation($id: ID!) { deactivateMembership(id: $id) { id } }`, { id: memberId }))).toBe('OK');
    expect(codeOf(await coordinator.gql(ADMIT, { id: memberId }))).toBe('CONFLICT');
  });

  it('takes Entra ID’s verified-domain claim (xms_edov) as a verified address, and nothing that only looks like it', async () => {
    expect((await ask('hanna')).text).toContain('moet uw lidmaatschap nog goedkeuren');
    expect(await requestOf('hanna@a.example.nl')).toMatchObject({ active: false });
    expect((await ask('ivo')).text).toContain('niet bevestigd');
    expect(await requestOf('ivo@a.example.nl')).toBeUndefined();
  });
});
