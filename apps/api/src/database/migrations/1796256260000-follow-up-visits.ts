import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A visit is a review or a follow-up conversation (terugkomgesprek) of an earlier review: same
 * round, same host, its own findings and report. Each host has one review per round; the
 * follow-ups point at their review.
 */
export class FollowUpVisits1796256260000 implements MigrationInterface {
  name = 'FollowUpVisits1796256260000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE visit ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'REVIEW' CONSTRAINT ck_visit_kind CHECK (kind IN ('REVIEW', 'FOLLOW_UP'))`,
      `ALTER TABLE visit ADD COLUMN follow_up_of uuid NULL`,
      `ALTER TABLE visit ADD CONSTRAINT fk_visit_follow_up_of FOREIGN KEY (network_id, follow_up_of) REFERENCES visit (network_id, id) ON DELETE CASCADE`,
      `ALTER TABLE visit ADD CONSTRAINT ck_visit_follow_up CHECK ((kind = 'FOLLOW_UP') = (follow_up_of IS NOT NULL))`,
      `DROP INDEX uq_visit_network_round_host`,
      `CREATE UNIQUE INDEX uq_visit_network_round_host ON visit (network_id, round_id, host_organisation_id) WHERE kind = 'REVIEW'`,
      `CREATE INDEX ix_visit_network_follow_up_of ON visit (network_id, follow_up_of) WHERE follow_up_of IS NOT NULL`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM visit WHERE kind = 'FOLLOW_UP'`);
    await q.query(`DROP INDEX ix_visit_network_follow_up_of`);
    await q.query(`DROP INDEX uq_visit_network_round_host`);
    await q.query(`CREATE UNIQUE INDEX uq_visit_network_round_host ON visit (network_id, round_id, host_organisation_id)`);
    await q.query(`ALTER TABLE visit DROP CONSTRAINT ck_visit_follow_up`);
    await q.query(`ALTER TABLE visit DROP CONSTRAINT fk_visit_follow_up_of`);
    await q.query(`ALTER TABLE visit DROP COLUMN follow_up_of`);
    await q.query(`ALTER TABLE visit DROP COLUMN kind`);
  }
}
