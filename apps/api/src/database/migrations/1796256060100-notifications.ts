import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CURRENT_USER, TENANT } from './1763856000000-foundation';

/**
 * Notifications: what happened that concerns one person, in one network. Forced row-level
 * security lets the event's transaction add them for anyone in its network, and lets each person
 * read, mark and remove only their own. How each kind reaches them by mail is their choice
 * (app_user.notification_settings, kind → OFF | SINGLE | DIGEST; missing kinds take the default).
 * app_user.digest_networks names where a person has notifications waiting for the daily digest:
 * ids only, so the digest can find them without reading anyone's notifications.
 */
export class Notifications1796256060100 implements MigrationInterface {
  name = 'Notifications1796256060100';

  async up(q: QueryRunner): Promise<void> {
    // The unsubscribe token: random per person, in the List-Unsubscribe link of every mail they can switch off.
    await q.query(`ALTER TABLE app_user ADD COLUMN notification_settings jsonb NOT NULL DEFAULT '{}'::jsonb,
      ADD COLUMN unsubscribe_token varchar(43) NOT NULL DEFAULT rtrim(translate(encode(gen_random_bytes(32), 'base64'), '+/', '-_'), '='),
      ADD CONSTRAINT uq_app_user_unsubscribe_token UNIQUE (unsubscribe_token),
      ADD COLUMN digest_networks jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await q.query(`CREATE TABLE notification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      network_id uuid NOT NULL REFERENCES network(id) ON DELETE CASCADE,
      recipient_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      kind varchar(40) NOT NULL,
      subject_type varchar(20) NOT NULL,
      subject_id uuid NOT NULL,
      delivery varchar(10) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz NULL,
      digested_at timestamptz NULL,
      CONSTRAINT ck_notification_delivery CHECK (delivery IN ('OFF', 'SINGLE', 'DIGEST'))
    )`);
    await q.query(`CREATE INDEX ix_notification_recipient ON notification (recipient_id, network_id, created_at)`);
    await q.query(`CREATE INDEX ix_notification_digest_due ON notification (created_at) WHERE delivery = 'DIGEST' AND digested_at IS NULL`);
    await q.query(`ALTER TABLE notification ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE notification FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY tenant_isolation ON notification USING (network_id = ${TENANT}) WITH CHECK (network_id = ${TENANT})`);
    for (const command of ['SELECT', 'UPDATE', 'DELETE'])
      await q.query(`CREATE POLICY own_only_${command.toLowerCase()} ON notification AS RESTRICTIVE FOR ${command} USING (recipient_id = ${CURRENT_USER})`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON notification TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`ALTER TABLE app_user DROP COLUMN digest_networks, DROP COLUMN unsubscribe_token, DROP COLUMN notification_settings`);
  }
}
