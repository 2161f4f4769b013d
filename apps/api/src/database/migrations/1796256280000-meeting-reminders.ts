import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Work meetings in people's calendars and mail: each registration remembers the SEQUENCE of the
 * last calendar message its person got (an invitation, an update, a cancellation), so the next is
 * newer; and the reminders before a meeting that went out, one row per registration, start (as it
 * stood) and stage, so each goes out once however often, late or in parallel the daily job runs.
 * A moved meeting is reminded of afresh. The rows go with their registration (cancelled,
 * erased, or past the network's retention).
 */
export class MeetingReminders1796256280000 implements MigrationInterface {
  name = 'MeetingReminders1796256280000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE meeting_registration ADD COLUMN calendar_sequence integer NULL CONSTRAINT ck_meeting_registration_sequence CHECK (calendar_sequence >= 0)`,
      `CREATE TABLE meeting_reminder (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         registration_id uuid NOT NULL,
         starts_at timestamptz NOT NULL,
         stage varchar(20) NOT NULL CONSTRAINT ck_meeting_reminder_stage CHECK (stage IN ('WEEK_BEFORE', 'DAY_BEFORE')),
         sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, registration_id) REFERENCES meeting_registration (network_id, id) ON DELETE CASCADE)`,
      `CREATE UNIQUE INDEX uq_meeting_reminder ON meeting_reminder (network_id, registration_id, starts_at, stage)`,
      ...tenantTable('meeting_reminder'),
      `GRANT SELECT, INSERT ON meeting_reminder TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_reminder`);
    await q.query(`ALTER TABLE meeting_registration DROP COLUMN calendar_sequence`);
  }
}
