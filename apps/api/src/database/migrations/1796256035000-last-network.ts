import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The network a person last worked in, so that a new sign-in lands where they left off. */
export class LastNetwork1796256035000 implements MigrationInterface {
  name = 'LastNetwork1796256035000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN last_network_id uuid NULL REFERENCES network(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN last_network_id`);
  }
}
