import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/** Programmes and the applications of organisations, with their waitlist (issue 3). */
export class Programmes1763900000000 implements MigrationInterface {
  name = 'Programmes1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE programme (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         name varchar(160) NOT NULL,
         description text NOT NULL DEFAULT '',
         themes jsonb NOT NULL,
         framework jsonb NOT NULL,
         sign_up_opens_at timestamptz,
         sign_up_closes_at timestamptz,
         places integer NOT NULL CHECK (places >= 0),
         default_sharing varchar(10) NOT NULL CHECK (default_sharing IN ('ROUND', 'NETWORK', 'PUBLIC')),
         status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'RUNNING', 'CLOSED')),
         version integer NOT NULL DEFAULT 1,
         created_by uuid REFERENCES app_user(id),
         created_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (network_id, id))`,
      `CREATE INDEX ix_programme_network ON programme (network_id)`,
      `CREATE UNIQUE INDEX uq_programme_network_name ON programme (network_id, name)`,
      `CREATE TABLE application (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         programme_id uuid NOT NULL,
         organisation_id uuid NOT NULL,
         submitted_by uuid REFERENCES app_user(id),
         review_question text NOT NULL,
         themes jsonb NOT NULL,
         preferred_period varchar(120) NOT NULL DEFAULT '',
         consent varchar(10) NOT NULL CHECK (consent IN ('ROUND', 'NETWORK', 'PUBLIC')),
         conflicts jsonb NOT NULL DEFAULT '[]'::jsonb,
         status varchar(12) NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'PLACED', 'WITHDRAWN', 'DECLINED')),
         submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         version integer NOT NULL DEFAULT 1,
         FOREIGN KEY (network_id, programme_id) REFERENCES programme (network_id, id),
         FOREIGN KEY (network_id, organisation_id) REFERENCES organisation (network_id, id))`,
      `CREATE INDEX ix_application_network ON application (network_id)`,
      `CREATE UNIQUE INDEX uq_application_network_programme_organisation ON application (network_id, programme_id, organisation_id)`,
      `CREATE INDEX ix_application_network_programme_status ON application (network_id, programme_id, status)`,
      ...tenantTable('programme'),
      ...tenantTable('application'),
      `GRANT SELECT, INSERT, UPDATE, DELETE ON programme, application TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS application`);
    await q.query(`DROP TABLE IF EXISTS programme`);
  }
}
