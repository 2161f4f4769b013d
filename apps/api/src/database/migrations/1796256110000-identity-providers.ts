import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Single sign-on per network: the OpenID providers a network's coordinators configure (the client
 * secret only encrypted, AES-256-GCM with OIDC_SECRET_KEY), whether password sign-in is still
 * allowed in the network, and the short-lived sign-in attempts that keep state, nonce and PKCE
 * verifier on the server.
 *
 * Before anyone is signed in, the start of a sign-in may read only the enabled providers that
 * list the e-mail domain it names (app.sso_email_domain); the callback may read and consume only
 * the one attempt whose state it holds (app.sso_state_hash), as invitation_by_token does.
 */
export class IdentityProviders1796256110000 implements MigrationInterface {
  name = 'IdentityProviders1796256110000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE network ADD COLUMN password_sign_in boolean NOT NULL DEFAULT true`,
      `CREATE TABLE identity_provider (
         id uuid PRIMARY KEY,
         network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
         name varchar(120) NOT NULL,
         issuer varchar(500) NOT NULL,
         client_id varchar(300) NOT NULL,
         client_secret_encrypted text NOT NULL,
         email_domains jsonb NOT NULL,
         organisation_id uuid NOT NULL REFERENCES organisation(id),
         create_members boolean NOT NULL DEFAULT false,
         enabled boolean NOT NULL DEFAULT true,
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX ix_identity_provider_network ON identity_provider (network_id)`,
      `CREATE INDEX ix_identity_provider_domains ON identity_provider USING gin (email_domains)`,
      ...tenantTable('identity_provider'),
      `CREATE POLICY provider_by_domain ON identity_provider FOR SELECT
         USING (enabled AND NULLIF(current_setting('app.sso_email_domain', true), '') IS NOT NULL
           AND email_domains ? current_setting('app.sso_email_domain', true))`,
      `CREATE TABLE sso_attempt (
         state_hash varchar(64) PRIMARY KEY,
         provider_id uuid NOT NULL REFERENCES identity_provider(id) ON DELETE CASCADE,
         network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
         email_domain varchar(253) NOT NULL,
         code_verifier varchar(128) NOT NULL,
         nonce varchar(64) NOT NULL,
         expires_at timestamptz NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `ALTER TABLE sso_attempt ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE sso_attempt FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY attempt_by_state ON sso_attempt
         USING (state_hash = NULLIF(current_setting('app.sso_state_hash', true), ''))
         WITH CHECK (state_hash = NULLIF(current_setting('app.sso_state_hash', true), ''))`,
      // Whoever starts a sign-in clears the expired attempts: dead rows (the callback refuses them),
      // so reading them to delete them gives nothing away.
      `CREATE POLICY attempt_expired_read ON sso_attempt FOR SELECT USING (expires_at < now())`,
      `CREATE POLICY attempt_expired_delete ON sso_attempt FOR DELETE USING (expires_at < now())`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON identity_provider TO kijkje_app`,
      `GRANT SELECT, INSERT, DELETE ON sso_attempt TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_attempt`);
    await q.query(`DROP TABLE identity_provider`);
    await q.query(`ALTER TABLE network DROP COLUMN password_sign_in`);
  }
}
