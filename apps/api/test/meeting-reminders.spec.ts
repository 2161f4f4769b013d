import { DataSource } from 'typeorm';
import { AppointmentReminderJob, Scheduler } from '@kijkje/api/core';
import { addDays, dutchToday, startOfDutchDay } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { type GqlClient } from './support/gql-client';
import { meetingMembers, subjectOf } from './support/meeting-mails';
import { outbox, type OutboxMail } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type Person, type World } from './support/world';

const FIELDS = `id version myRegistration { status }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${FIELDS} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${FIELDS} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelMeetingRegistration(meetingId: $id) { ${FIELDS} } }`;
const ASSIGN = `mutation($input: MeetingFacilitatorInput!) { assignMeetingFacilitator(input: $input) { ${FIELDS} } }`;

const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');
/** `hour`:00 Dutch time on a day. */
const dutchAt = (day: string, hour: number) => new Date(startOfDutchDay(day).getTime() + hour * 3_600_000);

/**
 * Reminders before a work meeting on the scheduler, with a clock the test moves: a week before and
 * the day before, each once (also when two runs meet), only to those holding a place (the waitlist
 * once promoted) and its facilitators, each person's mail setting honoured, a moved meeting
 * reminded of afresh, and never a word about another network.
 */
describe('reminders before a work meeting', () => {
  let t: TestApp;
  let world: World;
  let scheduler: Scheduler;
  /** Network A: Lieke (mail at once), Daan (the digest), Olga (no mail), Willem (waitlisted). */
  let lieke: Person;
  let daan: Person;
  let olga: Person;
  let willem: Person;
  /** Facilitators of network A: Fleur runs the meeting (mail at once), Frans too (no mail); Floor runs nothing. */
  let fleur: Person;
  let frans: Person;
  let floor: Person;
  /** Network B: Bram, at B's meeting on the same day. */
  let bram: Person;
  let meetingId: string;
  let bMeetingId: string;
  let version: number;
  let coordinator: GqlClient;
  let day = addDays(dutchToday(), 30);
  const fields = (overrides: Record<string, unknown> = {}) => ({
    title: 'Werkbijeenkomst Deventer',
    description: null,
    hostOrganisationId: null,
    hostMayEdit: false,
    day,
    startTime: '13:30',
    endTime: '17:00',
    place: 'Stadhuis',
    onlineLink: null,
    capacity: 3,
    ...overrides,
  });

  const run = (now: Date) => scheduler.runDue(now);
  const admin = <T>(sql: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(sql, params)).rows as T[], t.db.ownerUrl);
  const reminders = async (who: Person): Promise<OutboxMail[]> =>
    (await outbox(t)).filter((m) => m.to.includes(who.email) && /herinnering|reminder/i.test(subjectOf(m)));
  const sent = async (id: string) =>
    (
      await admin<{ name: string; stage: string }>(
        `SELECT u.name, d.stage FROM meeting_reminder d JOIN app_user u ON u.id = d.user_id
          WHERE d.meeting_id = $1 AND EXISTS (SELECT 1 FROM meeting_registration r WHERE r.meeting_id = d.meeting_id AND r.user_id = d.user_id)
          ORDER BY d.sent_at, u.name`,
        [id],
      )
    ).map((r) => `${r.name.replace('Deelnemer ', '')} ${r.stage}`);
  const sentToFacilitators = async (id: string) =>
    (
      await admin<{ name: string; stage: string }>(
        `SELECT u.name, d.stage FROM meeting_reminder d JOIN app_user u ON u.id = d.user_id
          WHERE d.meeting_id = $1 AND EXISTS (SELECT 1 FROM meeting_facilitator f WHERE f.meeting_id = d.meeting_id AND f.user_id = d.user_id)
          ORDER BY d.sent_at, u.name`,
        [id],
      )
    ).map((r) => `${r.name.replace('Deelnemer ', '')} ${r.stage}`);

  async function openMeeting(client: GqlClient, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
    const created = (await client.ok(CREATE, { input })).createMeeting;
    const opened = (await client.ok(STEP, { input: { id: created.id, version: created.version, step: 'OPEN' } })).stepMeeting;
    return { id: created.id, version: opened.version };
  }

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULE_TICK_MS: '0' });
    world = await buildWorld(t);
    scheduler = t.app.get(Scheduler);
    const a = { id: world.a.id, organisationId: world.a.organisations[1].id, passwordOf: world.a.member.id };
    [lieke, daan, olga, willem] = await meetingMembers(t, a, [
      { tag: 'herinnering-lieke' },
      { tag: 'herinnering-daan', settings: { MEETING_REMINDER: 'DIGEST' } },
      { tag: 'herinnering-olga', settings: { MEETING_REMINDER: 'OFF' } },
      { tag: 'herinnering-willem', language: 'en' },
    ]);
    [bram] = await meetingMembers(t, { id: world.b.id, organisationId: world.b.organisations[0].id, passwordOf: world.b.member.id }, [
      { tag: 'herinnering-bram' },
    ]);
    [fleur, frans, floor] = await meetingMembers(t, a, [
      { tag: 'herinnering-fleur', role: 'FACILITATOR' },
      { tag: 'herinnering-frans', role: 'FACILITATOR', settings: { MEETING_REMINDER: 'OFF' } },
      { tag: 'herinnering-floor', role: 'FACILITATOR' },
    ]);
    coordinator = await signedIn(t, world.a.coordinator);
    ({ id: meetingId, version } = await openMeeting(coordinator, fields()));
    for (const person of [lieke, daan, olga, willem]) await (await signedIn(t, person)).ok(REGISTER, { id: meetingId });
    for (const person of [fleur, frans]) version = (await coordinator.ok(ASSIGN, { input: { meetingId, userId: person.id } })).assignMeetingFacilitator.version;
    ({ id: bMeetingId } = await openMeeting(await signedIn(t, world.b.coordinator), fields({ title: 'Bijeenkomst van netwerk B' })));
    await (await signedIn(t, bram)).ok(REGISTER, { id: bMeetingId });
  });
  afterAll(() => t.close());

  it('runs daily at 06:00 Dutch time, with the deadline reminders and the sessions of learning tracks', async () => {
    const [row] = await admin<{ nextRunAt: Date }>(`SELECT next_run_at AS "nextRunAt" FROM schedule WHERE name = 'appointment-reminders'`);
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(row.nextRunAt)).toBe('06:00');
  });

  it('reminds those with a place a week before, once, by their own setting, in each network apart', async () => {
    expect(await run(dutchAt(addDays(day, -8), 6))).toContain('appointment-reminders');
    expect(await reminders(lieke)).toHaveLength(0);

    await run(dutchAt(addDays(day, -7), 6));
    const [week] = await reminders(lieke);
    expect(subjectOf(week)).toMatch(/^Kijkje herinnering: Werkbijeenkomst Deventer, \S+ \d+ \S+ \d{4}, 13:30/);
    expect(week.body).toContain('Stadhuis');
    expect(week.body).toContain(`/bijeenkomsten/${meetingId}`);
    expect(unfolded(week.raw)).toMatch(/^List-Unsubscribe: <[^>]+\/afmelden\/[A-Za-z0-9_-]{43}\/MEETING_REMINDER>/m);
    // Network B's participant hears of B's meeting only.
    const [bWeek] = await reminders(bram);
    expect(subjectOf(bWeek)).toContain('Bijeenkomst van netwerk B');
    expect(bWeek.raw).not.toContain(meetingId);
    expect(week.raw).not.toContain(bMeetingId);
    // Willem waits: no reminder. The digest reader and the one who chose no mail: only the notification.
    for (const person of [willem, daan, olga]) expect(await reminders(person)).toHaveLength(0);
    const told = await admin<{ recipient: string; delivery: string; network: string }>(
      `SELECT recipient_id AS recipient, delivery, network_id AS network FROM notification
        WHERE kind = 'MEETING_REMINDER' AND subject_id = $1 AND recipient_id = ANY($2::uuid[]) ORDER BY delivery`,
      [meetingId, [lieke.id, daan.id, olga.id, willem.id]],
    );
    expect(told).toEqual([
      { recipient: daan.id, delivery: 'DIGEST', network: world.a.id },
      { recipient: olga.id, delivery: 'OFF', network: world.a.id },
      { recipient: lieke.id, delivery: 'SINGLE', network: world.a.id },
    ]);

    // The same run again, in two processes at once, and later that day: nothing more.
    const ds = t.app.get(DataSource);
    const job = t.app.get(AppointmentReminderJob);
    await Promise.all([0, 1].map(() => ds.transaction((em) => job.run(em, dutchAt(addDays(day, -7), 6)))));
    await ds.transaction((em) => job.run(em, dutchAt(addDays(day, -7), 18)));
    expect(await reminders(lieke)).toHaveLength(1);
    expect(await reminders(bram)).toHaveLength(1);
    expect(await sent(meetingId)).toEqual(['herinnering-daan WEEK_BEFORE', 'herinnering-lieke WEEK_BEFORE', 'herinnering-olga WEEK_BEFORE']);

    // The digest at 07:00 carries it for the one who chose it; the one who chose no mail still gets none.
    expect(await run(dutchAt(addDays(day, -7), 7))).toEqual(['notification-digest']);
    const digests = (await outbox(t)).filter((m) => m.to.includes(daan.email) && /van vandaag/.test(subjectOf(m)));
    expect(digests).toHaveLength(1);
    expect(digests[0].body).toContain('Herinnering: een werkbijeenkomst waarvoor u bent aangemeld komt eraan');
    expect(digests[0].body).toContain(`/bijeenkomsten/${meetingId}`);
    expect((await outbox(t)).filter((m) => m.to.includes(olga.email) && !/aangemeld|registered/.test(subjectOf(m)))).toHaveLength(0);
  });

  it('reminds the meeting’s facilitators a week before too, once, by their own setting, as the ones who run it', async () => {
    const [week] = await reminders(fleur);
    expect(subjectOf(week)).toMatch(/^Kijkje herinnering: Werkbijeenkomst Deventer, \S+ \d+ \S+ \d{4}, 13:30/);
    expect(week.body).toContain('Een herinnering: u begeleidt de werkbijeenkomst Werkbijeenkomst Deventer op');
    expect(week.body).not.toContain('Meld u dan af');
    expect(unfolded(week.raw)).toMatch(/^List-Unsubscribe: <[^>]+\/afmelden\/[A-Za-z0-9_-]{43}\/MEETING_REMINDER>/m);
    // Frans chose no mail: the notification only. Floor runs nothing: not a word.
    for (const person of [frans, floor]) expect(await reminders(person)).toHaveLength(0);
    const told = await admin<{ delivery: string }>(
      `SELECT delivery FROM notification WHERE kind = 'MEETING_REMINDER' AND subject_id = $1 AND recipient_id = ANY($2::uuid[]) ORDER BY delivery`,
      [meetingId, [fleur.id, frans.id, floor.id]],
    );
    expect(told.map((r) => r.delivery)).toEqual(['OFF', 'SINGLE']);
    expect(await sentToFacilitators(meetingId)).toEqual(['herinnering-fleur WEEK_BEFORE', 'herinnering-frans WEEK_BEFORE']);
  });

  it('reminds someone promoted from the waitlist of the stage reached, and nobody who cancelled or whose meeting is cancelled', async () => {
    await (await signedIn(t, olga)).ok(CANCEL, { id: meetingId });
    const b = await signedIn(t, world.b.coordinator);
    const { meeting } = await b.ok(`query($id: ID!) { meeting(id: $id) { version } }`, { id: bMeetingId });
    await b.ok(STEP, { input: { id: bMeetingId, version: meeting.version, step: 'CANCEL' } });

    await run(dutchAt(addDays(day, -3), 6));
    const [promoted] = await reminders(willem);
    expect(subjectOf(promoted)).toMatch(/^Kijkje reminder: Werkbijeenkomst Deventer, \S+ \d+ \S+ \d{4}, 13:30/);
    expect(await reminders(lieke)).toHaveLength(1);

    await run(dutchAt(addDays(day, -1), 6));
    expect(await reminders(lieke)).toHaveLength(2);
    expect(await reminders(willem)).toHaveLength(2);
    expect(await reminders(bram)).toHaveLength(1);
    expect(await sent(meetingId)).toEqual([
      'herinnering-daan WEEK_BEFORE',
      'herinnering-lieke WEEK_BEFORE',
      'herinnering-olga WEEK_BEFORE',
      'herinnering-willem WEEK_BEFORE',
      'herinnering-daan DAY_BEFORE',
      'herinnering-lieke DAY_BEFORE',
      'herinnering-willem DAY_BEFORE',
    ]);
    expect(await sent(bMeetingId)).toEqual(['herinnering-bram WEEK_BEFORE']);
    expect(await reminders(fleur)).toHaveLength(2);
  });

  it('reminds of a moved meeting afresh, and of nothing once it has begun', async () => {
    // A week later: the reminders start over for the new day.
    const moved = addDays(day, 7);
    version = (await coordinator.ok(UPDATE, { input: { ...fields({ day: moved }), id: meetingId, version } })).updateMeeting.version;
    day = moved;
    await run(dutchAt(addDays(day, -7), 6));
    expect(await reminders(lieke)).toHaveLength(3);
    await run(dutchAt(addDays(day, -1), 6));
    expect(await reminders(lieke)).toHaveLength(4);
    expect((await reminders(lieke)).map(subjectOf).at(-1)).toContain(`Werkbijeenkomst Deventer`);
    // The day itself, after it began, and the days after: nothing more.
    await run(dutchAt(day, 18));
    await run(dutchAt(addDays(day, 1), 6));
    expect(await reminders(lieke)).toHaveLength(4);
    expect(await reminders(fleur)).toHaveLength(4);
    expect((await sent(meetingId)).filter((s) => s.startsWith('herinnering-lieke'))).toEqual([
      'herinnering-lieke WEEK_BEFORE',
      'herinnering-lieke DAY_BEFORE',
      'herinnering-lieke WEEK_BEFORE',
      'herinnering-lieke DAY_BEFORE',
    ]);
  });

  it('lets the reminders go with the registrations once the network’s retention has passed since the meeting', async () => {
    const later = dutchAt(addDays(day, 3), 6);
    await admin(
      `UPDATE meeting SET starts_at = $2::timestamptz - interval '6 years', ends_at = $2::timestamptz - interval '6 years' + interval '3 hours' WHERE id = $1`,
      [meetingId, later],
    );
    expect(await run(later)).toContain('retention');
    expect(await sent(meetingId)).toEqual([]);
    const [left] = await admin<{ reminders: number; registrations: number }>(
      `SELECT (SELECT count(*) FROM meeting_reminder d WHERE d.network_id = $2)::int AS reminders,
              (SELECT count(*) FROM meeting_registration WHERE meeting_id = $1)::int AS registrations`,
      [meetingId, world.a.id],
    );
    expect(left).toEqual({ reminders: 0, registrations: 0 });
    // What the facilitators were sent goes with it; their assignment stays with the meeting.
    expect(await sentToFacilitators(meetingId)).toEqual([]);
    expect(await admin(`SELECT count(*)::int AS n FROM meeting_calendar WHERE meeting_id = $1`, [meetingId])).toEqual([{ n: 0 }]);
    expect(await admin(`SELECT count(*)::int AS n FROM meeting_facilitator WHERE meeting_id = $1`, [meetingId])).toEqual([{ n: 2 }]);
    // Network B's stay: its meeting is not that old.
    expect(await sent(bMeetingId)).toEqual(['herinnering-bram WEEK_BEFORE']);
  });
});
