import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * The evaluation of a closed round by each participant (scores 1–5, would recommend, a comment), a
 * draft until submitted; and the systeemsignaal on a finding: a category for what the municipality
 * cannot solve on its own.
 */
export class RoundEvaluation1796256210000 implements MigrationInterface {
  name = 'RoundEvaluation1796256210000';

  async up(q: QueryRunner): Promise<void> {
    const score = (column: string) => `${column} smallint NULL CONSTRAINT ck_round_evaluation_${column} CHECK (${column} BETWEEN 1 AND 5)`;
    const statements = [
      `CREATE TABLE round_evaluation (
         network_id uuid NOT NULL REFERENCES network(id),
         round_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
         ${score('usefulness')},
         ${score('safety')},
         ${score('preparation')},
         ${score('team')},
         would_recommend boolean NULL,
         comment text NOT NULL DEFAULT '' CONSTRAINT ck_round_evaluation_comment CHECK (char_length(comment) <= 4000),
         version integer NOT NULL DEFAULT 1,
         created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         submitted_at timestamptz NULL,
         PRIMARY KEY (network_id, round_id, user_id),
         FOREIGN KEY (network_id, round_id) REFERENCES round (network_id, id) ON DELETE CASCADE)`,
      ...tenantTable('round_evaluation'),
      // DELETE: the retention job and an account's erasure remove them.
      `GRANT SELECT, INSERT, UPDATE, DELETE ON round_evaluation TO kijkje_app`,
      `ALTER TABLE finding ADD COLUMN system_issue varchar(20) NULL
         CONSTRAINT ck_finding_system_issue CHECK (system_issue IN ('LAW', 'FUNDING', 'NATIONAL_PARTIES', 'OTHER'))`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE finding DROP COLUMN IF EXISTS system_issue`);
    await q.query(`DROP TABLE IF EXISTS round_evaluation`);
  }
}
