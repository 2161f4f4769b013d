import { hashToken, newToken } from '@kijkje/api/core';
import { withAdmin } from './support/database';
import { codeOf } from './support/gql-client';
import { linkFor, outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';

const INVITE = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id email role } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { currentNetwork { id } } }`;
const PREVIEW = `query($t: String!) { invitation(token: $t) { email role } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateMembership(id: $id) { id active } }`;

/** The edges of invitations: one open per address, and deactivation ends what is pending. */
describe('invitations at their edges', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  const openFor = (email: string) =>
    withAdmin(
      async (c) =>
        (await c.query(`SELECT count(*)::int AS n FROM invitation WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [email])).rows[0]
          .n as number,
      t.db.ownerUrl,
    );

  it('a new address is invited in Dutch and English (nobody knows its language yet); a known person in their own', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const fresh = 'nieuw-adres@test.kijkje.nl';
    await coordinator.ok(INVITE, { input: { email: fresh, name: 'Nieuw Adres', role: 'MEMBER', organisationId: world.a.organisations[0].id } });
    const toFresh = (await outbox(t)).filter((m) => m.to.includes(fresh)).at(-1)!;
    expect(toFresh.subject).toMatch(/^Uitnodiging voor .* in Kijkje \/ Invitation to /);
    expect(toFresh.body.indexOf('Beste Nieuw Adres')).toBeGreaterThan(-1);
    expect(toFresh.body.indexOf('Dear Nieuw Adres')).toBeGreaterThan(toFresh.body.indexOf('Beste Nieuw Adres'));

    // Someone of network B who chose English is invited to A: in English only.
    const known = world.b.member;
    await withAdmin((c) => c.query(`UPDATE app_user SET language = 'en' WHERE id = $1`, [known.id]), t.db.ownerUrl);
    await coordinator.ok(INVITE, { input: { email: known.email, name: 'Bekend', role: 'MEMBER', organisationId: world.a.organisations[0].id } });
    const toKnown = (await outbox(t)).filter((m) => m.to.includes(known.email)).at(-1)!;
    expect(toKnown.subject).toMatch(/^Invitation to .* in Kijkje$/);
    expect(toKnown.body).not.toContain('Beste');
  });

  it('a second invitation to the same address replaces the first: the old link stops working', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const email = 'twee-keer@test.kijkje.nl';
    await coordinator.ok(INVITE, { input: { email, name: 'Twee Keer', role: 'MEMBER', organisationId: world.a.organisations[0].id } });
    const first = await linkFor(t, email, 'uitnodiging');
    const second = await coordinator.ok(INVITE, { input: { email: ` ${email.toUpperCase()} `, name: 'Twee Keer', role: 'COORDINATOR' } });
    const token = await linkFor(t, email, 'uitnodiging');
    expect(token).not.toBe(first);
    expect(await openFor(email)).toBe(1);
    expect((await t.client().ok(PREVIEW, { t: first })).invitation).toBeNull();
    expect((await t.client().ok(PREVIEW, { t: token })).invitation).toEqual({ email, role: 'COORDINATOR' });
    expect(codeOf(await t.client().gql(ACCEPT, { input: { token: first, password: 'Een-goed-wachtwoord-1' } }))).toBe('NOT_FOUND');
    const pending = await coordinator.ok(`{ invitations { id email } }`);
    expect(pending.invitations.filter((i: { email: string }) => i.email === email)).toEqual([{ id: second.invitePerson.id, email }]);
  });

  it('two invitations to one address at the same moment leave exactly one open', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    const email = 'tegelijk@test.kijkje.nl';
    const results = await Promise.all([1, 2, 3].map(() => coordinator.gql(INVITE, { input: { email, name: 'Tegelijk', role: 'COORDINATOR' } })));
    for (const r of results) expect(['OK', 'CONFLICT']).toContain(codeOf(r));
    expect(await openFor(email)).toBe(1);
  });

  it('the same address may have an open invitation in each network', async () => {
    const email = 'twee-netwerken@test.kijkje.nl';
    await (await signedIn(t, world.a.coordinator)).ok(INVITE, { input: { email, name: 'Twee', role: 'COORDINATOR' } });
    await (await signedIn(t, world.b.coordinator)).ok(INVITE, { input: { email, name: 'Twee', role: 'COORDINATOR' } });
    expect(await openFor(email)).toBe(2);
  });

  it('deactivating a member revokes an invitation addressed to them, which would otherwise undo it', async () => {
    const token = newToken();
    await withAdmin(
      (c) =>
        c.query(
          `INSERT INTO invitation (network_id, email, name, role, token_hash, expires_at) VALUES ($1, $2, 'Lid', 'COORDINATOR', $3, now() + interval '7 days')`,
          [world.b.id, world.b.member.email, hashToken(token)],
        ),
      t.db.ownerUrl,
    );
    const coordinator = await signedIn(t, world.b.coordinator);
    expect((await coordinator.ok(DEACTIVATE, { id: world.b.membershipId })).deactivateMembership.active).toBe(false);
    expect(codeOf(await t.client().gql(ACCEPT, { input: { token, password: PASSWORD } }))).toBe('NOT_FOUND');
    const active = await withAdmin(
      async (c) => (await c.query(`SELECT active FROM membership WHERE id = $1`, [world.b.membershipId])).rows[0].active,
      t.db.ownerUrl,
    );
    expect(active).toBe(false);
  });

  it('deactivating a coordinator revokes the invitations they sent', async () => {
    const both = await signedIn(t, world.both);
    await both.ok(`mutation($id: ID!) { switchNetwork(networkId: $id) { currentNetwork { id } } }`, { id: world.a.id });
    const email = 'van-both@test.kijkje.nl';
    await both.ok(INVITE, { input: { email, name: 'Van Both', role: 'COORDINATOR' } });
    const token = await linkFor(t, email, 'uitnodiging');
    const membershipId = await withAdmin(
      async (c) => (await c.query(`SELECT id FROM membership WHERE network_id = $1 AND user_id = $2`, [world.a.id, world.both.id])).rows[0].id as string,
      t.db.ownerUrl,
    );
    await (await signedIn(t, world.a.coordinator)).ok(DEACTIVATE, { id: membershipId });
    expect((await t.client().ok(PREVIEW, { t: token })).invitation).toBeNull();
    const audit = await withAdmin(
      async (c) => (await c.query(`SELECT data FROM audit_event WHERE action = 'membership.deactivated' AND target_id = $1`, [membershipId])).rows[0].data,
      t.db.ownerUrl,
    );
    expect(audit.revokedInvitations).toHaveLength(1);
  });

  it('a coordinator who accepts an invitation as a member loses the invitations they sent', async () => {
    const second = await withAdmin(async (c) => {
      const { rows } = await c.query(
        `INSERT INTO app_user (email, name, password_hash) SELECT 'tweede-coordinator@test.kijkje.nl', 'Tweede', password_hash FROM app_user WHERE id = $1 RETURNING id`,
        [world.a.coordinator.id],
      );
      await c.query(`INSERT INTO membership (network_id, user_id, role) VALUES ($1, $2, 'COORDINATOR')`, [world.a.id, rows[0].id]);
      return { id: rows[0].id as string, email: 'tweede-coordinator@test.kijkje.nl', name: 'Tweede' };
    }, t.db.ownerUrl);
    const email = 'van-tweede@test.kijkje.nl';
    await (await signedIn(t, second)).ok(INVITE, { input: { email, name: 'Van Tweede', role: 'COORDINATOR' } });
    const sent = await linkFor(t, email, 'uitnodiging');
    const token = newToken();
    await withAdmin(
      (c) =>
        c.query(
          `INSERT INTO invitation (network_id, email, name, role, organisation_id, token_hash, expires_at) VALUES ($1, $2, 'Tweede', 'MEMBER', $3, $4, now() + interval '7 days')`,
          [world.a.id, second.email, world.a.organisations[0].id, hashToken(token)],
        ),
      t.db.ownerUrl,
    );
    await t.client().ok(ACCEPT, { input: { token, password: PASSWORD } });
    expect((await t.client().ok(PREVIEW, { t: sent })).invitation).toBeNull();
    const audit = await withAdmin(
      async (c) => (await c.query(`SELECT data FROM audit_event WHERE action = 'invitation.accepted' AND actor_user_id = $1`, [second.id])).rows[0].data,
      t.db.ownerUrl,
    );
    expect(audit).toEqual({ roleFrom: 'COORDINATOR', revokedInvitations: [expect.any(String)] });
  });
});
