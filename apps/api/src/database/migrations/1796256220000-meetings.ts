import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Work meetings (werkbijeenkomst): a host organisation invites the network, a programme of talks,
 * theme tables with a table host each; members register (capacity, waitlist), sit at a table and
 * post short cards to the three questions; the table host clusters, merges and marks yields.
 */
export class Meetings1796256220000 implements MigrationInterface {
  name = 'Meetings1796256220000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE meeting (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         title varchar(200) NOT NULL CONSTRAINT ck_meeting_title CHECK (btrim(title) <> ''),
         description text NOT NULL DEFAULT '' CONSTRAINT ck_meeting_description CHECK (char_length(description) <= 4000),
         host_organisation_id uuid NULL,
         host_may_edit boolean NOT NULL DEFAULT false,
         starts_at timestamptz NOT NULL,
         ends_at timestamptz NOT NULL,
         place varchar(300) NOT NULL DEFAULT '',
         online_link varchar(500) NOT NULL DEFAULT '',
         capacity integer NOT NULL CONSTRAINT ck_meeting_capacity CHECK (capacity BETWEEN 1 AND 1000),
         status varchar(20) NOT NULL DEFAULT 'DRAFT'
           CONSTRAINT ck_meeting_status CHECK (status IN ('DRAFT', 'OPEN', 'HELD', 'REPORT_PUBLISHED', 'CANCELLED')),
         created_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         CONSTRAINT ck_meeting_span CHECK (ends_at > starts_at),
         FOREIGN KEY (network_id, host_organisation_id) REFERENCES organisation (network_id, id))`,
      `CREATE INDEX ix_meeting_starts ON meeting (network_id, starts_at)`,
      `CREATE TABLE meeting_item (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         at_time varchar(5) NOT NULL CONSTRAINT ck_meeting_item_time CHECK (at_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
         speaker varchar(200) NOT NULL DEFAULT '',
         talk varchar(300) NOT NULL CONSTRAINT ck_meeting_item_talk CHECK (btrim(talk) <> ''),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_meeting_item_meeting ON meeting_item (network_id, meeting_id, at_time)`,
      `CREATE TABLE meeting_table (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         name varchar(120) NOT NULL CONSTRAINT ck_meeting_table_name CHECK (btrim(name) <> ''),
         host_user_id uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         capacity integer NOT NULL CONSTRAINT ck_meeting_table_capacity CHECK (capacity BETWEEN 1 AND 100),
         position integer NOT NULL DEFAULT 0,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         UNIQUE (network_id, meeting_id, id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      `CREATE TABLE meeting_registration (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
         status varchar(12) NOT NULL CONSTRAINT ck_meeting_registration_status CHECK (status IN ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
         table_id uuid NULL,
         registered_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         UNIQUE (network_id, meeting_id, user_id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE,
         FOREIGN KEY (network_id, meeting_id, table_id) REFERENCES meeting_table (network_id, meeting_id, id) ON DELETE SET NULL (table_id))`,
      `CREATE TABLE meeting_card (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         table_id uuid NOT NULL,
         kind varchar(20) NOT NULL CONSTRAINT ck_meeting_card_kind CHECK (kind IN ('STRENGTH', 'CONCERN', 'OWN_RESPONSIBILITY')),
         text text NOT NULL CONSTRAINT ck_meeting_card_text CHECK (char_length(text) BETWEEN 1 AND 280),
         author_id uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         cluster varchar(60) NULL,
         merged_into_id uuid NULL,
         is_yield boolean NOT NULL DEFAULT false,
         is_recommendation boolean NOT NULL DEFAULT false,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, meeting_id, table_id) REFERENCES meeting_table (network_id, meeting_id, id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_meeting_card_table ON meeting_card (network_id, table_id, created_at)`,
      ...tenantTable('meeting'),
      ...tenantTable('meeting_item'),
      ...tenantTable('meeting_table'),
      ...tenantTable('meeting_registration'),
      ...tenantTable('meeting_card'),
      // DELETE: items and tables are removed by the organisers; the retention job removes old cards and registrations.
      `GRANT SELECT, INSERT, UPDATE ON meeting TO kijkje_app`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_item, meeting_table, meeting_registration, meeting_card TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['meeting_card', 'meeting_registration', 'meeting_table', 'meeting_item', 'meeting']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
