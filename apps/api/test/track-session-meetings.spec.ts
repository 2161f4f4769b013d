import { DataSource } from 'typeorm';
import request from 'supertest';
import { AppointmentReminderJob } from '@kijkje/api/core';
import { addDays, dutchToday, startOfDutchDay } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { membershipIdOf } from './support/membership-changes';
import { subjectOf } from './support/meeting-mails';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import * as d from './support/track-documents';
import { buildTrackWorld, trackIn, type TrackWorld } from './support/track-world';
import { buildWorld, signedIn, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';

const TRACK_SESSIONS = `id sessions { id title version meetingId }`;
const TRACK = `query($id: ID!) { track(id: $id) { ${TRACK_SESSIONS} } }`;
const HOLD = `mutation($id: ID!) { holdTrackSessionWithTables(sessionId: $id) { ${TRACK_SESSIONS} } }`;
const MEETING_FIELDS = `id title status version place startsAt trackId trackTitle registeredCount waitlistCount canEdit canRegister canAssignTables
  canLinkNext canAssignFacilitators isFacilitator tables { id name hostUserId occupied } myRegistration { status tableId }
  registrations { userId status tableId }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
const MEETINGS = `{ meetings { id title trackId } }`;
const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { ${MEETING_FIELDS} } }`;
const CHOOSE = `mutation($input: ChooseMeetingTableInput!) { chooseMeetingTable(input: $input) { ${MEETING_FIELDS} } }`;
const ASSIGN = `mutation($id: ID!) { assignMeetingTables(meetingId: $id) { ${MEETING_FIELDS} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`;
const CANCEL_REGISTRATION = `mutation($id: ID!) { cancelMeetingRegistration(meetingId: $id) { id } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`;
const ASSIGN_FACILITATOR = `mutation($input: MeetingFacilitatorInput!) { assignMeetingFacilitator(input: $input) { id } }`;
const CARD = `id tableId kind text authorName isYield`;
const POST = `mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { ${CARD} } }`;
const MARK = `mutation($input: MarkMeetingCardInput!) { markMeetingCard(input: $input) { ${CARD} } }`;
const TABLE = `query($id: ID!) { tableCards(tableId: $id) { atTable canPost cards { ${CARD} } } }`;
const PLENARY = `query($id: ID!) { plenary(meetingId: $id) { title tables { name yields { text authorName } } } }`;
const REPORT_DRAFT = `query($id: ID!) { meetingReport(meetingId: $id) { version visibility } }`;
const START_REPORT = `mutation($id: ID!) { startMeetingReport(meetingId: $id) { version visibility } }`;
const UPDATE_REPORT = `mutation($input: UpdateMeetingReportInput!) { updateMeetingReport(input: $input) { version visibility } }`;
const PUBLISH_REPORT = `mutation($input: PublishMeetingReportInput!) { publishMeetingReport(input: $input) { version versions { number visibility } } }`;
const PLENARY_LIVE = `subscription($id: ID!) { meetingPlenaryChanged(meetingId: $id) { tableId change } }`;
const TABLE_LIVE = `subscription($id: ID!) { meetingTableChanged(tableId: $id) { cardId change } }`;

/**
 * A learning track's session held with theme tables (issue 17), through the GraphQL endpoint: the
 * track's facilitator opens a meeting bound to the session; its cohort are its participants, seated
 * at the tables, posting cards, the table host marking yields for the plenary; its audience is the
 * track: the coordinators, the track's facilitators and its accepted participants, nobody else of
 * the network in any way (page, list, tables, cards, plenary, live boards, report, calendar file).
 * Its title, time and place follow the session, and it sends no appointment of its own.
 */
describe('a learning-track session held with theme tables', () => {
  let t: TestApp;
  let world: World;
  let tr: TrackWorld;
  /** Another track of network A, with a facilitator of its own. */
  let other: TrackWorld;
  let facilitator: GqlClient;
  let owner: GqlClient;
  let peer: GqlClient;
  let otherGroup: GqlClient;
  let coordinator: GqlClient;
  /** Network members who are not of the cohort: a member of A, an applicant still waiting, the other track's facilitator. */
  let strangers: Record<string, GqlClient>;
  let meetingId: string;
  let tables: { id: string; name: string }[];
  let cardId: string;

  const meetingOf = async (client: GqlClient) => (await client.ok(TRACK, { id: tr.trackId })).track.sessions[0].meetingId as string | null;
  const rows = (sql: string, params: unknown[]) => withAdmin(async (c) => (await c.query(sql, params)).rows, t.db.ownerUrl);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    tr = await buildTrackWorld(t, world.a.id, world.a.organisations[0].id);
    other = await withAdmin((c) => trackIn(c, world.a.id, world.a.organisations[1].id, 'ander'), t.db.ownerUrl);
    [facilitator, owner, peer, otherGroup, coordinator] = await Promise.all(
      [tr.facilitator, tr.owner, tr.peer, tr.otherGroup, world.a.coordinator].map((p) => signedIn(t, p)),
    );
    strangers = {
      'a member of the network outside the cohort': await signedIn(t, world.a.member),
      'an applicant of the track, not (yet) accepted': await signedIn(t, tr.applicant),
      'the facilitator of another track': await signedIn(t, other.facilitator),
      'a participant of another track': await signedIn(t, other.owner),
    };
  });
  afterAll(() => t.close());

  it('is held by the track’s facilitator: one open meeting bound to the session, whose participants are the accepted cohort', async () => {
    const held = (await facilitator.ok(HOLD, { id: tr.sessionId })).holdTrackSessionWithTables;
    meetingId = held.sessions[0].meetingId;
    expect(meetingId).toEqual(expect.any(String));
    // Held again: the same meeting, not a second one.
    expect((await coordinator.ok(HOLD, { id: tr.sessionId })).holdTrackSessionWithTables.sessions[0].meetingId).toBe(meetingId);
    expect(await rows(`SELECT id, track_session_id AS "sessionId" FROM meeting WHERE track_session_id IS NOT NULL`, [])).toEqual([
      { id: meetingId, sessionId: tr.sessionId },
    ]);
    const { meeting } = await facilitator.ok(MEETING, { id: meetingId });
    expect(meeting).toMatchObject({
      title: 'Startbijeenkomst',
      status: 'OPEN',
      trackId: tr.trackId,
      trackTitle: 'Veranderlab lab',
      isFacilitator: true,
      canEdit: true,
      canRegister: false,
      canLinkNext: false,
      canAssignFacilitators: false,
      registeredCount: 3,
      waitlistCount: 0,
    });
    expect(meeting.registrations.map((r: { userId: string }) => r.userId).sort()).toEqual([tr.owner.id, tr.peer.id, tr.otherGroup.id].sort());
  });

  it('leads the cohort and the coordinator from the session to it; anyone else who reads the track is told nothing of it', async () => {
    for (const client of [facilitator, owner, coordinator]) expect(await meetingOf(client)).toBe(meetingId);
    for (const [who, client] of Object.entries(strangers)) {
      const res = await client.gql(TRACK, { id: tr.trackId });
      if (codeOf(res) === 'OK') expect([who, res.data!.track.sessions[0].meetingId]).toEqual([who, null]);
      else expect([who, codeOf(res)]).toEqual([who, 'NOT_FOUND']);
      expect(JSON.stringify(res.data ?? {})).not.toContain(meetingId);
    }
  });

  it('seats the cohort at the tables (their choice, or evenly), lets them post cards and the table host mark the yields for the plenary', async () => {
    // A table host is one of the track's people: a member outside the cohort is refused, with nothing written.
    const refused = await facilitator.gql(ADD_TABLE, { input: { meetingId, name: 'Wmo', hostUserId: world.a.member.id, capacity: 5 } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields![0]).toMatchObject({ field: 'hostUserId', messages: { nl: expect.stringContaining('leergang') } });
    await facilitator.ok(ADD_TABLE, { input: { meetingId, name: 'Wmo', hostUserId: tr.peer.id, capacity: 5 } });
    const added = (await facilitator.ok(ADD_TABLE, { input: { meetingId, name: 'Jeugd', hostUserId: tr.facilitator.id, capacity: 5 } })).addMeetingTable;
    tables = added.tables;
    await owner.ok(CHOOSE, { input: { meetingId, tableId: tables[0].id } });
    const seated = (await facilitator.ok(ASSIGN, { id: meetingId })).assignMeetingTables;
    expect(seated.registrations.every((r: { tableId: string | null }) => r.tableId !== null)).toBe(true);
    const card = (await owner.ok(POST, { input: { tableId: tables[0].id, kind: 'CONCERN', text: 'Sturen op vertrouwen is nog wennen.' } })).postMeetingCard;
    cardId = card.id;
    expect(card.authorName).toBe(tr.owner.name);
    await peer.ok(MARK, { input: { cardId, isYield: true, isRecommendation: false } });
    const { plenary } = await otherGroup.ok(PLENARY, { id: meetingId });
    expect(plenary.tables[0]).toEqual({ name: 'Wmo', yields: [{ text: 'Sturen op vertrouwen is nog wennen.', authorName: null }] });
  });

  it.each([
    'a member of the network outside the cohort',
    'an applicant of the track, not (yet) accepted',
    'the facilitator of another track',
    'a participant of another track',
  ])('shows %s nothing of it: not in the list, and its page, tables, cards, plenary, report and calendar file are not found', async (who) => {
    const client = strangers[who];
    const list = await client.gql(MEETINGS);
    expect(codeOf(list)).toBe('OK');
    expect(JSON.stringify(list.data)).not.toContain(meetingId);
    for (const [query, variables] of [
      [MEETING, { id: meetingId }],
      [TABLE, { id: tables[0].id }],
      [PLENARY, { id: meetingId }],
      [REPORT_DRAFT, { id: meetingId }],
      [REGISTER, { id: meetingId }],
      [POST, { input: { tableId: tables[0].id, kind: 'STRENGTH', text: 'Indringer' } }],
      [MARK, { input: { cardId, isYield: false, isRecommendation: true } }],
    ] as const) {
      const res = await client.gql(query, variables);
      expect([who, query.slice(0, 40), codeOf(res)]).toEqual([who, query.slice(0, 40), 'NOT_FOUND']);
      expect(JSON.stringify(res)).not.toContain('Sturen op vertrouwen');
    }
    for (const path of [`/export/agenda/bijeenkomst/${meetingId}.ics`, `/export/bijeenkomstverslag/${meetingId}/pdf`])
      expect([path, (await request(t.http).get(path).set('cookie', client.cookie!)).status]).toEqual([path, 404]);
  });

  it.each(['a member of the network outside the cohort', 'the facilitator of another track'])(
    'does not let %s follow its tables or plenary live',
    async (who) => {
      const url = await t.listen();
      for (const [query, id] of [
        [PLENARY_LIVE, meetingId],
        [TABLE_LIVE, tables[0].id],
      ]) {
        const sub = subscribe(wsClient(url, { cookie: strangers[who].cookie, origin: t.config.appUrl }), query, { id });
        await sub.ready;
        expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
        expect(sub.received).toEqual([]);
        await sub.close();
      }
    },
  );

  it('lets the coordinator read and follow it all; the cohort follows its table and plenary live', async () => {
    expect((await coordinator.ok(MEETINGS)).meetings.map((m: { id: string }) => m.id)).toContain(meetingId);
    expect((await coordinator.ok(TABLE, { id: tables[0].id })).tableCards.cards).toEqual([expect.objectContaining({ id: cardId, authorName: null })]);
    const url = await t.listen();
    const plenary = subscribe(wsClient(url, { cookie: coordinator.cookie, origin: t.config.appUrl }), PLENARY_LIVE, { id: meetingId });
    const table = subscribe(wsClient(url, { cookie: peer.cookie, origin: t.config.appUrl }), TABLE_LIVE, { id: tables[0].id });
    await Promise.all([plenary.ready, table.ready]);
    expect([plenary.error, table.error]).toEqual([null, null]);
    const card = (await owner.ok(POST, { input: { tableId: tables[0].id, kind: 'STRENGTH', text: 'We leren van elkaars casus.' } })).postMeetingCard;
    await table.next((e) => (e as { meetingTableChanged: { cardId: string } }).meetingTableChanged.cardId === card.id);
    await peer.ok(MARK, { input: { cardId: card.id, isYield: true, isRecommendation: false } });
    await plenary.next((e) => (e as { meetingPlenaryChanged: { tableId: string } }).meetingPlenaryChanged.tableId === tables[0].id);
    await Promise.all([plenary.close(), table.close()]);
  });

  it('takes no registration, cancellation, facilitator of its own or cancelling; its fields are the session’s', async () => {
    for (const query of [REGISTER, CANCEL_REGISTRATION]) expect(codeOf(await owner.gql(query, { id: meetingId }))).toBe('FORBIDDEN');
    expect(codeOf(await coordinator.gql(ASSIGN_FACILITATOR, { input: { meetingId, userId: other.facilitator.id } }))).toBe('FORBIDDEN');
    const { meeting } = await facilitator.ok(MEETING, { id: meetingId });
    const fields = { title: 'Eigen titel', hostMayEdit: false, day: addDays(dutchToday(), 5), startTime: '10:00', endTime: '12:00', capacity: 10 };
    expect(codeOf(await facilitator.gql(UPDATE, { input: { id: meetingId, version: meeting.version, ...fields } }))).toBe('FORBIDDEN');
    const cancel = await facilitator.gql(STEP, { input: { id: meetingId, version: meeting.version, step: 'CANCEL' } });
    expect(codeOf(cancel)).toBe('BAD_USER_INPUT');
    expect((await facilitator.ok(MEETING, { id: meetingId })).meeting.status).toBe('OPEN');
  });

  it('follows the session when it moves, sending no invitation, update or reminder of its own', async () => {
    const day = addDays(dutchToday(), 10);
    const session = (await facilitator.ok(TRACK, { id: tr.trackId })).track.sessions[0];
    await facilitator.ok(d.UPDATE_SESSION, {
      input: {
        sessionId: tr.sessionId,
        version: session.version,
        title: 'Startbijeenkomst',
        day,
        startTime: '09:30',
        endTime: '12:30',
        place: 'Zijlstra Center',
      },
    });
    const { meeting } = await owner.ok(MEETING, { id: meetingId });
    expect(meeting.place).toBe('Zijlstra Center');
    expect(new Date(meeting.startsAt).getTime()).toBe(startOfDutchDay(day).getTime() + 9.5 * 3_600_000);
    const ds = t.app.get(DataSource);
    await ds.transaction((em) => t.app.get(AppointmentReminderJob).run(em, new Date(startOfDutchDay(addDays(day, -7)).getTime() + 6 * 3_600_000)));
    const [counts] = await rows(
      `SELECT (SELECT count(*) FROM meeting_reminder WHERE meeting_id = $1)::int AS "meetingReminders",
              (SELECT count(*) FROM meeting_calendar WHERE meeting_id = $1)::int AS "meetingCalendars",
              (SELECT count(*) FROM track_session_reminder WHERE session_id = $2)::int AS "sessionReminders"`,
      [meetingId, tr.sessionId],
    );
    expect(counts).toEqual({ meetingReminders: 0, meetingCalendars: 0, sessionReminders: expect.any(Number) });
    expect(counts.sessionReminders).toBeGreaterThan(0);
    // The mails that lead to its tables are the session's (of the track, linking it), none of the meeting's own.
    const toTables = (await outbox(t)).filter((m) => m.body.includes(`/bijeenkomsten/${meetingId}`));
    expect(toTables.length).toBeGreaterThan(0);
    for (const mail of toTables) expect([subjectOf(mail).includes('(Veranderlab lab)'), mail.body.includes(`/leergangen/${tr.trackId}`)]).toEqual([true, true]);
    expect((await request(t.http).get(`/export/agenda/bijeenkomst/${meetingId}.ics`).set('cookie', owner.cookie!)).status).toBe(404);
    // Held with tables, the session stays in the schedule.
    const removal = await facilitator.gql(d.REMOVE_SESSION, { id: tr.sessionId });
    expect(codeOf(removal)).toBe('BAD_USER_INPUT');
  });

  it('ends the live screens of a participant who withdraws, and takes them off its tables', async () => {
    const url = await t.listen();
    const sub = subscribe(wsClient(url, { cookie: otherGroup.cookie, origin: t.config.appUrl }), PLENARY_LIVE, { id: meetingId });
    await sub.ready;
    expect(sub.error).toBeNull();
    await otherGroup.ok(d.WITHDRAW, { id: tr.trackId });
    await sub.ended;
    expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
    expect(codeOf(await otherGroup.gql(MEETING, { id: meetingId }))).toBe('NOT_FOUND');
    const [registration] = await rows(`SELECT status, table_id AS "tableId" FROM meeting_registration WHERE meeting_id = $1 AND user_id = $2`, [
      meetingId,
      tr.otherGroup.id,
    ]);
    expect(registration).toEqual({ status: 'CANCELLED', tableId: null });
  });

  it('keeps its report with the track: written and published for its readers, never public, and counted in no harvest', async () => {
    const { meeting } = await facilitator.ok(MEETING, { id: meetingId });
    await facilitator.ok(STEP, { input: { id: meetingId, version: meeting.version, step: 'HOLD' } });
    const draft = (await facilitator.ok(START_REPORT, { id: meetingId })).startMeetingReport;
    expect(draft.visibility).toBe('NETWORK');
    const publicly = await facilitator.gql(UPDATE_REPORT, { input: { meetingId, version: draft.version, visibility: 'PUBLIC' } });
    expect(codeOf(publicly)).toBe('BAD_USER_INPUT');
    expect(publicly.errors![0].extensions.fields![0]).toMatchObject({ field: 'visibility' });
    const published = (await facilitator.ok(PUBLISH_REPORT, { input: { meetingId, version: draft.version } })).publishMeetingReport;
    expect(published.versions).toEqual([{ number: 1, visibility: 'NETWORK' }]);
    expect(await rows(`SELECT visibility FROM meeting_report_version WHERE meeting_id = $1`, [meetingId])).toEqual([{ visibility: 'NETWORK' }]);
    // Told of it: the track's participants (their places), as the publishing dialog says; not its facilitators, coordinators or anyone who left.
    const told = await rows(`SELECT recipient_id AS id FROM notification WHERE kind = 'MEETING_REPORT_PUBLISHED' AND subject_id = $1`, [meetingId]);
    expect(told.map((r: { id: string }) => r.id).sort()).toEqual([tr.owner.id, tr.peer.id].sort());
    const harvest = (
      await coordinator.ok(`mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id version } }`, {
        input: { programmeId: world.a.programmeId, title: 'Oogst', visibility: 'NETWORK' },
      })
    ).createHarvest;
    const chosen = await coordinator.gql(`mutation($input: UpdateHarvestSectionsInput!) { updateHarvestSections(input: $input) { id } }`, {
      input: { id: harvest.id, version: harvest.version, meetings: true, meetingIds: [meetingId] },
    });
    expect(codeOf(chosen)).toBe('BAD_USER_INPUT');
    expect(chosen.errors![0].extensions.fields![0]).toMatchObject({ field: 'meetingIds' });
  });

  it('passes with the track from one facilitator to another: the one taken off loses its tables and its live screens, the one assigned runs it', async () => {
    const url = await t.listen();
    const sub = subscribe(wsClient(url, { cookie: facilitator.cookie, origin: t.config.appUrl }), PLENARY_LIVE, { id: meetingId });
    await sub.ready;
    expect(sub.error).toBeNull();
    const newcomer = strangers['the facilitator of another track'];
    await coordinator.ok(d.ASSIGN, { input: { trackId: tr.trackId, userId: other.facilitator.id } });
    expect((await newcomer.ok(MEETING, { id: meetingId })).meeting).toMatchObject({ isFacilitator: true });
    await coordinator.ok(d.UNASSIGN, { input: { trackId: tr.trackId, userId: tr.facilitator.id } });
    await sub.ended;
    expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
    expect(codeOf(await facilitator.gql(MEETING, { id: meetingId }))).toBe('NOT_FOUND');
    const { meeting } = await coordinator.ok(MEETING, { id: meetingId });
    expect(meeting.tables.map((x: { name: string; hostUserId: string | null }) => [x.name, x.hostUserId])).toEqual([
      ['Wmo', tr.peer.id],
      ['Jeugd', null],
    ]);
  });

  it('leaves with the track when a participant’s membership ends: their place and the table they hosted', async () => {
    const membership = await membershipIdOf(t, world.a.id, tr.peer.id);
    await coordinator.ok(`mutation($id: ID!) { deactivateMembership(id: $id) { id } }`, { id: membership });
    const [registration] = await rows(`SELECT status FROM meeting_registration WHERE meeting_id = $1 AND user_id = $2`, [meetingId, tr.peer.id]);
    expect(registration).toEqual({ status: 'CANCELLED' });
    const { meeting } = await coordinator.ok(MEETING, { id: meetingId });
    expect(meeting.tables.map((x: { name: string; hostUserId: string | null }) => [x.name, x.hostUserId])).toEqual([
      ['Wmo', null],
      ['Jeugd', null],
    ]);
  });
});
