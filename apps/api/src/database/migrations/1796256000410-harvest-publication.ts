import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * A published harvest under the coordinator's control (issue 10). Withdrawals are kept like the
 * versions they concern: added, never changed. harvest_public says what /oogst/<slug> serves now
 * (publicServing in libs/domain, written by the API with every publication and withdrawal): a
 * row only while the newest version is PUBLIC or was withdrawn, so a slug whose newest version is
 * for the network alone, or that was never public, has no row and reads as unknown.
 */
export class HarvestPublication1796256000410 implements MigrationInterface {
  name = 'HarvestPublication1796256000410';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE harvest_withdrawal (
         network_id uuid NOT NULL REFERENCES network(id),
         harvest_id uuid NOT NULL,
         number integer NOT NULL,
         reason text NOT NULL CHECK (btrim(reason) <> ''),
         withdrawn_by uuid REFERENCES app_user(id),
         withdrawn_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, harvest_id, number),
         FOREIGN KEY (network_id, harvest_id, number) REFERENCES harvest_version (network_id, harvest_id, number))`,
      `CREATE TABLE harvest_public (
         network_id uuid NOT NULL REFERENCES network(id),
         harvest_id uuid NOT NULL,
         slug varchar(80) NOT NULL,
         number integer NOT NULL,
         state varchar(10) NOT NULL CHECK (state IN ('PUBLIC', 'WITHDRAWN')),
         PRIMARY KEY (network_id, harvest_id),
         FOREIGN KEY (network_id, harvest_id, number) REFERENCES harvest_version (network_id, harvest_id, number))`,
      // Slugs are unique across networks (as harvest.slug): the public page finds one row by it.
      `CREATE UNIQUE INDEX uq_harvest_public_slug ON harvest_public (slug)`,
      ...tenantTable('harvest_withdrawal'),
      ...tenantTable('harvest_public'),
      // What the public page serves is for everyone, without a network: only slugs that are or were public.
      `CREATE POLICY public_harvest_read ON harvest_public FOR SELECT USING (true)`,
      `GRANT SELECT, INSERT ON harvest_withdrawal TO kijkje_app`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON harvest_public TO kijkje_app`,
      // What is served today: the newest version of each harvest, when it is PUBLIC (no version was withdrawn before this).
      `INSERT INTO harvest_public (network_id, harvest_id, slug, number, state)
       SELECT DISTINCT ON (network_id, harvest_id) network_id, harvest_id, slug, number, 'PUBLIC'
         FROM harvest_version ORDER BY network_id, harvest_id, number DESC`,
      `DELETE FROM harvest_public p USING harvest_version v
        WHERE v.network_id = p.network_id AND v.harvest_id = p.harvest_id AND v.number = p.number AND v.visibility <> 'PUBLIC'`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['harvest_public', 'harvest_withdrawal']) await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
