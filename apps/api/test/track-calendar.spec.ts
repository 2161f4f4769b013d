import request from 'supertest';
import { sessionUid } from '@kijkje/api/tracks';
import { addDays, dutchToday } from '@kijkje/domain';
import { codeOf, type GqlClient } from './support/gql-client';
import { attachedCalendars, calendarEvents, calendarMessage, meetingMembers, subjectOf } from './support/meeting-mails';
import { outbox, type OutboxMail } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { mailWatch, sentToCalendars, trackCalendarFile } from './support/track-calendar';
import * as d from './support/track-documents';
import { buildWorld, signedIn, type Person, type World } from './support/world';

const TITLE = 'Veranderlab Deventer';

/** The body as UTF-8 (the outbox reader leaves quoted-printable bytes one character each). */
const textOf = (m: OutboxMail) => Buffer.from(m.body, 'latin1').toString('utf8');

/**
 * The sessions of a learning track reach the calendars of those who hold them (its facilitators
 * and accepted participants), as work meetings do: an invitation per session by mail in each
 * person's language, an update of the same event (same UID, higher SEQUENCE) when a session
 * moves, a cancellation when it is removed, when the person no longer holds it or when the track
 * closes; a downloadable file for the track's organisers and participants; and the personal feed.
 * Applicants, the waitlist, bystanders and other networks get nothing.
 */
describe('the sessions of a learning track in people’s mail and calendar', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  /** Facilitators (FACILITATOR role) of network A. */
  let bo: Person;
  let fleur: Person;
  /** Members of network A: Lieke, Emma (English) and Willem apply for two places; Ruben applies and waits for a decision; Kees never applies. */
  let lieke: Person;
  let emma: Person;
  let willem: Person;
  let ruben: Person;
  let kees: Person;
  /** A member of network B. */
  let bram: Person;
  const clients = new Map<string, GqlClient>();
  const as = (p: Person) => clients.get(p.id)!;
  let trackId: string;
  let version: number;
  let kickOff: string;
  let workshop: string;
  const kickOffDay = addDays(dutchToday(), 30);
  const workshopDay = addDays(dutchToday(), 40);
  const movedDay = addDays(dutchToday(), 41);

  const mails = mailWatch(() => t);
  const newMails = mails.fresh;
  const only = mails.only;
  const recipients = (list: OutboxMail[]) => list.map((m) => m.to).sort();
  const emails = (...people: Person[]) => people.map((p) => p.email).sort();
  const sessionFile = (id: string, who: Person | null) => trackCalendarFile(t, `leergang-bijeenkomst/${id}`, who && as(who).cookie!);
  const scheduleFile = (who: Person | null, id = trackId) => trackCalendarFile(t, `leergang/${id}`, who && as(who).cookie!);
  const sessionOf = async (id: string) =>
    ((await coordinator.ok(d.TRACK, { id: trackId })).track.sessions as { id: string; version: number }[]).find((s) => s.id === id)!;
  const stored = (sessionId: string) => sentToCalendars(t, sessionId);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    const a = { id: world.a.id, organisationId: world.a.organisations[1].id, passwordOf: world.a.member.id };
    [bo, fleur, lieke, emma, willem, ruben, kees] = await meetingMembers(t, a, [
      { tag: 'lab-bo', role: 'FACILITATOR' },
      { tag: 'lab-fleur', role: 'FACILITATOR', language: 'en' },
      { tag: 'lab-lieke' },
      { tag: 'lab-emma', language: 'en' },
      { tag: 'lab-willem' },
      { tag: 'lab-ruben' },
      { tag: 'lab-kees' },
    ]);
    [bram] = await meetingMembers(t, { id: world.b.id, organisationId: world.b.organisations[0].id, passwordOf: world.b.member.id }, [{ tag: 'lab-bram' }]);
    for (const p of [bo, fleur, lieke, emma, willem, ruben, kees, bram, world.a.coordinator, world.b.coordinator]) clients.set(p.id, await signedIn(t, p));
    coordinator = as(world.a.coordinator);
    const created = (await coordinator.ok(d.CREATE, { input: { title: TITLE, capacity: 2 } })).createTrack;
    trackId = created.id;
    await newMails();
  });
  afterAll(() => t.close());

  it('puts a new session in the calendar of the track’s facilitators, in Dutch time, and of nobody else', async () => {
    await coordinator.ok(d.ASSIGN, { input: { trackId, userId: bo.id } });
    // No sessions yet: nothing to put in a calendar.
    expect(await newMails()).toEqual([]);

    const track = (await coordinator.ok(d.ADD_SESSION, { input: d.session(trackId, 'KICK_OFF', 30, 'Startbijeenkomst') })).addTrackSession;
    kickOff = track.sessions[0].id;
    version = track.version;
    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(bo));
    const { mail, events } = only(mails, bo);
    expect(subjectOf(mail)).toBe(`Kijkje: nieuwe bijeenkomst van ${TITLE}: Startbijeenkomst`);
    expect(textOf(mail)).toContain('13:30–17:00, Vrije Universiteit');
    expect(mail.body).toContain(`/leergangen/${trackId}`);
    expect(events).toEqual([
      expect.objectContaining({
        method: 'PUBLISH',
        uid: sessionUid(kickOff),
        sequence: 1,
        start: `${kickOffDay}T13:30:00`,
        tzid: 'Europe/Amsterdam',
        location: 'Vrije Universiteit',
        summary: `Kijkje: Startbijeenkomst (${TITLE})`,
      }),
    ]);
    expect(await stored(kickOff)).toEqual({ [bo.email]: '1 in' });
  });

  it('gives an accepted participant the sessions to come in their own language; an applicant and the waitlist get none', async () => {
    version = (await coordinator.ok(d.STEP, { input: { id: trackId, version, step: 'OPEN' } })).stepTrack.version;
    const ids: Record<string, string> = {};
    for (const p of [lieke, emma, willem, ruben])
      ids[p.id] = (await as(p).ok(d.APPLY, { input: { trackId, motivation: null } })).applyForTrack.myApplication.id;
    expect(await newMails()).toEqual([]);
    for (const p of [lieke, emma, willem]) await as(bo).ok(d.DECIDE, { input: { participantId: ids[p.id], decision: 'ACCEPT' } });
    const { track } = await as(willem).ok(d.TRACK, { id: trackId });
    expect(track.myApplication.status).toBe('WAITLISTED');

    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(lieke, emma));
    const dutch = only(mails, lieke);
    expect(subjectOf(dutch.mail)).toBe(`Kijkje: de bijeenkomsten van ${TITLE} voor uw agenda`);
    expect(dutch.mail.body).toContain(`U bent toegelaten tot de leergang ${TITLE}.`);
    expect(dutch.events).toEqual([expect.objectContaining({ method: 'PUBLISH', uid: sessionUid(kickOff), sequence: 1 })]);
    const english = only(mails, emma);
    expect(subjectOf(english.mail)).toBe(`Kijkje: the sessions of ${TITLE} for your calendar`);
    expect(english.mail.body).toContain('The invitation for your calendar is attached to this message.');
    expect(english.events).toEqual([expect.objectContaining({ uid: sessionUid(kickOff), start: `${kickOffDay}T13:30:00` })]);
  });

  it('sends a session added to the schedule to everyone who holds the sessions, and to nobody else', async () => {
    const track = (await as(bo).ok(d.ADD_SESSION, { input: d.session(trackId, 'WORKSHOP', 40, 'Workshop') })).addTrackSession;
    workshop = track.sessions.find((s: { kind: string }) => s.kind === 'WORKSHOP').id;
    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(bo, lieke, emma));
    for (const p of [bo, lieke, emma])
      expect(only(mails, p).events).toEqual([
        expect.objectContaining({ method: 'PUBLISH', uid: sessionUid(workshop), sequence: 1, start: `${workshopDay}T13:30:00` }),
      ]);
    expect(subjectOf(only(mails, emma).mail)).toBe(`Kijkje: new session of ${TITLE}: Workshop`);
  });

  it('updates a moved session with the same UID and a higher SEQUENCE; a new title alone goes to no calendar', async () => {
    const fields = {
      sessionId: workshop,
      version: 1,
      title: 'Workshop sturing',
      day: workshopDay,
      startTime: '13:30',
      endTime: '17:00',
      place: 'Vrije Universiteit',
    };
    const renamed = (await as(bo).ok(d.UPDATE_SESSION, { input: fields })).updateTrackSession;
    expect(renamed.sessions.find((s: { id: string }) => s.id === workshop)).toMatchObject({ title: 'Workshop sturing', version: 2 });
    expect(await newMails()).toEqual([]);

    // An edit from a stale screen is refused, and changes nothing.
    expect(codeOf(await as(bo).gql(d.UPDATE_SESSION, { input: { ...fields, version: 1, place: 'Elders' } }))).toBe('CONFLICT');
    expect(await newMails()).toEqual([]);

    await as(bo).ok(d.UPDATE_SESSION, { input: { ...fields, version: 2, day: movedDay, place: 'Stadhuis' } });
    expect((await sessionOf(workshop)).version).toBe(3);
    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(bo, lieke, emma));
    for (const p of [bo, lieke, emma]) {
      const { events } = only(mails, p);
      expect(events).toEqual([
        expect.objectContaining({ method: 'PUBLISH', uid: sessionUid(workshop), sequence: 3, start: `${movedDay}T13:30:00`, location: 'Stadhuis' }),
      ]);
    }
    const { mail } = only(mails, lieke);
    expect(subjectOf(mail)).toBe(`Kijkje: Workshop sturing (${TITLE}) is gewijzigd`);
    expect(mail.body).toContain('De bijgewerkte uitnodiging in de bijlage past de afspraak in uw agenda aan.');
    expect(await stored(workshop)).toEqual({ [bo.email]: '3 in', [lieke.email]: '3 in', [emma.email]: '3 in' });
  });

  it('takes the sessions out of the calendar of a participant who withdraws, and gives them to the one promoted', async () => {
    await as(lieke).ok(d.WITHDRAW, { id: trackId });
    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(lieke, willem));

    const left = only(mails, lieke);
    expect(subjectOf(left.mail)).toBe(`Kijkje: ${TITLE} staat niet meer in uw agenda`);
    // A cancellation of each session, each newer than what her calendar has: a file per session, as an
    // iTIP message with a METHOD carries one UID (RFC 5546) and a mail calendar reads only a file's first event.
    expect(left.files.map((f) => [f.method, f.uids])).toEqual([
      ['CANCEL', [sessionUid(kickOff)]],
      ['CANCEL', [sessionUid(workshop)]],
    ]);
    expect(left.events).toEqual([
      expect.objectContaining({ method: 'CANCEL', status: 'CANCELLED', uid: sessionUid(kickOff), sequence: 2 }),
      expect.objectContaining({ method: 'CANCEL', status: 'CANCELLED', uid: sessionUid(workshop), sequence: 4 }),
    ]);
    expect(textOf(left.mail)).toContain('De annuleringen in de bijlagen, één per afspraak, halen de afspraken uit uw agenda.');

    const promoted = only(mails, willem);
    expect(subjectOf(promoted.mail)).toBe(`Kijkje: de bijeenkomsten van ${TITLE} voor uw agenda`);
    expect(promoted.files.map((f) => [f.method, f.uids])).toEqual([
      ['PUBLISH', [sessionUid(kickOff)]],
      ['PUBLISH', [sessionUid(workshop)]],
    ]);
    expect(promoted.events).toEqual([
      expect.objectContaining({ method: 'PUBLISH', uid: sessionUid(kickOff), sequence: 1 }),
      expect.objectContaining({ method: 'PUBLISH', uid: sessionUid(workshop), sequence: 3, start: `${movedDay}T13:30:00` }),
    ]);
    expect(await stored(workshop)).toEqual({ [bo.email]: '3 in', [lieke.email]: '4 out', [emma.email]: '3 in', [willem.email]: '3 in' });
  });

  it('cancels a removed session in every calendar that has it, and not for someone whose calendar no longer does', async () => {
    await as(bo).ok(d.REMOVE_SESSION, { id: workshop });
    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(bo, emma, willem));
    for (const p of [bo, emma, willem])
      expect(only(mails, p).events).toEqual([expect.objectContaining({ method: 'CANCEL', status: 'CANCELLED', uid: sessionUid(workshop), sequence: 4 })]);
    expect(subjectOf(only(mails, willem).mail)).toBe(`Kijkje: Workshop sturing (${TITLE}) gaat niet door`);
    expect(subjectOf(only(mails, emma).mail)).toBe(`Kijkje: Workshop sturing (${TITLE}) is cancelled`);
    // What the calendars were sent of it went with it.
    expect(await stored(workshop)).toEqual({});
  });

  it('gives a facilitator who is assigned the schedule, and takes it from one taken off', async () => {
    await coordinator.ok(d.ASSIGN, { input: { trackId, userId: fleur.id } });
    const joined = only(await newMails(), fleur);
    expect(subjectOf(joined.mail)).toBe(`Kijkje: the sessions of ${TITLE} for your calendar`);
    expect(joined.mail.body).toContain(`You facilitate the learning track ${TITLE}.`);
    expect(joined.events).toEqual([expect.objectContaining({ method: 'PUBLISH', uid: sessionUid(kickOff) })]);

    await coordinator.ok(d.UNASSIGN, { input: { trackId, userId: bo.id } });
    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(bo));
    const left = only(mails, bo);
    expect(left.mail.body).toContain(`U begeleidt de leergang ${TITLE} niet meer.`);
    expect(left.events).toEqual([expect.objectContaining({ method: 'CANCEL', uid: sessionUid(kickOff), sequence: 2 })]);
  });

  it('serves a session and the schedule as a calendar file to the track’s organisers and participants, never older than their mail', async () => {
    for (const p of [fleur, emma, willem, world.a.coordinator]) {
      const file = await sessionFile(kickOff, p);
      expect([p.email, file.status]).toEqual([p.email, 200]);
      expect(file.headers['content-type']).toMatch(/^text\/calendar/);
      expect(file.headers['cache-control']).toBe('private, no-store');
      expect(calendarEvents(file.text)).toEqual([
        expect.objectContaining({ method: 'PUBLISH', uid: sessionUid(kickOff), sequence: 1, start: `${kickOffDay}T13:30:00`, tzid: 'Europe/Amsterdam' }),
      ]);
      const schedule = await scheduleFile(p);
      expect(calendarEvents(schedule.text).map((e) => e.uid)).toEqual([sessionUid(kickOff)]);
    }
    // Lieke withdrew and Bo was taken off: no file for them, nor for an applicant, a bystander or another network.
    for (const p of [lieke, bo, ruben, kees, bram, world.b.coordinator]) {
      expect([p.email, (await sessionFile(kickOff, p)).status]).toEqual([p.email, 404]);
      expect([p.email, (await scheduleFile(p)).status]).toEqual([p.email, 404]);
    }
    expect((await sessionFile(kickOff, null)).status).toBe(401);
    expect((await sessionFile(workshop, fleur)).status).toBe(404);
    expect((await request(t.http).get(`/export/agenda/leergang-bijeenkomst/kort.ics`).set('cookie', as(fleur).cookie!)).status).toBe(404);
    expect((await scheduleFile(fleur, kickOff)).status).toBe(404);
    const { track } = await as(emma).ok(d.TRACK, { id: trackId });
    expect(track.canAddToCalendar).toBe(true);
    expect((await as(ruben).ok(d.TRACK, { id: trackId })).track.canAddToCalendar).toBe(false);
    expect((await as(kees).ok(d.TRACK, { id: trackId })).track.canAddToCalendar).toBe(false);
  });

  it('gives a participant back with a SEQUENCE above their cancellation, in the mail and the file', async () => {
    // Lieke applies again and gets Emma's place, who withdraws.
    const again = (await as(lieke).ok(d.APPLY, { input: { trackId, motivation: null } })).applyForTrack.myApplication.id;
    await as(emma).ok(d.WITHDRAW, { id: trackId });
    await as(fleur).ok(d.DECIDE, { input: { participantId: again, decision: 'ACCEPT' } });
    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(emma, lieke));
    expect(only(mails, lieke).events).toEqual([expect.objectContaining({ method: 'PUBLISH', uid: sessionUid(kickOff), sequence: 3 })]);
    expect(calendarEvents((await sessionFile(kickOff, lieke)).text)[0].sequence).toBe(3);
  });

  it('holds the sessions in the personal feed of whoever holds them, with the SEQUENCE of their mail', async () => {
    const feedOf = async (p: Person) => {
      const { url } = (await as(p).ok(`mutation { renewCalendarFeed { url } }`)).renewCalendarFeed;
      const res = await request(t.http).get(new URL(url).pathname);
      expect(res.status).toBe(200);
      return calendarEvents(res.text);
    };
    expect(await feedOf(lieke)).toEqual([expect.objectContaining({ uid: sessionUid(kickOff), sequence: 3, tzid: 'Europe/Amsterdam' })]);
    expect(await feedOf(fleur)).toEqual([expect.objectContaining({ uid: sessionUid(kickOff), sequence: 1 })]);
    for (const p of [emma, bo, ruben, kees, world.a.coordinator]) expect([p.email, await feedOf(p)]).toEqual([p.email, []]);
  });

  it('cancels the sessions still ahead in every calendar when the track closes', async () => {
    version = (await coordinator.ok(d.TRACK, { id: trackId })).track.version;
    version = (await coordinator.ok(d.STEP, { input: { id: trackId, version, step: 'START' } })).stepTrack.version;
    expect(await newMails()).toEqual([]);
    await coordinator.ok(d.STEP, { input: { id: trackId, version, step: 'CLOSE' } });
    const mails = await newMails();
    expect(recipients(mails)).toEqual(emails(fleur, lieke, willem));
    expect(only(mails, lieke).events).toEqual([expect.objectContaining({ method: 'CANCEL', uid: sessionUid(kickOff), sequence: 4 })]);
    const closed = only(mails, willem);
    expect(subjectOf(closed.mail)).toBe(`Kijkje: ${TITLE} is afgesloten`);
    expect(closed.events).toEqual([expect.objectContaining({ method: 'CANCEL', status: 'CANCELLED', uid: sessionUid(kickOff), sequence: 2 })]);
    // The file still lists it, cancelled; no reminder or feed keeps it.
    expect(calendarEvents((await sessionFile(kickOff, willem)).text)).toEqual([expect.objectContaining({ status: 'CANCELLED', sequence: 2 })]);
  });

  it('attached to every mail one calendar file per session, each with its METHOD and one UID', async () => {
    let files = 0;
    for (const mail of await outbox(t)) {
      const sessions = (mail.body.match(/^(Startbijeenkomst|Workshop(?: sturing)?): /gm) ?? []).length;
      const attached = attachedCalendars(t, mail.file).map(calendarMessage);
      expect([mail.file, attached.length]).toEqual([mail.file, sessions]);
      for (const file of attached) {
        expect([mail.file, file.events.length, file.uids.length]).toEqual([mail.file, 1, 1]);
        expect(['PUBLISH', 'CANCEL']).toContain(file.method);
      }
      files += attached.length;
    }
    expect(files).toBeGreaterThan(20);
  });

  it('never wrote to the coordinator, an applicant, a bystander or anyone in another network', async () => {
    const all = await outbox(t);
    for (const p of [world.a.coordinator, world.a.member, ruben, kees, bram, world.b.coordinator, world.b.member])
      expect([p.email, all.filter((m) => m.to.includes(p.email))]).toEqual([p.email, []]);
  });
});
