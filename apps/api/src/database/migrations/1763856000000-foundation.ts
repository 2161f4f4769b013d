import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Fail-closed tenant predicate: without `app.network_id` no row matches. */
export const TENANT = `NULLIF(current_setting('app.network_id', true), '')::uuid`;
export const CURRENT_USER = `NULLIF(current_setting('app.user_id', true), '')::uuid`;

/** Enables and forces RLS on a tenant table with the standard isolation policy. */
export function tenantTable(table: string): string[] {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON ${table} USING (network_id = ${TENANT}) WITH CHECK (network_id = ${TENANT})`,
  ];
}

/**
 * The foundation: people, sessions, networks, memberships, organisations, invitations,
 * the audit trail, rate limits, idempotency records and the job queue.
 */
export class Foundation1763856000000 implements MigrationInterface {
  name = 'Foundation1763856000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE EXTENSION IF NOT EXISTS pgcrypto`,
      // The serving role must exist to receive grants; the app gives it LOGIN and a password at boot.
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kijkje_app') THEN
           CREATE ROLE kijkje_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
         END IF;
       EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
       END $$`,
      `CREATE TABLE app_user (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         email varchar(254) NOT NULL CONSTRAINT uq_app_user_email UNIQUE,
         name varchar(120) NOT NULL,
         password_hash text,
         is_platform_admin boolean NOT NULL DEFAULT false,
         active boolean NOT NULL DEFAULT true,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE session (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         token_hash varchar(64) NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
         current_network_id uuid,
         created_at timestamptz NOT NULL DEFAULT now(),
         last_seen_at timestamptz NOT NULL DEFAULT now(),
         expires_at timestamptz NOT NULL)`,
      `CREATE UNIQUE INDEX uq_session_token_hash ON session (token_hash)`,
      `CREATE INDEX ix_session_user ON session (user_id)`,
      `CREATE TABLE password_reset (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
         token_hash varchar(64) NOT NULL,
         expires_at timestamptz NOT NULL,
         used_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX ix_password_reset_user ON password_reset (user_id)`,
      `CREATE UNIQUE INDEX uq_password_reset_token_hash ON password_reset (token_hash)`,
      `CREATE TABLE network (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         name varchar(120) NOT NULL,
         slug varchar(80) NOT NULL CONSTRAINT uq_network_slug UNIQUE,
         created_by uuid REFERENCES app_user(id),
         idempotency_key varchar(100) CONSTRAINT uq_network_idempotency_key UNIQUE,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE organisation (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         name varchar(160) NOT NULL,
         kind varchar(20) NOT NULL CHECK (kind IN ('MUNICIPALITY', 'PARTNERSHIP')),
         cbs_code varchar(6) CHECK (cbs_code ~ '^GM[0-9]{4}$'),
         province varchar(40),
         population integer CHECK (population >= 0),
         created_at timestamptz NOT NULL DEFAULT now(),
         version integer NOT NULL DEFAULT 1,
         UNIQUE (network_id, id))`,
      `CREATE INDEX ix_organisation_network ON organisation (network_id)`,
      `CREATE UNIQUE INDEX uq_organisation_network_cbs_code ON organisation (network_id, cbs_code)`,
      `CREATE UNIQUE INDEX uq_organisation_network_name ON organisation (network_id, name)`,
      `CREATE TABLE membership (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         user_id uuid NOT NULL REFERENCES app_user(id),
         organisation_id uuid,
         role varchar(20) NOT NULL CHECK (role IN ('COORDINATOR', 'MEMBER')),
         active boolean NOT NULL DEFAULT true,
         created_at timestamptz NOT NULL DEFAULT now(),
         FOREIGN KEY (network_id, organisation_id) REFERENCES organisation (network_id, id))`,
      `CREATE UNIQUE INDEX uq_membership_network_user ON membership (network_id, user_id)`,
      `CREATE INDEX ix_membership_network ON membership (network_id)`,
      `CREATE INDEX ix_membership_user ON membership (user_id)`,
      `CREATE TABLE invitation (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         email varchar(254) NOT NULL,
         name varchar(120) NOT NULL,
         role varchar(20) NOT NULL CHECK (role IN ('COORDINATOR', 'MEMBER')),
         organisation_id uuid,
         token_hash varchar(64) NOT NULL,
         invited_by uuid REFERENCES app_user(id),
         expires_at timestamptz NOT NULL,
         accepted_at timestamptz,
         revoked_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         FOREIGN KEY (network_id, organisation_id) REFERENCES organisation (network_id, id))`,
      `CREATE INDEX ix_invitation_network ON invitation (network_id)`,
      `CREATE INDEX ix_invitation_token_hash ON invitation (token_hash)`,
      `CREATE UNIQUE INDEX uq_invitation_network_token_hash ON invitation (network_id, token_hash)`,
      `CREATE TABLE audit_event (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid REFERENCES network(id),
         actor_user_id uuid,
         action varchar(80) NOT NULL,
         target_type varchar(40),
         target_id varchar(80),
         data jsonb NOT NULL DEFAULT '{}'::jsonb,
         ip varchar(64),
         created_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
      `CREATE INDEX ix_audit_event_network_created ON audit_event (network_id, created_at)`,
      `CREATE TABLE rate_limit_bucket (
         key varchar(300) PRIMARY KEY,
         count integer NOT NULL,
         window_ends_at timestamptz NOT NULL)`,
      `CREATE TABLE idempotency_record (
         network_id uuid NOT NULL REFERENCES network(id),
         user_id uuid NOT NULL,
         operation varchar(60) NOT NULL,
         idempotency_key varchar(100) NOT NULL,
         result_id uuid NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (network_id, user_id, operation, idempotency_key))`,
      `CREATE TABLE job (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         kind varchar(40) NOT NULL,
         payload jsonb NOT NULL,
         run_at timestamptz NOT NULL DEFAULT now(),
         attempts integer NOT NULL DEFAULT 0,
         last_error text,
         done_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX ix_job_pending ON job (run_at) WHERE done_at IS NULL`,

      // Row-level security: every tenant table, forced, fail-closed.
      ...tenantTable('organisation'),
      ...tenantTable('membership'),
      // A person may read their own memberships in every network (for switching networks).
      `CREATE POLICY own_memberships ON membership FOR SELECT USING (user_id = ${CURRENT_USER})`,
      ...tenantTable('invitation'),
      // Whoever holds an invitation link may read that one invitation, by its token's hash.
      `CREATE POLICY invitation_by_token ON invitation FOR SELECT
         USING (token_hash = NULLIF(current_setting('app.invitation_token_hash', true), ''))`,
      ...tenantTable('idempotency_record'),
      `ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE audit_event FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY audit_read ON audit_event FOR SELECT USING (network_id = ${TENANT})`,
      `CREATE POLICY audit_write ON audit_event FOR INSERT WITH CHECK (network_id IS NULL OR network_id = ${TENANT})`,

      // The app role: data rights only; the audit trail is append-only for it.
      `GRANT USAGE ON SCHEMA public TO kijkje_app`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON app_user, session, password_reset, network, organisation, membership,
         invitation, rate_limit_bucket, idempotency_record, job TO kijkje_app`,
      `GRANT SELECT, INSERT ON audit_event TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'job',
      'idempotency_record',
      'rate_limit_bucket',
      'audit_event',
      'invitation',
      'membership',
      'organisation',
      'network',
      'password_reset',
      'session',
      'app_user',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
  }
}
