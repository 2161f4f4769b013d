import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passkeys (WebAuthn) as a second factor: a person's registered credentials (the public key and
 * signature counter, never a secret), the challenge of a registration under way, and on a sign-in
 * challenge the WebAuthn challenge its second step must sign.
 */
export class Passkeys1796256120200 implements MigrationInterface {
  name = 'Passkeys1796256120200';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE passkey (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
         credential_id varchar(512) NOT NULL UNIQUE,
         public_key text NOT NULL,
         counter bigint NOT NULL DEFAULT 0,
         transports jsonb NOT NULL DEFAULT '[]'::jsonb,
         name varchar(60) NOT NULL,
         created_at timestamptz NOT NULL DEFAULT now(),
         last_used_at timestamptz)`,
      `CREATE INDEX ix_passkey_user ON passkey (user_id)`,
      `CREATE TABLE passkey_registration (
         user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
         challenge varchar(128) NOT NULL,
         expires_at timestamptz NOT NULL)`,
      `ALTER TABLE sign_in_challenge ADD COLUMN webauthn_challenge varchar(128)`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON passkey, passkey_registration TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sign_in_challenge DROP COLUMN webauthn_challenge`);
    await q.query(`DROP TABLE passkey_registration`);
    await q.query(`DROP TABLE passkey`);
  }
}
