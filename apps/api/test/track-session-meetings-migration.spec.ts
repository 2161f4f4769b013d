import { DataSource, type QueryRunner } from 'typeorm';
import { TrackSessionMeetings1796256450000 } from '../src/database/migrations/1796256450000-track-session-meetings';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, type TestDatabase } from './support/database';

/**
 * The database keeps a track session's meeting the track's (1796256450000): its session stays
 * while it does, it never changes sessions, has no host organisation and no next meeting, and its
 * report is never public. Going back is refused while such a meeting exists (it would become the
 * whole network's); without one it drops the column and comes back.
 */
describe('the migration of meetings held for learning-track sessions', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const migration = new TrackSessionMeetings1796256450000();
  let ids: { network: string; organisation: string; session: string; otherSession: string; meeting: string; plain: string };

  const run = async (work: (q: QueryRunner) => Promise<void>) => {
    const q = ds.createQueryRunner();
    await q.startTransaction();
    try {
      await work(q);
      await q.commitTransaction();
    } catch (error) {
      await q.rollbackTransaction();
      throw error;
    } finally {
      await q.release();
    }
  };
  const one = async (sql: string, params: unknown[] = []) => (await ds.query(sql, params))[0];
  const refused = (sql: string, params: unknown[] = []) => expect(ds.query(sql, params)).rejects.toThrow();

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(db.ownerUrl));
    await ds.initialize();
    const network = (await one(`INSERT INTO network (name, slug) VALUES ('Netwerk', 'netwerk') RETURNING id`)).id;
    const organisation = (await one(`INSERT INTO organisation (network_id, name, kind) VALUES ($1, 'Gemeente', 'MUNICIPALITY') RETURNING id`, [network])).id;
    const track = (await one(`INSERT INTO track (network_id, title, capacity, status) VALUES ($1, 'Veranderlab', 10, 'RUNNING') RETURNING id`, [network])).id;
    const session = async (title: string) =>
      (
        await one(
          `INSERT INTO track_session (network_id, track_id, kind, title, starts_at, ends_at) VALUES ($1, $2, 'WORKSHOP', $3, now(), now() + interval '3 hours') RETURNING id`,
          [network, track, title],
        )
      ).id;
    const [first, second] = [await session('Workshop'), await session('Tweede workshop')];
    const meeting = async (sessionId: string | null) =>
      (
        await one(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status, track_session_id) VALUES ($1, 'Tafels', now(), now() + interval '3 hours', 10, 'HELD', $2) RETURNING id`,
          [network, sessionId],
        )
      ).id;
    ids = { network, organisation, session: first, otherSession: second, meeting: await meeting(first), plain: await meeting(null) };
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('holds a session with at most one meeting, which keeps its session, and keeps the session while it does', async () => {
    await refused(
      `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, track_session_id) VALUES ($1, 'Tweede', now(), now() + interval '1 hour', 5, $2)`,
      [ids.network, ids.session],
    );
    await refused(`UPDATE meeting SET track_session_id = $2 WHERE id = $1`, [ids.meeting, ids.otherSession]);
    await refused(`UPDATE meeting SET track_session_id = NULL WHERE id = $1`, [ids.meeting]);
    await refused(`UPDATE meeting SET track_session_id = $2 WHERE id = $1`, [ids.plain, ids.otherSession]);
    await refused(`DELETE FROM track_session WHERE id = $1`, [ids.session]);
    await refused(`UPDATE meeting SET host_organisation_id = $2 WHERE id = $1`, [ids.meeting, ids.organisation]);
    await refused(`UPDATE meeting SET next_meeting_id = $2 WHERE id = $1`, [ids.meeting, ids.plain]);
    expect(await one(`SELECT track_session_id AS s FROM meeting WHERE id = $1`, [ids.meeting])).toEqual({ s: ids.session });
  });

  it('never keeps a track session’s report public; a network meeting’s may be', async () => {
    const report = (meetingId: string, slug: string, visibility: string) =>
      ds.query(`INSERT INTO meeting_report (network_id, meeting_id, slug, visibility) VALUES ($1, $2, $3, $4)`, [ids.network, meetingId, slug, visibility]);
    await expect(report(ids.meeting, 'sessie-openbaar', 'PUBLIC')).rejects.toThrow(/never public/);
    await report(ids.meeting, 'sessie', 'NETWORK');
    await refused(`UPDATE meeting_report SET visibility = 'PUBLIC' WHERE meeting_id = $1`, [ids.meeting]);
    await refused(
      `INSERT INTO meeting_report_version (network_id, meeting_id, number, slug, visibility, content) VALUES ($1, $2, 1, 'sessie', 'PUBLIC', '{}')`,
      [ids.network, ids.meeting],
    );
    await report(ids.plain, 'netwerk', 'PUBLIC');
  });

  it('refuses to go back while a meeting belongs to a session, and goes back and forth once none does', async () => {
    await expect(run((q) => migration.down(q))).rejects.toThrow(/whole network/);
    await ds.query(`DELETE FROM meeting WHERE track_session_id IS NOT NULL`);
    await run((q) => migration.down(q));
    expect(await one(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'meeting' AND column_name = 'track_session_id'`)).toEqual({
      n: 0,
    });
    await ds.query(
      `INSERT INTO meeting_report_version (network_id, meeting_id, number, slug, visibility, content) VALUES ($1, $2, 1, 'netwerk', 'PUBLIC', '{}')`,
      [ids.network, ids.plain],
    );
    await run((q) => migration.up(q));
    expect(await one(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'meeting' AND column_name = 'track_session_id'`)).toEqual({
      n: 1,
    });
  });
});
