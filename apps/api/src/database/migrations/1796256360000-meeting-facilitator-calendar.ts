import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * The facilitators of a work meeting have it in their calendar, as those with a place do: each
 * facilitator's calendar remembers the SEQUENCE of the last message it got of the meeting and
 * whether it still holds it (being taken off keeps the row, so an invitation after a new
 * assignment is newer still); and the reminders before the meeting that went out to them, one row
 * per meeting, person, start (as it stood) and stage, so each goes out once however often, late or
 * in parallel the daily job runs. The rows go with their meeting, and with the person when their
 * account is erased.
 */
export class MeetingFacilitatorCalendar1796256360000 implements MigrationInterface {
  name = 'MeetingFacilitatorCalendar1796256360000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE meeting_facilitator_calendar (
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         sequence integer NOT NULL CONSTRAINT ck_meeting_facilitator_calendar_sequence CHECK (sequence >= 0),
         in_calendar boolean NOT NULL,
         sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, meeting_id, user_id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      // The personal feed: the meetings a facilitator's calendar has.
      `CREATE INDEX ix_meeting_facilitator_calendar_user ON meeting_facilitator_calendar (network_id, user_id)`,
      `CREATE TABLE meeting_facilitator_reminder (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         starts_at timestamptz NOT NULL,
         stage varchar(20) NOT NULL CONSTRAINT ck_meeting_facilitator_reminder_stage CHECK (stage IN ('WEEK_BEFORE', 'DAY_BEFORE')),
         sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      `CREATE UNIQUE INDEX uq_meeting_facilitator_reminder ON meeting_facilitator_reminder (network_id, meeting_id, user_id, starts_at, stage)`,
      ...tenantTable('meeting_facilitator_calendar'),
      ...tenantTable('meeting_facilitator_reminder'),
      // What a calendar was sent is written again with each message; both go when the person's account is erased.
      `GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_facilitator_calendar TO kijkje_app`,
      `GRANT SELECT, INSERT, DELETE ON meeting_facilitator_reminder TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS meeting_facilitator_reminder`);
    await q.query(`DROP TABLE IF EXISTS meeting_facilitator_calendar`);
  }
}
