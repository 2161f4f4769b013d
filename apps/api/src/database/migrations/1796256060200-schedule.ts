import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Periodic jobs (the daily digest; deadline reminders later): one row per job with its next run.
 * A process runs a due job by locking its row (FOR UPDATE SKIP LOCKED) and moving next_run_at in
 * the same transaction, so each period runs once across every API process. Not tenant data:
 * names and times only.
 */
export class Schedule1796256060200 implements MigrationInterface {
  name = 'Schedule1796256060200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE schedule (
      name varchar(60) PRIMARY KEY,
      next_run_at timestamptz NOT NULL,
      last_run_at timestamptz NULL,
      runs integer NOT NULL DEFAULT 0
    )`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON schedule TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE schedule`);
  }
}
