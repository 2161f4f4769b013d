import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CURRENT_USER, tenantTable } from './1763856000000-foundation';

/**
 * Visits with their preparation and review teams; findings with the team's discussion and the
 * host's replies (issue 4).
 */
export class Visits1764000000000 implements MigrationInterface {
  name = 'Visits1764000000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE visit (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         round_id uuid NOT NULL,
         host_organisation_id uuid NOT NULL,
         status varchar(14) NOT NULL DEFAULT 'PLANNED'
           CHECK (status IN ('PLANNED', 'PREPARED', 'HELD', 'REPORT_DRAFT', 'REPORT_SHARED', 'REPORT_FINAL')),
         starts_on date,
         location varchar(200) NOT NULL DEFAULT '',
         agenda jsonb NOT NULL DEFAULT '[]'::jsonb,
         answers jsonb NOT NULL DEFAULT '{}'::jsonb,
         prepared_at timestamptz,
         held_at timestamptz,
         reply_deadline timestamptz,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (network_id, id),
         FOREIGN KEY (network_id, round_id) REFERENCES round (network_id, id),
         FOREIGN KEY (network_id, host_organisation_id) REFERENCES organisation (network_id, id))`,
      `CREATE INDEX ix_visit_network ON visit (network_id)`,
      // Each organisation hosts exactly one visit of its round.
      `CREATE UNIQUE INDEX uq_visit_network_round_host ON visit (network_id, round_id, host_organisation_id)`,

      `CREATE TABLE visit_reviewer (
         network_id uuid NOT NULL REFERENCES network(id),
         visit_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         organisation_id uuid NOT NULL,
         is_lead boolean NOT NULL DEFAULT false,
         assigned_by uuid REFERENCES app_user(id),
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (network_id, visit_id, user_id),
         FOREIGN KEY (network_id, visit_id) REFERENCES visit (network_id, id) ON DELETE CASCADE,
         FOREIGN KEY (network_id, organisation_id) REFERENCES organisation (network_id, id))`,
      `CREATE INDEX ix_visit_reviewer_network_user ON visit_reviewer (network_id, user_id)`,
      // One lead per visit, even when two coordinators choose one at the same moment.
      `CREATE UNIQUE INDEX uq_visit_reviewer_network_visit_lead ON visit_reviewer (network_id, visit_id) WHERE is_lead`,

      `CREATE TABLE finding (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         visit_id uuid NOT NULL,
         author_id uuid NOT NULL REFERENCES app_user(id),
         kind varchar(20) NOT NULL CHECK (kind IN ('STRENGTH', 'CONCERN', 'RECOMMENDATION', 'OWN_RESPONSIBILITY')),
         theme varchar(80) NOT NULL,
         text text NOT NULL,
         evidence jsonb NOT NULL DEFAULT '{}'::jsonb,
         tags jsonb NOT NULL DEFAULT '[]'::jsonb,
         status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'SHARED', 'FINAL')),
         released_for_harvest boolean NOT NULL DEFAULT false,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         UNIQUE (network_id, id),
         FOREIGN KEY (network_id, visit_id) REFERENCES visit (network_id, id))`,
      `CREATE INDEX ix_finding_network_visit ON finding (network_id, visit_id, created_at)`,

      `CREATE TABLE finding_comment (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         finding_id uuid NOT NULL,
         author_id uuid NOT NULL REFERENCES app_user(id),
         text text NOT NULL,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         FOREIGN KEY (network_id, finding_id) REFERENCES finding (network_id, id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_finding_comment_network_finding ON finding_comment (network_id, finding_id, created_at)`,

      `CREATE TABLE host_response (
         network_id uuid NOT NULL REFERENCES network(id),
         finding_id uuid NOT NULL,
         kind varchar(12) NOT NULL CHECK (kind IN ('AGREE', 'CORRECTION', 'COMMENT')),
         text text NOT NULL DEFAULT '',
         responded_by uuid NOT NULL REFERENCES app_user(id),
         version integer NOT NULL DEFAULT 1,
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, finding_id),
         FOREIGN KEY (network_id, finding_id) REFERENCES finding (network_id, id) ON DELETE CASCADE)`,

      ...tenantTable('visit'),
      ...tenantTable('visit_reviewer'),
      ...tenantTable('finding'),
      // Defence in depth for the heart of the product: a draft exists for its author alone, whatever
      // a query asks (the services apply the full policy of libs/domain on top).
      `CREATE POLICY draft_for_author_only ON finding AS RESTRICTIVE
         USING (status <> 'DRAFT' OR author_id = ${CURRENT_USER})
         WITH CHECK (status <> 'DRAFT' OR author_id = ${CURRENT_USER})`,
      ...tenantTable('finding_comment'),
      ...tenantTable('host_response'),
      `GRANT SELECT, INSERT, UPDATE, DELETE ON visit, visit_reviewer, finding, finding_comment, host_response TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['host_response', 'finding_comment', 'finding', 'visit_reviewer', 'visit']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
