import { withAdmin } from './support/database';
import { codeOf, GqlClient } from './support/gql-client';
import { linkFor } from './support/outbox';
import { codeAt, COMPLETE, enrolTotp } from './support/second-factor';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, PASSWORD, signedIn, type World } from './support/world';

const INVITE = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { currentNetwork { id } } }`;

/**
 * An invitation to someone whose account has a second factor: the password alone joins nothing
 * (it would be a sign-in without the second step); signed in with both, the same link joins.
 */
describe('accepting an invitation with a second factor', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('asks for the full sign-in first, then joins the signed-in session to the new network', async () => {
    const person = world.a.member;
    const { secret } = await enrolTotp(await signedIn(t, person));
    await (
      await signedIn(t, world.b.coordinator)
    ).ok(INVITE, { input: { email: person.email, name: person.name, role: 'MEMBER', organisationId: world.b.organisations[0].id } });
    const token = await linkFor(t, person.email, 'uitnodiging');
    const membershipInB = () =>
      withAdmin(
        async (c) => (await c.query(`SELECT active FROM membership WHERE user_id = $1 AND network_id = $2`, [person.id, world.b.id])).rows,
        t.db.ownerUrl,
      );

    const withPasswordOnly = await t.client().gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(codeOf(withPasswordOnly)).toBe('SECOND_FACTOR_NEEDED');
    expect(withPasswordOnly.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^kijkje_session=[A-Za-z0-9_-]{43}/)]));
    expect(await membershipInB()).toEqual([]);

    const client = new GqlClient(t.http);
    const first = await client.signIn(person.email, PASSWORD);
    await client.ok(COMPLETE, { input: { challenge: first.errors![0].extensions['challenge'], code: codeAt(secret, 1) } });
    const accepted = await client.ok(ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.acceptInvitation.currentNetwork.id).toBe(world.b.id);
    expect(await membershipInB()).toEqual([{ active: true }]);
  });
});
