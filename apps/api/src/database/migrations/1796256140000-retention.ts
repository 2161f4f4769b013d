import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Retention of visit material (AVG): each network chooses how many years the material of a
 * closed programme is kept (1–20, 5 by default; the rule is libs/domain's retention). A
 * programme now knows when it closed: a trigger sets closed_at when the status becomes CLOSED
 * (and clears it if it ever leaves CLOSED), so every way of closing fills it. Programmes closed
 * before this take the moment from the audit log, or their creation when the log has none.
 *
 * retention_record keeps what the daily retention job removed (counts per kind, never content):
 * tenant data under forced row-level security, added and read, never changed. The job removes
 * reports and their revisions, so the app may now delete those (still never change a revision).
 */
export class Retention1796256140000 implements MigrationInterface {
  name = 'Retention1796256140000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE network ADD COLUMN retention_years smallint NOT NULL DEFAULT 5,
         ADD CONSTRAINT ck_network_retention_years CHECK (retention_years BETWEEN 1 AND 20)`,
      `ALTER TABLE programme ADD COLUMN closed_at timestamptz NULL`,
      `UPDATE programme p SET closed_at = coalesce(
         (SELECT max(a.created_at) FROM audit_event a
           WHERE a.network_id = p.network_id AND a.target_type = 'programme' AND a.target_id = p.id::text
             AND a.action = 'programme.status_changed' AND a.data->>'to' = 'CLOSED'),
         p.created_at)
       WHERE p.status = 'CLOSED'`,
      `CREATE FUNCTION programme_closed_at() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           IF NEW.status = 'CLOSED' AND (TG_OP = 'INSERT' OR OLD.status <> 'CLOSED') THEN
             NEW.closed_at := coalesce(NEW.closed_at, clock_timestamp());
           ELSIF NEW.status <> 'CLOSED' THEN
             NEW.closed_at := NULL;
           END IF;
           RETURN NEW;
         END $$`,
      `CREATE TRIGGER programme_closed_at BEFORE INSERT OR UPDATE OF status ON programme
         FOR EACH ROW EXECUTE FUNCTION programme_closed_at()`,
      `CREATE INDEX ix_programme_closed ON programme (network_id, closed_at) WHERE status = 'CLOSED'`,
      `CREATE TABLE retention_record (
         id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         network_id uuid NOT NULL REFERENCES network(id),
         programme_id uuid NOT NULL,
         retention_years smallint NOT NULL,
         closed_at timestamptz NOT NULL,
         removed_at timestamptz NOT NULL,
         counts jsonb NOT NULL,
         FOREIGN KEY (network_id, programme_id) REFERENCES programme (network_id, id))`,
      `CREATE UNIQUE INDEX uq_retention_record_programme ON retention_record (network_id, programme_id)`,
      ...tenantTable('retention_record'),
      `GRANT SELECT, INSERT ON retention_record TO kijkje_app`,
      `GRANT DELETE ON visit_report, visit_report_revision TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE DELETE ON visit_report, visit_report_revision FROM kijkje_app`);
    await q.query(`DROP TABLE IF EXISTS retention_record`);
    await q.query(`DROP TRIGGER IF EXISTS programme_closed_at ON programme`);
    await q.query(`DROP FUNCTION IF EXISTS programme_closed_at()`);
    await q.query(`DROP INDEX IF EXISTS ix_programme_closed`);
    await q.query(`ALTER TABLE programme DROP COLUMN closed_at`);
    await q.query(`ALTER TABLE network DROP CONSTRAINT ck_network_retention_years, DROP COLUMN retention_years`);
  }
}
