import { withAdmin } from '../support/database';
import { meetingMembers } from '../support/meeting-mails';
import { earlierInvitation } from '../support/membership-changes';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, PASSWORD, signedIn, type Person, type World } from '../support/world';
import { subscribe, wsClient, type Subscription } from '../support/ws-client';
import { within } from '../support/within';

/*
 * SEC-13 for a role change: when someone's role in the network changes (they accept an invitation
 * with another role), every live screen they follow there checks again whether they may still
 * follow it, not only those of the meetings they left. A meeting that has begun keeps who sat
 * where, so nothing of it ends for them; a member who becomes a facilitator may no longer read it,
 * and loses its table and plenary within seconds. One who becomes a coordinator still may, and
 * keeps them.
 */

const TABLE_LIVE = `subscription($id: ID!) { meetingTableChanged(tableId: $id) { cardId change } }`;
const PLENARY_LIVE = `subscription($id: ID!) { meetingPlenaryChanged(meetingId: $id) { change } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { currentMembership { role } } }`;
const POST = `mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { id } }`;

type TableChange = { meetingTableChanged: { cardId: string | null; change: string } };

describe('a role change makes every live screen check again (SEC-13)', () => {
  let t: TestApp;
  let world: World;
  let url: string;
  /** Dirk becomes a facilitator; Eva a coordinator. Both sit at the table of a meeting that has begun. */
  let dirk: Person;
  let eva: Person;
  let meeting: { id: string; tableId: string };
  const open: Subscription<any>[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    [dirk, eva] = await meetingMembers(t, { id: world.a.id, organisationId: world.a.organisations[1].id, passwordOf: world.a.member.id }, [
      { tag: 'live-wordt-begeleider' },
      { tag: 'live-wordt-coordinator' },
    ]);
    meeting = await withAdmin(async (c) => {
      const m = await c.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status)
         VALUES ($1, 'Werkbijeenkomst Woerden', now() - interval '1 hour', now() + interval '2 hours', 20, 'HELD') RETURNING id`,
        [world.a.id],
      );
      const table = await c.query(`INSERT INTO meeting_table (network_id, meeting_id, name, capacity) VALUES ($1, $2, 'Wonen', 8) RETURNING id`, [
        world.a.id,
        m.rows[0].id,
      ]);
      for (const who of [dirk, eva])
        await c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id) VALUES ($1, $2, $3, 'REGISTERED', $4)`, [
          world.a.id,
          m.rows[0].id,
          who.id,
          table.rows[0].id,
        ]);
      return { id: m.rows[0].id as string, tableId: table.rows[0].id as string };
    }, t.db.ownerUrl);
    url = await t.listen();
  });
  afterAll(async () => {
    for (const s of open) await s.close().catch(() => undefined);
    await t.close();
  });

  /** Follows a live screen with the person's session, and waits until it listens. */
  async function follow<T>(cookie: string, query: string, id: string): Promise<Subscription<T>> {
    const sub = subscribe<T>(wsClient(url, { cookie, origin: t.config.appUrl }), query, { id });
    open.push(sub);
    await sub.ready;
    expect(sub.error).toBeNull();
    return sub;
  }

  /** The person accepts an invitation with another role, from another browser: their own session stays signed in. */
  async function becomes(who: Person, role: 'FACILITATOR' | 'COORDINATOR'): Promise<void> {
    const token = await earlierInvitation(t, world.a.id, who.email, role, role === 'FACILITATOR' ? null : world.a.organisations[1].id);
    expect((await t.client().ok(ACCEPT, { input: { token, password: PASSWORD } })).acceptInvitation.currentMembership.role).toBe(role);
  }

  it('ends the table and the plenary of a member who becomes a facilitator, though the meeting keeps their seat', async () => {
    const asDirk = await signedIn(t, dirk);
    const table = await follow<TableChange>(asDirk.cookie!, TABLE_LIVE, meeting.tableId);
    const plenary = await follow(asDirk.cookie!, PLENARY_LIVE, meeting.id);
    await becomes(dirk, 'FACILITATOR');
    await within(table.ended, 'the facilitator’s table screen ending');
    await within(plenary.ended, 'the facilitator’s plenary ending');
    expect(JSON.stringify(table.error)).toMatch(/NOT_FOUND/);
    expect(JSON.stringify(plenary.error)).toMatch(/NOT_FOUND/);
    // Their session goes on; the meeting is closed to it.
    const again = subscribe(wsClient(url, { cookie: asDirk.cookie!, origin: t.config.appUrl }), TABLE_LIVE, { id: meeting.tableId });
    open.push(again);
    await within(again.ended, 'the refusal of a new subscription');
    expect(JSON.stringify(again.error)).toMatch(/NOT_FOUND/);
  });

  it('keeps the table of a member who becomes a coordinator: they may still follow it', async () => {
    const asEva = await signedIn(t, eva);
    const table = await follow<TableChange>(asEva.cookie!, TABLE_LIVE, meeting.tableId);
    await becomes(eva, 'COORDINATOR');
    const card = (await asEva.ok(POST, { input: { tableId: meeting.tableId, kind: 'STRENGTH', text: 'Nog aan tafel.' } })).postMeetingCard;
    await within(
      table.next((e) => e.meetingTableChanged.cardId === card.id),
      'the card reaching the coordinator’s table screen',
    );
    expect(table.error).toBeNull();
  });
});
