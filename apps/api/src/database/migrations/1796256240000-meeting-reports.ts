import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * The meeting's report and the meeting series. meeting_report is the coordinator's draft (text,
 * the words they decided to keep, the letters of the anonymisation); meeting_report_version the
 * published versions, frozen, except that a public one can be withdrawn (only those columns may
 * change); meeting_report_public what /bijeenkomst/<slug> serves now, as harvest_public does for
 * /oogst/<slug>: readable by anyone, only slugs that are or were public. A meeting names the next
 * one of its series; each meeting follows at most one other. Table hosts are edited with a version.
 */
export class MeetingReports1796256240000 implements MigrationInterface {
  name = 'MeetingReports1796256240000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE meeting ADD COLUMN next_meeting_id uuid NULL,
         ADD CONSTRAINT ck_meeting_next_not_self CHECK (next_meeting_id IS NULL OR next_meeting_id <> id),
         ADD CONSTRAINT fk_meeting_next FOREIGN KEY (network_id, next_meeting_id) REFERENCES meeting (network_id, id) ON DELETE SET NULL (next_meeting_id)`,
      `CREATE UNIQUE INDEX uq_meeting_next ON meeting (network_id, next_meeting_id) WHERE next_meeting_id IS NOT NULL`,
      `ALTER TABLE meeting_table ADD COLUMN version integer NOT NULL DEFAULT 1`,
      `CREATE TABLE meeting_report (
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         slug varchar(80) NOT NULL,
         text text NOT NULL DEFAULT '' CONSTRAINT ck_meeting_report_text CHECK (char_length(text) <= 20000),
         kept jsonb NOT NULL DEFAULT '[]'::jsonb,
         pseudonyms jsonb NOT NULL DEFAULT '{"letters": {}}'::jsonb,
         visibility varchar(10) NOT NULL DEFAULT 'NETWORK' CONSTRAINT ck_meeting_report_visibility CHECK (visibility IN ('NETWORK', 'PUBLIC')),
         version integer NOT NULL DEFAULT 1,
         created_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, meeting_id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      // Slugs are unique across networks, as harvest slugs are: the public page finds one row by it.
      `CREATE UNIQUE INDEX uq_meeting_report_slug ON meeting_report (slug)`,
      `CREATE TABLE meeting_report_version (
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         number integer NOT NULL CONSTRAINT ck_meeting_report_version_number CHECK (number > 0),
         slug varchar(80) NOT NULL,
         visibility varchar(10) NOT NULL CONSTRAINT ck_meeting_report_version_visibility CHECK (visibility IN ('NETWORK', 'PUBLIC')),
         content jsonb NOT NULL,
         published_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         published_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         withdrawn_at timestamptz NULL,
         withdrawn_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         withdrawal_reason text NULL CONSTRAINT ck_meeting_report_withdrawal_reason CHECK (char_length(withdrawal_reason) <= 1000),
         PRIMARY KEY (network_id, meeting_id, number),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting_report (network_id, meeting_id) ON DELETE CASCADE)`,
      `CREATE TABLE meeting_report_public (
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         slug varchar(80) NOT NULL,
         number integer NOT NULL,
         state varchar(10) NOT NULL CONSTRAINT ck_meeting_report_public_state CHECK (state IN ('PUBLIC', 'WITHDRAWN')),
         PRIMARY KEY (network_id, meeting_id),
         FOREIGN KEY (network_id, meeting_id, number) REFERENCES meeting_report_version (network_id, meeting_id, number) ON DELETE CASCADE)`,
      `CREATE UNIQUE INDEX uq_meeting_report_public_slug ON meeting_report_public (slug)`,
      ...tenantTable('meeting_report'),
      ...tenantTable('meeting_report_version'),
      ...tenantTable('meeting_report_public'),
      // What the public page serves is for everyone, without a network: the pointer, and the versions published publicly.
      `CREATE POLICY public_meeting_report_read ON meeting_report_public FOR SELECT USING (true)`,
      `CREATE POLICY public_meeting_report_version_read ON meeting_report_version FOR SELECT USING (visibility = 'PUBLIC')`,
      `GRANT SELECT, INSERT, UPDATE ON meeting_report TO kijkje_app`,
      // A version is frozen: only its withdrawal can be written afterwards.
      `GRANT SELECT, INSERT ON meeting_report_version TO kijkje_app`,
      `GRANT UPDATE (withdrawn_at, withdrawn_by, withdrawal_reason) ON meeting_report_version TO kijkje_app`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_report_public TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['meeting_report_public', 'meeting_report_version', 'meeting_report']) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`ALTER TABLE meeting_table DROP COLUMN IF EXISTS version`);
    await q.query(`DROP INDEX IF EXISTS uq_meeting_next`);
    await q.query(
      `ALTER TABLE meeting DROP CONSTRAINT IF EXISTS fk_meeting_next, DROP CONSTRAINT IF EXISTS ck_meeting_next_not_self, DROP COLUMN IF EXISTS next_meeting_id`,
    );
  }
}
