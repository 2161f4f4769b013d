import { DataSource } from 'typeorm';
import { DeadlineReminderJob } from '@kijkje/api/core';
import { MATRIX_ROLES, addDays, dutchToday, endOfDutchDay, progressReviewDue, startOfDutchDay, type MatrixRole } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { kindsOn, tasksOf } from './support/tasks';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const UPDATE = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version progressReviewMonths } }`;
const PROGRAMME = `query($id: ID!) { programme(id: $id) { id version progressReviewMonths } }`;
const MOMENTS = `query($id: ID!) { progressReviews(visitId: $id) { moments { months due state } } }`;
const SAVE = `mutation($input: SaveProgressReviewInput!) { saveProgressReview(input: $input) { moments { months version } } }`;
const SUBMIT = `mutation($input: ProgressReviewStepInput!) { submitProgressReview(input: $input) { moments { months state } } }`;

/** `hour`:00 Dutch time on a day. */
const dutchAt = (day: string, hour: number) => new Date(startOfDutchDay(day).getTime() + hour * 3_600_000);

/**
 * The moments of progress reviews per programme, and what follows from them: the host's task on
 * its start page (also once the programme is closed) and its reminders, against the real endpoint,
 * database and scheduler job.
 */
describe('progress review moments, task and reminders', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let visitDay: string;
  const as = new Map<MatrixRole, GqlClient>();
  const coordinator = () => as.get('coordinator')!;
  const host = () => as.get('hostContact')!;
  const admin = <T>(sql: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(sql, params)).rows as T[], t.db.ownerUrl);
  const setMonths = async (months: number[]) => {
    const { programme } = await coordinator().ok(PROGRAMME, { id: v.programmeId });
    return coordinator().gql(UPDATE, { input: { id: v.programmeId, version: programme.version, progressReviewMonths: months } });
  };
  const momentsOf = async () => (await host().ok(MOMENTS, { id: v.visitId })).progressReviews.moments.map((m: { months: number }) => m.months);
  const runReminders = (now: Date) => t.app.get(DataSource).transaction((em) => t.app.get(DeadlineReminderJob).run(em, now));
  const progressMails = async () => (await outbox(t)).filter((m) => m.to.includes(v.people.hostContact.email) && m.raw.includes('voortgangsgesprek'));

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULE_TICK_MS: '0' });
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[])
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    // The visit was a little under six months ago and its report is final; the programme has since closed.
    visitDay = addDays(progressReviewDue(dutchToday(), -6), 7);
    await admin(`UPDATE visit SET status = 'REPORT_FINAL', starts_on = $2, starts_at = NULL, ends_at = NULL WHERE id = $1`, [v.visitId, visitDay]);
    await admin(`INSERT INTO visit_report (network_id, visit_id, summary, sharing) VALUES ($1, $2, 'Samenvatting', 'TEAM')`, [world.a.id, v.visitId]);
    await admin(`UPDATE round SET status = 'CLOSED' WHERE id = $1`, [v.roundId]);
    await admin(`UPDATE programme SET status = 'CLOSED' WHERE id = $1`, [v.programmeId]);
  });
  afterAll(() => t.close());

  it('gives a programme six and twelve months by default, and lets the coordinator choose others, also once it is closed', async () => {
    expect((await coordinator().ok(PROGRAMME, { id: v.programmeId })).programme.progressReviewMonths).toEqual([6, 12]);
    for (const wrong of [[], [0], [37], [1, 2, 3, 4]].map((m) => [...m, ...(m.length === 4 ? [5] : [])])) {
      const res = await setMonths(wrong);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields![0].field).toBe('progressReviewMonths');
    }
    expect((await admin<{ m: number[] }>(`SELECT progress_review_months AS m FROM programme WHERE id = $1`, [v.programmeId]))[0].m).toEqual([6, 12]);
    const saved = await setMonths([12, 3, 12]);
    expect(saved.data!.updateProgramme.progressReviewMonths).toEqual([3, 12]);
    expect(await momentsOf()).toEqual([3, 12]);
    // Only a coordinator edits a programme.
    expect(codeOf(await host().gql(UPDATE, { input: { id: v.programmeId, version: 1, progressReviewMonths: [6] } }))).toBe('FORBIDDEN');
    expect(codeOf(await as.get('otherNetwork')!.gql(UPDATE, { input: { id: v.programmeId, version: 1, progressReviewMonths: [6] } }))).toBe('NOT_FOUND');
  });

  it('never hides a moment the host already wrote when the setting changes', async () => {
    await host().ok(SAVE, { input: { visitId: v.visitId, months: 3, version: 0, fotoVanNu: 'Na drie maanden', reflection: '' } });
    expect((await setMonths([6, 12])).errors).toBeUndefined();
    expect(await momentsOf()).toEqual([3, 6, 12]);
    await admin(`DELETE FROM progress_review WHERE visit_id = $1`, [v.visitId]);
    expect(await momentsOf()).toEqual([6, 12]);
  });

  it('puts the open moment on the host’s start page alone, with its deadline and the plan page, though the programme is closed', async () => {
    const got: Record<string, string[]> = {};
    for (const [role, client] of as) got[role] = await kindsOn(client, v.visitId);
    expect(Object.entries(got).filter(([, kinds]) => kinds.length)).toEqual([['hostContact', ['WRITE_PROGRESS_REVIEW']]]);
    const task = (await tasksOf(host())).find((x) => x.kind === 'WRITE_PROGRESS_REVIEW')!;
    expect(task).toMatchObject({
      due: endOfDutchDay(progressReviewDue(visitDay, 6)).toISOString(),
      overdue: false,
      path: `/bezoeken/${v.visitId}/verbeterplan`,
      context: { organisation: 'Gastgemeente' },
    });
  });

  it('shows the coordinator’s progress board the host’s review as late once its moment has passed, whom to nudge included', async () => {
    const PROGRESS = `query($id: ID!) { programmeProgress(programmeId: $id) { rounds { visits { visitId late { kind due holder waitingOn } } } } }`;
    const lateOf = async () => (await coordinator().ok(PROGRESS, { id: v.programmeId })).programmeProgress.rounds[0].visits[0].late;
    expect(await lateOf()).toEqual([]);
    const past = addDays(progressReviewDue(dutchToday(), -6), -3);
    await admin(`UPDATE visit SET starts_on = $2 WHERE id = $1`, [v.visitId, past]);
    expect(await lateOf()).toEqual([
      { kind: 'WRITE_PROGRESS_REVIEW', due: endOfDutchDay(progressReviewDue(past, 6)).toISOString(), holder: 'host', waitingOn: [v.people.hostContact.name] },
    ]);
    await admin(`UPDATE visit SET starts_on = $2 WHERE id = $1`, [v.visitId, visitDay]);
  });

  it('reminds the host a week before and after the moment, once each, and stops once the review is submitted', async () => {
    const due = progressReviewDue(visitDay, 6);
    await runReminders(dutchAt(addDays(due, -8), 6));
    expect(await progressMails()).toHaveLength(0);
    await runReminders(dutchAt(addDays(due, -7), 6));
    await runReminders(dutchAt(addDays(due, -6), 6));
    const [week] = await progressMails();
    expect((await progressMails()).length).toBe(1);
    expect(week.body).toContain(`/bezoeken/${v.visitId}/verbeterplan`);
    expect(await outbox(t).then((all) => all.filter((m) => m.to.includes(v.people.lead.email) && m.raw.includes('voortgangsgesprek')))).toHaveLength(0);
    await runReminders(dutchAt(addDays(due, 1), 6));
    expect(await progressMails()).toHaveLength(2);
    const rows = await admin<{ stage: string }>(`SELECT stage FROM deadline_reminder WHERE visit_id = $1 AND deadline = 'PROGRESS_REVIEW' ORDER BY sent_at`, [
      v.visitId,
    ]);
    expect(rows.map((r) => r.stage)).toEqual(['WEEK_BEFORE', 'OVERDUE']);

    await host().ok(SAVE, { input: { visitId: v.visitId, months: 6, version: 0, fotoVanNu: 'De wachtlijst is gehalveerd.', reflection: '' } });
    await host().ok(SUBMIT, { input: { visitId: v.visitId, months: 6, version: 1 } });
    expect(await kindsOn(host(), v.visitId)).toEqual([]);
    await runReminders(dutchAt(addDays(due, 3), 6));
    expect(await progressMails()).toHaveLength(2);
  });
});
