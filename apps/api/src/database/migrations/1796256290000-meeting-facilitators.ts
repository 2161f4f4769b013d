import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTable } from './1763856000000-foundation';

/**
 * The facilitators of a work meeting: the coordinator assigns the network's facilitators
 * (begeleiders, such as a university or consultancy) to a meeting, and they organise that meeting
 * and no other. An assignment stays with the meeting until the coordinator removes it.
 */
export class MeetingFacilitators1796256290000 implements MigrationInterface {
  name = 'MeetingFacilitators1796256290000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE meeting_facilitator (
         network_id uuid NOT NULL REFERENCES network(id),
         meeting_id uuid NOT NULL,
         user_id uuid NOT NULL REFERENCES app_user(id),
         assigned_by uuid NULL REFERENCES app_user(id) ON DELETE SET NULL,
         assigned_at timestamptz NOT NULL DEFAULT clock_timestamp(),
         PRIMARY KEY (network_id, meeting_id, user_id),
         FOREIGN KEY (network_id, meeting_id) REFERENCES meeting (network_id, id) ON DELETE CASCADE)`,
      // "The meetings I run": a facilitator's list and start page.
      `CREATE INDEX ix_meeting_facilitator_user ON meeting_facilitator (network_id, user_id)`,
      ...tenantTable('meeting_facilitator'),
      // Assigned and removed by the coordinator; never edited in place.
      `GRANT SELECT, INSERT, DELETE ON meeting_facilitator TO kijkje_app`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS meeting_facilitator`);
  }
}
