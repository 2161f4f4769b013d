import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A first sign-in through an organisation's identity provider may ask to join: an inactive
 * membership marked with when it was requested, which the coordinator admits or declines. The
 * mark tells such a request apart from a member the coordinator deactivated. Requests made before
 * this column existed are found in the audit log.
 */
export class MembershipRequest1796256150000 implements MigrationInterface {
  name = 'MembershipRequest1796256150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE membership ADD COLUMN requested_at timestamptz NULL,
      ADD CONSTRAINT ck_membership_request_inactive CHECK (requested_at IS NULL OR NOT active)`);
    await q.query(`UPDATE membership m SET requested_at = a.created_at
      FROM audit_event a
     WHERE a.action = 'auth.sso_member_requested' AND a.actor_user_id = m.user_id AND a.network_id = m.network_id AND NOT m.active`);
    await q.query(`CREATE INDEX ix_membership_requested ON membership (network_id) WHERE requested_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_membership_requested`);
    await q.query(`ALTER TABLE membership DROP CONSTRAINT ck_membership_request_inactive, DROP COLUMN requested_at`);
  }
}
