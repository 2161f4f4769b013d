import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each programme chooses the moments of its progress reviews (default 6 and 12 months after the
 * visit; one to four moments of 1 to 36 months, ascending), and the host is reminded of them like
 * of the other deadlines (deadline_reminder gets the kind PROGRESS_REVIEW).
 */
export class ProgressMoments1796256180000 implements MigrationInterface {
  name = 'ProgressMoments1796256180000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE programme ADD COLUMN progress_review_months smallint[] NOT NULL DEFAULT '{6,12}'
         CONSTRAINT ck_programme_progress_review_months CHECK (
           cardinality(progress_review_months) BETWEEN 1 AND 4
           AND 1 <= ALL (progress_review_months) AND 36 >= ALL (progress_review_months))`,
      `ALTER TABLE deadline_reminder DROP CONSTRAINT ck_deadline_reminder_deadline`,
      `ALTER TABLE deadline_reminder ADD CONSTRAINT ck_deadline_reminder_deadline CHECK (deadline IN ('PREPARATION', 'REPLY', 'REPORT', 'PROGRESS_REVIEW'))`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadline_reminder WHERE deadline = 'PROGRESS_REVIEW'`);
    await q.query(`ALTER TABLE deadline_reminder DROP CONSTRAINT ck_deadline_reminder_deadline`);
    await q.query(`ALTER TABLE deadline_reminder ADD CONSTRAINT ck_deadline_reminder_deadline CHECK (deadline IN ('PREPARATION', 'REPLY', 'REPORT'))`);
    await q.query(`ALTER TABLE programme DROP COLUMN progress_review_months`);
  }
}
