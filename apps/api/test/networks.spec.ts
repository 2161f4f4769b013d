import { withAdmin } from './support/database';
import { codeOf } from './support/gql-client';
import { linkFor, outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';

const CREATE_NETWORK = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id name slug } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { email name } currentNetwork { id name } currentMembership { role organisation { name } } } }`;
const ADD_ORG = `mutation($input: AddOrganisationInput!) { addOrganisation(input: $input) { id name kind cbsCode province population } }`;
const INVITE = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id email role organisation { name } } }`;

const count = (t: TestApp, sql: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(sql, params)).rows[0].n as number, t.db.ownerUrl);

describe('a network from creation to its first member', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('admin creates a network, the coordinator accepts by mail, adds municipalities and invites a member who signs in', async () => {
    const admin = await signedIn(t, world.admin);
    const created = await admin.ok(CREATE_NETWORK, {
      input: { name: 'Netwerk Directeuren Sociaal Domein', coordinatorEmail: 'Cora@Gemeente.nl', coordinatorName: 'Cora Coördinator' },
    });
    expect(created.createNetwork).toMatchObject({ name: 'Netwerk Directeuren Sociaal Domein', slug: 'netwerk-directeuren-sociaal-domein' });
    expect((await admin.ok(`{ networks { name } }`)).networks.map((n: { name: string }) => n.name)).toContain('Netwerk Directeuren Sociaal Domein');

    const token = await linkFor(t, 'cora@gemeente.nl', 'uitnodiging');
    const preview = await t.client().ok(`query($t: String!) { invitation(token: $t) { networkName email role organisationName accountExists } }`, { t: token });
    expect(preview.invitation).toEqual({
      networkName: 'Netwerk Directeuren Sociaal Domein',
      email: 'cora@gemeente.nl',
      role: 'COORDINATOR',
      organisationName: null,
      accountExists: false,
    });

    const cora = t.client();
    const accepted = await cora.ok(ACCEPT, { input: { token, name: 'Cora de Coördinator', password: 'Sterk-genoeg-2026' } });
    expect(accepted.acceptInvitation).toMatchObject({
      user: { email: 'cora@gemeente.nl', name: 'Cora de Coördinator' },
      currentNetwork: { id: created.createNetwork.id },
      currentMembership: { role: 'COORDINATOR', organisation: null },
    });
    expect(codeOf(await t.client().gql(ACCEPT, { input: { token, password: 'Sterk-genoeg-2026' } }))).toBe('NOT_FOUND');

    const found = await cora.ok(`{ municipalities(search: "zwol") { referenceDate source items { cbsCode name province } } }`);
    expect(found.municipalities.items).toContainEqual({ cbsCode: 'GM0193', name: 'Zwolle', province: 'Overijssel' });
    expect(found.municipalities.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const zwolle = (await cora.ok(ADD_ORG, { input: { cbsCode: 'GM0193' } })).addOrganisation;
    expect(zwolle).toMatchObject({ name: 'Zwolle', kind: 'MUNICIPALITY', cbsCode: 'GM0193', province: 'Overijssel' });
    expect(zwolle.population).toBeGreaterThan(100000);
    const region = (await cora.ok(ADD_ORG, { input: { name: 'Regio IJsselland' } })).addOrganisation;
    expect(region).toMatchObject({ kind: 'PARTNERSHIP', cbsCode: null });
    const duplicate = await cora.gql(ADD_ORG, { input: { cbsCode: 'GM0193' } });
    expect(codeOf(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].extensions.fields![0]).toMatchObject({ field: 'cbsCode' });

    const noOrg = await cora.gql(INVITE, { input: { email: 'mo@zwolle.nl', name: 'Mo', role: 'MEMBER' } });
    expect(codeOf(noOrg)).toBe('BAD_USER_INPUT');
    expect(noOrg.errors![0].extensions.fields![0].field).toBe('organisationId');
    const invited = await cora.ok(INVITE, { input: { email: 'mo@zwolle.nl', name: 'Mo Medewerker', role: 'MEMBER', organisationId: zwolle.id } });
    expect(invited.invitePerson).toMatchObject({ email: 'mo@zwolle.nl', role: 'MEMBER', organisation: { name: 'Zwolle' } });
    expect((await cora.ok(`{ invitations { email } }`)).invitations).toEqual([{ email: 'mo@zwolle.nl' }]);

    const moToken = await linkFor(t, 'mo@zwolle.nl', 'uitnodiging');
    const mo = t.client();
    await mo.ok(ACCEPT, { input: { token: moToken, password: 'Zwolle-aan-de-IJssel-1' } });
    await mo.ok(`mutation { signOut }`);
    expect(codeOf(await mo.signIn('mo@zwolle.nl', 'Zwolle-aan-de-IJssel-1'))).toBe('OK');
    const home = await mo.ok(`{ viewer { currentNetwork { name } currentMembership { role organisation { name } } } organisations { name } }`);
    expect(home.viewer).toEqual({
      currentNetwork: { name: 'Netwerk Directeuren Sociaal Domein' },
      currentMembership: { role: 'MEMBER', organisation: { name: 'Zwolle' } },
    });
    expect(home.organisations.map((o: { name: string }) => o.name)).toEqual(['Regio IJsselland', 'Zwolle']);
    expect(codeOf(await mo.gql(INVITE, { input: { email: 'x@y.nl', name: 'X', role: 'MEMBER', organisationId: zwolle.id } }))).toBe('FORBIDDEN');

    const audit = await cora.ok(`{ auditEvents { action } }`);
    expect(audit.auditEvents.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['network.created', 'invitation.created', 'invitation.accepted', 'organisation.added']),
    );
  });

  it('a person with an account joins a second network with their existing password', async () => {
    const coordinator = await signedIn(t, world.b.coordinator);
    await coordinator.ok(INVITE, { input: { email: world.a.member.email, name: 'Al bekend', role: 'MEMBER', organisationId: world.b.organisations[1].id } });
    const token = await linkFor(t, world.a.member.email, 'uitnodiging');
    const preview = await t.client().ok(`query($t: String!) { invitation(token: $t) { accountExists } }`, { t: token });
    expect(preview.invitation.accountExists).toBe(true);
    expect(codeOf(await t.client().gql(ACCEPT, { input: { token, password: 'verkeerd-wachtwoord' } }))).toBe('BAD_USER_INPUT');
    const accepted = await t.client().ok(ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.acceptInvitation.currentNetwork.id).toBe(world.b.id);
  });

  it('switches between networks and shows only the current one', async () => {
    const both = await signedIn(t, world.both);
    const first = await both.ok(`{ viewer { currentNetwork { id } memberships { network { id } } } organisations { id } }`);
    expect(first.viewer.memberships.map((m: { network: { id: string } }) => m.network.id).sort()).toEqual([world.a.id, world.b.id].sort());
    const current = first.viewer.currentNetwork.id;
    const other = current === world.a.id ? world.b : world.a;
    const switched = await both.ok(`mutation($id: ID!) { switchNetwork(networkId: $id) { currentNetwork { id } } }`, { id: other.id });
    expect(switched.switchNetwork.currentNetwork.id).toBe(other.id);
    const orgs = await both.ok(`{ organisations { id } }`);
    expect(orgs.organisations.map((o: { id: string }) => o.id).sort()).toEqual(other.organisations.map((o) => o.id).sort());

    // A new sign-in lands in the network the person last switched to, not in the first one.
    const again = await signedIn(t, world.both);
    expect((await again.ok(`{ viewer { currentNetwork { id } } }`)).viewer.currentNetwork.id).toBe(other.id);
    await again.ok(`mutation($id: ID!) { switchNetwork(networkId: $id) { currentNetwork { id } } }`, { id: current });
    expect((await (await signedIn(t, world.both)).ok(`{ viewer { currentNetwork { id } } }`)).viewer.currentNetwork.id).toBe(current);
  });

  it('creates once per idempotency key', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const input = { cbsCode: 'GM0363', idempotencyKey: 'add-amsterdam-0001' };
    const one = await coordinator.ok(ADD_ORG, { input });
    const two = await coordinator.ok(ADD_ORG, { input });
    expect(two.addOrganisation.id).toBe(one.addOrganisation.id);
    expect(await count(t, `SELECT count(*)::int AS n FROM organisation WHERE network_id = $1 AND cbs_code = 'GM0363'`, [world.a.id])).toBe(1);

    const invite = { email: 'idem@test.kijkje.nl', name: 'Idem', role: 'COORDINATOR', idempotencyKey: 'invite-idem-0001' };
    const i1 = await coordinator.ok(INVITE, { input: invite });
    const i2 = await coordinator.ok(INVITE, { input: invite });
    expect(i2.invitePerson.id).toBe(i1.invitePerson.id);
    expect(await count(t, `SELECT count(*)::int AS n FROM invitation WHERE email = 'idem@test.kijkje.nl'`)).toBe(1);
    expect((await outbox(t)).filter((m) => m.to.includes('idem@test.kijkje.nl'))).toHaveLength(1);

    const admin = await signedIn(t, world.admin);
    const net = { name: 'Eenmalig Netwerk', coordinatorEmail: 'eenmalig@test.kijkje.nl', coordinatorName: 'Een', idempotencyKey: 'network-once-0001' };
    const n1 = await admin.ok(CREATE_NETWORK, { input: net });
    const n2 = await admin.ok(CREATE_NETWORK, { input: net });
    expect(n2.createNetwork.id).toBe(n1.createNetwork.id);
  });

  it('revokes an invitation so that its link no longer works', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const inv = await coordinator.ok(INVITE, { input: { email: 'weg@test.kijkje.nl', name: 'Weg', role: 'COORDINATOR' } });
    const token = await linkFor(t, 'weg@test.kijkje.nl', 'uitnodiging');
    expect((await coordinator.ok(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id: inv.invitePerson.id })).revokeInvitation).toBe(true);
    expect((await t.client().ok(`query($t: String!) { invitation(token: $t) { email } }`, { t: token })).invitation).toBeNull();
  });

  it('deactivating a membership ends that person’s sessions in the network', async () => {
    const member = await signedIn(t, world.b.member);
    expect(codeOf(await member.gql(`{ organisations { id } }`))).toBe('OK');
    const coordinator = await signedIn(t, world.b.coordinator);
    const res = await coordinator.ok(`mutation($id: ID!) { deactivateMembership(id: $id) { id active } }`, { id: world.b.membershipId });
    expect(res.deactivateMembership.active).toBe(false);
    expect(codeOf(await member.gql(`{ organisations { id } }`))).toBe('UNAUTHENTICATED');
  });
});
