import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CURRENT_USER } from './1763856000000-foundation';

/**
 * A person's own calendar feed: one secret address per person, of which only the SHA-256 of its
 * random token is stored. Not tenant-owned (it covers every network the person is in), so it has
 * no network_id; forced row-level security lets a signed-in person see and change only their own
 * row, and lets the feed's download find the one row whose hash it was given
 * (app.calendar_feed_token_hash), as invitation_by_token does for invitations.
 */
export class CalendarFeed1796256080000 implements MigrationInterface {
  name = 'CalendarFeed1796256080000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE calendar_feed (
      user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
      token_hash varchar(64) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_calendar_feed_token_hash ON calendar_feed (token_hash)`);
    await q.query(`ALTER TABLE calendar_feed ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE calendar_feed FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY own_feed ON calendar_feed USING (user_id = ${CURRENT_USER}) WITH CHECK (user_id = ${CURRENT_USER})`);
    await q.query(`CREATE POLICY feed_by_token ON calendar_feed FOR SELECT
      USING (token_hash = NULLIF(current_setting('app.calendar_feed_token_hash', true), ''))`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_feed TO kijkje_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
  }
}
