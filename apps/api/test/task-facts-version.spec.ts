import { MY_TASK_FACTS_SQL } from '@kijkje/api/tasks';
import { Client } from 'pg';
import { withAdmin } from './support/database';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, type World } from './support/world';

/*
 * The task facts version (migration 1796256390000): every committed change to a table the facts of
 * "Mijn taken" are read from gives the network a new version in the same commit, and only then; the
 * facts kept in memory (task-facts-cache.ts) are exactly as fresh as this makes them.
 */

/** The tables a statement reads: every name after FROM or JOIN that is not one of its own WITH queries. */
function tablesRead(sql: string): string[] {
  const own = new Set([...sql.matchAll(/(\w+)\s+AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/gi)].map((m) => m[1].toLowerCase()));
  const named = [...sql.matchAll(/\b(?:FROM|JOIN)\s+(?:LATERAL\s+)?(?!LATERAL\b)([a-z_][a-z0-9_]*)/gi)].map((m) => m[1].toLowerCase());
  return [...new Set(named.filter((name) => !own.has(name)))].sort();
}

describe('the task facts version', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const owner = () => new Client({ connectionString: t.db.ownerUrl });
  const sql = (text: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(text, params)).rows, t.db.ownerUrl);
  const versions = async () =>
    Object.fromEntries((await sql(`SELECT network_id, version FROM task_facts_version`)).map((r) => [r.network_id, r.version])) as Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
  });
  afterAll(() => t.close());

  it('is moved by every table the facts statement reads, at commit, and by a TRUNCATE of any', async () => {
    const read = tablesRead(MY_TASK_FACTS_SQL).filter((table) => table !== 'task_facts_version');
    // The parse found the statement's tables (a change to the statement's shape shows up here first).
    expect(read).toEqual(expect.arrayContaining(['finding', 'organisation', 'programme', 'round', 'visit', 'visit_reviewer']));
    // tgtype: 1 a row trigger, 4 insert, 8 delete, 16 update, 32 truncate (after, as no 2 says).
    const rows = await sql(
      `SELECT wanted.name AS table,
              coalesce(array_agg(g.tgname ORDER BY g.tgname) FILTER (WHERE
                (g.tgname = 'task_facts_version' AND g.tgtype = 21 AND g.tgdeferrable AND g.tginitdeferred) OR
                (g.tgname = 'task_facts_version_delete' AND g.tgtype = 9 AND g.tgdeferrable AND g.tginitdeferred) OR
                (g.tgname = 'task_facts_version_truncate' AND g.tgtype = 32))::text[], '{}') AS triggers
         FROM unnest($1::text[]) AS wanted(name)
         LEFT JOIN pg_class c ON c.relname = wanted.name AND c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
         LEFT JOIN pg_trigger g ON g.tgrelid = c.oid AND g.tgenabled = 'O'
        GROUP BY wanted.name, c.relname ORDER BY wanted.name`,
      [read],
    );
    const triggers = ['task_facts_version', 'task_facts_version_delete', 'task_facts_version_truncate'];
    expect(rows).toEqual(read.map((table) => ({ table, triggers })));
  });

  it('moves once per committed transaction, for the networks it wrote in, and not for one rolled back', async () => {
    const before = await versions();
    const writer = owner();
    const reader = owner();
    await writer.connect();
    await reader.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(`UPDATE finding SET text = text || '.' WHERE visit_id = $1`, [v.visitId]);
      await writer.query(`UPDATE visit SET location = 'Raadhuis' WHERE id = $1`, [v.visitId]);
      const [{ last_value: lastBefore }] = (await reader.query(`SELECT last_value FROM task_facts_version_seq`)).rows;
      // Not yet: another transaction sees the old version with the old facts.
      expect((await reader.query(`SELECT version FROM task_facts_version WHERE network_id = $1`, [world.a.id])).rows[0].version).toBe(before[world.a.id]);
      await writer.query('COMMIT');
      const after = await versions();
      expect(after).toEqual({ ...before, [world.a.id]: String(BigInt(lastBefore) + 1n) });

      await writer.query('BEGIN');
      await writer.query(`UPDATE visit SET location = 'Stadhuis' WHERE id = $1`, [v.visitId]);
      await writer.query('ROLLBACK');
      expect(await versions()).toEqual(after);

      // A savepoint rolled back takes its note along; what stays is counted.
      await writer.query('BEGIN');
      await writer.query('SAVEPOINT s');
      await writer.query(`UPDATE organisation SET population = population + 1 WHERE id = $1`, [world.b.organisations[0].id]);
      await writer.query('ROLLBACK TO SAVEPOINT s');
      await writer.query(`UPDATE organisation SET population = population + 1 WHERE id = $1`, [world.a.organisations[0].id]);
      await writer.query('COMMIT');
      const last = await versions();
      expect(last[world.b.id]).toBe(after[world.b.id]);
      expect(last[world.a.id]).not.toBe(after[world.a.id]);
    } finally {
      await writer.end();
      await reader.end();
    }
  });

  it('lets writers of one network commit without waiting for each other’s open transactions', async () => {
    const [first, second] = [owner(), owner()];
    await first.connect();
    await second.connect();
    try {
      await first.query('BEGIN');
      await first.query(`UPDATE finding SET text = text || '!' WHERE id = $1`, [v.findings[0].id]);
      await second.query('BEGIN');
      // Were the version row locked from the first write on, this would wait for the first transaction.
      await second.query(`SET LOCAL lock_timeout = '2s'`);
      await second.query(`UPDATE finding SET text = text || '?' WHERE id = $1`, [v.findings[1].id]);
      await second.query('COMMIT');
      const between = (await versions())[world.a.id];
      await first.query('COMMIT');
      expect((await versions())[world.a.id]).not.toBe(between);
    } finally {
      await first.end();
      await second.end();
    }
  });

  it('is moved for the network a row belongs to, whatever the transaction is scoped to at commit; the app role only reads it', async () => {
    const before = await versions();
    const app = new Client({ connectionString: t.config.databaseAppUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.network_id', $1, true)`, [world.a.id]);
      await app.query(`UPDATE organisation SET population = population + 1 WHERE id = $1`, [world.a.organisations[0].id]);
      await app.query(`SELECT set_config('app.network_id', $1, true)`, [world.b.id]);
      await app.query(`UPDATE organisation SET population = population + 1 WHERE id = $1`, [world.b.organisations[0].id]);
      // Only its own network's version is visible to the app role.
      expect((await app.query(`SELECT network_id FROM task_facts_version`)).rows).toEqual([{ network_id: world.b.id }]);
      await app.query('COMMIT');
      const after = await versions();
      expect(after[world.a.id]).not.toBe(before[world.a.id]);
      expect(after[world.b.id]).not.toBe(before[world.b.id]);

      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.network_id', $1, true)`, [world.a.id]);
      await expect(app.query(`UPDATE task_facts_version SET version = 1`)).rejects.toThrow(/permission denied/);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });

  it('moves for every network when a table it versions is emptied (a restore)', async () => {
    const c = owner();
    await c.connect();
    try {
      const before = await versions();
      await c.query('BEGIN');
      await c.query('TRUNCATE round_evaluation');
      const during = Object.fromEntries((await c.query(`SELECT network_id, version FROM task_facts_version`)).rows.map((r) => [r.network_id, r.version]));
      for (const [network, version] of Object.entries(before)) expect({ network, moved: during[network] !== version }).toEqual({ network, moved: true });
      await c.query('ROLLBACK');
    } finally {
      await c.end();
    }
  });
});
