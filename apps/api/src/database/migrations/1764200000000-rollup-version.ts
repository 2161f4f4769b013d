import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * A change counter per programme, bumped by the rollup trigger whenever a released finding is
 * counted or uncounted: the harvest counts can then be kept in memory until it moves.
 */
export class RollupVersion1764200000000 implements MigrationInterface {
  name = 'RollupVersion1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE finding_rollup_version (
         network_id uuid NOT NULL REFERENCES network(id),
         programme_id uuid NOT NULL,
         version bigint NOT NULL DEFAULT 1,
         PRIMARY KEY (network_id, programme_id))`,
      `CREATE OR REPLACE FUNCTION finding_rollup_apply(p_network uuid, p_visit uuid, p_theme text, p_kind text, p_delta integer) RETURNS void
         LANGUAGE sql AS $$
           INSERT INTO finding_rollup (network_id, programme_id, round_id, organisation_id, theme, kind, count)
           SELECT v.network_id, r.programme_id, v.round_id, v.host_organisation_id, p_theme, p_kind, p_delta
             FROM visit v JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
            WHERE v.id = p_visit AND v.network_id = p_network
           ON CONFLICT (network_id, programme_id, round_id, organisation_id, theme, kind)
           DO UPDATE SET count = finding_rollup.count + EXCLUDED.count;
           INSERT INTO finding_rollup_version (network_id, programme_id)
           SELECT v.network_id, r.programme_id
             FROM visit v JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
            WHERE v.id = p_visit AND v.network_id = p_network
           ON CONFLICT (network_id, programme_id) DO UPDATE SET version = finding_rollup_version.version + 1
         $$`,
      `CREATE OR REPLACE FUNCTION finding_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
         DELETE FROM finding_rollup;
         INSERT INTO finding_rollup (network_id, programme_id, round_id, organisation_id, theme, kind, count)
         SELECT f.network_id, r.programme_id, v.round_id, v.host_organisation_id, f.theme, f.kind, count(*)
           FROM finding f JOIN visit v ON v.id = f.visit_id AND v.network_id = f.network_id
           JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
          WHERE f.released_for_harvest AND f.status IN ('SHARED', 'FINAL')
          GROUP BY 1, 2, 3, 4, 5, 6;
         INSERT INTO finding_rollup_version (network_id, programme_id)
         SELECT DISTINCT network_id, programme_id FROM finding_rollup
         ON CONFLICT (network_id, programme_id) DO UPDATE SET version = finding_rollup_version.version + 1
       $$`,
      ...tenantTable('finding_rollup_version'),
      `GRANT SELECT, INSERT, UPDATE ON finding_rollup_version TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS finding_rollup_version`);
  }
}
