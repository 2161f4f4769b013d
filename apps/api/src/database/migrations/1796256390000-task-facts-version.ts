import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Every table the facts of "Mijn taken" are read from (libs/api/tasks my-tasks.queries.ts); a test
 * (apps/api/test/task-facts-version.spec.ts) reads the statement's tables and fails when one has no trigger.
 */
const FACT_TABLES = [
  'programme',
  'round',
  'round_member',
  'application',
  'organisation',
  'visit',
  'visit_reviewer',
  'visit_report',
  'finding',
  'host_response',
  'harvest',
  'harvest_version',
  'progress_review',
  'round_evaluation',
];

/** Notes the network at the row's change, once per transaction (the function is called only when it is not noted yet). */
const noted = (row: 'NEW' | 'OLD') =>
  `strpos(coalesce(current_setting('app.task_facts_pending', true), ''), ${row}.network_id::text) = 0 AND task_facts_note(${row}.network_id)`;

/**
 * A version per network of the facts "Mijn taken" is computed from, so that an API process may
 * keep those facts in memory for exactly as long as they stay what they were. Any committed
 * change to a table they are read from gives the network a new version, in the same commit.
 *
 * - The version is a number from a sequence, never one more than the last: no value ever comes
 *   back (a value read means one state of the network's facts), and a network without a row has
 *   no version (nothing is kept for it).
 * - A row change notes its network in a setting local to the transaction (at most one deferred
 *   event per network and transaction); at commit the first of those events gives every noted
 *   network a new version, in the order of their ids (two transactions of several networks never
 *   wait on each other in turn). The version row is therefore locked only while its transaction
 *   commits, not from its first write on, so the writes of one network do not queue behind it.
 * - The bump runs as the owner (SECURITY DEFINER): it writes the row of the network whose rows
 *   changed, whatever network the transaction is scoped to by then; the app role may only read
 *   the version of its own network. No foreign key: a bump must never make a write fail.
 * - A TRUNCATE of such a table (a restore) gives every network a new version.
 */
export class TaskFactsVersion1796256390000 implements MigrationInterface {
  name = 'TaskFactsVersion1796256390000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE SEQUENCE task_facts_version_seq`,
      `CREATE TABLE task_facts_version (
         network_id uuid PRIMARY KEY,
         version bigint NOT NULL DEFAULT nextval('task_facts_version_seq'))`,
      `INSERT INTO task_facts_version (network_id) SELECT id FROM network`,
      `CREATE FUNCTION task_facts_note(p_network uuid) RETURNS boolean LANGUAGE sql AS $$
         SELECT set_config('app.task_facts_pending', coalesce(current_setting('app.task_facts_pending', true), '') || p_network::text || ',', true) IS NOT NULL
       $$`,
      `CREATE FUNCTION task_facts_bump() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
         DECLARE
           pending text := coalesce(current_setting('app.task_facts_pending', true), '');
         BEGIN
           IF pending <> '' THEN
             PERFORM set_config('app.task_facts_pending', '', true);
             INSERT INTO task_facts_version (network_id, version)
             SELECT n, nextval('task_facts_version_seq')
               FROM (SELECT DISTINCT n::uuid AS n FROM unnest(string_to_array(rtrim(pending, ','), ',')) n) noted ORDER BY n
             ON CONFLICT (network_id) DO UPDATE SET version = EXCLUDED.version;
           END IF;
           RETURN NULL;
         END $$`,
      `CREATE FUNCTION task_facts_bump_all() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
         BEGIN
           UPDATE task_facts_version SET version = nextval('task_facts_version_seq');
           RETURN NULL;
         END $$`,
      ...FACT_TABLES.flatMap((table) => [
        `CREATE CONSTRAINT TRIGGER task_facts_version AFTER INSERT OR UPDATE ON ${table} DEFERRABLE INITIALLY DEFERRED
           FOR EACH ROW WHEN (${noted('NEW')}) EXECUTE FUNCTION task_facts_bump()`,
        `CREATE CONSTRAINT TRIGGER task_facts_version_delete AFTER DELETE ON ${table} DEFERRABLE INITIALLY DEFERRED
           FOR EACH ROW WHEN (${noted('OLD')}) EXECUTE FUNCTION task_facts_bump()`,
        `CREATE TRIGGER task_facts_version_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION task_facts_bump_all()`,
      ]),
      ...tenantTable('task_facts_version'),
      // The owner writes every network's row (the bump), also where it meets forced row-level security.
      `DO $$ BEGIN
         EXECUTE format('CREATE POLICY task_facts_bump ON task_facts_version FOR ALL TO %I USING (true) WITH CHECK (true)', current_user);
       END $$`,
      `GRANT SELECT ON task_facts_version TO kijkje_app`,
      // Every write of the app calls it (the triggers' condition): granted, so that the boot check verifies it.
      `GRANT EXECUTE ON FUNCTION task_facts_note(uuid) TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of FACT_TABLES) {
      await q.query(`DROP TRIGGER IF EXISTS task_facts_version ON ${table}`);
      await q.query(`DROP TRIGGER IF EXISTS task_facts_version_delete ON ${table}`);
      await q.query(`DROP TRIGGER IF EXISTS task_facts_version_truncate ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS task_facts_bump_all()`);
    await q.query(`DROP FUNCTION IF EXISTS task_facts_bump()`);
    await q.query(`DROP FUNCTION IF EXISTS task_facts_note(uuid)`);
    await q.query(`DROP TABLE IF EXISTS task_facts_version`);
    await q.query(`DROP SEQUENCE IF EXISTS task_facts_version_seq`);
  }
}
