import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * Progress reviews (voortgangsgesprek): at set moments after the visit the host writes a new foto
 * van nu and reflects on the stip aan de horizon; a draft until submitted. One row per moment.
 */
export class ProgressReviews1796256170000 implements MigrationInterface {
  name = 'ProgressReviews1796256170000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE progress_review (
         network_id uuid NOT NULL REFERENCES network(id),
         visit_id uuid NOT NULL,
         months smallint NOT NULL CONSTRAINT ck_progress_review_months CHECK (months BETWEEN 1 AND 60),
         foto_van_nu text NOT NULL DEFAULT '' CONSTRAINT ck_progress_review_foto CHECK (char_length(foto_van_nu) <= 10000),
         reflection text NOT NULL DEFAULT '' CONSTRAINT ck_progress_review_reflection CHECK (char_length(reflection) <= 10000),
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         submitted_at timestamptz NULL,
         submitted_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         PRIMARY KEY (network_id, visit_id, months),
         FOREIGN KEY (network_id, visit_id) REFERENCES visit (network_id, id) ON DELETE CASCADE)`,
      ...tenantTable('progress_review'),
      // DELETE: the retention job removes them with the rest of the visit material.
      `GRANT SELECT, INSERT, UPDATE, DELETE ON progress_review TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS progress_review`);
  }
}
