import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PURGE_LOCK } from '@kijkje/api/core';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import type { TestApp } from '../support/test-app';
import { buildVisitWorld, type VisitWorld } from '../support/visit-world';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { ensureApiBuilt, waitFor } from './support/api-process';
import { CREATE_FINDING, startLoad, watchBoard, type LoadWorker } from './support/load';
import { nginxBinary, startNginx } from './support/nginx';
import { outcome, post, SIGN_IN, signInVia, startReplicas, type Answer, type Replicas } from './support/replicas';

const VIEWER = `{ viewer { user { id } } }`;
const INVITE = `mutation($e: String!) { invitePerson(input: { email: $e, name: "Via Replica", role: COORDINATOR }) { id } }`;
/** Per session and replica (README: "per replica"); small enough to test, large enough for the load below. */
const REQUESTS_PER_MINUTE = 150;

/**
 * The replica design (README.md, "Several replicas"), proved with two real API processes
 * (dist/apps/api/main.js) behind a real nginx: sessions, live updates, rate limits, the job
 * queue and the purge behave as one system, and a rolling restart under load loses no request
 * and no change on a live board.
 */
describe('two API replicas behind nginx', () => {
  let db: TestDatabase;
  let owner: Client;
  let cluster: Replicas;
  let world: World;
  let v: VisitWorld;

  beforeAll(async () => {
    nginxBinary(); // fails (never skips) without nginx, with how to get it
    await ensureApiBuilt();
    db = await createTestDatabase();
    cluster = await startReplicas(db.ownerUrl, ['a', 'b'], {
      DRAIN_DELAY_MS: '1000',
      RATE_SIGNIN_PER_MINUTE: '5',
      RATE_REQUESTS_PER_MINUTE: String(REQUESTS_PER_MINUTE),
      // Every replica tries to purge every 0.6 s: the advisory lock must keep them apart.
      PURGE_INTERVAL_MINUTES: '0.01',
    });
    owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const t = { db } as TestApp;
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
  }, 300_000);
  afterAll(async () => {
    await cluster?.close();
    await owner?.end();
    await db?.drop();
  });

  it('keeps a session signed in through one replica on the other (sessions live in PostgreSQL)', async () => {
    const signIn = await post(cluster.url, SIGN_IN, { input: { email: world.a.member.email, password: PASSWORD } });
    expect(outcome(signIn)).toBe('OK');
    const [a, b] = cluster.replicas;
    for (const replica of [a, b]) {
      const direct = await post(replica.api.url, VIEWER, {}, signIn.cookie);
      expect({ replica: replica.name, user: direct.body.data.viewer?.user.id }).toEqual({ replica: replica.name, user: world.a.member.id });
    }
    const through = await Promise.all([1, 2, 3, 4].map(() => post(cluster.url, VIEWER, {}, signIn.cookie)));
    expect(new Set(through.map((r) => cluster.nameOf(r.upstream)))).toEqual(new Set(['a', 'b']));
    expect(through.map((r) => r.body.data.viewer?.user.id)).toEqual(through.map(() => world.a.member.id));
  });

  it('delivers a change made through replica B to a subscriber connected through nginx to replica A', async () => {
    const [a, b] = cluster.replicas;
    const watcherCookie = await signInVia(cluster.url, v.people.otherReviewer.email, PASSWORD);
    const writer = await signInVia(cluster.url, v.people.author.email, PASSWORD);
    // Only replica A in front: the subscriber's socket goes through nginx to A.
    const onlyA = await startNginx([a.port]);
    const watcher = watchBoard(onlyA.url, v.visitId, watcherCookie, cluster.url);
    try {
      await waitFor(async () => watcher.refreshes > 0, 10_000);
      const created = await post(
        b.api.url,
        CREATE_FINDING,
        { input: { visitId: v.visitId, kind: 'STRENGTH', theme: 'Wmo', text: 'Via replica B', submit: true } },
        writer,
      );
      expect(outcome(created)).toBe('OK');
      await waitFor(async () => watcher.received.has(created.body.data.createFinding.id), 5_000);
      expect(watcher.errors).toEqual([]);
    } finally {
      await watcher.close();
      await onlyA.stop();
    }
  });

  it('counts sign-in attempts on both replicas together', async () => {
    const email = world.b.coordinator.email;
    const attempts = [];
    for (let i = 0; i < 6; i++) attempts.push(await post(cluster.url, SIGN_IN, { input: { email, password: `fout-${i}` } }));
    expect(new Set(attempts.slice(0, 5).map((r) => cluster.nameOf(r.upstream)))).toEqual(new Set(['a', 'b']));
    expect(attempts.map(outcome)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });

  it('counts the per-session request budget per replica: N replicas allow N times RATE_REQUESTS_PER_MINUTE', async () => {
    const cookie = await signInVia(cluster.url, world.both.email, PASSWORD);
    const answers: Answer[] = [];
    // Six at a time; nginx's round robin still gives each replica half of them.
    const send = async () => {
      while (answers.length < 2 * REQUESTS_PER_MINUTE + 2) {
        answers.push(null as unknown as Answer);
        const at = answers.length - 1;
        answers[at] = await post(cluster.url, VIEWER, {}, cookie);
      }
    };
    await Promise.all([1, 2, 3, 4, 5, 6].map(send));
    const count = (code: string) => answers.filter((a) => outcome(a) === code).length;
    // Refused before any operation runs: 429 with Retry-After, as a load balancer and a client expect.
    expect({ ok: count('OK'), limited: count('HTTP 429 RATE_LIMITED') }).toEqual({ ok: 2 * REQUESTS_PER_MINUTE, limited: 2 });
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.map((a) => Number(a.retryAfter))).toEqual([expect.any(Number), expect.any(Number)]);
    expect(refused.map((a) => Number(a.retryAfter) > 0)).toEqual([true, true]);
  }, 60_000);

  it('sends a mail queued through either replica exactly once (FOR UPDATE SKIP LOCKED)', async () => {
    const cookie = await signInVia(cluster.url, world.a.coordinator.email, PASSWORD);
    const emails = Array.from({ length: 12 }, (_, i) => `replica-mail-${i}@test.kijkje.nl`);
    const invited = await Promise.all(emails.map((e) => post(cluster.url, INVITE, { e }, cookie)));
    expect(invited.map(outcome)).toEqual(emails.map(() => 'OK'));
    expect(new Set(invited.map((r) => cluster.nameOf(r.upstream)))).toEqual(new Set(['a', 'b']));
    await waitFor(
      async () =>
        (await owner.query(`SELECT count(*)::int AS n FROM job WHERE payload->>'to' = ANY($1) AND done_at IS NOT NULL`, [emails])).rows[0].n === emails.length,
      15_000,
    );
    await new Promise((r) => setTimeout(r, 1000)); // a second sending would come now
    const sent = readdirSync(cluster.outbox)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => /^To: (.*)$/m.exec(readFileSync(join(cluster.outbox, f), 'utf8'))?.[1] ?? '')
      .filter((to) => to.startsWith('replica-mail-'));
    expect(sent.sort()).toEqual([...emails].sort());
    const attempts = await owner.query(`SELECT attempts FROM job WHERE payload->>'to' = ANY($1)`, [emails]);
    expect(attempts.rows.map((r) => r.attempts)).toEqual(emails.map(() => 1));
  }, 30_000);

  it('loses no request and no live event in a rolling restart under steady load', async () => {
    const people = [
      v.people.author,
      v.people.lead,
      v.people.author,
      v.people.lead,
      v.people.otherReviewer,
      v.people.otherReviewer,
      world.a.coordinator,
      world.a.coordinator,
      v.people.lead,
      v.people.author,
    ];
    const workers: LoadWorker[] = [];
    for (const [i, who] of people.entries()) workers.push({ cookie: await signInVia(cluster.url, who.email, PASSWORD), writes: i < 4 });
    const watcher = watchBoard(cluster.url, v.visitId, await signInVia(cluster.url, v.people.otherReviewer.email, PASSWORD));
    await waitFor(async () => watcher.refreshes > 0, 10_000);
    const load = startLoad(cluster.url, v.visitId, workers, 200, cluster.nameOf);
    const restarts: { replica: string; stopMs: number; exit: string; readyMs: number }[] = [];
    try {
      await new Promise((r) => setTimeout(r, 2000));
      for (const replica of cluster.replicas) {
        const stopped = await cluster.stop(replica);
        const readyMs = await cluster.start(replica);
        restarts.push({ replica: replica.name, stopMs: stopped.ms, exit: `${stopped.code}${stopped.signal ? ` ${stopped.signal}` : ''}`, readyMs });
        await new Promise((r) => setTimeout(r, 3000)); // nginx's fail_timeout (2 s) passes; traffic returns
      }
    } finally {
      await load.stop();
    }
    const figures = load.figures;
    const caused = figures.created;
    await waitFor(async () => caused.every((id) => watcher.received.has(id) || watcher.reloaded.has(id)), 10_000).catch(() => undefined);
    await watcher.close();
    const missedAsEvent = caused.filter((id) => !watcher.received.has(id));
    const lost = missedAsEvent.filter((id) => !watcher.reloaded.has(id));
    const report = {
      requests: { sent: figures.sent, failed: figures.failed, byReplica: figures.byReplica, retriedByNginx: figures.retried },
      liveEvents: {
        caused: caused.length,
        received: caused.length - missedAsEvent.length,
        missedAsEventButOnReloadedBoard: missedAsEvent.length - lost.length,
        lost: lost.length,
      },
      live: { connects: watcher.connects, refreshes: watcher.refreshes, reconnectGapsMs: watcher.gaps },
      restarts,
    };
    console.log(`rolling restart of two replicas behind nginx:\n${JSON.stringify(report, null, 2)}`);
    expect(figures.failures).toEqual([]);
    expect(watcher.errors).toEqual([]);
    expect(lost).toEqual([]);
    // Each reconnect resumed where the board left off: every change came as its own event, and the
    // only REFRESH was the first one, when the board began to listen.
    expect(missedAsEvent).toEqual([]);
    expect(watcher.refreshes).toBe(1);
    expect(restarts.map((r) => r.exit)).toEqual(['0', '0']);
    expect(figures.sent).toBeGreaterThan(100);
    expect(caused.length).toBeGreaterThan(20);
  }, 120_000);

  // Last: it leaves one replica dead.
  it('runs the purge on one replica at a time, and the other takes over when that one dies', async () => {
    await owner.query(
      `INSERT INTO password_reset (user_id, token_hash, expires_at) SELECT $1, md5(random()::text) || md5(random()::text), now() - interval '1 hour' FROM generate_series(1, 3)`,
      [world.admin.id],
    );
    // Hold up every purge at its second statement: whoever holds the purge lock waits there.
    const locker = new Client({ connectionString: db.ownerUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE password_reset IN EXCLUSIVE MODE');
    const purging = async () =>
      (
        await owner.query(
          `SELECT a.application_name AS replica, a.wait_event_type AS wait, l.granted AS holds FROM pg_stat_activity a
             LEFT JOIN pg_locks l ON l.pid = a.pid AND l.locktype = 'advisory' AND (l.classid::bigint << 32 | l.objid::bigint) = $2
            WHERE a.datname = $1 AND a.query LIKE 'DELETE FROM password_reset%'`,
          [db.name, PURGE_LOCK],
        )
      ).rows as { replica: string; wait: string; holds: boolean | null }[];
    try {
      await waitFor(async () => (await purging()).length > 0, 5_000);
      const first = await purging();
      // Five purge intervals of both replicas: the other one tries and skips, it never waits too.
      await new Promise((r) => setTimeout(r, 3000));
      expect(await purging()).toEqual(first);
      expect(first).toEqual([{ replica: expect.stringMatching(/^kijkje-[ab]$/), wait: 'Lock', holds: true }]);
      // The holder dies. Its backend waits on the table lock and notices only when it has to
      // answer: it rolls back then, freeing the purge lock, and the other replica (which was
      // skipping its turns all along) purges; the dead one cannot have committed anything.
      const holder = cluster.replicas.find((r) => `kijkje-${r.name}` === first[0].replica)!;
      holder.api.kill();
      await holder.api.exited;
      await new Promise((r) => setTimeout(r, 1500));
      expect(await purging()).toEqual(first);
      await locker.query('COMMIT');
      await waitFor(async () => (await owner.query(`SELECT count(*)::int AS n FROM password_reset WHERE expires_at <= now()`)).rows[0].n === 0, 5_000);
    } finally {
      await locker.end().catch(() => undefined);
    }
  }, 60_000);
});
