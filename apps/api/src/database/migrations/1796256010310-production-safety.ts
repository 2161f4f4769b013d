import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Safe by default (SEC-09, SEC-14): sign-in back-off per account needs a "blocked until"
 * beside its counter, and a network has at most one open invitation per address (a second
 * invitation replaces the first). Older duplicates are revoked, newest kept; RLS is lifted for
 * the owner only inside this transaction, so that an owner without BYPASSRLS sees every row.
 */
export class ProductionSafety1796256010310 implements MigrationInterface {
  name = 'ProductionSafety1796256010310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE rate_limit_bucket ADD COLUMN blocked_until timestamptz`);
    await q.query(`ALTER TABLE invitation NO FORCE ROW LEVEL SECURITY`);
    await q.query(
      `UPDATE invitation i SET revoked_at = now()
        WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL
          AND EXISTS (SELECT 1 FROM invitation j
                       WHERE j.network_id = i.network_id AND j.email = i.email AND j.accepted_at IS NULL AND j.revoked_at IS NULL
                         AND (j.created_at, j.id) > (i.created_at, i.id))`,
    );
    await q.query(`ALTER TABLE invitation FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE UNIQUE INDEX uq_invitation_open_email ON invitation (network_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS uq_invitation_open_email`);
    await q.query(`ALTER TABLE rate_limit_bucket DROP COLUMN IF EXISTS blocked_until`);
  }
}
