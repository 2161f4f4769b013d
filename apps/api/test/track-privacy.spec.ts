import { withAdmin } from './support/database';
import { download } from './privacy-support';
import { startTestApp, type TestApp } from './support/test-app';
import { buildTrackWorld, type TrackWorld } from './support/track-world';
import { codeOf } from './support/gql-client';
import { buildWorld, PASSWORD, signedIn } from './support/world';

const ERASE = `mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`;

/**
 * A participant's case is personal data (AVG): their download holds their applications, case and
 * log, and the feedback they gave; erasing the account removes the application with its case log
 * and the feedback on it and what their calendar was sent of the sessions, and keeps the feedback
 * they gave on other people's cases.
 */
describe('learning tracks in the personal-data download and the erasure', () => {
  let t: TestApp;
  let tr: TrackWorld;
  const admin = async (sql: string, params: unknown[]) => withAdmin(async (c) => (await c.query(sql, params)).rows, t.db.ownerUrl);

  beforeAll(async () => {
    t = await startTestApp();
    const world = await buildWorld(t);
    tr = await buildTrackWorld(t, world.a.id, world.a.organisations[0].id);
    // The owner also gave feedback on a peer's case (the peer shares with the group).
    await admin(`UPDATE track_participant SET case_shared_with_group = true WHERE id = $1`, [tr.participants.peer]);
    await admin(
      `INSERT INTO track_feedback (network_id, track_id, participant_id, session_id, author_id, text) VALUES ($1, $2, $3, $4, $5, 'Feedback aan een groepsgenoot')`,
      [tr.networkId, tr.trackId, tr.participants.peer, tr.sessionId, tr.owner.id],
    );
    // The kick-off went into the owner's and the peer's calendars, with a reminder, as the mails and the daily job record them.
    for (const person of [tr.owner, tr.peer]) {
      await admin(`INSERT INTO track_session_calendar (network_id, session_id, user_id, sequence, in_calendar) VALUES ($1, $2, $3, 1, true)`, [
        tr.networkId,
        tr.sessionId,
        person.id,
      ]);
      await admin(`INSERT INTO track_session_reminder (network_id, session_id, user_id, starts_at, stage) VALUES ($1, $2, $3, now(), 'DAY_BEFORE')`, [
        tr.networkId,
        tr.sessionId,
        person.id,
      ]);
    }
  });
  afterAll(() => t.close());

  it('downloads the participant’s applications, case and log, the feedback they gave, and a facilitator’s tracks', async () => {
    const owner = await signedIn(t, tr.owner);
    const data = JSON.parse((await download(t, owner.cookie, '/export/mijn-gegevens/json')).body.toString());
    const part = data.networks[0];
    expect(part.trackApplications).toEqual([
      expect.objectContaining({ title: 'Veranderlab lab', status: 'ACCEPTED', caseQuestion: 'Geheime stuurvraag van lab' }),
    ]);
    expect(part.trackCaseEntries.map((e: { text: string }) => e.text)).toEqual(['Geheime aantekening van lab']);
    expect(part.trackFeedback.map((f: { text: string }) => f.text)).toEqual(['Feedback aan een groepsgenoot']);
    const facilitator = await signedIn(t, tr.facilitator);
    const theirs = JSON.parse((await download(t, facilitator.cookie, '/export/mijn-gegevens/json')).body.toString());
    expect(theirs.networks[0].trackFacilitation).toEqual([expect.objectContaining({ title: 'Veranderlab lab' })]);
    expect(theirs.networks[0].trackCaseEntries).toEqual([]);
  });

  it('lets the participant and the facilitator download the portfolio; a peer who reads the shared case finds no file, as a stranger finds none', async () => {
    const portfolio = `/export/portfolio/${tr.participants.owner}/md`;
    const [owner, facilitator, peer, otherGroup] = await Promise.all([tr.owner, tr.facilitator, tr.peer, tr.otherGroup].map((p) => signedIn(t, p)));
    // The owner shares the case with group A: the peer reads it.
    expect(codeOf(await peer.gql(`query($id: ID!) { trackCase(participantId: $id) { question } }`, { id: tr.participants.owner }))).toBe('OK');
    for (const who of [owner, facilitator]) {
      const res = await download(t, who.cookie, portfolio);
      expect([res.status, res.body.toString()]).toEqual([200, expect.stringContaining('Geheime aantekening van lab')]);
    }
    const refused = await Promise.all(
      [peer, otherGroup].flatMap((who) => ['md', 'pdf'].map((f) => download(t, who.cookie, `/export/portfolio/${tr.participants.owner}/${f}`))),
    );
    expect(refused.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    // Nothing tells the peer's refusal from a stranger's.
    expect(new Set(refused.map((r) => `${r.headers['content-type']} ${r.body.toString()}`)).size).toBe(1);
    const exported = await admin(`SELECT actor_user_id FROM audit_event WHERE action = 'track.portfolio_exported' AND target_id = $1 ORDER BY created_at`, [
      tr.trackId,
    ]);
    expect(exported.map((r) => r.actor_user_id)).toEqual([tr.owner.id, tr.facilitator.id]);
  });

  it('erases the application with its case log and the feedback on it, and what their calendar was sent, keeping the feedback given to others', async () => {
    const owner = await signedIn(t, tr.owner);
    expect(await owner.ok(ERASE, { input: { currentPassword: PASSWORD } })).toEqual({ eraseMyAccount: true });
    expect(await admin(`SELECT count(*)::int AS n FROM track_participant WHERE user_id = $1`, [tr.owner.id])).toEqual([{ n: 0 }]);
    expect(await admin(`SELECT count(*)::int AS n FROM track_case_entry WHERE participant_id = $1`, [tr.participants.owner])).toEqual([{ n: 0 }]);
    expect(await admin(`SELECT count(*)::int AS n FROM track_feedback WHERE participant_id = $1`, [tr.participants.owner])).toEqual([{ n: 0 }]);
    expect(await admin(`SELECT text FROM track_feedback WHERE author_id = $1`, [tr.owner.id])).toEqual([{ text: 'Feedback aan een groepsgenoot' }]);
    for (const table of ['track_session_calendar', 'track_session_reminder'])
      expect(await admin(`SELECT user_id FROM ${table} WHERE session_id = $1 ORDER BY user_id`, [tr.sessionId])).toEqual([{ user_id: tr.peer.id }]);
  });
});
