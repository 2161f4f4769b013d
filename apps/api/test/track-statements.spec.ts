import { withAdmin } from './support/database';
import { RoundTripCounter } from './support/round-trips';
import { startTestApp, type TestApp } from './support/test-app';
import * as d from './support/track-documents';
import { buildTrackWorld, type TrackWorld } from './support/track-world';
import { buildWorld, signedIn } from './support/world';

/**
 * PERF-01 for learning tracks: a track's page (cohort, schedule, readable cases) and a case (log,
 * feedback, sessions) take the same number of statements whatever the size of the cohort.
 */
describe('learning tracks: statements per operation do not grow with the cohort', () => {
  let t: TestApp;
  let tr: TrackWorld;
  const counter = new RoundTripCounter();

  beforeAll(async () => {
    t = await startTestApp();
    const world = await buildWorld(t);
    tr = await buildTrackWorld(t, world.a.id, world.a.organisations[0].id);
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  /** Twelve more participants in group A, each with a shared case, two entries and feedback from the facilitator. */
  const growCohort = () =>
    withAdmin(async (c) => {
      for (let i = 0; i < 12; i++) {
        const u = await c.query(`INSERT INTO app_user (email, name) VALUES ($1, $2) RETURNING id`, [`extra-${i}@test.kijkje.nl`, `Extra ${i}`]);
        await c.query(
          `INSERT INTO membership (network_id, user_id, organisation_id, role) SELECT $1, $2, organisation_id, 'MEMBER' FROM membership WHERE user_id = $3`,
          [tr.networkId, u.rows[0].id, tr.owner.id],
        );
        const p = await c.query(
          `INSERT INTO track_participant (network_id, track_id, user_id, status, feedback_group, case_shared_with_group) VALUES ($1, $2, $3, 'ACCEPTED', 'A', true) RETURNING id`,
          [tr.networkId, tr.trackId, u.rows[0].id],
        );
        for (const text of ['Eerste', 'Tweede'])
          await c.query(`INSERT INTO track_case_entry (network_id, track_id, participant_id, entry_day, text) VALUES ($1, $2, $3, current_date, $4)`, [
            tr.networkId,
            tr.trackId,
            p.rows[0].id,
            text,
          ]);
        await c.query(`INSERT INTO track_feedback (network_id, track_id, participant_id, session_id, author_id, text) VALUES ($1, $2, $3, $4, $5, 'Goed')`, [
          tr.networkId,
          tr.trackId,
          p.rows[0].id,
          tr.sessionId,
          tr.facilitator.id,
        ]);
      }
    }, t.db.ownerUrl);

  it('reads the track page and a case in as many statements with sixteen applications as with four', async () => {
    const facilitator = await signedIn(t, tr.facilitator);
    const peer = await signedIn(t, tr.peer);
    const measure = async () => {
      const trips: number[] = [];
      for (const [client, query, variables] of [
        [facilitator, d.TRACK, { id: tr.trackId }],
        [peer, d.TRACK, { id: tr.trackId }],
        [facilitator, d.CASE, { id: tr.participants.owner }],
        [facilitator, d.TRACKS, {}],
      ] as const) {
        counter.reset();
        await client.ok(query, variables);
        trips.push(counter.operation().length);
      }
      return trips;
    };
    counter.start();
    const small = await measure();
    await growCohort();
    const large = await measure();
    expect(large).toEqual(small);
    expect((await facilitator.ok(d.TRACK, { id: tr.trackId })).track.cohort.length).toBe(16);
  });
});
