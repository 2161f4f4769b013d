import { DataSource } from 'typeorm';
import { AppointmentReminderJob, Scheduler } from '@kijkje/api/core';
import { addDays, dutchToday, startOfDutchDay } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { meetingMembers, subjectOf } from './support/meeting-mails';
import { outbox, type OutboxMail } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import * as d from './support/track-documents';
import { buildWorld, signedIn, type Person, type World } from './support/world';

const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');
/** `hour`:00 Dutch time on a day. */
const dutchAt = (day: string, hour: number) => new Date(startOfDutchDay(day).getTime() + hour * 3_600_000);

/**
 * Reminders before the sessions of a learning track, on the scheduler with the work meetings'
 * (AppointmentReminderJob), with a clock the test moves: a week before and the day before, each
 * once (also when two runs meet), to the track's facilitators and accepted participants only, each
 * person's mail setting honoured, a moved session reminded of afresh; a removed session, a closed
 * track and another network's track never.
 */
describe('reminders before the sessions of a learning track', () => {
  let t: TestApp;
  let world: World;
  let scheduler: Scheduler;
  /** Network A: Lieke (mail at once), Daan (the digest), Olga (no mail), Willem (waitlisted), Ruben (applied), Bo (facilitator, English). */
  let lieke: Person;
  let daan: Person;
  let olga: Person;
  let willem: Person;
  let ruben: Person;
  let bo: Person;
  /** Network B: Bram, in B's track on the same day. */
  let bram: Person;
  let track: { id: string; kickOff: string; workshop: string };
  let closedTrack: string;
  let bTrack: string;
  let day = addDays(dutchToday(), 30);
  const workshopDay = addDays(dutchToday(), 60);

  const run = (now: Date) => scheduler.runDue(now);
  const admin = <T>(sql: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(sql, params)).rows as T[], t.db.ownerUrl);
  const reminders = async (who: Person): Promise<OutboxMail[]> =>
    (await outbox(t)).filter((m) => m.to.includes(who.email) && /herinnering|reminder/i.test(subjectOf(m)));
  const sent = async (trackId: string) =>
    (
      await admin<{ name: string; title: string; stage: string }>(
        `SELECT u.name, s.title, d.stage FROM track_session_reminder d JOIN track_session s ON s.id = d.session_id JOIN app_user u ON u.id = d.user_id
          WHERE s.track_id = $1 ORDER BY d.sent_at, s.title, u.name`,
        [trackId],
      )
    ).map((r) => `${r.name.replace('Deelnemer ', '')} ${r.title} ${r.stage}`);

  /** A track of a network with its facilitator, participants and sessions, written as the owner. */
  const trackIn = (
    networkId: string,
    title: string,
    status: string,
    facilitator: Person | null,
    people: [Person, string][],
    sessions: [string, string, string][],
  ): Promise<{ id: string; sessions: string[] }> =>
    withAdmin(async (c) => {
      const { rows } = await c.query(`INSERT INTO track (network_id, title, capacity, status) VALUES ($1, $2, 3, $3) RETURNING id`, [networkId, title, status]);
      const id = rows[0].id as string;
      if (facilitator) await c.query(`INSERT INTO track_facilitator (network_id, track_id, user_id) VALUES ($1, $2, $3)`, [networkId, id, facilitator.id]);
      for (const [person, participation] of people)
        await c.query(`INSERT INTO track_participant (network_id, track_id, user_id, status) VALUES ($1, $2, $3, $4)`, [
          networkId,
          id,
          person.id,
          participation,
        ]);
      const made: string[] = [];
      for (const [kind, sessionTitle, on] of sessions)
        made.push(
          (
            await c.query(
              `INSERT INTO track_session (network_id, track_id, kind, title, starts_at, ends_at, place) VALUES ($1, $2, $3, $4, $5, $6, 'VU') RETURNING id`,
              [networkId, id, kind, sessionTitle, dutchAt(on, 13), dutchAt(on, 17)],
            )
          ).rows[0].id,
        );
      return { id, sessions: made };
    }, t.db.ownerUrl);

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULE_TICK_MS: '0' });
    world = await buildWorld(t);
    scheduler = t.app.get(Scheduler);
    const a = { id: world.a.id, organisationId: world.a.organisations[1].id, passwordOf: world.a.member.id };
    [lieke, daan, olga, willem, ruben, bo] = await meetingMembers(t, a, [
      { tag: 'sessie-lieke' },
      { tag: 'sessie-daan', settings: { TRACK_SESSION_REMINDER: 'DIGEST' } },
      { tag: 'sessie-olga', settings: { TRACK_SESSION_REMINDER: 'OFF' } },
      { tag: 'sessie-willem' },
      { tag: 'sessie-ruben' },
      { tag: 'sessie-bo', role: 'FACILITATOR', language: 'en' },
    ]);
    [bram] = await meetingMembers(t, { id: world.b.id, organisationId: world.b.organisations[0].id, passwordOf: world.b.member.id }, [{ tag: 'sessie-bram' }]);
    const cohort: [Person, string][] = [
      [lieke, 'ACCEPTED'],
      [daan, 'ACCEPTED'],
      [olga, 'ACCEPTED'],
      [willem, 'WAITLISTED'],
      [ruben, 'SUBMITTED'],
    ];
    const running = await trackIn(world.a.id, 'Veranderlab', 'RUNNING', bo, cohort, [
      ['KICK_OFF', 'Startbijeenkomst', day],
      ['WORKSHOP', 'Workshop', workshopDay],
    ]);
    track = { id: running.id, kickOff: running.sessions[0], workshop: running.sessions[1] };
    // Lieke also took part in a track that has closed, with a session left on the same day.
    closedTrack = (await trackIn(world.a.id, 'Afgesloten lab', 'CLOSED', null, [[lieke, 'ACCEPTED']], [['WORKSHOP', 'Vervallen', day]])).id;
    bTrack = (await trackIn(world.b.id, 'Lab van netwerk B', 'RUNNING', null, [[bram, 'ACCEPTED']], [['KICK_OFF', 'Start in B', day]])).id;
  });
  afterAll(() => t.close());

  it('runs daily at 06:00 Dutch time, with the reminders of work meetings', async () => {
    const [row] = await admin<{ nextRunAt: Date }>(`SELECT next_run_at AS "nextRunAt" FROM schedule WHERE name = 'appointment-reminders'`);
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(row.nextRunAt)).toBe('06:00');
  });

  it('reminds the facilitators and participants a week before, once, by their own setting, in each network apart', async () => {
    expect(await run(dutchAt(addDays(day, -8), 6))).toContain('appointment-reminders');
    expect(await reminders(lieke)).toHaveLength(0);

    await run(dutchAt(addDays(day, -7), 6));
    const [week] = await reminders(lieke);
    expect(subjectOf(week)).toMatch(/^Kijkje herinnering: Startbijeenkomst \(Veranderlab\), \S+ \d+ \S+ \d{4}, 13:00/);
    expect(week.body).toContain('VU');
    expect(week.body).toContain(`/leergangen/${track.id}`);
    expect(unfolded(week.raw)).toMatch(/^List-Unsubscribe: <[^>]+\/afmelden\/[A-Za-z0-9_-]{43}\/TRACK_SESSION_REMINDER>/m);
    const [facilitator] = await reminders(bo);
    expect(subjectOf(facilitator)).toMatch(/^Kijkje reminder: Startbijeenkomst \(Veranderlab\), /);
    // Network B's participant hears of B's track only.
    const [bWeek] = await reminders(bram);
    expect(subjectOf(bWeek)).toContain('Start in B');
    expect(bWeek.raw).not.toContain(track.id);
    expect(week.raw).not.toContain(bTrack);
    // The waitlist and an applicant: nothing. The digest reader and the one who chose no mail: only the notification.
    for (const person of [willem, ruben, daan, olga]) expect(await reminders(person)).toHaveLength(0);
    const told = await admin<{ recipient: string; delivery: string; network: string }>(
      `SELECT recipient_id AS recipient, delivery, network_id AS network FROM notification WHERE kind = 'TRACK_SESSION_REMINDER' AND subject_id = $1
        ORDER BY delivery, recipient_id`,
      [track.id],
    );
    expect(told).toEqual([
      { recipient: daan.id, delivery: 'DIGEST', network: world.a.id },
      { recipient: olga.id, delivery: 'OFF', network: world.a.id },
      ...[lieke.id, bo.id].sort().map((recipient) => ({ recipient, delivery: 'SINGLE', network: world.a.id })),
    ]);

    // The same run again, in two processes at once, and later that day: nothing more.
    const ds = t.app.get(DataSource);
    const job = t.app.get(AppointmentReminderJob);
    await Promise.all([0, 1].map(() => ds.transaction((em) => job.run(em, dutchAt(addDays(day, -7), 6)))));
    await ds.transaction((em) => job.run(em, dutchAt(addDays(day, -7), 18)));
    expect(await reminders(lieke)).toHaveLength(1);
    expect(await reminders(bo)).toHaveLength(1);
    expect(await reminders(bram)).toHaveLength(1);
    expect(await sent(track.id)).toEqual(['sessie-bo', 'sessie-daan', 'sessie-lieke', 'sessie-olga'].map((n) => `${n} Startbijeenkomst WEEK_BEFORE`));
    // A closed track's session: nobody is reminded of it.
    expect(await sent(closedTrack)).toEqual([]);

    // The digest at 07:00 carries it for the one who chose it; the one who chose no mail still gets none.
    expect(await run(dutchAt(addDays(day, -7), 7))).toEqual(['notification-digest']);
    const digests = (await outbox(t)).filter((m) => m.to.includes(daan.email) && /van vandaag/.test(subjectOf(m)));
    expect(digests).toHaveLength(1);
    expect(digests[0].body).toContain('Herinnering: een bijeenkomst van een leergang waaraan u meedoet komt eraan');
    expect(digests[0].body).toContain(`/leergangen/${track.id}`);
    expect((await outbox(t)).filter((m) => m.to.includes(olga.email))).toHaveLength(0);
  });

  it('reminds of the day before; someone promoted gets the stage reached, someone who withdrew none', async () => {
    await withAdmin(async (c) => {
      await c.query(`UPDATE track_participant SET status = 'WITHDRAWN' WHERE track_id = $1 AND user_id = $2`, [track.id, olga.id]);
      await c.query(`UPDATE track_participant SET status = 'ACCEPTED' WHERE track_id = $1 AND user_id = $2`, [track.id, willem.id]);
    }, t.db.ownerUrl);
    await run(dutchAt(addDays(day, -3), 6));
    const [promoted] = await reminders(willem);
    expect(subjectOf(promoted)).toMatch(/^Kijkje herinnering: Startbijeenkomst \(Veranderlab\)/);
    expect(await reminders(lieke)).toHaveLength(1);

    await run(dutchAt(addDays(day, -1), 6));
    expect(await reminders(lieke)).toHaveLength(2);
    expect(await reminders(willem)).toHaveLength(2);
    expect(await reminders(bram)).toHaveLength(2);
    expect((await sent(track.id)).filter((s) => s.endsWith('DAY_BEFORE')).sort()).toEqual(
      ['sessie-bo', 'sessie-daan', 'sessie-lieke', 'sessie-willem'].map((n) => `${n} Startbijeenkomst DAY_BEFORE`),
    );
  });

  it('reminds of a moved session afresh, of nothing once it has begun, and of none that was removed', async () => {
    // The facilitator moves the kick-off a week later: its reminders start over for the new day.
    const facilitator = await signedIn(t, bo);
    const moved = addDays(day, 7);
    await facilitator.ok(d.UPDATE_SESSION, {
      input: { sessionId: track.kickOff, version: 1, title: 'Startbijeenkomst', day: moved, startTime: '13:00', endTime: '17:00', place: 'VU' },
    });
    day = moved;
    await run(dutchAt(addDays(day, -7), 6));
    expect(await reminders(lieke)).toHaveLength(3);
    await run(dutchAt(addDays(day, -1), 6));
    expect(await reminders(lieke)).toHaveLength(4);
    // The day itself, after it began, and the days after: nothing more.
    await run(dutchAt(day, 18));
    await run(dutchAt(addDays(day, 1), 6));
    expect(await reminders(lieke)).toHaveLength(4);
    expect((await sent(track.id)).filter((s) => s.startsWith('sessie-lieke'))).toEqual([
      'sessie-lieke Startbijeenkomst WEEK_BEFORE',
      'sessie-lieke Startbijeenkomst DAY_BEFORE',
      'sessie-lieke Startbijeenkomst WEEK_BEFORE',
      'sessie-lieke Startbijeenkomst DAY_BEFORE',
    ]);

    // The workshop leaves the schedule before its week: nobody is reminded of it.
    await facilitator.ok(d.REMOVE_SESSION, { id: track.workshop });
    await run(dutchAt(addDays(workshopDay, -7), 6));
    await run(dutchAt(addDays(workshopDay, -1), 6));
    expect((await sent(track.id)).filter((s) => s.includes('Workshop'))).toEqual([]);
    expect((await reminders(lieke)).filter((m) => subjectOf(m).includes('Workshop'))).toEqual([]);
  });
});
