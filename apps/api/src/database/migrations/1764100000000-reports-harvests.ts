import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Visit reports with their kept revisions; harvests with their published, immutable versions; and
 * the rollup that keeps the harvest counts fast as the network grows (issue 5).
 */
export class ReportsHarvests1764100000000 implements MigrationInterface {
  name = 'ReportsHarvests1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE visit_report (
         network_id uuid NOT NULL REFERENCES network(id),
         visit_id uuid NOT NULL,
         summary text NOT NULL DEFAULT '',
         host_comment text NOT NULL DEFAULT '',
         host_comment_by uuid REFERENCES app_user(id),
         reply_deadline timestamptz,
         sharing varchar(10) NOT NULL DEFAULT 'TEAM' CHECK (sharing IN ('TEAM', 'ROUND', 'NETWORK')),
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, visit_id),
         FOREIGN KEY (network_id, visit_id) REFERENCES visit (network_id, id))`,
      `CREATE TABLE visit_report_revision (
         network_id uuid NOT NULL REFERENCES network(id),
         visit_id uuid NOT NULL,
         number integer NOT NULL CHECK (number >= 1),
         status varchar(14) NOT NULL CHECK (status IN ('REPORT_SHARED', 'REPORT_FINAL')),
         content jsonb NOT NULL,
         created_by uuid REFERENCES app_user(id),
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, visit_id, number),
         FOREIGN KEY (network_id, visit_id) REFERENCES visit_report (network_id, visit_id))`,

      `CREATE TABLE harvest (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         programme_id uuid NOT NULL,
         title varchar(200) NOT NULL,
         slug varchar(80) NOT NULL,
         visibility varchar(10) NOT NULL CHECK (visibility IN ('NETWORK', 'PUBLIC')),
         round_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
         narrative text NOT NULL DEFAULT '',
         quotes jsonb NOT NULL DEFAULT '[]'::jsonb,
         pseudonyms jsonb NOT NULL DEFAULT '{}'::jsonb,
         version integer NOT NULL DEFAULT 1,
         created_by uuid REFERENCES app_user(id),
         created_at timestamptz NOT NULL DEFAULT now(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         UNIQUE (network_id, id),
         FOREIGN KEY (network_id, programme_id) REFERENCES programme (network_id, id))`,
      `CREATE INDEX ix_harvest_network_programme ON harvest (network_id, programme_id)`,
      // The one unique index not led by network_id: a public address (/oogst/<slug>) names no network.
      `CREATE UNIQUE INDEX uq_harvest_slug ON harvest (slug)`,
      `CREATE TABLE harvest_version (
         network_id uuid NOT NULL REFERENCES network(id),
         harvest_id uuid NOT NULL,
         number integer NOT NULL CHECK (number >= 1),
         title varchar(200) NOT NULL,
         slug varchar(80) NOT NULL,
         visibility varchar(10) NOT NULL CHECK (visibility IN ('NETWORK', 'PUBLIC')),
         content jsonb NOT NULL,
         published_by uuid REFERENCES app_user(id),
         published_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, harvest_id, number),
         FOREIGN KEY (network_id, harvest_id) REFERENCES harvest (network_id, id))`,
      `CREATE INDEX ix_harvest_version_public_slug ON harvest_version (slug, number) WHERE visibility = 'PUBLIC'`,

      // Released findings counted per programme, round, host municipality, theme and kind; kept
      // up to date by a trigger in the same transaction as the change, so counts never scan findings.
      `CREATE TABLE finding_rollup (
         network_id uuid NOT NULL REFERENCES network(id),
         programme_id uuid NOT NULL,
         round_id uuid NOT NULL,
         organisation_id uuid NOT NULL,
         theme varchar(80) NOT NULL,
         kind varchar(20) NOT NULL,
         count integer NOT NULL,
         PRIMARY KEY (network_id, programme_id, round_id, organisation_id, theme, kind))`,
      `CREATE FUNCTION finding_rollup_apply(p_network uuid, p_visit uuid, p_theme text, p_kind text, p_delta integer) RETURNS void
         LANGUAGE sql AS $$
           INSERT INTO finding_rollup (network_id, programme_id, round_id, organisation_id, theme, kind, count)
           SELECT v.network_id, r.programme_id, v.round_id, v.host_organisation_id, p_theme, p_kind, p_delta
             FROM visit v JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
            WHERE v.id = p_visit AND v.network_id = p_network
           ON CONFLICT (network_id, programme_id, round_id, organisation_id, theme, kind)
           DO UPDATE SET count = finding_rollup.count + EXCLUDED.count
         $$`,
      `CREATE FUNCTION finding_rollup_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.released_for_harvest AND OLD.status IN ('SHARED', 'FINAL') THEN
             PERFORM finding_rollup_apply(OLD.network_id, OLD.visit_id, OLD.theme, OLD.kind, -1);
           END IF;
           IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.released_for_harvest AND NEW.status IN ('SHARED', 'FINAL') THEN
             PERFORM finding_rollup_apply(NEW.network_id, NEW.visit_id, NEW.theme, NEW.kind, 1);
           END IF;
           RETURN NULL;
         END $$`,
      `CREATE TRIGGER finding_rollup AFTER INSERT OR DELETE OR UPDATE OF status, released_for_harvest, theme, kind ON finding
         FOR EACH ROW EXECUTE FUNCTION finding_rollup_trigger()`,
      // For bulk loads (the benchmark's dataset) and repairs: the rollup rebuilt from the findings.
      `CREATE FUNCTION finding_rollup_rebuild() RETURNS void LANGUAGE sql AS $$
         DELETE FROM finding_rollup;
         INSERT INTO finding_rollup (network_id, programme_id, round_id, organisation_id, theme, kind, count)
         SELECT f.network_id, r.programme_id, v.round_id, v.host_organisation_id, f.theme, f.kind, count(*)
           FROM finding f JOIN visit v ON v.id = f.visit_id AND v.network_id = f.network_id
           JOIN round r ON r.id = v.round_id AND r.network_id = v.network_id
          WHERE f.released_for_harvest AND f.status IN ('SHARED', 'FINAL')
          GROUP BY 1, 2, 3, 4, 5, 6
       $$`,

      ...tenantTable('visit_report'),
      ...tenantTable('visit_report_revision'),
      ...tenantTable('harvest'),
      ...tenantTable('harvest_version'),
      // A public harvest is for everyone: readable without a network, and only its published versions.
      `CREATE POLICY public_harvest_read ON harvest_version FOR SELECT USING (visibility = 'PUBLIC')`,
      ...tenantTable('finding_rollup'),
      `GRANT SELECT, INSERT, UPDATE ON visit_report, harvest TO kijkje_app`,
      `GRANT SELECT, INSERT, UPDATE ON finding_rollup TO kijkje_app`,
      // Kept revisions and published versions are immutable: the app role may add them, never change them.
      `GRANT SELECT, INSERT ON visit_report_revision, harvest_version TO kijkje_app`,
      `GRANT EXECUTE ON FUNCTION finding_rollup_apply(uuid, uuid, text, text, integer) TO kijkje_app`,
      `REVOKE EXECUTE ON FUNCTION finding_rollup_rebuild() FROM PUBLIC`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS finding_rollup ON finding`);
    for (const fn of ['finding_rollup_rebuild()', 'finding_rollup_trigger()', 'finding_rollup_apply(uuid, uuid, text, text, integer)'])
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    for (const table of ['finding_rollup', 'harvest_version', 'harvest', 'visit_report_revision', 'visit_report'])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
