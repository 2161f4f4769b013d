import { DataSource } from 'typeorm';
import { DeadlineReminderJob, Scheduler } from '@kijkje/api/core';
import { endOfDutchDay, startOfDutchDay } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { outbox, type OutboxMail } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type Person, type World } from './support/world';

const REPLY = `mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`;
const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');
/** The whole subject line (a long one is folded over lines). */
const subjectOf = (m: OutboxMail) =>
  unfolded(m.raw)
    .match(/^Subject: (.*)$/m)![1]
    .trim();
/** `hour`:00 Dutch time on a day (never a night the clocks change). */
const dutchAt = (day: string, hour: number) => new Date(startOfDutchDay(day).getTime() + hour * 3_600_000);

/**
 * Deadline reminders on the scheduler, with a clock the test moves: each stage once at its time,
 * only the latest stage after missed days, nothing for work that is done, each person's mail
 * setting honoured, and never a word about another network.
 */
describe('deadline reminders', () => {
  let t: TestApp;
  let world: World;
  /** Network A: a visit whose host is reminded to reply (a1) and one still to be prepared (a2). */
  let a1: VisitWorld;
  let a2: VisitWorld;
  /** Network B: a visit with the same deadlines. */
  let b: VisitWorld;
  let scheduler: Scheduler;
  /** People of a1's host organisation who chose the digest, or no mail, for reminders. */
  let digestReader: Person;
  let noMail: Person;

  const run = (now: Date) => scheduler.runDue(now);
  const admin = <T>(sql: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(sql, params)).rows as T[], t.db.ownerUrl);
  const reminders = async (who: Person): Promise<OutboxMail[]> =>
    (await outbox(t)).filter((m) => m.to.includes(who.email) && /herinnering|reminder/.test(subjectOf(m)));
  const sent = async (visitId: string) =>
    (
      await admin<{ deadline: string; stage: string }>(`SELECT deadline, stage FROM deadline_reminder WHERE visit_id = $1 ORDER BY sent_at, stage`, [visitId])
    ).map((r) => `${r.deadline} ${r.stage}`);
  const setVisit = (visitId: string, columns: string, params: unknown[]) => admin(`UPDATE visit SET ${columns} WHERE id = $1`, [visitId, ...params]);

  async function hostPerson(v: VisitWorld, networkId: string, tag: string, settings: Record<string, string>): Promise<Person> {
    const email = `${tag}@test.kijkje.nl`;
    const [row] = await admin<{ id: string }>(
      `INSERT INTO app_user (email, name, password_hash, notification_settings) SELECT $1, $2, password_hash, $3 FROM app_user WHERE id = $4 RETURNING id`,
      [email, `Persoon ${tag}`, JSON.stringify(settings), v.people.hostContact.id],
    );
    await admin(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [networkId, row.id, v.organisations.host]);
    return { id: row.id, email, name: `Persoon ${tag}` };
  }

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULE_TICK_MS: '0' });
    world = await buildWorld(t);
    a1 = await buildVisitWorld(t, world);
    a2 = await buildVisitWorld(t, world, 'x');
    b = await buildVisitWorld(t, { ...world, a: world.b }, 'w');
    scheduler = t.app.get(Scheduler);
    digestReader = await hostPerson(a1, world.a.id, 'v-host-digest', { DEADLINE_REMINDER: 'DIGEST' });
    noMail = await hostPerson(a1, world.a.id, 'v-host-off', { DEADLINE_REMINDER: 'OFF' });
    // Held visits with no deadline near: each test sets the ones it is about.
    const far = endOfDutchDay('2031-01-31');
    for (const v of [a1, a2, b]) await setVisit(v.visitId, `reply_deadline = NULL, preparation_due = NULL, report_due = $2`, [far]);
  });
  afterAll(() => t.close());

  it('runs daily at 06:00 Dutch time, before the digest', async () => {
    const [row] = await admin<{ nextRunAt: Date }>(`SELECT next_run_at AS "nextRunAt" FROM schedule WHERE name = 'deadline-reminders'`);
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(row.nextRunAt)).toBe('06:00');
  });

  it('reminds the host of the reply period a week before and the day before, each once, in each network apart', async () => {
    const end = endOfDutchDay('2030-03-15');
    for (const v of [a1, b]) await setVisit(v.visitId, `reply_deadline = $2`, [end]);
    const a1Host = a1.people.hostContact;
    const bHost = b.people.hostContact;

    expect(await run(dutchAt('2030-03-07', 6))).toContain('deadline-reminders');
    expect(await reminders(a1Host)).toHaveLength(0);

    await run(dutchAt('2030-03-08', 6));
    const [week] = await reminders(a1Host);
    expect(subjectOf(week)).toBe('Kijkje herinnering: reageer op de bevindingen van het bezoek aan Gastgemeente');
    expect(week.body).toContain('vrijdag 15 maart 2030 om 23:59');
    expect(week.body).toContain(`/bezoeken/${a1.visitId}/bevindingen`);
    expect(unfolded(week.raw)).toMatch(/^List-Unsubscribe: <[^>]+\/afmelden\/[A-Za-z0-9_-]{43}\/DEADLINE_REMINDER>/m);
    // Network B's host hears of B's visit only, and A's of A's only.
    const [bWeek] = await reminders(bHost);
    expect(subjectOf(bWeek)).toContain('Gastgemeente w');
    expect(bWeek.body).toContain(`/bezoeken/${b.visitId}/bevindingen`);
    expect(bWeek.raw).not.toContain(a1.visitId);
    expect(week.raw).not.toContain(b.visitId);
    expect(week.raw).not.toContain('Gastgemeente w');
    const rows = await admin<{ network: string; recipient: string }>(
      `SELECT network_id AS network, recipient_id AS recipient FROM notification WHERE kind = 'DEADLINE_REMINDER' AND subject_id = ANY($1::uuid[])`,
      [[a1.visitId, b.visitId]],
    );
    for (const row of rows) expect(row.network).toBe([bHost.id].includes(row.recipient) ? world.b.id : world.a.id);
    // Nobody else: not the lead (the report is far off), not the visit being prepared elsewhere.
    expect(await reminders(a1.people.lead)).toHaveLength(0);
    expect(await reminders(a2.people.hostContact)).toHaveLength(0);

    // Their settings: the digest reader and the person who switched reminders off get no mail now, only the notification.
    expect(await reminders(digestReader)).toHaveLength(0);
    expect(await reminders(noMail)).toHaveLength(0);
    const told = await admin<{ recipient: string; delivery: string }>(
      `SELECT recipient_id AS recipient, delivery FROM notification WHERE kind = 'DEADLINE_REMINDER' AND recipient_id = ANY($1::uuid[]) ORDER BY delivery`,
      [[digestReader.id, noMail.id]],
    );
    expect(told).toEqual([
      { recipient: digestReader.id, delivery: 'DIGEST' },
      { recipient: noMail.id, delivery: 'OFF' },
    ]);

    // The same run again (or a second process): nothing more.
    const ds = t.app.get(DataSource);
    await ds.transaction((em) => t.app.get(DeadlineReminderJob).run(em, dutchAt('2030-03-08', 6)));
    await ds.transaction((em) => t.app.get(DeadlineReminderJob).run(em, dutchAt('2030-03-08', 18)));
    expect(await reminders(a1Host)).toHaveLength(1);
    expect(await sent(a1.visitId)).toEqual(['REPLY WEEK_BEFORE']);

    // The digest at 07:00 carries the reminder for the one who chose it; the one who chose no mail still gets none.
    expect(await run(dutchAt('2030-03-08', 7))).toEqual(['notification-digest']);
    const digests = (await outbox(t)).filter((m) => m.to.includes(digestReader.email));
    expect(digests).toHaveLength(1);
    expect(digests[0].body).toContain('Herinnering: een deadline nadert of is verstreken');
    expect(digests[0].body).toContain(`/bezoeken/${a1.visitId}`);
    expect((await outbox(t)).filter((m) => m.to.includes(noMail.email))).toHaveLength(0);

    // B's host replies to every shared finding (hoor en wederhoor): B's work is done, A's is not.
    const host = await signedIn(t, bHost);
    for (const f of b.findings.filter((x) => x.status === 'SHARED' || x.status === 'FINAL'))
      await host.ok(REPLY, { input: { findingId: f.id, kind: 'AGREE' } });

    await run(dutchAt('2030-03-09', 6));
    expect(await reminders(a1Host)).toHaveLength(1);
    await run(dutchAt('2030-03-14', 6));
    const [, day] = await reminders(a1Host);
    expect(subjectOf(day)).toBe('Kijkje herinnering: reageer op de bevindingen van het bezoek aan Gastgemeente');
    expect(await reminders(bHost)).toHaveLength(1);
    expect(await reminders(noMail)).toHaveLength(0);

    // After the end both hosts have released findings for the harvest: nothing is overdue.
    await run(dutchAt('2030-03-16', 6));
    expect(await reminders(a1Host)).toHaveLength(2);
    expect(await sent(a1.visitId)).toEqual(['REPLY WEEK_BEFORE', 'REPLY DAY_BEFORE']);
    expect(await sent(b.visitId)).toEqual(['REPLY WEEK_BEFORE']);
  });

  it('after days without a run sends only the latest stage, and nothing for a report that is final', async () => {
    await setVisit(a2.visitId, `status = 'PLANNED', held_at = NULL, preparation_due = $2`, [endOfDutchDay('2030-04-15')]);
    const reportDue = endOfDutchDay('2030-04-18');
    await setVisit(a1.visitId, `status = 'REPORT_FINAL', report_due = $2`, [reportDue]);
    await setVisit(b.visitId, `report_due = $2`, [reportDue]);
    await admin(`UPDATE app_user SET language = 'en' WHERE id = $1`, [b.people.lead.id]);

    // The first run since 16 March: the preparation is already late, the report due tomorrow.
    await run(dutchAt('2030-04-17', 6));
    const prepared = await reminders(a2.people.hostContact);
    expect(prepared.map(subjectOf)).toEqual(['Kijkje herinnering: de voorbereiding van het bezoek aan Gastgemeente x is te laat']);
    expect(prepared[0].body).toContain(`/bezoeken/${a2.visitId}`);
    expect(prepared[0].body).toContain('maandag 15 april 2030 om 23:59');
    expect(await sent(a2.visitId)).toEqual(['PREPARATION OVERDUE']);
    const report = await reminders(b.people.lead);
    expect(report.map(subjectOf)).toEqual(['Kijkje reminder: finish the visit report of Gastgemeente w']);
    expect(report[0].body).toContain('Thursday, 18 April 2030 at 23:59');
    expect(report[0].body).toContain(`/bezoeken/${b.visitId}/verslag`);
    expect(await reminders(a1.people.lead)).toHaveLength(0);

    // Once the preparation is submitted and the deadline passed for the report: only the report's overdue reminder.
    await setVisit(a2.visitId, `status = 'PREPARED', prepared_at = now()`, []);
    await run(dutchAt('2030-04-19', 6));
    await run(dutchAt('2030-04-20', 6));
    expect(await reminders(a2.people.hostContact)).toHaveLength(1);
    expect((await reminders(b.people.lead)).map(subjectOf)).toEqual([
      'Kijkje reminder: finish the visit report of Gastgemeente w',
      'Kijkje reminder: the visit report of Gastgemeente w is late',
    ]);
    expect(await sent(b.visitId)).toEqual(['REPLY WEEK_BEFORE', 'REPORT DAY_BEFORE', 'REPORT OVERDUE']);
  });

  it('sends a reminder once when two runs meet (two processes that both ran the job)', async () => {
    await setVisit(a2.visitId, `status = 'PLANNED', preparation_due = $2`, [endOfDutchDay('2030-05-02')]);
    const ds = t.app.get(DataSource);
    const job = t.app.get(DeadlineReminderJob);
    const now = dutchAt('2030-05-01', 6);
    await Promise.all([ds.transaction((em) => job.run(em, now)), ds.transaction((em) => job.run(em, now))]);
    expect((await reminders(a2.people.hostContact)).map(subjectOf)).toEqual([
      'Kijkje herinnering: de voorbereiding van het bezoek aan Gastgemeente x is te laat',
      'Kijkje herinnering: dien de voorbereiding van het bezoek aan Gastgemeente x in',
    ]);
    expect(await sent(a2.visitId)).toEqual(['PREPARATION OVERDUE', 'PREPARATION DAY_BEFORE']);
  });

  it('reminds of a moved deadline afresh', async () => {
    await setVisit(b.visitId, `report_due = $2`, [endOfDutchDay('2030-05-10')]);
    await run(dutchAt('2030-05-03', 6));
    expect(subjectOf((await reminders(b.people.lead)).at(-1)!)).toBe('Kijkje reminder: finish the visit report of Gastgemeente w');
    expect(await sent(b.visitId)).toEqual(['REPLY WEEK_BEFORE', 'REPORT DAY_BEFORE', 'REPORT OVERDUE', 'REPORT WEEK_BEFORE']);
  });

  it('keeps a reminder for when there is someone to tell it to', async () => {
    await setVisit(a2.visitId, `report_due = $2`, [endOfDutchDay('2030-06-10')]);
    await admin(`UPDATE visit_reviewer SET is_lead = false WHERE visit_id = $1`, [a2.visitId]);
    await run(dutchAt('2030-06-03', 6));
    expect((await sent(a2.visitId)).filter((s) => s.startsWith('REPORT'))).toEqual([]);
    await admin(`UPDATE visit_reviewer SET is_lead = true WHERE visit_id = $1 AND user_id = $2`, [a2.visitId, a2.people.lead.id]);
    await run(dutchAt('2030-06-04', 6));
    expect(subjectOf((await reminders(a2.people.lead)).at(-1)!)).toBe('Kijkje herinnering: maak het bezoekverslag van Gastgemeente x af');
    expect((await sent(a2.visitId)).filter((s) => s.startsWith('REPORT'))).toEqual(['REPORT WEEK_BEFORE']);
  });
});
