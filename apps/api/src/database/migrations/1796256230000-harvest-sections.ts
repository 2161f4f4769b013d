import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * A harvest's extra parts: other programmes of the network it compares its own with (2025 beside
 * 2026), in the order the coordinator chose them; and whether it shows the cijfers (indicators by
 * size class) and the counts of the round evaluations. The composite foreign keys keep a harvest
 * and the programmes it compares inside one network, whatever the app does.
 */
export class HarvestSections1796256230000 implements MigrationInterface {
  name = 'HarvestSections1796256230000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE harvest_programme (
         network_id uuid NOT NULL REFERENCES network(id),
         harvest_id uuid NOT NULL,
         programme_id uuid NOT NULL,
         position smallint NOT NULL CONSTRAINT ck_harvest_programme_position CHECK (position >= 0),
         PRIMARY KEY (network_id, harvest_id, programme_id),
         FOREIGN KEY (network_id, harvest_id) REFERENCES harvest (network_id, id) ON DELETE CASCADE,
         FOREIGN KEY (network_id, programme_id) REFERENCES programme (network_id, id) ON DELETE CASCADE)`,
      `CREATE INDEX ix_harvest_programme_programme ON harvest_programme (network_id, programme_id)`,
      ...tenantTable('harvest_programme'),
      // DELETE: choosing other programmes replaces the rows.
      `GRANT SELECT, INSERT, DELETE ON harvest_programme TO kijkje_app`,
      `ALTER TABLE harvest ADD COLUMN show_indicators boolean NOT NULL DEFAULT false`,
      `ALTER TABLE harvest ADD COLUMN show_evaluation boolean NOT NULL DEFAULT false`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE harvest DROP COLUMN IF EXISTS show_evaluation`);
    await q.query(`ALTER TABLE harvest DROP COLUMN IF EXISTS show_indicators`);
    await q.query(`DROP TABLE IF EXISTS harvest_programme`);
  }
}
