import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The network a person last worked in, so that a new sign-in lands where they left off. No foreign
 * key: network already points at app_user (created_by), and the backup orders tables by their keys,
 * which a cycle would break; a stale id is harmless, as sign-in only uses it for an active membership.
 */
export class LastNetwork1796256035000 implements MigrationInterface {
  name = 'LastNetwork1796256035000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN last_network_id uuid NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN last_network_id`);
  }
}
