import { hashToken } from '@kijkje/api/core';
import { withAdmin } from '../support/database';
import type { GqlClient } from '../support/gql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildVisitWorld, type VisitWorld } from '../support/visit-world';
import { buildWorld, signedIn, type Person, type World } from '../support/world';
import { subscribe, wsClient, type Subscription } from '../support/ws-client';
import { within } from '../support/within';

/*
 * SEC-13: an open live connection follows its session. For each way a session (or the right to
 * follow a board) ends, a real graphql-ws client that follows the board must be cut off within
 * seconds, and a new subscription with the same cookie must be refused.
 */

const CHANGES = `subscription($id: ID!) { findingChanged(visitId: $id) { findingId change } }`;

describe('a live connection follows its session (SEC-13)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let url: string;
  const open: Subscription<any>[] = [];

  beforeAll(async () => {
    // The sessions of open sockets are checked every half second here; production checks less often.
    t = await startTestApp({ LIVE_SESSION_CHECK_SECONDS: '0.5', RATE_SIGNIN_PER_MINUTE: '100' });
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    url = await t.listen();
  });
  afterAll(async () => {
    for (const s of open) await s.close().catch(() => undefined);
    await t.close();
  });

  /** Signs in, follows the visit's board, and waits until it listens. */
  async function following(who: Person): Promise<{ client: GqlClient; cookie: string; sub: Subscription<any> }> {
    const client = await signedIn(t, who);
    const cookie = client.cookie!;
    const sub = subscribe(wsClient(url, { cookie, origin: t.config.appUrl }), CHANGES, { id: v.visitId });
    open.push(sub);
    await sub.next((e) => e.findingChanged.change === 'REFRESH');
    return { client, cookie, sub };
  }

  /** A new subscription with this cookie gets nothing but a refusal. */
  async function refusedWith(cookie: string): Promise<string> {
    const again = subscribe(wsClient(url, { cookie, origin: t.config.appUrl }), CHANGES, { id: v.visitId });
    open.push(again);
    await within(again.ended, 'the refusal of a new subscription');
    expect(again.received).toEqual([]);
    return JSON.stringify(again.error) + String(again.closeCode);
  }

  const admin = (sql: string, params: unknown[]) => withAdmin((c) => c.query(sql, params), t.db.ownerUrl);

  it('closes the socket on sign-out', async () => {
    const { client, cookie, sub } = await following(v.people.otherReviewer);
    await client.ok(`mutation { signOut }`);
    await within(sub.ended, 'closing the socket');
    expect(sub.closeCode).toBe(4401);
    expect(await refusedWith(cookie)).toMatch(/Forbidden|4403/);
  });

  it('closes the socket when the session has been idle too long', async () => {
    const { cookie, sub } = await following(v.people.otherReviewer);
    await admin(`UPDATE session SET last_seen_at = now() - interval '1 day' WHERE user_id = $1`, [v.people.otherReviewer.id]);
    await within(sub.ended, 'closing the socket');
    expect(sub.closeCode).toBe(4401);
    expect(await refusedWith(cookie)).toMatch(/Forbidden|4403/);
  });

  it('closes the socket when the session reaches its absolute end', async () => {
    const { cookie, sub } = await following(v.people.otherReviewer);
    await admin(`UPDATE session SET expires_at = now() WHERE user_id = $1`, [v.people.otherReviewer.id]);
    await within(sub.ended, 'closing the socket');
    expect(sub.closeCode).toBe(4401);
    expect(await refusedWith(cookie)).toMatch(/Forbidden|4403/);
  });

  it('closes every socket of the person on a password reset', async () => {
    const { cookie, sub } = await following(v.people.hostContact);
    const token = 'a'.repeat(43);
    await admin(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      v.people.hostContact.id,
      hashToken(token),
    ]);
    await t
      .client()
      .ok(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`, { input: { token, password: 'Een-heel-nieuw-wachtwoord-9' } });
    await within(sub.ended, 'closing the socket');
    expect(sub.closeCode).toBe(4401);
    expect(await refusedWith(cookie)).toMatch(/Forbidden|4403/);
  });

  it('closes the socket when the membership is deactivated', async () => {
    const { cookie, sub } = await following(v.people.author);
    const coordinator = await signedIn(t, world.a.coordinator);
    const [membership] = (await admin(`SELECT id FROM membership WHERE user_id = $1`, [v.people.author.id])).rows;
    await coordinator.ok(`mutation($id: ID!) { deactivateMembership(id: $id) { id } }`, { id: membership.id });
    await within(sub.ended, 'closing the socket');
    expect(sub.closeCode).toBe(4401);
    expect(await refusedWith(cookie)).toMatch(/Forbidden|4403/);
  });

  it('ends what a person follows in a network whose membership ends, though their session works in another', async () => {
    // The lead is a member of network B too; the session moves there while the socket follows A.
    const [org] = (await admin(`SELECT id FROM organisation WHERE network_id = $1 LIMIT 1`, [world.b.id])).rows;
    await admin(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [world.b.id, v.people.lead.id, org.id]);
    const SWITCH = `mutation($id: ID!) { switchNetwork(networkId: $id) { currentNetwork { id } } }`;
    const client = await signedIn(t, v.people.lead);
    await client.ok(SWITCH, { id: world.a.id });
    const cookie = client.cookie!;
    const sub = subscribe(wsClient(url, { cookie, origin: t.config.appUrl }), CHANGES, { id: v.visitId });
    open.push(sub);
    await sub.next((e) => e.findingChanged.change === 'REFRESH');
    await client.ok(SWITCH, { id: world.b.id });
    const coordinator = await signedIn(t, world.a.coordinator);
    const [membership] = (await admin(`SELECT id FROM membership WHERE user_id = $1 AND network_id = $2`, [v.people.lead.id, world.a.id])).rows;
    await coordinator.ok(`mutation($id: ID!) { deactivateMembership(id: $id) { id } }`, { id: membership.id });
    await within(sub.ended, 'ending the subscription');
    expect(JSON.stringify(sub.error)).toMatch(/NOT_FOUND/);
    // The session goes on in network B; network A's board is closed to it.
    expect(await refusedWith(cookie)).toMatch(/NOT_FOUND/);
  });

  it('ends the subscription of a reviewer taken off the team, as if the board did not exist', async () => {
    await admin(`UPDATE visit SET status = 'PREPARED' WHERE id = $1`, [v.visitId]);
    const { cookie, sub } = await following(v.people.otherReviewer);
    const coordinator = await signedIn(t, world.a.coordinator);
    await coordinator.ok(`mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { id } }`, {
      input: { visitId: v.visitId, userId: v.people.otherReviewer.id },
    });
    await within(sub.ended, 'ending the subscription');
    expect(JSON.stringify(sub.error)).toMatch(/NOT_FOUND/);
    // The session itself goes on; this board is closed to it.
    expect(await refusedWith(cookie)).toMatch(/NOT_FOUND/);
  });
});
