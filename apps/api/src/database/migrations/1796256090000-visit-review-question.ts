import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review question travels with the visit. A visit reads the question of its host's
 * application until the host refines it while preparing; the refinement is kept here, the
 * application's question stays as it was asked. Null: not refined.
 */
export class VisitReviewQuestion1796256090000 implements MigrationInterface {
  name = 'VisitReviewQuestion1796256090000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE visit ADD COLUMN review_question text NULL,
      ADD CONSTRAINT ck_visit_review_question CHECK (review_question IS NULL OR char_length(review_question) BETWEEN 1 AND 2000)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE visit DROP CONSTRAINT ck_visit_review_question, DROP COLUMN review_question`);
  }
}
