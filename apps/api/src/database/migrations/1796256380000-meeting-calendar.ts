import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/** The tables whose rows move, read by the owner with row-level security lifted inside this transaction (it may lack BYPASSRLS). */
const SOURCES = ['meeting', 'meeting_registration', 'meeting_reminder', 'meeting_facilitator_calendar', 'meeting_facilitator_reminder'];

/**
 * A work meeting is one appointment in a person's calendar, however they hold it: a place, running
 * it as a facilitator, hosting one of its theme tables. So what their calendar was last sent of the
 * meeting (the SEQUENCE, and whether it still holds it) is one row per meeting and person,
 * meeting_calendar, instead of the registration's calendar_sequence and meeting_facilitator_calendar
 * apart; and the reminders that went out are one row per meeting, person, start (as it stood) and
 * stage, meeting_reminder, instead of one per registration beside meeting_facilitator_reminder. One
 * row per person is what keeps it to one invitation, one update per move and one reminder per
 * stage for someone who holds the meeting in two ways. The rows that were kept move over: a
 * registration's SEQUENCE (its calendar has the meeting while the place is held at a meeting not
 * cancelled), the facilitators' calendars, and every reminder (where one person has two, the
 * higher SEQUENCE, held if either held it; the first reminder sent). The rows go with their
 * meeting, and with the person when their account is erased.
 */
export class MeetingCalendar1796256380000 implements MigrationInterface {
  name = 'MeetingCalendar1796256380000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of SOURCES) await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    const statements = [
      `CREATE TABLE meeting_calendar (
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         sequence integer NOT NULL CONSTRAINT ck_meeting_calendar_sequence CHECK (sequence >= 0),
         in_calendar boolean NOT NULL,
         sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, meeting_id, user_id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      // The personal feed: the meetings a person's calendar has.
      `CREATE INDEX ix_meeting_calendar_user ON meeting_calendar (network_id, user_id)`,
      `INSERT INTO meeting_calendar (network_id, meeting_id, user_id, sequence, in_calendar, sent_at)
       SELECT network_id, meeting_id, user_id, max(sequence), bool_or(in_calendar), max(sent_at)
         FROM (SELECT network_id, meeting_id, user_id, sequence, in_calendar, sent_at FROM meeting_facilitator_calendar
               UNION ALL
               SELECT r.network_id, r.meeting_id, r.user_id, r.calendar_sequence, r.status = 'REGISTERED' AND m.status <> 'CANCELLED', r.updated_at
                 FROM meeting_registration r JOIN meeting m ON m.network_id = r.network_id AND m.id = r.meeting_id
                WHERE r.calendar_sequence IS NOT NULL) AS sent
        GROUP BY network_id, meeting_id, user_id`,
      // The reminders, per person, wait aside while their tables make way.
      `CREATE TEMPORARY TABLE reminder_moving AS
       SELECT d.network_id, r.meeting_id, r.user_id, d.starts_at, d.stage, d.sent_at
         FROM meeting_reminder d JOIN meeting_registration r ON r.network_id = d.network_id AND r.id = d.registration_id
       UNION ALL
       SELECT network_id, meeting_id, user_id, starts_at, stage, sent_at FROM meeting_facilitator_reminder`,
      `DROP TABLE meeting_reminder`,
      `DROP TABLE meeting_facilitator_reminder`,
      `DROP TABLE meeting_facilitator_calendar`,
      `ALTER TABLE meeting_registration DROP COLUMN calendar_sequence`,
      `CREATE TABLE meeting_reminder (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         starts_at timestamptz NOT NULL,
         stage varchar(20) NOT NULL CONSTRAINT ck_meeting_reminder_stage CHECK (stage IN ('WEEK_BEFORE', 'DAY_BEFORE')),
         sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      `CREATE UNIQUE INDEX uq_meeting_reminder ON meeting_reminder (network_id, meeting_id, user_id, starts_at, stage)`,
      `INSERT INTO meeting_reminder (network_id, meeting_id, user_id, starts_at, stage, sent_at)
       SELECT network_id, meeting_id, user_id, starts_at, stage, min(sent_at) FROM reminder_moving GROUP BY network_id, meeting_id, user_id, starts_at, stage`,
      `DROP TABLE reminder_moving`,
      ...tenantTable('meeting_calendar'),
      ...tenantTable('meeting_reminder'),
      // What a calendar was sent is written again with each message; both go with the person's account when it is erased, and with the meeting's material.
      `GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_calendar TO kijkje_app`,
      `GRANT SELECT, INSERT, DELETE ON meeting_reminder TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
    for (const table of ['meeting', 'meeting_registration']) await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  }

  /** Back to a calendar per registration and per facilitator: each role gets what the person's calendar was sent. */
  async down(q: QueryRunner): Promise<void> {
    for (const table of ['meeting', 'meeting_registration', 'meeting_facilitator', 'meeting_calendar', 'meeting_reminder'])
      await q.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    const statements = [
      `ALTER TABLE meeting_registration ADD COLUMN calendar_sequence integer NULL CONSTRAINT ck_meeting_registration_sequence CHECK (calendar_sequence >= 0)`,
      `UPDATE meeting_registration r SET calendar_sequence = c.sequence
         FROM meeting_calendar c WHERE c.network_id = r.network_id AND c.meeting_id = r.meeting_id AND c.user_id = r.user_id`,
      `CREATE TABLE meeting_facilitator_calendar (
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         sequence integer NOT NULL CONSTRAINT ck_meeting_facilitator_calendar_sequence CHECK (sequence >= 0),
         in_calendar boolean NOT NULL,
         sent_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, meeting_id, user_id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_meeting_facilitator_calendar_user ON meeting_facilitator_calendar (network_id, user_id)`,
      `INSERT INTO meeting_facilitator_calendar (network_id, meeting_id, user_id, sequence, in_calendar, sent_at)
       SELECT c.network_id, c.meeting_id, c.user_id, c.sequence, c.in_calendar, c.sent_at FROM meeting_calendar c
        WHERE NOT EXISTS (SELECT 1 FROM meeting_registration r WHERE r.network_id = c.network_id AND r.meeting_id = c.meeting_id AND r.user_id = c.user_id)
           OR EXISTS (SELECT 1 FROM meeting_facilitator f WHERE f.network_id = c.network_id AND f.meeting_id = c.meeting_id AND f.user_id = c.user_id)`,
      `CREATE TEMPORARY TABLE reminder_moving AS SELECT network_id, meeting_id, user_id, starts_at, stage, sent_at FROM meeting_reminder`,
      `DROP TABLE meeting_reminder`,
      `DROP TABLE meeting_calendar`,
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
      `INSERT INTO meeting_facilitator_reminder (network_id, meeting_id, user_id, starts_at, stage, sent_at)
       SELECT d.network_id, d.meeting_id, d.user_id, d.starts_at, d.stage, d.sent_at FROM reminder_moving d
        WHERE NOT EXISTS (SELECT 1 FROM meeting_registration r WHERE r.network_id = d.network_id AND r.meeting_id = d.meeting_id AND r.user_id = d.user_id)`,
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
      `INSERT INTO meeting_reminder (network_id, registration_id, starts_at, stage, sent_at)
       SELECT d.network_id, r.id, d.starts_at, d.stage, d.sent_at
         FROM reminder_moving d JOIN meeting_registration r ON r.network_id = d.network_id AND r.meeting_id = d.meeting_id AND r.user_id = d.user_id`,
      `DROP TABLE reminder_moving`,
      ...tenantTable('meeting_facilitator_calendar'),
      ...tenantTable('meeting_facilitator_reminder'),
      ...tenantTable('meeting_reminder'),
      `GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_facilitator_calendar TO kijkje_app`,
      `GRANT SELECT, INSERT, DELETE ON meeting_facilitator_reminder TO kijkje_app`,
      `GRANT SELECT, INSERT ON meeting_reminder TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
    for (const table of ['meeting', 'meeting_registration', 'meeting_facilitator']) await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
  }
}
