import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * The action plan (verbeterplan): after the final report the host turns findings into actions
 * (what, who, by when, which findings, a status), shares the plan, and the team discusses it.
 * Findings are linked by id: they stay in the final report; the service checks they are the visit's.
 */
export class ActionPlans1796256160000 implements MigrationInterface {
  name = 'ActionPlans1796256160000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE action_plan (
         network_id uuid NOT NULL REFERENCES network(id),
         visit_id uuid NOT NULL,
         status varchar(10) NOT NULL DEFAULT 'DRAFT' CONSTRAINT ck_action_plan_status CHECK (status IN ('DRAFT', 'SHARED')),
         open_to_coordinator boolean NOT NULL DEFAULT false,
         answered_finding_ids uuid[] NOT NULL DEFAULT '{}',
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         shared_at timestamptz NULL,
         PRIMARY KEY (network_id, visit_id),
         FOREIGN KEY (network_id, visit_id) REFERENCES visit (network_id, id) ON DELETE CASCADE)`,
      `CREATE TABLE plan_action (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         visit_id uuid NOT NULL,
         title varchar(300) NOT NULL CONSTRAINT ck_plan_action_title CHECK (btrim(title) <> ''),
         description text NULL CONSTRAINT ck_plan_action_description CHECK (char_length(description) <= 4000),
         owner varchar(200) NOT NULL,
         due_on date NULL,
         status varchar(12) NOT NULL DEFAULT 'PLANNED' CONSTRAINT ck_plan_action_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
         drop_reason text NULL CONSTRAINT ck_plan_action_drop_reason CHECK (char_length(drop_reason) <= 2000),
         finding_ids uuid[] NOT NULL CONSTRAINT ck_plan_action_findings CHECK (cardinality(finding_ids) BETWEEN 1 AND 20),
         created_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         CONSTRAINT ck_plan_action_dropped CHECK (status <> 'DROPPED' OR drop_reason IS NOT NULL),
         FOREIGN KEY (network_id, visit_id) REFERENCES action_plan (network_id, visit_id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_plan_action_visit ON plan_action (network_id, visit_id, created_at)`,
      `CREATE TABLE plan_action_comment (
         id uuid NOT NULL DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         action_id uuid NOT NULL,
         author_id uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         text text NOT NULL CONSTRAINT ck_plan_action_comment_text CHECK (char_length(text) BETWEEN 1 AND 4000),
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, id),
         FOREIGN KEY (network_id, action_id) REFERENCES plan_action (network_id, id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_plan_action_comment_action ON plan_action_comment (network_id, action_id, created_at)`,
      ...tenantTable('action_plan'),
      ...tenantTable('plan_action'),
      ...tenantTable('plan_action_comment'),
      // DELETE: the retention job removes a closed programme's plans once their term has passed.
      `GRANT SELECT, INSERT, UPDATE, DELETE ON action_plan, plan_action TO kijkje_app`,
      `GRANT SELECT, INSERT, DELETE ON plan_action_comment TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['plan_action_comment', 'plan_action', 'action_plan']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
