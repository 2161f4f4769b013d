import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import type { TestApp } from '../support/test-app';
import { buildVisitWorld, type VisitWorld } from '../support/visit-world';
import { buildWorld, type World } from '../support/world';
import { ensureApiBuilt, startApiProcess, waitFor, type ApiProcess } from './support/api-process';

/**
 * Periodic jobs with two real API processes on one database, both looking for due jobs every
 * 50 ms: each period of the daily digest runs once, and each waiting person gets one mail for it.
 */
describe('periodic jobs across two API processes', () => {
  let db: TestDatabase;
  let owner: Client;
  let processes: ApiProcess[] = [];
  let world: World;
  let v: VisitWorld;

  beforeAll(async () => {
    await ensureApiBuilt();
    db = await createTestDatabase();
    const t = { db } as TestApp;
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    processes = await Promise.all(['a', 'b'].map(() => startApiProcess(db.ownerUrl, { SCHEDULE_TICK_MS: '50' })));
  }, 300_000);
  afterAll(async () => {
    for (const p of processes) p.kill();
    await Promise.all(processes.map((p) => p.exited));
    await owner?.end();
    await db?.drop();
  });

  const runs = async () => (await owner.query(`SELECT runs FROM schedule WHERE name = 'notification-digest'`)).rows[0]?.runs as number;
  const digestsTo = async (email: string) =>
    (
      await owner.query(`SELECT count(*)::int AS n FROM job WHERE kind = 'mail' AND payload->>'to' = $1 AND payload->>'subject' LIKE 'Kijkje: % van vandaag'`, [
        email,
      ])
    ).rows[0].n;

  it('runs each due period once, whichever process gets there first', async () => {
    const people = [v.people.lead, v.people.author, v.people.hostContact];
    expect(await runs()).toBe(0);
    for (let period = 1; period <= 3; period++) {
      // Something waits for each of them, and the period falls due (as if it were 07:00).
      for (const p of people) {
        await owner.query(
          `INSERT INTO notification (network_id, recipient_id, kind, subject_type, subject_id, delivery) VALUES ($1, $2, 'REPLY_RECEIVED', 'visit', $3, 'DIGEST')`,
          [world.a.id, p.id, v.visitId],
        );
        await owner.query(`UPDATE app_user SET digest_networks = jsonb_build_array($2::text) WHERE id = $1`, [p.id, world.a.id]);
      }
      await owner.query(`UPDATE schedule SET next_run_at = now() WHERE name = 'notification-digest'`);
      await waitFor(async () => (await runs()) >= period, 20_000);
      expect(await runs()).toBe(period);
      for (const p of people) expect(await digestsTo(p.email)).toBe(period);
    }
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM notification WHERE digested_at IS NULL AND delivery = 'DIGEST'`);
    expect(rows[0].n).toBe(0);
    expect(processes.every((p) => p.alive())).toBe(true);
  });
});
