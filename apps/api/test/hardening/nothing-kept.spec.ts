import { JobWorker, PURGE_LOCK, PurgeService } from '@kijkje/api/core';
import { Client } from 'pg';
import { withAdmin } from '../support/database';
import { linkFor } from '../support/outbox';
import { flushMail, startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, signedIn, type World } from '../support/world';

/** SEC-14: no secret or token is kept after use, and what has expired is deleted on a schedule. */
describe('nothing kept after use', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp({ PURGE_INTERVAL_MINUTES: '0' });
    world = await buildWorld(t);
  });
  afterAll(() => t?.close());

  const owner = <T>(sql: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(sql, params)).rows as T[], t.db.ownerUrl);
  const jobsText = async () => (await owner<{ p: string }>(`SELECT coalesce(string_agg(payload::text, ' '), '') AS p FROM job`))[0].p;

  describe('mail jobs', () => {
    it('keep no working reset link once the mail has gone out', async () => {
      await t.client().ok(`mutation { requestPasswordReset(input: { email: "${world.a.member.email}" }) }`);
      const token = await linkFor(t, world.a.member.email, 'wachtwoord-herstellen');
      expect(await jobsText()).not.toContain(token);
      const [job] = await owner<{ payload: Record<string, unknown> }>(`SELECT payload FROM job WHERE payload->>'to' = $1`, [world.a.member.email]);
      expect(job.payload).toEqual({ to: world.a.member.email, subject: expect.stringMatching(/nieuw wachtwoord/), scrubbed: true });
    });

    it('keep no working invitation link once the mail has gone out', async () => {
      const coordinator = await signedIn(t, world.a.coordinator);
      await coordinator.ok(`mutation { invitePerson(input: { email: "geheim@test.kijkje.nl", name: "Geheim", role: COORDINATOR }) { id } }`);
      const token = await linkFor(t, 'geheim@test.kijkje.nl', 'uitnodiging');
      expect(await jobsText()).not.toContain(token);
    });

    it('keep no link once sending has been given up', async () => {
      const dir = t.config.mail.outboxDir;
      t.config.mail.outboxDir = '/dev/null/geen-map';
      try {
        await t.client().ok(`mutation { requestPasswordReset(input: { email: "${world.b.member.email}" }) }`);
        await flushMail(t);
        const [tried] = await owner<{ attempts: number; text: string | null }>(`SELECT attempts, payload->>'text' AS text FROM job WHERE payload->>'to' = $1`, [
          world.b.member.email,
        ]);
        expect(tried.attempts).toBe(1);
        expect(tried.text).toMatch(/wachtwoord-herstellen\/[A-Za-z0-9_-]{43}/);
        await owner(`UPDATE job SET attempts = 4, run_at = now() WHERE payload->>'to' = $1`, [world.b.member.email]);
        await t.app.get(JobWorker).drain();
        const [given] = await owner<{ attempts: number; payload: Record<string, unknown> }>(`SELECT attempts, payload FROM job WHERE payload->>'to' = $1`, [
          world.b.member.email,
        ]);
        expect(given.attempts).toBe(5);
        expect(given.payload).not.toHaveProperty('text');
        expect(given.payload['scrubbed']).toBe(true);
      } finally {
        t.config.mail.outboxDir = dir;
      }
    });
  });

  describe('the purge', () => {
    const seed = async () => {
      const user = world.b.coordinator.id;
      await withAdmin(async (c) => {
        await c.query(
          `DELETE FROM session; DELETE FROM password_reset; DELETE FROM rate_limit_bucket; DELETE FROM job; DELETE FROM invitation WHERE email LIKE 'i-%'`,
        );
        const s = `INSERT INTO session (token_hash, user_id, expires_at, last_seen_at) VALUES ($1, $2, $3, $4)`;
        await c.query(s, ['s-absolute', user, new Date(Date.now() - 1000), new Date()]);
        await c.query(s, ['s-idle', user, new Date(Date.now() + 3600_000), new Date(Date.now() - (t.config.session.idleMinutes + 1) * 60_000)]);
        await c.query(s, ['s-live', user, new Date(Date.now() + 3600_000), new Date()]);
        const r = `INSERT INTO password_reset (user_id, token_hash, expires_at, used_at) VALUES ($1, $2, $3, $4)`;
        await c.query(r, [user, 'r-expired', new Date(Date.now() - 1000), null]);
        await c.query(r, [user, 'r-used', new Date(Date.now() + 3600_000), new Date()]);
        await c.query(r, [user, 'r-live', new Date(Date.now() + 3600_000), null]);
        const i = `INSERT INTO invitation (network_id, email, name, role, token_hash, expires_at) VALUES ($1, $2, 'X', 'MEMBER', $2, $3)`;
        await c.query(i, [world.a.id, 'i-expired-a', new Date(Date.now() - 1000)]);
        await c.query(i, [world.b.id, 'i-expired-b', new Date(Date.now() - 1000)]);
        await c.query(i, [world.b.id, 'i-live-b', new Date(Date.now() + 3600_000)]);
        const b = `INSERT INTO rate_limit_bucket (key, count, window_ends_at, blocked_until) VALUES ($1, 1, $2, $3)`;
        await c.query(b, ['b-expired', new Date(Date.now() - 1000), null]);
        await c.query(b, ['b-window-live', new Date(Date.now() + 60_000), null]);
        await c.query(b, ['b-still-blocked', new Date(Date.now() - 1000), new Date(Date.now() + 60_000)]);
        const j = `INSERT INTO job (kind, payload, created_at, done_at, attempts) VALUES ('mail', $1, $2, $3, $4)`;
        await c.query(j, ['{"n": "j-old-done"}', new Date(Date.now() - 8 * 86400_000), new Date(Date.now() - 8 * 86400_000), 1]);
        await c.query(j, ['{"n": "j-old-given-up"}', new Date(Date.now() - 8 * 86400_000), null, 5]);
        await c.query(j, ['{"n": "j-recent-done"}', new Date(), new Date(), 1]);
        await c.query(j, ['{"n": "j-old-pending"}', new Date(Date.now() - 8 * 86400_000), null, 2]);
      }, t.db.ownerUrl);
    };
    const left = async () => ({
      sessions: (await owner<{ k: string }>(`SELECT token_hash AS k FROM session ORDER BY 1`)).map((r) => r.k),
      resets: (await owner<{ k: string }>(`SELECT token_hash AS k FROM password_reset ORDER BY 1`)).map((r) => r.k),
      invitations: (await owner<{ k: string }>(`SELECT email AS k FROM invitation WHERE email LIKE 'i-%' ORDER BY 1`)).map((r) => r.k),
      buckets: (await owner<{ k: string }>(`SELECT key AS k FROM rate_limit_bucket ORDER BY 1`)).map((r) => r.k),
      jobs: (await owner<{ k: string }>(`SELECT payload->>'n' AS k FROM job ORDER BY 1`)).map((r) => r.k),
    });

    it('deletes rows past their expiry and keeps the live ones', async () => {
      await seed();
      const result = await t.app.get(PurgeService).purge();
      expect(result).toEqual({ sessions: 2, passwordResets: 2, invitations: 2, rateLimits: 1, jobs: 2 });
      expect(await left()).toEqual({
        sessions: ['s-live'],
        resets: ['r-live'],
        invitations: ['i-live-b'],
        buckets: ['b-still-blocked', 'b-window-live'],
        jobs: ['j-old-pending', 'j-recent-done'],
      });
    });

    it('runs in one replica at a time: while another holds the lock, it skips and deletes nothing', async () => {
      await seed();
      const other = new Client({ connectionString: t.db.ownerUrl });
      await other.connect();
      try {
        await other.query('BEGIN');
        await other.query('SELECT pg_advisory_xact_lock($1)', [PURGE_LOCK]);
        expect(await t.app.get(PurgeService).purge()).toBeNull();
        expect((await left()).sessions).toHaveLength(3);
        await other.query('COMMIT');
        expect(await t.app.get(PurgeService).purge()).not.toBeNull();
        expect((await left()).sessions).toEqual(['s-live']);
      } finally {
        await other.end();
      }
    });

    it('runs by itself on its interval', async () => {
      const scheduled = await startTestApp({ PURGE_INTERVAL_MINUTES: '0.005' });
      try {
        const w = await buildWorld(scheduled);
        await withAdmin(
          (c) => c.query(`INSERT INTO session (token_hash, user_id, expires_at) VALUES ('verlopen', $1, now() - interval '1 second')`, [w.a.member.id]),
          scheduled.db.ownerUrl,
        );
        const deadline = Date.now() + 10_000;
        let n = 1;
        while (n > 0 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 200));
          n = await withAdmin(
            async (c) => (await c.query(`SELECT count(*)::int AS n FROM session WHERE token_hash = 'verlopen'`)).rows[0].n as number,
            scheduled.db.ownerUrl,
          );
        }
        expect(n).toBe(0);
      } finally {
        await scheduled.close();
      }
    });
  });
});
