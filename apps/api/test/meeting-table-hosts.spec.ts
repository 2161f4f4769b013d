import { addDays, dutchToday, startOfDutchDay } from '@kijkje/domain';
import { Scheduler } from '@kijkje/api/core';
import request from 'supertest';
import { withAdmin } from './support/database';
import { type GqlClient } from './support/gql-client';
import { calendarEvents, meetingMembers, subjectOf } from './support/meeting-mails';
import { outbox, type OutboxMail } from './support/outbox';
import { mailWatch } from './support/track-calendar';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type Person, type World } from './support/world';

const MEETING = `id version status tables { id name hostUserId version }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${MEETING} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { ${MEETING} } }`;
const UPDATE_TABLE = `mutation($input: UpdateMeetingTableInput!) { updateMeetingTable(input: $input) { ${MEETING} } }`;
const REMOVE_TABLE = `mutation($id: ID!) { removeMeetingTable(tableId: $id) { ${MEETING} } }`;
const ASSIGN = `mutation($input: MeetingFacilitatorInput!) { assignMeetingFacilitator(input: $input) { ${MEETING} } }`;
const UNASSIGN = `mutation($input: MeetingFacilitatorInput!) { removeMeetingFacilitator(input: $input) { ${MEETING} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelMeetingRegistration(meetingId: $id) { id } }`;

/** The body as UTF-8 (the outbox reader leaves quoted-printable bytes one character each). */
const textOf = (m: OutboxMail) => Buffer.from(m.body, 'latin1').toString('utf8');
/** `hour`:00 Dutch time on a day. */
const dutchAt = (day: string, hour: number) => new Date(startOfDutchDay(day).getTime() + hour * 3_600_000);
const uid = (id: string) => `bijeenkomst-${id}@kijkje`;

/**
 * The hosts of a meeting's theme tables (tafelvoorzitters) have it in their calendar, as those with
 * a place and its facilitators do: the mail that asks them to host a table names it, with the
 * invitation; the same event with a higher SEQUENCE when it moves; a cancellation when taken off,
 * when the table goes, or when the meeting is cancelled; the reminders a week and a day before by
 * their own setting. A table host of a draft hears of it once it is announced. Someone who holds the
 * meeting in several ways (a place, running it, hosting a table) has one appointment: one
 * invitation, one mail per move, one reminder per stage, and a cancellation only once they hold it
 * in no way any more.
 */
describe('the hosts of a meeting’s tables in their mail and calendar', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  /** Members of network A: Sanne hosts a table; Sam, who reads English and chose no reminder mails, too; Ruben has a place and then hosts one; Dirk hosts later. */
  let sanne: Person;
  let sam: Person;
  let ruben: Person;
  let dirk: Person;
  /** A facilitator of network A who runs the meeting and hosts a table of it too. */
  let fleur: Person;
  let meetingId: string;
  let day = addDays(dutchToday(), 30);
  /** Each person's last calendar message of the meeting, as "METHOD SEQUENCE". */
  const last = new Map<string, { method: string; sequence: number }>();

  const fields = (overrides: Record<string, unknown> = {}) => ({
    title: 'Werkbijeenkomst Amersfoort',
    description: null,
    hostOrganisationId: null,
    hostMayEdit: false,
    day,
    startTime: '13:30',
    endTime: '17:00',
    place: 'Stadhuis',
    onlineLink: null,
    capacity: 10,
    ...overrides,
  });
  const mails = mailWatch(() => t);
  const read = async (id = meetingId) => (await coordinator.ok(READ, { id })).meeting;
  const tableNamed = async (name: string, id = meetingId) => (await read(id)).tables.find((x: { name: string }) => x.name === name);
  const addTable = (name: string, hostUserId: string | null, id = meetingId) =>
    coordinator.ok(ADD_TABLE, { input: { meetingId: id, name, hostUserId, capacity: 8 } });
  const setHost = async (name: string, hostUserId: string | null) => {
    const table = await tableNamed(name);
    await coordinator.ok(UPDATE_TABLE, { input: { tableId: table.id, version: table.version, name, hostUserId, capacity: 8 } });
  };
  /** The one mail to a person among `sent`: its subject, text and calendar files; remembers what their calendar got. */
  const mailTo = (sent: OutboxMail[], person: Person) => {
    const { mail, files } = mails.only(sent, person);
    const calendar = files.map((f) => ({ method: String(f.method), uids: f.uids, sequence: f.events[0].sequence }));
    if (calendar.length) last.set(person.id, { method: calendar[0].method, sequence: calendar[0].sequence });
    return { subject: subjectOf(mail), text: textOf(mail), calendar };
  };
  const stored = (person: Person, id = meetingId) =>
    withAdmin(
      async (c) =>
        (await c.query(`SELECT sequence, in_calendar AS "inCalendar" FROM meeting_calendar WHERE meeting_id = $1 AND user_id = $2`, [id, person.id])).rows,
      t.db.ownerUrl,
    );

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULE_TICK_MS: '0' });
    world = await buildWorld(t);
    const a = { id: world.a.id, organisationId: world.a.organisations[1].id, passwordOf: world.a.member.id };
    [sanne, sam, ruben, dirk] = await meetingMembers(t, a, [
      { tag: 'tafel-sanne' },
      { tag: 'tafel-sam', language: 'en', settings: { MEETING_REMINDER: 'OFF' } },
      { tag: 'tafel-ruben' },
      { tag: 'tafel-dirk' },
    ]);
    [fleur] = await meetingMembers(t, a, [{ tag: 'tafel-fleur', role: 'FACILITATOR' }]);
    coordinator = await signedIn(t, world.a.coordinator);
    const created = (await coordinator.ok(CREATE, { input: fields() })).createMeeting;
    meetingId = created.id;
    await coordinator.ok(STEP, { input: { id: meetingId, version: created.version, step: 'OPEN' } });
    await mails.fresh();
  });
  afterAll(() => t.close());

  it('asks a member to host a table by mail, naming the table in their language, with the meeting’s invitation', async () => {
    await addTable('Wmo & Jeugd', sanne.id);
    await addTable('Participatie', sam.id);
    const sent = await mails.fresh();
    expect(sent.map((m) => m.to).sort()).toEqual([sanne.email, sam.email].sort());
    const { version } = await read();

    const toSanne = mailTo(sent, sanne);
    expect(toSanne.subject).toBe('Kijkje: u bent tafelvoorzitter bij Werkbijeenkomst Amersfoort');
    expect(toSanne.text).toContain('U bent tafelvoorzitter van de thematafel Wmo & Jeugd bij de werkbijeenkomst Werkbijeenkomst Amersfoort op');
    expect(toSanne.text).toContain('De uitnodiging voor uw agenda zit als bijlage bij dit bericht.');
    expect(toSanne.text).toContain(`/bijeenkomsten/${meetingId}`);
    expect(toSanne.calendar).toEqual([{ method: 'PUBLISH', uids: [uid(meetingId)], sequence: version - 1 }]);

    const toSam = mailTo(sent, sam);
    expect(toSam.subject).toBe('Kijkje: you host a table at Werkbijeenkomst Amersfoort');
    expect(toSam.text).toContain('You host the theme table Participatie at the work meeting Werkbijeenkomst Amersfoort on');
    expect(toSam.calendar).toEqual([{ method: 'PUBLISH', uids: [uid(meetingId)], sequence: version }]);
    expect(await stored(sanne)).toEqual([{ sequence: version - 1, inCalendar: true }]);

    // The file the table host downloads is never older than their mail.
    const download = await request(t.http)
      .get(`/export/agenda/bijeenkomst/${meetingId}.ics`)
      .set('cookie', (await signedIn(t, sanne)).cookie!);
    expect(calendarEvents(download.text)[0]).toMatchObject({ uid: uid(meetingId), sequence: version });
  });

  it('gives someone with a place who is asked to host a table, or a table host who registers, no second invitation', async () => {
    await (await signedIn(t, ruben)).ok(REGISTER, { id: meetingId });
    expect(mailTo(await mails.fresh(), ruben).calendar).toEqual([{ method: 'PUBLISH', uids: [uid(meetingId)], sequence: expect.any(Number) }]);
    await addTable('Jeugd', ruben.id);
    const asked = mailTo(await mails.fresh(), ruben);
    expect(asked.subject).toBe('Kijkje: u bent tafelvoorzitter bij Werkbijeenkomst Amersfoort');
    expect(asked.text).toContain('thematafel Jeugd');
    expect(asked.text).toContain('De afspraak staat al in uw agenda.');
    expect(asked.calendar).toEqual([]);

    await (await signedIn(t, sanne)).ok(REGISTER, { id: meetingId });
    const registered = mailTo(await mails.fresh(), sanne);
    expect(registered.subject).toBe('Kijkje: u bent aangemeld voor Werkbijeenkomst Amersfoort');
    expect(registered.text).toContain('De afspraak staat al in uw agenda.');
    expect(registered.calendar).toEqual([]);
  });

  it('gives a facilitator who hosts a table too no second invitation', async () => {
    await coordinator.ok(ASSIGN, { input: { meetingId, userId: fleur.id } });
    expect(mailTo(await mails.fresh(), fleur).calendar).toEqual([{ method: 'PUBLISH', uids: [uid(meetingId)], sequence: expect.any(Number) }]);
    await addTable('Wonen', fleur.id);
    const asked = mailTo(await mails.fresh(), fleur);
    expect(asked.subject).toBe('Kijkje: u bent tafelvoorzitter bij Werkbijeenkomst Amersfoort');
    expect(asked.calendar).toEqual([]);
  });

  it('sends each table host the meeting moved once, as the same event with a higher SEQUENCE, however many ways they hold it', async () => {
    const before = new Map(last);
    const m = await read();
    day = addDays(day, 1);
    const { version } = (await coordinator.ok(UPDATE, { input: { ...fields(), id: meetingId, version: m.version } })).updateMeeting;
    const sent = await mails.fresh();
    expect(sent.map((x) => x.to).sort()).toEqual([sanne.email, sam.email, ruben.email, fleur.email].sort());
    for (const person of [sanne, sam, ruben, fleur]) {
      const moved = mailTo(sent, person);
      expect(moved.subject).toMatch(/^Kijkje: Werkbijeenkomst Amersfoort (is gewijzigd|has changed)$/);
      expect(moved.calendar).toEqual([{ method: 'PUBLISH', uids: [uid(meetingId)], sequence: version }]);
      expect(version).toBeGreaterThan(before.get(person.id)!.sequence);
    }
    // Each as what they do there: the facilitator as facilitator, the table hosts naming their table.
    expect(mailTo(sent, sanne).text).toContain('waar u tafelvoorzitter bent van de thematafel Wmo & Jeugd, is gewijzigd');
    expect(mailTo(sent, ruben).text).toContain('waar u tafelvoorzitter bent van de thematafel Jeugd, is gewijzigd');
    expect(mailTo(sent, fleur).text).toContain('die u begeleidt, is gewijzigd');
  });

  it('reminds each table host a week and a day before, once per stage however many ways they hold it, by their own setting', async () => {
    const scheduler = t.app.get(Scheduler);
    const reminders = async (who: Person) => (await outbox(t)).filter((x) => x.to.includes(who.email) && /herinnering|reminder/i.test(subjectOf(x)));
    await scheduler.runDue(dutchAt(addDays(day, -7), 6));
    await scheduler.runDue(dutchAt(addDays(day, -1), 6));
    for (const person of [sanne, ruben, fleur]) expect([person.email, (await reminders(person)).length]).toEqual([person.email, 2]);
    const [week] = await reminders(sanne);
    expect(subjectOf(week)).toMatch(/^Kijkje herinnering: Werkbijeenkomst Amersfoort, /);
    expect(textOf(week)).toContain(
      'Een herinnering: u bent tafelvoorzitter van de thematafel Wmo & Jeugd bij de werkbijeenkomst Werkbijeenkomst Amersfoort op',
    );
    // Ruben has a place and hosts a table: reminded as the host, once.
    expect(textOf((await reminders(ruben))[0])).toContain('u bent tafelvoorzitter van de thematafel Jeugd');
    // Fleur runs it and hosts a table: reminded as the one who runs it, once.
    expect(textOf((await reminders(fleur))[0])).toContain('Een herinnering: u begeleidt de werkbijeenkomst');
    // Sam chose no reminder mails: the notifications only.
    expect(await reminders(sam)).toEqual([]);
    const told = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT u.email, count(*)::int AS n, string_agg(DISTINCT n.delivery, ',') AS delivery FROM notification n JOIN app_user u ON u.id = n.recipient_id
              WHERE n.kind = 'MEETING_REMINDER' AND n.subject_id = $1 GROUP BY u.email ORDER BY u.email`,
            [meetingId],
          )
        ).rows,
      t.db.ownerUrl,
    );
    expect(told).toEqual(
      [
        { email: fleur.email, n: 2, delivery: 'SINGLE' },
        { email: ruben.email, n: 2, delivery: 'SINGLE' },
        { email: sam.email, n: 2, delivery: 'OFF' },
        { email: sanne.email, n: 2, delivery: 'SINGLE' },
      ].sort((x, y) => x.email.localeCompare(y.email)),
    );
    const claimed = await withAdmin(
      async (c) => (await c.query(`SELECT user_id, stage FROM meeting_reminder WHERE meeting_id = $1`, [meetingId])).rows,
      t.db.ownerUrl,
    );
    expect(claimed).toHaveLength(8);
    await mails.fresh();
  });

  it('keeps the meeting in the calendar of a table host taken off while they hold it otherwise, and cancels it once they hold it in no way', async () => {
    // Ruben: taken off his table, he keeps his place and the appointment; giving up the place too takes it out.
    await setHost('Jeugd', null);
    const offTable = mailTo(await mails.fresh(), ruben);
    expect(offTable.subject).toBe('Kijkje: u bent geen tafelvoorzitter meer bij Werkbijeenkomst Amersfoort');
    expect(offTable.text).toContain('U bent niet langer tafelvoorzitter van de thematafel Jeugd');
    expect(offTable.text).toContain('De afspraak blijft in uw agenda staan');
    expect(offTable.calendar).toEqual([]);
    const before = last.get(ruben.id)!.sequence;
    await (await signedIn(t, ruben)).ok(CANCEL, { id: meetingId });
    const withdrawn = mailTo(await mails.fresh(), ruben);
    expect(withdrawn.calendar).toEqual([{ method: 'CANCEL', uids: [uid(meetingId)], sequence: expect.any(Number) }]);
    expect(withdrawn.calendar[0].sequence).toBeGreaterThan(before);
    expect(await stored(ruben)).toEqual([{ sequence: withdrawn.calendar[0].sequence, inCalendar: false }]);

    // Sanne: giving up her place, she still hosts her table: no cancellation. Her table given to Dirk: hers is cancelled, his invited.
    await (await signedIn(t, sanne)).ok(CANCEL, { id: meetingId });
    const gaveUp = mailTo(await mails.fresh(), sanne);
    expect(gaveUp.subject).toBe('Kijkje: u bent afgemeld voor Werkbijeenkomst Amersfoort');
    expect(gaveUp.calendar).toEqual([]);
    const sanneBefore = last.get(sanne.id)!.sequence;
    await setHost('Wmo & Jeugd', dirk.id);
    const handedOver = await mails.fresh();
    expect(handedOver.map((x) => x.to).sort()).toEqual([sanne.email, dirk.email].sort());
    const offHers = mailTo(handedOver, sanne);
    expect(offHers.calendar).toEqual([{ method: 'CANCEL', uids: [uid(meetingId)], sequence: expect.any(Number) }]);
    expect(offHers.calendar[0].sequence).toBeGreaterThan(sanneBefore);
    const toDirk = mailTo(handedOver, dirk);
    expect(toDirk.text).toContain('U bent tafelvoorzitter van de thematafel Wmo & Jeugd');
    expect(toDirk.calendar).toEqual([{ method: 'PUBLISH', uids: [uid(meetingId)], sequence: (await read()).version }]);

    // Fleur: taken off as facilitator, she can no longer open the meeting, so she no longer hosts its table either:
    // one mail says both, with the cancellation; the table waits for another host, and its removal tells her nothing.
    const fleurBefore = last.get(fleur.id)!.sequence;
    await coordinator.ok(UNASSIGN, { input: { meetingId, userId: fleur.id } });
    const unassigned = mailTo(await mails.fresh(), fleur);
    expect(unassigned.subject).toBe('Kijkje: u begeleidt Werkbijeenkomst Amersfoort niet meer');
    expect(unassigned.text).toContain('niet meer en bent daarom ook geen tafelvoorzitter meer van de thematafel Wonen.');
    expect(unassigned.calendar).toEqual([{ method: 'CANCEL', uids: [uid(meetingId)], sequence: expect.any(Number) }]);
    expect(unassigned.calendar[0].sequence).toBeGreaterThan(fleurBefore);
    expect(await stored(fleur)).toEqual([{ sequence: unassigned.calendar[0].sequence, inCalendar: false }]);
    expect((await tableNamed('Wonen')).hostUserId).toBeNull();
    await coordinator.ok(REMOVE_TABLE, { id: (await tableNamed('Wonen')).id });
    expect(await mails.fresh()).toEqual([]);

    // Asked again, Sanne's invitation is newer than the cancellation, or her calendar would ignore it.
    await addTable('Wmo', sanne.id);
    const again = mailTo(await mails.fresh(), sanne);
    expect(again.calendar).toEqual([{ method: 'PUBLISH', uids: [uid(meetingId)], sequence: expect.any(Number) }]);
    expect(again.calendar[0].sequence).toBeGreaterThan(offHers.calendar[0].sequence);
  });

  it('tells the host of a draft’s tables nothing until it is announced, then invites them once, naming their tables', async () => {
    const draft = (await coordinator.ok(CREATE, { input: fields({ title: 'Werkbijeenkomst Zeist' }) })).createMeeting;
    await addTable('Armoede', dirk.id, draft.id);
    await addTable('Schulden', dirk.id, draft.id);
    await addTable('Zorg', sam.id, draft.id);
    await coordinator.ok(REMOVE_TABLE, { id: (await tableNamed('Zorg', draft.id)).id });
    expect(await mails.fresh()).toEqual([]);
    const { version } = await read(draft.id);
    await coordinator.ok(STEP, { input: { id: draft.id, version, step: 'OPEN' } });
    const sent = await mails.fresh();
    expect(sent.map((x) => x.to)).toEqual([dirk.email]);
    const announced = mailTo(sent, dirk);
    expect(announced.subject).toBe('Kijkje: u bent tafelvoorzitter bij Werkbijeenkomst Zeist');
    expect(announced.text).toContain('U bent tafelvoorzitter van de thematafels Armoede en Schulden bij de werkbijeenkomst Werkbijeenkomst Zeist op');
    expect(announced.calendar).toEqual([{ method: 'PUBLISH', uids: [uid(draft.id)], sequence: (await read(draft.id)).version }]);
  });

  it('cancels the meeting once in the calendar of each who holds it, and writes nothing to those who no longer do', async () => {
    const { version } = await read();
    await coordinator.ok(STEP, { input: { id: meetingId, version, step: 'CANCEL' } });
    const sent = await mails.fresh();
    expect(sent.map((x) => x.to).sort()).toEqual([sanne.email, sam.email, dirk.email].sort());
    for (const person of [sanne, sam, dirk]) {
      const cancelled = mailTo(sent, person);
      expect(cancelled.subject).toMatch(/^Kijkje: Werkbijeenkomst Amersfoort (gaat niet door|is cancelled)$/);
      expect(cancelled.calendar).toEqual([{ method: 'CANCEL', uids: [uid(meetingId)], sequence: expect.any(Number) }]);
    }
    expect(mailTo(sent, dirk).text).toContain('waar u tafelvoorzitter zou zijn van de thematafel Wmo & Jeugd, gaat niet door');
    expect(mailTo(sent, sam).text).toContain('where you were to host the theme table Participatie, is cancelled');
    // Nothing ever went to the network's other member or to another network.
    const all = await outbox(t);
    for (const other of [world.a.member, world.b.coordinator, world.b.member]) expect(all.filter((x) => x.to.includes(other.email))).toEqual([]);
  });
});
