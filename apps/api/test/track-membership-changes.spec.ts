import { personIn } from './hardening/support/people';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { subjectOf } from './support/meeting-mails';
import { auditOf, earlierInvitation, membershipIdOf } from './support/membership-changes';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildTrackWorld, type TrackWorld } from './support/track-world';
import { buildWorld, PASSWORD, signedIn, type Person, type World } from './support/world';

const TRACK = `query($id: ID!) { track(id: $id) { id isFacilitator needsFacilitator facilitators { userId } cohort { id status } } }`;
const CASE = `query($id: ID!) { trackCase(participantId: $id) { question } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { currentMembership { role } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateMembership(id: $id) { id active } }`;

/*
 * A learning track's cases are its facilitators' to read, and its places its members'. When
 * someone's standing in the network changes, what they may no longer do in its tracks that have
 * not closed ends with it: a facilitator who becomes a member no longer runs the track nor reads
 * its cases; a participant who becomes a facilitator, or whose membership ends, is withdrawn, and
 * the track no longer counts them. The change is not refused when it takes an open or running
 * track's last facilitator: the track shows that it needs one, and the network's coordinators are
 * told (TRACK_WITHOUT_FACILITATOR), so they assign another.
 */
describe('what someone did in the network’s learning tracks ends with their standing in it', () => {
  let t: TestApp;
  let world: World;
  let tr: TrackWorld;
  let coordinator: GqlClient;
  /** A closed track the facilitator ran, with the owner's case as its portfolio. */
  let closed: { trackId: string; participantId: string };

  const statusOf = (participantId: string) =>
    withAdmin(async (c) => (await c.query(`SELECT status FROM track_participant WHERE id = $1`, [participantId])).rows[0].status as string, t.db.ownerUrl);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    tr = await buildTrackWorld(t, world.a.id, world.a.organisations[0].id);
    coordinator = await signedIn(t, world.a.coordinator);
    closed = await withAdmin(async (c) => {
      const track = await c.query(
        `INSERT INTO track (network_id, title, description, capacity, status) VALUES ($1, 'Veranderlab 2025', '', 10, 'CLOSED') RETURNING id`,
        [world.a.id],
      );
      await c.query(`INSERT INTO track_facilitator (network_id, track_id, user_id) VALUES ($1, $2, $3)`, [world.a.id, track.rows[0].id, tr.facilitator.id]);
      const p = await c.query(
        `INSERT INTO track_participant (network_id, track_id, user_id, status, case_question) VALUES ($1, $2, $3, 'ACCEPTED', 'Afgeronde stuurvraag') RETURNING id`,
        [world.a.id, track.rows[0].id, tr.owner.id],
      );
      return { trackId: track.rows[0].id as string, participantId: p.rows[0].id as string };
    }, t.db.ownerUrl);
  });
  afterAll(() => t.close());

  /** Who was told that a track has no facilitator any more, by notification. */
  const toldOfNoFacilitator = (trackId: string) =>
    withAdmin(
      async (c) =>
        (
          await c.query(`SELECT recipient_id AS id FROM notification WHERE kind = 'TRACK_WITHOUT_FACILITATOR' AND subject_id = $1 ORDER BY recipient_id`, [
            trackId,
          ])
        ).rows.map((r) => r.id as string),
      t.db.ownerUrl,
    );
  const coordinators = () =>
    withAdmin(
      async (c) =>
        (
          await c.query(`SELECT user_id AS id FROM membership WHERE network_id = $1 AND role = 'COORDINATOR' AND active ORDER BY user_id`, [world.a.id])
        ).rows.map((r) => r.id as string),
      t.db.ownerUrl,
    );

  it('a facilitator who becomes a member no longer runs the track nor reads its cases, nor those of a track they ran before', async () => {
    const asFacilitator = await signedIn(t, tr.facilitator);
    expect((await asFacilitator.ok(CASE, { id: tr.participants.owner })).trackCase.question).toBe('Geheime stuurvraag van lab');
    expect((await asFacilitator.ok(CASE, { id: closed.participantId })).trackCase.question).toBe('Afgeronde stuurvraag');
    const token = await earlierInvitation(t, world.a.id, tr.facilitator.email, 'MEMBER', world.a.organisations[0].id);
    const asMember = t.client();
    expect((await asMember.ok(ACCEPT, { input: { token, password: PASSWORD } })).acceptInvitation.currentMembership.role).toBe('MEMBER');

    expect(codeOf(await asMember.gql(CASE, { id: tr.participants.owner }))).toBe('NOT_FOUND');
    expect(codeOf(await asMember.gql(CASE, { id: closed.participantId }))).toBe('NOT_FOUND');
    // The closed track keeps who ran it; it makes a member no facilitator of it.
    expect((await asMember.ok(TRACK, { id: closed.trackId })).track).toMatchObject({
      isFacilitator: false,
      facilitators: [{ userId: tr.facilitator.id }],
      cohort: [],
    });
    const asTheyNowSeeIt = (await asMember.ok(TRACK, { id: tr.trackId })).track;
    expect(asTheyNowSeeIt).toMatchObject({ isFacilitator: false, facilitators: [], cohort: [] });
    expect(await auditOf(t, 'track.facilitator_removed', tr.trackId)).toEqual([
      { actor: tr.facilitator.id, data: { userId: tr.facilitator.id, membership: 'MEMBER' } },
    ]);
    // The running track lost its last facilitator: it shows so, and the coordinators are told, by mail too.
    expect((await coordinator.ok(TRACK, { id: tr.trackId })).track).toMatchObject({ needsFacilitator: true, facilitators: [] });
    expect(await toldOfNoFacilitator(tr.trackId)).toEqual(await coordinators());
    expect(await toldOfNoFacilitator(closed.trackId)).toEqual([]);
    const [mail] = (await outbox(t)).filter((m) => m.to.includes(world.a.coordinator.email) && /begeleider/.test(subjectOf(m)));
    expect(subjectOf(mail)).toBe('Kijkje: de leergang Veranderlab lab heeft geen begeleider meer');
    expect(mail.body).toContain('Wijs bij de leergang een andere begeleider toe');
    expect(mail.body.split('\n').some((line) => line.endsWith(`/leergangen/${tr.trackId}`))).toBe(true);
  });

  it('tells the coordinators of each open or running track whose last facilitator leaves the network, and of no other', async () => {
    const tracks = await withAdmin(async (c) => {
      const leaving = await personIn(c, world.a.id, null, 'vertrekkende-begeleider', 'FACILITATOR');
      const staying = await personIn(c, world.a.id, null, 'blijvende-begeleider', 'FACILITATOR');
      const track = async (title: string, status: string, facilitators: Person[]) => {
        const { rows } = await c.query(`INSERT INTO track (network_id, title, description, capacity, status) VALUES ($1, $2, '', 10, $3) RETURNING id`, [
          world.a.id,
          title,
          status,
        ]);
        for (const f of facilitators)
          await c.query(`INSERT INTO track_facilitator (network_id, track_id, user_id) VALUES ($1, $2, $3)`, [world.a.id, rows[0].id, f.id]);
        return rows[0].id as string;
      };
      return {
        leaving,
        alone: await track('Veranderlab najaar', 'OPEN', [leaving]),
        together: await track('Veranderlab samen', 'RUNNING', [leaving, staying]),
        draft: await track('Veranderlab concept', 'DRAFT', [leaving]),
      };
    }, t.db.ownerUrl);
    await coordinator.ok(DEACTIVATE, { id: await membershipIdOf(t, world.a.id, tracks.leaving.id) });

    expect((await coordinator.ok(TRACK, { id: tracks.alone })).track).toMatchObject({ needsFacilitator: true, facilitators: [] });
    expect(await toldOfNoFacilitator(tracks.alone)).toEqual(await coordinators());
    // Another still runs the one; the draft needs none until it opens.
    expect((await coordinator.ok(TRACK, { id: tracks.together })).track.needsFacilitator).toBe(false);
    expect((await coordinator.ok(TRACK, { id: tracks.draft })).track).toMatchObject({ needsFacilitator: false, facilitators: [] });
    expect([await toldOfNoFacilitator(tracks.together), await toldOfNoFacilitator(tracks.draft)]).toEqual([[], []]);
  });

  it('a participant who becomes a facilitator is withdrawn, and no longer reaches the track', async () => {
    const token = await earlierInvitation(t, world.a.id, tr.peer.email, 'FACILITATOR', null);
    const asPeer = t.client();
    await asPeer.ok(ACCEPT, { input: { token, password: PASSWORD } });

    expect(await statusOf(tr.participants.peer)).toBe('WITHDRAWN');
    expect(codeOf(await asPeer.gql(TRACK, { id: tr.trackId }))).toBe('NOT_FOUND');
    expect(codeOf(await asPeer.gql(CASE, { id: tr.participants.owner }))).toBe('NOT_FOUND');
    expect(await auditOf(t, 'track.withdrawn', tr.trackId)).toEqual([
      { actor: tr.peer.id, data: { userId: tr.peer.id, from: 'ACCEPTED', membership: 'FACILITATOR' } },
    ]);
  });

  it('a participant or applicant whose membership ends is withdrawn', async () => {
    for (const who of ['otherGroup', 'applicant'] as const) await coordinator.ok(DEACTIVATE, { id: await membershipIdOf(t, world.a.id, tr[who].id) });
    expect([await statusOf(tr.participants.otherGroup), await statusOf(tr.participants.applicant)]).toEqual(['WITHDRAWN', 'WITHDRAWN']);
    expect((await auditOf(t, 'track.withdrawn', tr.trackId)).map((a) => a.data?.from)).toEqual(['ACCEPTED', 'ACCEPTED', 'SUBMITTED']);
  });
});
