import { addDays, dutchToday } from '@kijkje/domain';
import request from 'supertest';
import { personIn } from './hardening/support/people';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { attachedCalendars, calendarEvents, calendarMessage, subjectOf } from './support/meeting-mails';
import { outbox } from './support/outbox';
import { mailWatch } from './support/track-calendar';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type Person, type World } from './support/world';
import { within } from './support/within';
import { subscribe, wsClient } from './support/ws-client';

/*
 * Issue 17: facilitators (begeleiders, e.g. a university) run the work meetings the coordinator
 * assigns them to: they organise that meeting as the coordinator does, and nothing of any other
 * meeting; and they have it in their calendar, as those with a place do: the invitation when
 * assigned, the update when it moves, the cancellation when taken off or when it is cancelled.
 * An assigned facilitator, one of the network who is not assigned, and one of another network,
 * side by side. (What a facilitator sees of the rest of the network: facilitator-policy.spec.ts.)
 */
const MEETING = `id title status version hostMayEdit canEdit canRegister canAssignTables canLinkNext canWriteReport canAssignFacilitators isFacilitator
  nextMeetingId nextMeeting { id } facilitators { userId name } registrations { userId name status tableId } tables { id } items { id }`;
const READ = `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
const LIST = `{ meetings { id nextMeetingId } }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${MEETING} } }`;
const ASSIGN = `mutation($input: MeetingFacilitatorInput!) { assignMeetingFacilitator(input: $input) { ${MEETING} } }`;
const UNASSIGN = `mutation($input: MeetingFacilitatorInput!) { removeMeetingFacilitator(input: $input) { ${MEETING} } }`;
const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { ${MEETING} } }`;
const ADD_ITEM = `mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) { ${MEETING} } }`;
const SEAT = `mutation($id: ID!) { assignMeetingTables(meetingId: $id) { ${MEETING} } }`;
const SET_NEXT = `mutation($input: SetNextMeetingInput!) { setNextMeeting(input: $input) { ${MEETING} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`;
const PLENARY = `query($id: ID!) { plenary(meetingId: $id) { title } }`;
const DRAFT = `query($id: ID!) { meetingReport(meetingId: $id) { version canPublish } }`;
const START = `mutation($id: ID!) { startMeetingReport(meetingId: $id) { version } }`;
const WRITE = `mutation($input: UpdateMeetingReportInput!) { updateMeetingReport(input: $input) { version problems { code } } }`;
const PUBLISH = `mutation($input: PublishMeetingReportInput!) { publishMeetingReport(input: $input) { versions { number } } }`;
const PLENARY_LIVE = `subscription($id: ID!) { meetingPlenaryChanged(meetingId: $id) { change } }`;

const fields = (days: number, hostOrganisationId: string, title: string) => ({
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
});

describe('facilitators of a work meeting', () => {
  let t: TestApp;
  let world: World;
  let people: { assigned: Person; unassigned: Person; elsewhere: Person };
  let coordinator: GqlClient;
  let member: GqlClient;
  let assigned: GqlClient;
  let unassigned: GqlClient;
  let elsewhere: GqlClient;
  /** Theirs: the meeting at Utrecht; another: a later meeting at Zwolle that they do not run. */
  let theirs: string;
  let another: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    people = await withAdmin(
      async (c) => ({
        assigned: await personIn(c, world.a.id, null, 'begeleider-universiteit', 'FACILITATOR'),
        unassigned: await personIn(c, world.a.id, null, 'begeleider-adviesbureau', 'FACILITATOR'),
        elsewhere: await personIn(c, world.b.id, null, 'begeleider-elders', 'FACILITATOR'),
      }),
      t.db.ownerUrl,
    );
    [coordinator, member, assigned, unassigned, elsewhere] = await Promise.all(
      [world.a.coordinator, world.a.member, people.assigned, people.unassigned, people.elsewhere].map((p) => signedIn(t, p)),
    );
    theirs = (await coordinator.ok(CREATE, { input: fields(30, world.a.organisations[0].id, 'Werkbijeenkomst Utrecht') })).createMeeting.id;
    const later = (await coordinator.ok(CREATE, { input: fields(60, world.a.organisations[1].id, 'Werkbijeenkomst Zwolle') })).createMeeting;
    another = (await coordinator.ok(STEP, { input: { id: later.id, version: later.version, step: 'OPEN' } })).stepMeeting.id;
    await mails.fresh();
  });
  afterAll(() => t.close());

  const mails = mailWatch(() => t);
  const uid = (id: string) => `bijeenkomst-${id}@kijkje`;
  /** The mails since the last look: to whom, about what, and each calendar file as its METHOD, UID and SEQUENCE. */
  const calendarMails = async () =>
    (await mails.fresh()).map((m) => ({
      to: m.to,
      subject: subjectOf(m),
      files: attachedCalendars(t, m.file)
        .map(calendarMessage)
        .flatMap((f) => f.events.map((e) => ({ method: String(f.method), uid: e.uid, sequence: e.sequence }))),
    }));
  const download = async (who: GqlClient, id: string) =>
    calendarEvents((await request(t.http).get(`/export/agenda/bijeenkomst/${id}.ics`).set('cookie', who.cookie!)).text);

  const read = async (who: GqlClient, id = theirs) => (await who.ok(READ, { id })).meeting;

  it('are assigned by the coordinator, from the network’s facilitators only, once each, audited', async () => {
    for (const [userId, why] of [
      [world.a.member.id, 'a member'],
      [people.elsewhere.id, 'another network’s facilitator'],
      [world.admin.id, 'someone outside the network'],
    ]) {
      const res = await coordinator.gql(ASSIGN, { input: { meetingId: theirs, userId } });
      expect({ why, code: codeOf(res), field: res.errors?.[0]?.extensions.fields?.[0]?.field }).toEqual({ why, code: 'BAD_USER_INPUT', field: 'userId' });
      expect(res.errors?.[0]?.extensions.fields?.[0]?.messages).toEqual({
        nl: 'Deze persoon is geen begeleider in het netwerk.',
        en: 'This person is not a facilitator in the network.',
      });
    }
    for (let i = 0; i < 2; i++) await coordinator.ok(ASSIGN, { input: { meetingId: theirs, userId: people.assigned.id } });
    const meeting = await read(coordinator);
    expect(meeting.facilitators).toEqual([{ userId: people.assigned.id, name: people.assigned.name }]);
    expect(meeting.canAssignFacilitators).toBe(true);
    const audit = await withAdmin(
      async (c) =>
        (await c.query(`SELECT actor_user_id, data FROM audit_event WHERE action = 'meeting.facilitator_assigned' AND target_id = $1`, [theirs])).rows,
      t.db.ownerUrl,
    );
    expect(audit).toEqual([{ actor_user_id: world.a.coordinator.id, data: { userId: people.assigned.id } }]);
    // A member assigns nobody.
    expect(codeOf(await member.gql(ASSIGN, { input: { meetingId: another, userId: people.unassigned.id } }))).toBe('FORBIDDEN');
  });

  it('puts the meeting in the assigned facilitator’s calendar by mail, once, and in nobody else’s', async () => {
    const sent = await mails.fresh();
    expect(sent.map((m) => m.to)).toEqual([people.assigned.email]);
    const { mail, files, events } = mails.only(sent, people.assigned);
    expect(subjectOf(mail)).toBe('Kijkje: u begeleidt Werkbijeenkomst Utrecht');
    expect(mail.body).toContain(`/bijeenkomsten/${theirs}`);
    const { version } = await read(coordinator);
    expect(files.map((f) => [f.method, f.uids])).toEqual([['PUBLISH', [uid(theirs)]]]);
    expect(events).toEqual([
      expect.objectContaining({ uid: uid(theirs), sequence: version, start: `${addDays(dutchToday(), 30)}T13:30:00`, tzid: 'Europe/Amsterdam' }),
    ]);
    // The file they download is never older than their mail.
    expect((await download(assigned, theirs))[0]).toMatchObject({ uid: uid(theirs), sequence: version });
  });

  it('sends the facilitator the meeting moved, as the same event with a higher SEQUENCE; a new title alone goes to no calendar', async () => {
    let m = await read(coordinator);
    m = (await coordinator.ok(UPDATE, { input: { id: theirs, version: m.version, ...fields(30, world.a.organisations[0].id, 'Werkbijeenkomst Utrecht!') } }))
      .updateMeeting;
    expect(await mails.fresh()).toEqual([]);
    m = (await coordinator.ok(UPDATE, { input: { id: theirs, version: m.version, ...fields(31, world.a.organisations[0].id, 'Werkbijeenkomst Utrecht') } }))
      .updateMeeting;
    const { mail, files, events } = mails.only(await mails.fresh(), people.assigned);
    expect(subjectOf(mail)).toBe('Kijkje: Werkbijeenkomst Utrecht is gewijzigd');
    expect(files.map((f) => [f.method, f.uids])).toEqual([['PUBLISH', [uid(theirs)]]]);
    expect(events).toEqual([expect.objectContaining({ sequence: m.version, start: `${addDays(dutchToday(), 31)}T13:30:00` })]);
  });

  it('an assigned facilitator finds the meeting they run, and no other', async () => {
    expect((await assigned.ok(LIST)).meetings.map((m: { id: string }) => m.id)).toEqual([theirs]);
    expect((await unassigned.ok(LIST)).meetings).toEqual([]);
    const seen = await read(assigned);
    expect(seen).toMatchObject({ status: 'DRAFT', isFacilitator: true, canEdit: true, canRegister: false, canAssignFacilitators: false });
    for (const who of [unassigned, elsewhere]) {
      for (const [query, id] of [
        [READ, theirs],
        [READ, another],
        [PLENARY, theirs],
        [DRAFT, theirs],
      ] as const)
        expect(codeOf(await who.gql(query, { id }))).toBe('NOT_FOUND');
    }
    expect(codeOf(await assigned.gql(READ, { id: another }))).toBe('NOT_FOUND');
  });

  it('organises their meeting: edits it, its tables and programme, opens it, sees who registered and seats them', async () => {
    let m = await read(assigned);
    // The host organisation's leave to edit is the coordinator's to give: asked for, it stays as it was.
    m = (
      await assigned.ok(UPDATE, {
        input: { id: theirs, version: m.version, ...fields(30, world.a.organisations[0].id, 'Werkbijeenkomst sturing'), hostMayEdit: true },
      })
    ).updateMeeting;
    expect([m.title, m.hostMayEdit]).toEqual(['Werkbijeenkomst sturing', false]);
    m = (await assigned.ok(ADD_TABLE, { input: { meetingId: theirs, name: 'Wmo & Jeugd', hostUserId: null, capacity: 8 } })).addMeetingTable;
    m = (await assigned.ok(ADD_ITEM, { input: { meetingId: theirs, atTime: '13:30', speaker: 'Prof. Zijlstra', talk: 'Opening' } })).addMeetingItem;
    m = (await assigned.ok(STEP, { input: { id: theirs, version: m.version, step: 'OPEN' } })).stepMeeting;
    expect([m.status, m.tables.length, m.items.length]).toEqual(['OPEN', 1, 1]);
    // Announced, the meeting shows the network who runs it.
    expect((await read(member)).facilitators).toEqual([{ userId: people.assigned.id, name: people.assigned.name }]);
    await member.ok(REGISTER, { id: theirs });
    expect(codeOf(await assigned.gql(REGISTER, { id: theirs }))).toBe('FORBIDDEN');
    m = (await assigned.ok(SEAT, { id: theirs })).assignMeetingTables;
    expect(m.registrations).toEqual([{ userId: world.a.member.id, name: world.a.member.name, status: 'REGISTERED', tableId: m.tables[0].id }]);
    // Not the coordinator's own steps: creating meetings and choosing facilitators.
    expect(codeOf(await assigned.gql(CREATE, { input: fields(40, world.a.organisations[0].id, 'Eigen bijeenkomst') }))).toBe('NOT_FOUND');
    expect(codeOf(await assigned.gql(ASSIGN, { input: { meetingId: theirs, userId: people.unassigned.id } }))).toBe('FORBIDDEN');
    // The one who is not assigned changes nothing of it.
    expect(codeOf(await unassigned.gql(STEP, { input: { id: theirs, version: m.version, step: 'CANCEL' } }))).toBe('NOT_FOUND');
    expect(codeOf(await elsewhere.gql(SEAT, { id: theirs }))).toBe('NOT_FOUND');
  });

  it('links the next meeting only to one they run, and sees no link to a meeting they do not run', async () => {
    const m = await read(assigned);
    expect(codeOf(await assigned.gql(SET_NEXT, { input: { meetingId: theirs, version: m.version, nextMeetingId: another } }))).toBe('NOT_FOUND');
    // The coordinator links them: the facilitator learns nothing of the next meeting, not even its id.
    await coordinator.ok(SET_NEXT, { input: { meetingId: theirs, version: m.version, nextMeetingId: another } });
    expect(await read(assigned)).toMatchObject({ nextMeetingId: null, nextMeeting: null });
    expect((await assigned.ok(LIST)).meetings).toEqual([{ id: theirs, nextMeetingId: null }]);
    expect(JSON.stringify(await assigned.gql(READ, { id: theirs }))).not.toContain(another);
    // Assigned to the next meeting as well, they see the series and may change it.
    await coordinator.ok(ASSIGN, { input: { meetingId: another, userId: people.assigned.id } });
    const both = await read(assigned);
    expect(both).toMatchObject({ nextMeetingId: another, nextMeeting: { id: another }, canLinkNext: true });
    expect((await assigned.ok(SET_NEXT, { input: { meetingId: theirs, version: both.version, nextMeetingId: null } })).setNextMeeting.nextMeetingId).toBeNull();
  });

  it('writes and publishes the report of their meeting once it is held', async () => {
    let m = await read(assigned);
    expect(m.canWriteReport).toBe(false);
    expect(codeOf(await assigned.gql(START, { id: theirs }))).toBe('FORBIDDEN');
    m = (await assigned.ok(STEP, { input: { id: theirs, version: m.version, step: 'HOLD' } })).stepMeeting;
    expect(m.canWriteReport).toBe(true);
    const started = (await assigned.ok(START, { id: theirs })).startMeetingReport;
    const written = (
      await assigned.ok(WRITE, {
        input: { meetingId: theirs, version: started.version, text: '## Opbrengst\n\nDe tafels waren het eens over korte lijnen.', visibility: 'NETWORK' },
      })
    ).updateMeetingReport;
    expect(written.problems).toEqual([]);
    expect((await assigned.ok(PUBLISH, { input: { meetingId: theirs, version: written.version } })).publishMeetingReport.versions).toEqual([{ number: 1 }]);
    expect((await read(member)).status).toBe('REPORT_PUBLISHED');
    const preview = await request(t.http).get(`/export/bijeenkomstverslag-voorbeeld/${theirs}`).set('cookie', assigned.cookie!);
    expect(preview.status).toBe(200);
    for (const who of [unassigned, elsewhere]) {
      expect(codeOf(await who.gql(START, { id: theirs }))).toBe('NOT_FOUND');
      expect((await request(t.http).get(`/export/bijeenkomstverslag/${theirs}/pdf`).set('cookie', who.cookie!)).status).toBe(404);
    }
  });

  it('are removed by the coordinator, audited: the meeting is gone from their list and their live plenary ends', async () => {
    const url = await t.listen();
    const sub = subscribe(wsClient(url, { cookie: assigned.cookie, origin: t.config.appUrl }), PLENARY_LIVE, { id: theirs });
    await sub.ready;
    const res = await coordinator.gql(UNASSIGN, { input: { meetingId: theirs, userId: people.unassigned.id } });
    expect([codeOf(res), res.errors?.[0]?.extensions.fields?.[0]?.messages.nl]).toEqual(['BAD_USER_INPUT', 'Deze persoon begeleidt deze bijeenkomst niet.']);
    expect((await coordinator.ok(UNASSIGN, { input: { meetingId: theirs, userId: people.assigned.id } })).removeMeetingFacilitator.facilitators).toEqual([]);
    await within(sub.ended, 'the removed facilitator’s plenary ending');
    expect(JSON.stringify(sub.error)).toMatch(/NOT_FOUND/);
    await sub.close();
    expect((await assigned.ok(LIST)).meetings.map((m: { id: string }) => m.id)).toEqual([another]);
    expect(codeOf(await assigned.gql(READ, { id: theirs }))).toBe('NOT_FOUND');
    const removed = await withAdmin(
      async (c) => (await c.query(`SELECT data FROM audit_event WHERE action = 'meeting.facilitator_removed' AND target_id = $1`, [theirs])).rows,
      t.db.ownerUrl,
    );
    expect(removed).toEqual([{ data: { userId: people.assigned.id } }]);
    // Taken off, their calendar loses the meeting: a cancellation of the same event, newer than the last invitation it got.
    const theirMails = (await calendarMails()).filter((m) => m.to === people.assigned.email && m.files.some((f) => f.uid === uid(theirs)));
    const cancel = theirMails.at(-1)!;
    expect(cancel.subject).toBe('Kijkje: u begeleidt Werkbijeenkomst sturing niet meer');
    expect(cancel.files).toEqual([{ method: 'CANCEL', uid: uid(theirs), sequence: expect.any(Number) }]);
    const lastInvitation = theirMails.filter((m) => m.files[0].method === 'PUBLISH').at(-1)!;
    expect(cancel.files[0].sequence).toBeGreaterThan(lastInvitation.files[0].sequence);
    const stored = await withAdmin(
      async (c) =>
        (await c.query(`SELECT sequence, in_calendar FROM meeting_calendar WHERE meeting_id = $1 AND user_id = $2`, [theirs, people.assigned.id])).rows,
      t.db.ownerUrl,
    );
    expect(stored).toEqual([{ sequence: cancel.files[0].sequence, in_calendar: false }]);
    // Assigned again, the invitation is newer than the cancellation, or their calendar would ignore it; then taken off again.
    await coordinator.ok(ASSIGN, { input: { meetingId: theirs, userId: people.assigned.id } });
    const [again] = (await calendarMails()).filter((m) => m.to === people.assigned.email);
    expect(again.files).toEqual([{ method: 'PUBLISH', uid: uid(theirs), sequence: cancel.files[0].sequence + 1 }]);
    await coordinator.ok(UNASSIGN, { input: { meetingId: theirs, userId: people.assigned.id } });
    expect((await calendarMails()).map((m) => m.files)).toEqual([[{ method: 'CANCEL', uid: uid(theirs), sequence: cancel.files[0].sequence + 2 }]]);
  });

  it('change no more once the meeting is cancelled', async () => {
    const m = await read(coordinator, another);
    await coordinator.ok(STEP, { input: { id: another, version: m.version, step: 'CANCEL' } });
    const res = await coordinator.gql(ASSIGN, { input: { meetingId: another, userId: people.unassigned.id } });
    expect([codeOf(res), res.errors?.[0]?.extensions.messages?.nl]).toEqual([
      'FORBIDDEN',
      'Deze bijeenkomst is geannuleerd; de begeleiding verandert niet meer.',
    ]);
    // The facilitator assigned to it had it in their calendar: the cancellation takes it out.
    const [cancelled] = (await calendarMails()).filter((m) => m.to === people.assigned.email);
    expect(cancelled).toMatchObject({
      subject: 'Kijkje: Werkbijeenkomst Zwolle gaat niet door',
      files: [{ method: 'CANCEL', uid: uid(another) }],
    });
  });

  it('never wrote a calendar mail to a facilitator who was not assigned, or to one of another network', async () => {
    for (const p of [people.unassigned, people.elsewhere]) expect((await outbox(t)).filter((m) => m.to.includes(p.email))).toEqual([]);
  });
});
