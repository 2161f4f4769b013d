import { Scheduler } from '@kijkje/api/core';
import { addDays, dutchToday } from '@kijkje/domain';
import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type Person, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';

const MEETING_FIELDS = `id title status version capacity registeredCount waitlistCount canEdit canRegister canCancelRegistration canAssignTables
  items { id atTime speaker talk } tables { id name hostName capacity occupied }
  myRegistration { status tableId waitlistPosition } registrations { name status tableId waitlistPosition }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { ${MEETING_FIELDS} } }`;
const ADD_ITEM = `mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) { ${MEETING_FIELDS} } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { ${MEETING_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelMeetingRegistration(meetingId: $id) { ${MEETING_FIELDS} } }`;
const CHOOSE = `mutation($input: ChooseMeetingTableInput!) { chooseMeetingTable(input: $input) { ${MEETING_FIELDS} } }`;
const ASSIGN = `mutation($id: ID!) { assignMeetingTables(meetingId: $id) { ${MEETING_FIELDS} } }`;
const CARD = `id tableId kind text authorName mine cluster mergedIntoId isYield isRecommendation`;
const POST = `mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { ${CARD} } }`;
const MARK = `mutation($input: MarkMeetingCardInput!) { markMeetingCard(input: $input) { ${CARD} } }`;
const MERGE = `mutation($input: MergeMeetingCardsInput!) { mergeMeetingCards(input: $input) { ${CARD} } }`;
const MOVE = `mutation($input: MoveMeetingCardInput!) { moveMeetingCard(input: $input) { ${CARD} } }`;
const TABLE = `query($id: ID!) { tableCards(tableId: $id) { atTable canPost canModerate cards { ${CARD} } } }`;
const PLENARY = `query($id: ID!) { plenary(meetingId: $id) { title tables { name yields { ${CARD} } } } }`;

/** Extra members of network A, signed in with the same password as the world's people. */
async function members(t: TestApp, world: World, tags: string[]): Promise<Person[]> {
  return withAdmin(async (c) => {
    const people: Person[] = [];
    for (const tag of tags) {
      const email = `${tag}@test.kijkje.nl`;
      const { rows } = await c.query(
        `INSERT INTO app_user (email, name, password_hash) SELECT $1, $2, password_hash FROM app_user WHERE id = $3 RETURNING id`,
        [email, `Deelnemer ${tag}`, world.a.member.id],
      );
      await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
        world.a.id,
        rows[0].id,
        world.a.organisations[1].id,
      ]);
      people.push({ id: rows[0].id, email, name: `Deelnemer ${tag}` });
    }
    return people;
  }, t.db.ownerUrl);
}

export function meetingInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Werkbijeenkomst Sociaal Domein',
    description: 'Een middag met thematafels.',
    hostOrganisationId: null,
    hostMayEdit: false,
    day: addDays(dutchToday(), 30),
    startTime: '13:30',
    endTime: '17:00',
    place: 'Stadhuis',
    onlineLink: null,
    capacity: 3,
    ...overrides,
  };
}

describe('work meetings with theme tables', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  let host: GqlClient;
  let p1: GqlClient;
  let p2: GqlClient;
  let p3: GqlClient;
  let p4: GqlClient;
  let people: Person[];
  let meetingId: string;
  let tables: { id: string; name: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    people = await members(t, world, ['tafel-1', 'tafel-2', 'tafel-3', 'tafel-4']);
    coordinator = await signedIn(t, world.a.coordinator);
    host = await signedIn(t, world.a.member);
    [p1, p2, p3, p4] = await Promise.all(people.map((p) => signedIn(t, p)));
  });
  afterAll(() => t.close());

  it('lets the coordinator plan a meeting in Dutch time with tables and a programme, a draft only they see', async () => {
    const created = (await coordinator.ok(CREATE, { input: meetingInput({ hostOrganisationId: world.a.organisations[0].id }) })).createMeeting;
    meetingId = created.id;
    expect(created).toMatchObject({ status: 'DRAFT', capacity: 3, canEdit: true });
    const startsAt = await withAdmin(
      async (c) =>
        (await c.query(`SELECT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS t FROM meeting WHERE id = $1`, [meetingId])).rows[0].t,
      t.db.ownerUrl,
    );
    expect(startsAt).toBe('13:30');
    expect(codeOf(await p1.gql(MEETING, { id: meetingId }))).toBe('NOT_FOUND');
    expect(codeOf(await host.gql(CREATE, { input: meetingInput() }))).toBe('FORBIDDEN');
    await coordinator.ok(ADD_ITEM, { input: { meetingId, atTime: '13:30', speaker: 'Wethouder', talk: 'Opening' } });
    await coordinator.ok(ADD_TABLE, { input: { meetingId, name: 'Wmo & Jeugd', hostUserId: world.a.member.id, capacity: 2 } });
    const withTables = (await coordinator.ok(ADD_TABLE, { input: { meetingId, name: 'Participatie', hostUserId: null, capacity: 2 } })).addMeetingTable;
    tables = withTables.tables;
    expect(withTables.items.map((i: { talk: string }) => i.talk)).toEqual(['Opening']);
    expect(tables.map((x) => x.name)).toEqual(['Wmo & Jeugd', 'Participatie']);
    const opened = (await coordinator.ok(STEP, { input: { id: meetingId, version: withTables.version, step: 'OPEN' } })).stepMeeting;
    expect(opened.status).toBe('OPEN');
    expect(codeOf(await coordinator.gql(STEP, { input: { id: meetingId, version: withTables.version, step: 'HOLD' } }))).toBe('CONFLICT');
  });

  it('registers first come first served, waitlists beyond capacity, and promotes the first waiting on a cancellation', async () => {
    for (const c of [p1, p2, p3]) expect((await c.ok(REGISTER, { id: meetingId })).registerForMeeting.myRegistration.status).toBe('REGISTERED');
    const waiting = (await p4.ok(REGISTER, { id: meetingId })).registerForMeeting;
    expect(waiting.myRegistration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(waiting.registrations).toEqual([]);
    expect(codeOf(await p4.gql(REGISTER, { id: meetingId }))).toBe('BAD_USER_INPUT');
    expect((await p3.ok(CANCEL, { id: meetingId })).cancelMeetingRegistration.myRegistration.status).toBe('CANCELLED');
    expect((await p4.ok(MEETING, { id: meetingId })).meeting.myRegistration.status).toBe('REGISTERED');
    const audit = await withAdmin(
      async (c) => (await c.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY created_at`, [meetingId])).rows,
      t.db.ownerUrl,
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['meeting.created', 'meeting.open', 'meeting.registered', 'meeting.registration_cancelled']),
    );
  });

  it('lets a participant choose a table with room and seats the rest evenly', async () => {
    await p1.ok(CHOOSE, { input: { meetingId, tableId: tables[0].id } });
    await p2.ok(CHOOSE, { input: { meetingId, tableId: tables[0].id } });
    const full = await p4.gql(CHOOSE, { input: { meetingId, tableId: tables[0].id } });
    expect(full.errors![0].extensions.fields![0].field).toBe('tableId');
    expect(codeOf(await p3.gql(CHOOSE, { input: { meetingId, tableId: tables[0].id } }))).toBe('FORBIDDEN');
    expect(codeOf(await p1.gql(ASSIGN, { id: meetingId }))).toBe('FORBIDDEN');
    const assigned = (await coordinator.ok(ASSIGN, { id: meetingId })).assignMeetingTables;
    expect(assigned.tables.map((x: { occupied: number }) => x.occupied)).toEqual([2, 1]);
    expect((await p4.ok(MEETING, { id: meetingId })).meeting.myRegistration.tableId).toBe(tables[1].id);
  });

  it('keeps cards to the table: authors only there, yields only elsewhere, posting only for those seated', async () => {
    const posted = (await p1.ok(POST, { input: { tableId: tables[0].id, kind: 'STRENGTH', text: '  Korte lijnen met de wijkteams.  ' } })).postMeetingCard;
    expect(posted).toMatchObject({ text: 'Korte lijnen met de wijkteams.', authorName: 'Deelnemer tafel-1', mine: true, isYield: false });
    const dup = (await p2.ok(POST, { input: { tableId: tables[0].id, kind: 'STRENGTH', text: 'Korte lijnen!' } })).postMeetingCard;
    const concern = (await p2.ok(POST, { input: { tableId: tables[0].id, kind: 'CONCERN', text: 'Wachtlijsten in de jeugdzorg.' } })).postMeetingCard;
    // Another table's participant and a member who did not register: no posting, no authors, no drafts.
    expect(codeOf(await p4.gql(POST, { input: { tableId: tables[0].id, kind: 'STRENGTH', text: 'Ik zit hier niet.' } }))).toBe('FORBIDDEN');
    expect(codeOf(await p3.gql(POST, { input: { tableId: tables[0].id, kind: 'STRENGTH', text: 'Niet aangemeld.' } }))).toBe('FORBIDDEN');
    const elsewhere = (await p4.ok(TABLE, { id: tables[0].id })).tableCards;
    expect(elsewhere).toMatchObject({ atTable: false, canPost: false, canModerate: false, cards: [] });
    // The table host merges the duplicate and marks yields.
    expect(codeOf(await p1.gql(MARK, { input: { cardId: posted.id, isYield: true, isRecommendation: false } }))).toBe('FORBIDDEN');
    await host.ok(MERGE, { input: { sourceId: dup.id, targetId: posted.id } });
    expect((await host.gql(MERGE, { input: { sourceId: dup.id, targetId: posted.id } })).errors![0].extensions.fields![0].field).toBe('targetId');
    await host.ok(MOVE, { input: { cardId: posted.id, cluster: 'Samenwerking' } });
    await host.ok(MARK, { input: { cardId: posted.id, isYield: true, isRecommendation: false } });
    await host.ok(MARK, { input: { cardId: concern.id, isYield: false, isRecommendation: true } });
    const atTable = (await p2.ok(TABLE, { id: tables[0].id })).tableCards;
    expect(atTable.cards.map((c: { text: string; authorName: string; mergedIntoId: string | null }) => [c.text, c.authorName, c.mergedIntoId])).toEqual([
      ['Korte lijnen met de wijkteams.', 'Deelnemer tafel-1', null],
      ['Korte lijnen!', 'Deelnemer tafel-2', posted.id],
      ['Wachtlijsten in de jeugdzorg.', 'Deelnemer tafel-2', null],
    ]);
    for (const reader of [p4, p3, coordinator]) {
      const res = await reader.ok(TABLE, { id: tables[0].id });
      expect(res.tableCards.cards.map((c: { text: string }) => c.text)).toEqual(['Korte lijnen met de wijkteams.', 'Wachtlijsten in de jeugdzorg.']);
      expect(JSON.stringify(res)).not.toContain('Deelnemer');
      const plenary = await reader.ok(PLENARY, { id: meetingId });
      expect(plenary.plenary.tables.map((x: { name: string; yields: unknown[] }) => [x.name, x.yields.length])).toEqual([
        ['Wmo & Jeugd', 2],
        ['Participatie', 0],
      ]);
      expect(JSON.stringify(plenary)).not.toContain('Deelnemer');
    }
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const count = () => withAdmin(async (c) => (await c.query(`SELECT count(*)::int AS n FROM meeting_card`)).rows[0].n, t.db.ownerUrl);
    const before = await count();
    for (const text of ['   ', 'x'.repeat(281)]) {
      const res = await p1.gql(POST, { input: { tableId: tables[0].id, kind: 'STRENGTH', text } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields![0]).toMatchObject({ field: 'text' });
    }
    expect(codeOf(await p1.gql(POST, { input: { tableId: tables[0].id, kind: 'NONSENSE', text: 'x' } }))).not.toBe('OK');
    expect(codeOf(await p1.gql(POST, { input: { tableId: 'geen-id', kind: 'STRENGTH', text: 'x' } }))).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    const bad = await coordinator.gql(CREATE, { input: meetingInput({ capacity: 0, startTime: '25:00', day: '2020-01-01' }) });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const past = await coordinator.gql(CREATE, { input: meetingInput({ day: '2020-01-01' }) });
    expect(past.errors![0].extensions.fields![0].field).toBe('day');
    const backwards = await coordinator.gql(CREATE, { input: meetingInput({ startTime: '17:00', endTime: '17:00' }) });
    expect(backwards.errors![0].extensions.fields![0].field).toBe('endTime');
  });

  it('posts one card for one idempotency key, however often a phone sends it again (REL-03)', async () => {
    const count = (text: string) =>
      withAdmin(async (c) => (await c.query(`SELECT count(*)::int AS n FROM meeting_card WHERE text = $1`, [text])).rows[0].n, t.db.ownerUrl);
    const input = { tableId: tables[0].id, kind: 'CONCERN', text: 'Offline getypt: de wachttijd voor beschermd wonen.', idempotencyKey: 'offline-card-0001' };
    // At once (a retry while the first is still on its way) and once more later (after a lost answer, or a reload).
    const results = await Promise.all([1, 2, 3].map(() => p1.gql(POST, { input })));
    const ids = new Set(results.map((r) => r.data?.postMeetingCard?.id).filter(Boolean));
    expect(ids.size).toBe(1);
    expect(results.every((r) => codeOf(r) === 'OK' || codeOf(r) === 'CONFLICT')).toBe(true);
    const again = (await p1.ok(POST, { input })).postMeetingCard;
    expect(again).toMatchObject({ id: [...ids][0], text: input.text, mine: true });
    expect(await count(input.text)).toBe(1);
    // The key is the sender's own: someone else's card with the same key is their own card.
    const other = (await p2.ok(POST, { input: { ...input, text: 'Van iemand anders, met dezelfde sleutel.' } })).postMeetingCard;
    expect(other.id).not.toBe(again.id);
    // A new key is a new card, even with the same text; a malformed key is refused, writing nothing.
    expect((await p1.ok(POST, { input: { ...input, idempotencyKey: 'offline-card-0002' } })).postMeetingCard.id).not.toBe(again.id);
    expect(await count(input.text)).toBe(2);
    const bad = await p1.gql(POST, { input: { ...input, idempotencyKey: 'kort' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields![0]).toMatchObject({ field: 'idempotencyKey' });
    // Someone not at the table never gets a card through a key, old or new.
    expect(codeOf(await p4.gql(POST, { input }))).toBe('FORBIDDEN');
    expect(await count(input.text)).toBe(2);
  });

  it('sends a card live to its table, and a yield live to the plenary', async () => {
    const url = await t.listen();
    const tableSub = subscribe(
      wsClient(url, { cookie: p2.cookie, origin: t.config.appUrl }),
      `subscription($id: ID!) { meetingTableChanged(tableId: $id) { tableId cardId change } }`,
      {
        id: tables[0].id,
      },
    );
    const plenarySub = subscribe(
      wsClient(url, { cookie: p4.cookie, origin: t.config.appUrl }),
      `subscription($id: ID!) { meetingPlenaryChanged(meetingId: $id) { tableId change } }`,
      {
        id: meetingId,
      },
    );
    const otherTable = subscribe(
      wsClient(url, { cookie: p4.cookie, origin: t.config.appUrl }),
      `subscription($id: ID!) { meetingTableChanged(tableId: $id) { cardId } }`,
      {
        id: tables[0].id,
      },
    );
    await Promise.all([tableSub.ready, plenarySub.ready, otherTable.ready]);
    expect(JSON.stringify(otherTable.error)).toContain('NOT_FOUND');
    const card = (await p1.ok(POST, { input: { tableId: tables[0].id, kind: 'OWN_RESPONSIBILITY', text: 'Zelf de regie nemen.' } })).postMeetingCard;
    await tableSub.next((e) => (e as { meetingTableChanged: { cardId: string } }).meetingTableChanged.cardId === card.id);
    await host.ok(MARK, { input: { cardId: card.id, isYield: true, isRecommendation: false } });
    await plenarySub.next((e) => (e as { meetingPlenaryChanged: { tableId: string } }).meetingPlenaryChanged.tableId === tables[0].id);
    await Promise.all([tableSub.close(), plenarySub.close(), otherTable.close()]);
  });

  it('gives the meeting as a calendar file in Dutch time to those who may read it, and to nobody else', async () => {
    const ics = await request(t.http).get(`/export/agenda/bijeenkomst/${meetingId}.ics`).set('cookie', p1.cookie!);
    expect(ics.status).toBe(200);
    expect(ics.text).toContain(`UID:bijeenkomst-${meetingId}@kijkje`);
    expect(ics.text).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T133000/);
    expect(ics.text).toContain('SUMMARY:Kijkje: Werkbijeenkomst Sociaal Domein');
    const other = await signedIn(t, world.b.coordinator);
    expect((await request(t.http).get(`/export/agenda/bijeenkomst/${meetingId}.ics`).set('cookie', other.cookie!)).status).toBe(404);
  });

  it('removes cards and registrations once the network’s retention has passed since the meeting, keeping the meeting', async () => {
    await withAdmin(
      (c) =>
        c.query(`UPDATE meeting SET starts_at = now() - interval '6 years', ends_at = now() - interval '6 years' + interval '3 hours' WHERE id = $1`, [
          meetingId,
        ]),
      t.db.ownerUrl,
    );
    await t.app.get(Scheduler).runDue(new Date(Date.now() + 2 * 24 * 3_600_000));
    const left = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT (SELECT count(*) FROM meeting_card WHERE meeting_id = $1)::int AS cards, (SELECT count(*) FROM meeting_registration WHERE meeting_id = $1)::int AS registrations,
                    (SELECT count(*) FROM meeting_table WHERE meeting_id = $1)::int AS tables,
                    (SELECT count(*) FROM audit_event WHERE action = 'meeting.material_expired' AND target_id = $1::text)::int AS audited`,
            [meetingId],
          )
        ).rows[0],
      t.db.ownerUrl,
    );
    expect(left).toEqual({ cards: 0, registrations: 0, tables: 2, audited: 1 });
  });
});
