import { addDays, dutchToday } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type Person, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';

/*
 * Issue 17, planning beyond a meeting's own fields: a table's host is edited (with a version),
 * and its live screens follow who may still see it; a meeting names the next one of its series.
 */
const MEETING = `id status version nextMeetingId tables { id name hostUserId capacity occupied version }
  nextMeeting { id title hostOrganisation } previousMeeting { id title }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${MEETING} } }`;
const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { ${MEETING} } }`;
const UPDATE_TABLE = `mutation($input: UpdateMeetingTableInput!) { updateMeetingTable(input: $input) { ${MEETING} } }`;
const REMOVE_TABLE = `mutation($id: ID!) { removeMeetingTable(tableId: $id) { ${MEETING} } }`;
const SET_NEXT = `mutation($input: SetNextMeetingInput!) { setNextMeeting(input: $input) { ${MEETING} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { ${MEETING} myRegistration { tableId } } }`;
const LIST = `{ meetings { id nextMeetingId } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`;
const CHOOSE = `mutation($input: ChooseMeetingTableInput!) { chooseMeetingTable(input: $input) { id } }`;
const POST = `mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { id } }`;
const TABLE = `query($id: ID!) { tableCards(tableId: $id) { atTable canModerate } }`;
const TABLE_LIVE = `subscription($id: ID!) { meetingTableChanged(tableId: $id) { tableId cardId change } }`;

type Change = { meetingTableChanged: { cardId: string | null; change: string } };

function input(days: number, hostOrganisationId: string | null, title = `Bijeenkomst over ${days} dagen`) {
  return {
    title,
    description: null,
    hostOrganisationId,
    hostMayEdit: false,
    day: addDays(dutchToday(), days),
    startTime: '13:30',
    endTime: '17:00',
    place: null,
    onlineLink: null,
    capacity: 20,
  };
}

describe('planning a meeting: table hosts and the series', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  let formerHost: GqlClient;
  let p1: GqlClient;
  let p2: GqlClient;
  let outsider: GqlClient;
  let people: Person[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    people = await withAdmin(async (c) => {
      const out: Person[] = [];
      for (const name of ['Noor Bos', 'Daan Mulder']) {
        const email = `${name.toLowerCase().replace(' ', '.')}@test.kijkje.nl`;
        const { rows } = await c.query(
          `INSERT INTO app_user (email, name, password_hash) SELECT $1, $2, password_hash FROM app_user WHERE id = $3 RETURNING id`,
          [email, name, world.a.member.id],
        );
        await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
          world.a.id,
          rows[0].id,
          world.a.organisations[1].id,
        ]);
        out.push({ id: rows[0].id, email, name });
      }
      return out;
    }, t.db.ownerUrl);
    [coordinator, formerHost, p1, p2, outsider] = await Promise.all([
      signedIn(t, world.a.coordinator),
      signedIn(t, world.a.member),
      signedIn(t, people[0]),
      signedIn(t, people[1]),
      signedIn(t, world.b.coordinator),
    ]);
  });
  afterAll(() => t.close());

  async function openMeeting(days: number, hostOrganisationId: string | null, tables: string[] = []) {
    let m = (await coordinator.ok(CREATE, { input: input(days, hostOrganisationId) })).createMeeting;
    for (const name of tables)
      m = (await coordinator.ok(ADD_TABLE, { input: { meetingId: m.id, name, hostUserId: world.a.member.id, capacity: 4 } })).addMeetingTable;
    return (await coordinator.ok(STEP, { input: { id: m.id, version: m.version, step: 'OPEN' } })).stepMeeting;
  }

  it('moves a table to another host: the former host’s live table ends, those seated reload and go on', async () => {
    const m = await openMeeting(30, world.a.organisations[0].id, ['Wmo & Jeugd', 'Participatie']);
    const [wmo, participatie] = m.tables;
    await p1.ok(REGISTER, { id: m.id });
    await p1.ok(CHOOSE, { input: { meetingId: m.id, tableId: wmo.id } });
    await p2.ok(REGISTER, { id: m.id });
    await p2.ok(CHOOSE, { input: { meetingId: m.id, tableId: participatie.id } });
    const url = await t.listen();
    const hostSub = subscribe<Change>(wsClient(url, { cookie: formerHost.cookie, origin: t.config.appUrl }), TABLE_LIVE, { id: wmo.id });
    const seatedSub = subscribe<Change>(wsClient(url, { cookie: p1.cookie, origin: t.config.appUrl }), TABLE_LIVE, { id: wmo.id });
    const goneSub = subscribe<Change>(wsClient(url, { cookie: p2.cookie, origin: t.config.appUrl }), TABLE_LIVE, { id: participatie.id });
    await Promise.all([hostSub.ready, seatedSub.ready, goneSub.ready]);
    expect([hostSub.error, seatedSub.error, goneSub.error]).toEqual([null, null, null]);

    // Who may not: a member, another network; what may not: a stale version, too few seats, a host from outside.
    const change = { tableId: wmo.id, version: wmo.version, name: 'Wmo', hostUserId: people[1].id, capacity: 4 };
    expect(codeOf(await p1.gql(UPDATE_TABLE, { input: change }))).toBe('FORBIDDEN');
    expect(codeOf(await outsider.gql(UPDATE_TABLE, { input: change }))).toBe('NOT_FOUND');
    expect(codeOf(await coordinator.gql(UPDATE_TABLE, { input: { ...change, version: wmo.version + 1 } }))).toBe('CONFLICT');
    for (const [bad, field] of [
      [{ capacity: 0 }, 'capacity'],
      [{ hostUserId: world.b.member.id }, 'hostUserId'],
    ] as const) {
      const res = await coordinator.gql(UPDATE_TABLE, { input: { ...change, ...bad } });
      expect([field, res.errors?.[0]?.extensions.fields?.[0]?.field]).toEqual([field, field]);
    }
    const full = await coordinator.gql(UPDATE_TABLE, { input: change });
    expect(codeOf(full)).toBe('OK');
    const updated = full.data!.updateMeetingTable.tables.find((x: { id: string }) => x.id === wmo.id);
    expect(updated).toMatchObject({ name: 'Wmo', hostUserId: people[1].id, capacity: 4, occupied: 1, version: wmo.version + 1 });
    // The former host may no longer follow the table; those seated are told to reload, and go on.
    await hostSub.ended;
    expect(JSON.stringify(hostSub.error)).toContain('NOT_FOUND');
    await seatedSub.next((e) => e.meetingTableChanged.change === 'REFRESH' && e.meetingTableChanged.cardId === null);
    const card = (await p1.ok(POST, { input: { tableId: wmo.id, kind: 'STRENGTH', text: 'Nog steeds live.' } })).postMeetingCard;
    await seatedSub.next((e) => e.meetingTableChanged.cardId === card.id);
    expect((await formerHost.ok(TABLE, { id: wmo.id })).tableCards).toEqual({ atTable: false, canModerate: false });
    expect((await p2.ok(TABLE, { id: wmo.id })).tableCards).toEqual({ atTable: true, canModerate: true });
    // A table that goes away ends its screens; those seated there have no table any more.
    await coordinator.ok(REMOVE_TABLE, { id: participatie.id });
    await goneSub.ended;
    expect(JSON.stringify(goneSub.error)).toContain('NOT_FOUND');
    expect((await p2.ok(READ, { id: m.id })).meeting.myRegistration.tableId).toBeNull();
    await Promise.all([hostSub.close(), seatedSub.close(), goneSub.close()]);
  });

  it('refuses fewer seats than people at the table', async () => {
    const m = await openMeeting(31, null, ['Informatievoorziening']);
    const [table] = m.tables;
    await p1.ok(REGISTER, { id: m.id });
    await p1.ok(CHOOSE, { input: { meetingId: m.id, tableId: table.id } });
    await withAdmin(
      (c) =>
        c.query(`INSERT INTO meeting_registration (network_id, meeting_id, user_id, status, table_id) VALUES ($1, $2, $3, 'REGISTERED', $4)`, [
          world.a.id,
          m.id,
          people[1].id,
          table.id,
        ]),
      t.db.ownerUrl,
    );
    const res = await coordinator.gql(UPDATE_TABLE, { input: { tableId: table.id, version: table.version, name: table.name, hostUserId: null, capacity: 1 } });
    expect(res.errors![0].extensions.fields![0]).toMatchObject({
      field: 'capacity',
      messages: { nl: 'Er zitten al 2 mensen aan deze tafel. Kies minstens 2 plaatsen.' },
    });
    expect((await coordinator.ok(READ, { id: m.id })).meeting.tables[0]).toMatchObject({ capacity: 4, version: table.version });
  });

  it('names the next meeting of a series: later, at another host, announced, following no other; the network sees the line', async () => {
    const [utrecht, zwolle] = world.a.organisations;
    const first = await openMeeting(40, utrecht.id);
    let second = (await coordinator.ok(CREATE, { input: input(80, zwolle.id, 'Tweede bijeenkomst') })).createMeeting;
    const attempt = (from: { id: string; version: number }, nextMeetingId: string | null, who = coordinator) =>
      who.gql(SET_NEXT, { input: { meetingId: from.id, version: from.version, nextMeetingId } });
    const fieldOf = (res: Awaited<ReturnType<typeof attempt>>) => [codeOf(res), res.errors?.[0]?.extensions.fields?.[0]?.messages.nl];

    expect(fieldOf(await attempt(first, second.id))).toEqual(['BAD_USER_INPUT', 'Deze bijeenkomst is nog een concept. Open haar eerst voor aanmelding.']);
    second = (await coordinator.ok(STEP, { input: { id: second.id, version: second.version, step: 'OPEN' } })).stepMeeting;
    const sameHost = await openMeeting(90, utrecht.id);
    const earlier = await openMeeting(20, null);
    expect(fieldOf(await attempt(first, sameHost.id))).toEqual(['BAD_USER_INPUT', 'De volgende bijeenkomst is bij een andere gastorganisatie.']);
    expect(fieldOf(await attempt(first, earlier.id))).toEqual(['BAD_USER_INPUT', 'De volgende bijeenkomst heeft nog geen gastorganisatie. Kies die eerst.']);
    expect(fieldOf(await attempt(first, first.id))).toEqual(['BAD_USER_INPUT', 'Een bijeenkomst kan niet op zichzelf volgen.']);
    expect(codeOf(await attempt(first, second.id, p1))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(first, second.id, outsider))).toBe('NOT_FOUND');
    expect(codeOf(await attempt({ ...first, version: first.version + 5 }, second.id))).toBe('CONFLICT');
    const otherNetwork = (await outsider.ok(CREATE, { input: input(85, world.b.organisations[1].id) })).createMeeting;
    expect(codeOf(await attempt(first, otherNetwork.id))).toBe('NOT_FOUND');

    const linked = (await attempt(first, second.id)).data!.setNextMeeting;
    expect(linked).toMatchObject({ nextMeetingId: second.id, nextMeeting: { id: second.id, title: 'Tweede bijeenkomst', hostOrganisation: 'Zwolle' } });
    expect(fieldOf(await attempt(sameHost, second.id))).toEqual(['BAD_USER_INPUT', 'De volgende bijeenkomst begint na deze.']);
    const between = await openMeeting(60, world.a.organisations[0].id);
    expect(fieldOf(await attempt(between, second.id))).toEqual(['BAD_USER_INPUT', 'Deze bijeenkomst volgt al op een andere bijeenkomst.']);
    // Members see the series: both ends of the link, and the list.
    expect((await p1.ok(READ, { id: second.id })).meeting.previousMeeting).toEqual({ id: first.id, title: 'Bijeenkomst over 40 dagen' });
    const list = (await p1.ok(LIST)).meetings;
    expect(list.find((x: { id: string }) => x.id === first.id).nextMeetingId).toBe(second.id);
    const audit = await withAdmin(
      async (c) => (await c.query(`SELECT data FROM audit_event WHERE action = 'meeting.next_set' AND target_id = $1`, [first.id])).rows,
      t.db.ownerUrl,
    );
    expect(audit).toEqual([{ data: { nextMeetingId: second.id } }]);
    // And the link can be taken away.
    const unlinked = (await attempt(linked, null)).data!.setNextMeeting;
    expect(unlinked).toMatchObject({ nextMeetingId: null, nextMeeting: null });
  });

  it('names no next meeting from a draft, which the network does not see', async () => {
    const draft = (await coordinator.ok(CREATE, { input: input(50, world.a.organisations[0].id) })).createMeeting;
    const next = await openMeeting(70, world.a.organisations[1].id);
    expect(codeOf(await coordinator.gql(SET_NEXT, { input: { meetingId: draft.id, version: draft.version, nextMeetingId: next.id } }))).toBe('FORBIDDEN');
  });
});
