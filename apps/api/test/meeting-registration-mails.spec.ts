import { addDays, dutchToday } from '@kijkje/domain';
import request from 'supertest';
import { withAdmin } from './support/database';
import { type GqlClient } from './support/gql-client';
import { attachedCalendar, calendarEvent, meetingMembers, subjectOf } from './support/meeting-mails';
import { outbox, type OutboxMail } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type Person, type World } from './support/world';

const FIELDS = `id version status myRegistration { status }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${FIELDS} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${FIELDS} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelMeetingRegistration(meetingId: $id) { ${FIELDS} } }`;

/** The body as UTF-8 (the outbox reader leaves quoted-printable bytes one character each). */
const textOf = (m: OutboxMail) => Buffer.from(m.body, 'latin1').toString('utf8');

/**
 * Those who register for a work meeting get a mail at every turn of their registration, with the
 * meeting's calendar file wherever they hold a place: the invitation, an update of the same event
 * (same UID, higher SEQUENCE) when its time or place changes, a cancellation when they give up
 * their place or the meeting is cancelled. The waitlist gets mails, never an appointment.
 */
describe('work meetings in people’s mail and calendar', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  let lieke: Person;
  let ruben: Person;
  let emma: Person;
  let clients: Record<string, GqlClient>;
  let meetingId: string;
  let version: number;
  const day = addDays(dutchToday(), 30);
  const fields = (overrides: Record<string, unknown> = {}) => ({
    title: 'Werkbijeenkomst Zwolle',
    description: 'Een middag met thematafels.',
    hostOrganisationId: null,
    hostMayEdit: false,
    day,
    startTime: '13:30',
    endTime: '17:00',
    place: 'Stadhuis',
    onlineLink: null,
    capacity: 2,
    ...overrides,
  });
  let seen = 0;
  /** The SEQUENCE of the cancellation Lieke's calendar got. */
  let cancelledWith = 0;
  /** The mails written since the last call. */
  const newMails = async () => {
    const all = await outbox(t);
    const fresh = all.slice(seen);
    seen = all.length;
    return fresh;
  };
  const to = (mails: OutboxMail[], person: Person) => mails.filter((m) => m.to.includes(person.email));
  const only = (mails: OutboxMail[], person: Person) => {
    const mine = to(mails, person);
    expect(mine).toHaveLength(1);
    return { mail: mine[0], ics: attachedCalendar(t, mine[0].file) };
  };
  const update = async (overrides: Record<string, unknown>) => {
    version = (await coordinator.ok(UPDATE, { input: { ...fields(overrides), id: meetingId, version } })).updateMeeting.version;
  };

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    [lieke, ruben, emma] = await meetingMembers(t, { id: world.a.id, organisationId: world.a.organisations[1].id, passwordOf: world.a.member.id }, [
      { tag: 'mail-lieke' },
      { tag: 'mail-ruben' },
      { tag: 'mail-emma', language: 'en' },
    ]);
    coordinator = await signedIn(t, world.a.coordinator);
    clients = Object.fromEntries(await Promise.all([lieke, ruben, emma].map(async (p) => [p.id, await signedIn(t, p)] as const)));
    const created = (await coordinator.ok(CREATE, { input: fields() })).createMeeting;
    meetingId = created.id;
    version = (await coordinator.ok(STEP, { input: { id: meetingId, version: created.version, step: 'OPEN' } })).stepMeeting.version;
    await newMails();
  });
  afterAll(() => t.close());

  it('confirms a place with the invitation for the calendar, and a place on the waitlist without one', async () => {
    await clients[lieke.id].ok(REGISTER, { id: meetingId });
    await clients[ruben.id].ok(REGISTER, { id: meetingId });
    expect((await clients[emma.id].ok(REGISTER, { id: meetingId })).registerForMeeting.myRegistration.status).toBe('WAITLISTED');
    const mails = await newMails();
    expect(mails.map((m) => m.to).sort()).toEqual([lieke.email, ruben.email, emma.email].sort());

    const { mail, ics } = only(mails, lieke);
    expect(subjectOf(mail)).toBe('Kijkje: u bent aangemeld voor Werkbijeenkomst Zwolle');
    expect(textOf(mail)).toContain('13:30–17:00, Stadhuis');
    expect(mail.body).toContain('De uitnodiging voor uw agenda zit als bijlage bij dit bericht.');
    expect(mail.body).toContain(`/bijeenkomsten/${meetingId}`);
    expect(calendarEvent(ics!)).toMatchObject({
      method: 'PUBLISH',
      uid: `bijeenkomst-${meetingId}@kijkje`,
      sequence: version,
      start: `${day}T13:30:00`,
      location: 'Stadhuis',
    });
    expect(calendarEvent(only(mails, ruben).ics!).sequence).toBe(version);

    // Emma reads English, and waits: no appointment in her calendar yet.
    const waiting = only(mails, emma);
    expect(subjectOf(waiting.mail)).toBe('Kijkje: you are on the waitlist for Werkbijeenkomst Zwolle');
    expect(waiting.mail.body).toContain('You are number 1 on the waitlist.');
    expect(waiting.ics).toBeNull();
  });

  it('sends the same event with a higher SEQUENCE when the time or place changes, and nothing for a new description', async () => {
    await update({ description: 'Met een nieuwe spreker.' });
    expect(await newMails()).toEqual([]);

    await update({ startTime: '14:00', place: 'Raadzaal' });
    const mails = await newMails();
    for (const person of [lieke, ruben]) {
      const { mail, ics } = only(mails, person);
      expect(subjectOf(mail)).toBe('Kijkje: Werkbijeenkomst Zwolle is gewijzigd');
      expect(textOf(mail)).toContain('14:00–17:00, Raadzaal');
      expect(calendarEvent(ics!)).toMatchObject({ method: 'PUBLISH', uid: `bijeenkomst-${meetingId}@kijkje`, sequence: version, start: `${day}T14:00:00` });
    }
    // The SEQUENCE went up by one from the invitation (the meeting's version did).
    expect(calendarEvent(only(mails, lieke).ics!).sequence).toBe(version);
    const waiting = only(mails, emma);
    expect(subjectOf(waiting.mail)).toBe('Kijkje: Werkbijeenkomst Zwolle has changed');
    expect(waiting.ics).toBeNull();
    const stored = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT c.sequence AS s FROM meeting_registration r
               LEFT JOIN meeting_calendar c ON c.meeting_id = r.meeting_id AND c.user_id = r.user_id
              WHERE r.meeting_id = $1 ORDER BY r.registered_at`,
            [meetingId],
          )
        ).rows,
      t.db.ownerUrl,
    );
    expect(stored.map((r: { s: number | null }) => r.s)).toEqual([version, version, null]);
  });

  it('takes the meeting out of the calendar of whoever gives up their place, and invites the first waiting', async () => {
    const before = version;
    await clients[lieke.id].ok(CANCEL, { id: meetingId });
    const mails = await newMails();
    expect(mails.map((m) => m.to).sort()).toEqual([lieke.email, emma.email].sort());

    const withdrawn = only(mails, lieke);
    expect(subjectOf(withdrawn.mail)).toBe('Kijkje: u bent afgemeld voor Werkbijeenkomst Zwolle');
    expect(withdrawn.mail.body).toContain('De annulering in de bijlage haalt de afspraak uit uw agenda.');
    expect(calendarEvent(withdrawn.ics!)).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: `bijeenkomst-${meetingId}@kijkje`,
      sequence: before + 1,
    });
    cancelledWith = before + 1;

    const promoted = only(mails, emma);
    expect(subjectOf(promoted.mail)).toBe('Kijkje: there is a place for you at Werkbijeenkomst Zwolle');
    expect(promoted.mail.body).toContain('The invitation for your calendar is attached to this message.');
    expect(calendarEvent(promoted.ics!)).toMatchObject({ method: 'PUBLISH', sequence: before, start: `${day}T14:00:00` });
  });

  it('invites someone who comes back with a SEQUENCE above their cancellation, and the file on the page agrees', async () => {
    // Full: Lieke waits, without an appointment.
    expect((await clients[lieke.id].ok(REGISTER, { id: meetingId })).registerForMeeting.myRegistration.status).toBe('WAITLISTED');
    expect(only(await newMails(), lieke).ics).toBeNull();
    // A third place: she is promoted. Her calendar had the cancellation, as new as the meeting's
    // version is now: the invitation must be newer still, or her calendar would ignore it.
    await update({ startTime: '14:00', place: 'Raadzaal', capacity: 3 });
    expect(version).toBe(cancelledWith);
    const { mail, ics } = only(await newMails(), lieke);
    expect(subjectOf(mail)).toBe('Kijkje: er is een plaats voor u bij Werkbijeenkomst Zwolle');
    const invited = calendarEvent(ics!);
    expect(invited).toMatchObject({ method: 'PUBLISH', start: `${day}T14:00:00` });
    expect(invited.sequence).toBe(cancelledWith + 1);
    const download = await request(t.http).get(`/export/agenda/bijeenkomst/${meetingId}.ics`).set('cookie', clients[lieke.id].cookie!);
    expect(calendarEvent(download.text).sequence).toBeGreaterThanOrEqual(invited.sequence);
  });

  it('cancels the meeting in every calendar that has it when the meeting is cancelled, and tells no one else', async () => {
    const sequences = Object.fromEntries(
      (
        await withAdmin(
          async (c) => (await c.query(`SELECT user_id AS id, sequence AS s FROM meeting_calendar WHERE meeting_id = $1`, [meetingId])).rows,
          t.db.ownerUrl,
        )
      ).map((r: { id: string; s: number }) => [r.id, r.s]),
    );
    await coordinator.ok(STEP, { input: { id: meetingId, version, step: 'CANCEL' } });
    const mails = await newMails();
    expect(mails.map((m) => m.to).sort()).toEqual([lieke.email, ruben.email, emma.email].sort());
    for (const person of [lieke, ruben, emma]) {
      const { mail, ics } = only(mails, person);
      expect(subjectOf(mail)).toMatch(/^Kijkje: Werkbijeenkomst Zwolle (gaat niet door|is cancelled)$/);
      const event = calendarEvent(ics!);
      expect(event).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: `bijeenkomst-${meetingId}@kijkje` });
      expect(event.sequence).toBeGreaterThan(sequences[person.id]);
    }
    // Nothing ever went to the coordinator, another member or another network.
    const all = await outbox(t);
    for (const other of [world.a.coordinator, world.a.member, world.b.coordinator, world.b.member]) expect(to(all, other)).toEqual([]);
  });
});
