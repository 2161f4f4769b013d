import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * The sessions of a learning track in people's calendars and mail, as work meetings are: a
 * session has a version (its SEQUENCE floor; it goes up when the session moves); each person's
 * calendar remembers, per session, the SEQUENCE of the last message it got and whether it still
 * holds the session (a cancellation keeps the row, so a later invitation is newer still); and the
 * reminders before a session that went out, one row per session, person, start (as it stood) and
 * stage, so each goes out once however often, late or in parallel the daily job runs. The rows go
 * with their session, and with the person when their account is erased.
 */
export class TrackSessionCalendar1796256300000 implements MigrationInterface {
  name = 'TrackSessionCalendar1796256300000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE track_session ADD COLUMN version integer NOT NULL DEFAULT 1 CONSTRAINT ck_track_session_version CHECK (version >= 1)`,
      `CREATE TABLE track_session_calendar (
         network_id uuid NOT NULL REFERENCES network(id),
         session_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         sequence integer NOT NULL CONSTRAINT ck_track_session_calendar_sequence CHECK (sequence >= 0),
         in_calendar boolean NOT NULL,
         sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, session_id, user_id),
         FOREIGN KEY (network_id, session_id) REFERENCES track_session (network_id, id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_track_session_calendar_user ON track_session_calendar (network_id, user_id)`,
      `CREATE TABLE track_session_reminder (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         session_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         starts_at timestamptz NOT NULL,
         stage varchar(20) NOT NULL CONSTRAINT ck_track_session_reminder_stage CHECK (stage IN ('WEEK_BEFORE', 'DAY_BEFORE')),
         sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, session_id) REFERENCES track_session (network_id, id) ON DELETE CASCADE)`,
      `CREATE UNIQUE INDEX uq_track_session_reminder ON track_session_reminder (network_id, session_id, user_id, starts_at, stage)`,
      ...tenantTable('track_session_calendar'),
      ...tenantTable('track_session_reminder'),
      // What a calendar was sent is written again with each message; both go when the person's account is erased.
      `GRANT SELECT, INSERT, UPDATE, DELETE ON track_session_calendar TO kijkje_app`,
      `GRANT SELECT, INSERT, DELETE ON track_session_reminder TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS track_session_reminder`);
    await q.query(`DROP TABLE IF EXISTS track_session_calendar`);
    await q.query(`ALTER TABLE track_session DROP COLUMN version`);
  }
}
