import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadlines as explicit data: a programme's rules (preparation due N days before the visit, the
 * host's reply period, the report due N weeks after the visit) and a visit's own dates that
 * override them. The effective deadline is computed by visitDeadlines in libs/domain.
 */
export class Deadlines1796256030000 implements MigrationInterface {
  name = 'Deadlines1796256030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programme
      ADD COLUMN preparation_days_before integer NOT NULL DEFAULT 7,
      ADD COLUMN reply_days integer NOT NULL DEFAULT 14,
      ADD COLUMN report_weeks_after integer NOT NULL DEFAULT 4,
      ADD CONSTRAINT ck_programme_preparation_days_before CHECK (preparation_days_before BETWEEN 0 AND 60),
      ADD CONSTRAINT ck_programme_reply_days CHECK (reply_days BETWEEN 1 AND 60),
      ADD CONSTRAINT ck_programme_report_weeks_after CHECK (report_weeks_after BETWEEN 1 AND 26)`);
    await q.query(`ALTER TABLE visit
      ADD COLUMN preparation_due timestamptz NULL,
      ADD COLUMN report_due timestamptz NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE visit DROP COLUMN report_due, DROP COLUMN preparation_due`);
    await q.query(`ALTER TABLE programme
      DROP CONSTRAINT ck_programme_report_weeks_after, DROP CONSTRAINT ck_programme_reply_days,
      DROP CONSTRAINT ck_programme_preparation_days_before,
      DROP COLUMN report_weeks_after, DROP COLUMN reply_days, DROP COLUMN preparation_days_before`);
  }
}
