import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A visit's start and end as instants (converted from Dutch wall-clock time by libs/domain), and a
 * counter of changes to its day, time or place: calendar invitations carry it as SEQUENCE, so a
 * calendar replaces the old invitation instead of adding a second one.
 *
 * Existing visits with a day and an agenda take the agenda's first start and last end on that day
 * (agenda items never crossed midnight before this); the others stay without times.
 */
export class VisitTime1796256040000 implements MigrationInterface {
  name = 'VisitTime1796256040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE visit
      ADD COLUMN starts_at timestamptz NULL,
      ADD COLUMN ends_at timestamptz NULL,
      ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0`);
    await q.query(`UPDATE visit v SET
        starts_at = (v.starts_on + a.first_start) AT TIME ZONE 'Europe/Amsterdam',
        ends_at = (v.starts_on + a.last_end) AT TIME ZONE 'Europe/Amsterdam'
      FROM (SELECT id, min((item->>'startTime')::time) AS first_start, max((item->>'endTime')::time) AS last_end
              FROM visit, jsonb_array_elements(agenda) AS item GROUP BY id) a
      WHERE a.id = v.id AND v.starts_on IS NOT NULL AND a.last_end > a.first_start`);
    await q.query(
      `ALTER TABLE visit ADD CONSTRAINT ck_visit_times CHECK ((starts_at IS NULL) = (ends_at IS NULL) AND (starts_at IS NULL OR ends_at > starts_at))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE visit DROP CONSTRAINT ck_visit_times, DROP COLUMN calendar_sequence, DROP COLUMN ends_at, DROP COLUMN starts_at`);
  }
}
