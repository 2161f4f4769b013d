import { Scheduler } from '@kijkje/api/core';
import { withAdmin } from './support/database';
import type { GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const CREATE = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;
const SHARE = `mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { replyDeadline } }`;
const REPLY = `mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`;
const unfolded = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');

/** The daily digest on the scheduler: once per period, with a clock the test moves instead of waiting. */
describe('daily digest', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let lead: GqlClient;
  let host: GqlClient;
  let scheduler: Scheduler;
  const findings: string[] = [];
  const schedule = () =>
    withAdmin(
      async (c) =>
        (await c.query(`SELECT next_run_at AS "nextRunAt", runs FROM schedule WHERE name = 'notification-digest'`)).rows[0] as {
          nextRunAt: Date;
          runs: number;
        },
      t.db.ownerUrl,
    );
  /** The runs of the digest itself (the deadline reminders run on the same scheduler, an hour earlier). */
  const runDigest = async (now: Date) => (await scheduler.runDue(now)).filter((name) => name === 'notification-digest');
  const leadMails = async () => (await outbox(t)).filter((m) => m.to.includes(v.people.lead.email));

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULE_TICK_MS: '0' });
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    const author = await signedIn(t, v.people.author);
    [lead, host] = await Promise.all([signedIn(t, v.people.lead), signedIn(t, v.people.hostContact)]);
    for (const text of ['Eén', 'Twee'])
      findings.push((await author.ok(CREATE, { input: { visitId: v.visitId, kind: 'CONCERN', theme: 'Wmo', text, tags: [], submit: true } })).createFinding.id);
    await lead.ok(SHARE, { input: { visitId: v.visitId, replyDays: 14 } });
    scheduler = t.app.get(Scheduler);
  });
  afterAll(() => t.close());

  it('waits for its hour, then mails each person once with what waited, in their language', async () => {
    await lead.ok(`mutation { setMyLanguage(language: EN) { language } }`);
    for (const id of findings) await host.ok(REPLY, { input: { findingId: id, kind: 'AGREE' } });
    const before = (await leadMails()).length;
    const { nextRunAt, runs } = await schedule();
    // The digest is daily at 07:00 Dutch time.
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(nextRunAt)).toBe('07:00');

    expect(await runDigest(new Date(nextRunAt.getTime() - 1000))).toEqual([]);
    expect(await leadMails()).toHaveLength(before);

    // Two runs at the same moment (two connections, as two processes would): one of them runs it.
    const ran = await Promise.all([runDigest(nextRunAt), runDigest(nextRunAt)]);
    expect(ran.flat()).toEqual(['notification-digest']);
    expect((await schedule()).runs).toBe(runs + 1);
    expect((await schedule()).nextRunAt.getTime()).toBe(nextRunAt.getTime() + 86_400_000);

    const mails = await leadMails();
    expect(mails).toHaveLength(before + 1);
    const digest = mails.at(-1)!;
    expect(digest.subject).toBe('Kijkje: 2 notification(s) of today');
    expect(digest.body).toContain(`/bezoeken/${v.visitId}/bevindingen`);
    expect(unfolded(digest.raw)).toMatch(/^List-Unsubscribe: <[^>]+\/afmelden\/[A-Za-z0-9_-]{43}\/DIGEST>/m);
    expect(unfolded(digest.raw)).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);

    // The same period again, and the next day with nothing new: no more mail.
    expect(await runDigest(nextRunAt)).toEqual([]);
    expect(await runDigest(new Date(nextRunAt.getTime() + 86_400_000))).toEqual(['notification-digest']);
    expect(await leadMails()).toHaveLength(before + 1);
    // The notifications stay in the app, marked as mailed.
    const { rows } = await withAdmin(
      (c) => c.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND digested_at IS NOT NULL`, [v.people.lead.id]),
      t.db.ownerUrl,
    );
    expect(rows[0].n).toBe(2);
  });

  it('turns every digest kind off with the digest’s one-click link', async () => {
    const digest = (await leadMails()).at(-1)!;
    const path = new URL(unfolded(digest.raw).match(/^List-Unsubscribe: <([^>]+)>/m)![1]).pathname;
    const res = await fetch((await t.listen()) + path, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    const settings = (await lead.ok(`{ notificationSettings { kind delivery } }`)).notificationSettings as { kind: string; delivery: string }[];
    expect(settings.filter((s) => s.delivery === 'DIGEST')).toEqual([]);
    expect(settings.find((s) => s.kind === 'REPLY_RECEIVED')!.delivery).toBe('OFF');
    expect(settings.find((s) => s.kind === 'FINDINGS_SHARED')!.delivery).toBe('SINGLE');
  });
});
