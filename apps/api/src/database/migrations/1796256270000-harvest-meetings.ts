import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A harvest's section "Uit de werkbijeenkomsten": whether it shows the counts of the network's work
 * meetings, and which meetings it counts when the coordinator chose them (empty: those held within
 * the programme's period, as round_ids is empty for all rounds). The meetings are checked against
 * the harvest's network when chosen and read inside it when counted, as round_ids are.
 */
export class HarvestMeetings1796256270000 implements MigrationInterface {
  name = 'HarvestMeetings1796256270000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE harvest ADD COLUMN show_meetings boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE harvest ADD COLUMN meeting_ids jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE harvest DROP COLUMN IF EXISTS meeting_ids`);
    await q.query(`ALTER TABLE harvest DROP COLUMN IF EXISTS show_meetings`);
  }
}
