import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Deadline reminders sent: one row per visit, deadline (as it stood), and stage, so each reminder
 * goes out once however often or late the daily job runs. A moved deadline is a new deadline and
 * is reminded of afresh. Tenant data under forced row-level security; the app may add and read.
 */
export class DeadlineReminders1796256070000 implements MigrationInterface {
  name = 'DeadlineReminders1796256070000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE deadline_reminder (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
      visit_id uuid NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
      deadline varchar(20) NOT NULL,
      due_at timestamptz NOT NULL,
      stage varchar(20) NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_deadline_reminder_deadline CHECK (deadline IN ('PREPARATION', 'REPLY', 'REPORT')),
      CONSTRAINT ck_deadline_reminder_stage CHECK (stage IN ('WEEK_BEFORE', 'DAY_BEFORE', 'OVERDUE'))
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_deadline_reminder ON deadline_reminder (network_id, visit_id, deadline, due_at, stage)`);
    for (const statement of tenantTable('deadline_reminder')) await q.query(statement);
    await q.query(`GRANT SELECT, INSERT ON deadline_reminder TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE deadline_reminder`);
  }
}
