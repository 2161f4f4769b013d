import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A second factor for accounts: an authenticator app (TOTP; its secret only encrypted, AES-256-GCM
 * with the installation key, bound to the person), single-use recovery codes (only their SHA-256),
 * the short-lived sign-in challenges between a right password and the second step (only the
 * token's SHA-256), and on every session how it was proven (password, totp, sso with its amr…).
 * All of it belongs to a person, not to a network, as session and password_reset do (a challenge
 * keeps only the network the session will start in, as preferred_network_id).
 */
export class SecondFactor1796256120000 implements MigrationInterface {
  name = 'SecondFactor1796256120000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE user_totp (
         user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
         secret_encrypted text NOT NULL,
         confirmed_at timestamptz,
         last_step bigint,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE recovery_code (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
         code_hash varchar(64) NOT NULL,
         used_at timestamptz,
         created_at timestamptz NOT NULL DEFAULT now(),
         UNIQUE (user_id, code_hash))`,
      `CREATE TABLE sign_in_challenge (
         token_hash varchar(64) PRIMARY KEY,
         user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
         preferred_network_id uuid,
         expires_at timestamptz NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX ix_sign_in_challenge_user ON sign_in_challenge (user_id)`,
      `ALTER TABLE session ADD COLUMN auth_methods jsonb NOT NULL DEFAULT '["password"]'::jsonb`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON user_totp, recovery_code TO kijkje_app`,
      `GRANT SELECT, INSERT, DELETE ON sign_in_challenge TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session DROP COLUMN auth_methods`);
    await q.query(`DROP TABLE sign_in_challenge`);
    await q.query(`DROP TABLE recovery_code`);
    await q.query(`DROP TABLE user_totp`);
  }
}
