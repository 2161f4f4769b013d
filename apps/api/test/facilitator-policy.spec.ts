import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient, type GqlResult } from './support/gql-client';
import { firstPartsVersionContent } from './support/harvest-world';
import { startTestApp, type TestApp } from './support/test-app';
import { buildTrackWorld, type TrackWorld } from './support/track-world';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';

/*
 * A facilitator (begeleider) runs learning tracks and work meetings and sees nothing of the
 * network's peer review beyond what the public sees (DOMAIN.md). Every query of the schema is
 * listed here with what a facilitator of network A, running a track and a meeting there, gets:
 * peer-review and network reads, and the meetings they do not run, are refused as a stranger is
 * refused (NOT_FOUND) and leak nothing; their own account, their tracks, the meetings they run and
 * the public harvest page stay theirs. The last test fails when a query is missing from the list.
 */

interface Ids {
  w: World;
  v: VisitWorld;
  tr: TrackWorld;
  harvests: { network: string; public: string };
  /** A meeting of A the facilitator does not run, with a table. */
  meeting: { id: string; tableId: string };
  /** The meeting of A the facilitator runs (assigned by the coordinator). */
  theirMeeting: string;
}
type Call = (ids: Ids) => [query: string, variables?: Record<string, unknown>];

const PLENARY_LIVE = `subscription($id: ID!) { meetingPlenaryChanged(meetingId: $id) { change } }`;

/** Peer review, the network's own administration and the meetings they do not run: refused, as not-found. */
const REFUSED: Record<string, Call> = {
  actionPlan: ({ v }) => [`query($id: ID!) { actionPlan(visitId: $id) { __typename } }`, { id: v.visitId }],
  auditEvents: () => [`{ auditEvents { id action } }`],
  finding: ({ v }) => [`query($id: ID!) { finding(id: $id) { id text } }`, { id: v.findings.find((f) => f.status === 'FINAL' && f.released)!.id }],
  harvest: ({ harvests }) => [`query($id: ID!) { harvest(id: $id) { id title } }`, { id: harvests.network }],
  harvestSystemSignals: ({ harvests }) => [`query($id: ID!) { harvestSystemSignals(harvestId: $id) { __typename } }`, { id: harvests.network }],
  harvestVersion: ({ harvests }) => [`query($id: ID!) { harvestVersion(harvestId: $id) { title } }`, { id: harvests.network }],
  harvests: () => [`{ harvests { id title } }`],
  identityProviders: () => [`{ identityProviders { id name } }`],
  indicators: ({ v }) => [`query($id: ID!) { indicators(visitId: $id) { __typename } }`, { id: v.visitId }],
  invitations: () => [`{ invitations { id email } }`],
  meeting: ({ meeting }) => [`query($id: ID!) { meeting(id: $id) { id title } }`, { id: meeting.id }],
  meetingReport: ({ meeting }) => [`query($id: ID!) { meetingReport(meetingId: $id) { canPublish } }`, { id: meeting.id }],
  memberships: () => [`{ memberships { id user { email } } }`],
  municipalities: () => [`{ municipalities(search: "Utrecht") { items { cbsCode } } }`],
  myRoundEvaluation: ({ v }) => [`query($id: ID!) { myRoundEvaluation(roundId: $id) { __typename } }`, { id: v.roundId }],
  myVisits: () => [`{ myVisits { id } }`],
  organisationTimeline: ({ v }) => [`query($id: ID) { organisationTimeline(organisationId: $id) { __typename } }`, { id: v.organisations.host }],
  organisations: () => [`{ organisations { id name } }`],
  plenary: ({ meeting }) => [`query($id: ID!) { plenary(meetingId: $id) { title } }`, { id: meeting.id }],
  processingOverview: () => [`{ processingOverview { __typename } }`],
  programme: ({ v }) => [`query($id: ID!) { programme(id: $id) { id name } }`, { id: v.programmeId }],
  programmeEvaluationResults: ({ v }) => [`query($id: ID!) { programmeEvaluationResults(programmeId: $id) { __typename } }`, { id: v.programmeId }],
  programmeProgress: ({ v }) => [`query($id: ID!) { programmeProgress(programmeId: $id) { __typename } }`, { id: v.programmeId }],
  programmeRetention: ({ v }) => [`query($id: ID!) { programmeRetention(programmeId: $id) { __typename } }`, { id: v.programmeId }],
  programmes: () => [`{ programmes { id name } }`],
  progressReviews: ({ v }) => [`query($id: ID!) { progressReviews(visitId: $id) { __typename } }`, { id: v.visitId }],
  publishedHarvests: () => [`{ publishedHarvests { title } }`],
  reviewerCandidates: ({ v }) => [`query($id: ID!) { reviewerCandidates(visitId: $id) { __typename } }`, { id: v.visitId }],
  round: ({ v }) => [`query($id: ID!) { round(id: $id) { id name } }`, { id: v.roundId }],
  roundEvaluationResults: ({ v }) => [`query($id: ID!) { roundEvaluationResults(roundId: $id) { __typename } }`, { id: v.roundId }],
  suggestedGrouping: ({ v }) => [`query($id: ID!) { suggestedGrouping(programmeId: $id) { __typename } }`, { id: v.programmeId }],
  tableCards: ({ meeting }) => [`query($id: ID!) { tableCards(tableId: $id) { cards { text } } }`, { id: meeting.tableId }],
  visit: ({ v }) => [`query($id: ID!) { visit(id: $id) { id location } }`, { id: v.visitId }],
  visitReport: ({ v }) => [`query($id: ID!) { visitReport(visitId: $id) { summary } }`, { id: v.visitId }],
  visitReports: ({ v }) => [`query($id: ID!) { visitReports(programmeId: $id) { summary } }`, { id: v.programmeId }],
};

/** Answered, but with nothing of peer review in it. */
const NOTHING: Record<string, [Call, unknown]> = {
  myTasks: [() => [`{ myTasks { kind } }`], { myTasks: [] }],
  publicHarvest: [() => [`query($s: String!) { publicHarvest(slug: $s) { title } }`, { s: 'netwerkoogst' }], { publicHarvest: null }],
};

/** The facilitator's own: account, notifications, calendar feed, their tracks and meetings, a public harvest, an invitation by its token. */
const OWN: Record<string, Call> = {
  meetings: () => [`{ meetings { id title nextMeetingId } }`],
  viewer: () => [`{ viewer { currentMembership { role organisation { id } } } }`],
  myCalendarFeed: () => [`{ myCalendarFeed { __typename } }`],
  myNotifications: () => [`{ myNotifications { items { id } } }`],
  myPasskeys: () => [`{ myPasskeys { id } }`],
  mySecondFactor: () => [`{ mySecondFactor { __typename } }`],
  mySessions: () => [`{ mySessions { id } }`],
  notificationSettings: () => [`{ notificationSettings { __typename } }`],
  unreadNotificationCount: () => [`{ unreadNotificationCount }`],
  invitation: () => [`query($t: String!) { invitation(token: $t) { email } }`, { t: 'A'.repeat(43) }],
  tracks: () => [`{ tracks { id } }`],
  track: ({ tr }) => [`query($id: ID!) { track(id: $id) { id } }`, { id: tr.trackId }],
  trackCase: ({ tr }) => [`query($id: ID!) { trackCase(participantId: $id) { question } }`, { id: tr.participants.owner }],
};

/** Platform administration: refused to everyone but a platform admin, in the same words. */
const PLATFORM: Record<string, Call> = { networks: () => [`{ networks { id } }`] };

describe('a facilitator sees nothing of peer review (every query of the schema)', () => {
  let t: TestApp;
  let ids: Ids;
  let facilitator: GqlClient;

  const leaksNothing = (res: GqlResult) => {
    const body = JSON.stringify(res.data ?? {});
    for (const secret of [
      ids.v.visitId,
      ids.v.roundId,
      ids.v.programmeId,
      ...ids.v.findings.map((f) => f.id),
      ...Object.values(ids.v.organisations),
      ...ids.w.a.organisations.map((o) => o.name),
      ids.harvests.network,
      ids.meeting.id,
      'Bevinding',
      'Netwerkoogst',
      'Werkbijeenkomst van A',
      ids.w.a.member.email,
    ])
      expect(body).not.toContain(secret);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const w = await buildWorld(t);
    const v = await buildVisitWorld(t, w);
    const tr = await buildTrackWorld(t, w.a.id, w.a.organisations[0].id);
    const { harvests, meeting, theirMeeting } = await withAdmin(async (c) => {
      const harvest = async (title: string, slug: string, visibility: string) => {
        const h = await c.query(`INSERT INTO harvest (network_id, programme_id, title, slug, visibility) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
          w.a.id,
          v.programmeId,
          title,
          slug,
          visibility,
        ]);
        await c.query(`INSERT INTO harvest_version (network_id, harvest_id, number, title, slug, visibility, content) VALUES ($1, $2, 1, $3, $4, $5, $6)`, [
          w.a.id,
          h.rows[0].id,
          title,
          slug,
          visibility,
          { ...firstPartsVersionContent({ title, network: w.a.name, programme: 'x', visibility }), narrative: 'Bevinding in de oogst' },
        ]);
        if (visibility === 'PUBLIC')
          await c.query(`INSERT INTO harvest_public (network_id, harvest_id, slug, number, state) VALUES ($1, $2, $3, 1, 'PUBLIC')`, [
            w.a.id,
            h.rows[0].id,
            slug,
          ]);
        return h.rows[0].id as string;
      };
      const m = await c.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Werkbijeenkomst van A', now() + interval '1 day', now() + interval '25 hours', 20, 'OPEN') RETURNING id`,
        [w.a.id],
      );
      const table = await c.query(`INSERT INTO meeting_table (network_id, meeting_id, name, capacity) VALUES ($1, $2, 'Tafel', 5) RETURNING id`, [
        w.a.id,
        m.rows[0].id,
      ]);
      await c.query(`INSERT INTO visit_report (network_id, visit_id, summary) VALUES ($1, $2, 'Samenvatting met Bevinding')`, [w.a.id, v.visitId]);
      // The meeting they run names A's other meeting as the next of its series: that link is not theirs to see.
      const theirs = await c.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status, next_meeting_id)
         VALUES ($1, 'Bijeenkomst die de begeleider leidt', now() - interval '1 day', now() - interval '21 hours', 20, 'OPEN', $2) RETURNING id`,
        [w.a.id, m.rows[0].id],
      );
      await c.query(`INSERT INTO meeting_facilitator (network_id, meeting_id, user_id) VALUES ($1, $2, $3)`, [w.a.id, theirs.rows[0].id, tr.facilitator.id]);
      return {
        harvests: { network: await harvest('Netwerkoogst', 'netwerkoogst', 'NETWORK'), public: await harvest('Openbare oogst', 'openbare-oogst', 'PUBLIC') },
        meeting: { id: m.rows[0].id as string, tableId: table.rows[0].id as string },
        theirMeeting: theirs.rows[0].id as string,
      };
    }, t.db.ownerUrl);
    ids = { w, v, tr, harvests, meeting, theirMeeting };
    facilitator = await signedIn(t, tr.facilitator);
  });
  afterAll(() => t.close());

  it.each(Object.keys(REFUSED))('%s: not found, and nothing of it in the answer', async (name) => {
    const [query, variables] = REFUSED[name](ids);
    const res = await facilitator.gql(query, variables);
    expect({ name, code: codeOf(res) }).toEqual({ name, code: 'NOT_FOUND' });
    leaksNothing(res);
  });

  it.each(Object.keys(NOTHING))('%s: answered with nothing of peer review', async (name) => {
    const [call, expected] = NOTHING[name];
    const [query, variables] = call(ids);
    expect((await facilitator.gql(query, variables)).data).toEqual(expected);
  });

  it.each(Object.keys(OWN))('%s: their own, and nothing of peer review in it', async (name) => {
    const [query, variables] = OWN[name](ids);
    const res = await facilitator.gql(query, variables);
    expect({ name, code: codeOf(res) }).toEqual({ name, code: 'OK' });
    leaksNothing(res);
  });

  it('is a facilitator of the network, speaking for none of its organisations', async () => {
    expect((await facilitator.ok(`{ viewer { currentMembership { role organisation { id } } } }`)).viewer.currentMembership).toEqual({
      role: 'FACILITATOR',
      organisation: null,
    });
  });

  it('reads the meeting they run, and of the network only that: its page, plenary, report draft, calendar file and live plenary', async () => {
    const id = ids.theirMeeting;
    expect((await facilitator.ok(`{ meetings { id } }`)).meetings).toEqual([{ id }]);
    const { meeting } = await facilitator.ok(`query($id: ID!) { meeting(id: $id) { id isFacilitator canEdit nextMeetingId nextMeeting { id } } }`, { id });
    expect(meeting).toEqual({ id, isFacilitator: true, canEdit: true, nextMeetingId: null, nextMeeting: null });
    expect((await facilitator.ok(`query($id: ID!) { plenary(meetingId: $id) { title } }`, { id })).plenary.title).toBe('Bijeenkomst die de begeleider leidt');
    expect((await facilitator.ok(`query($id: ID!) { meetingReport(meetingId: $id) { version } }`, { id })).meetingReport).toBeNull();
    expect((await request(t.http).get(`/export/agenda/bijeenkomst/${id}.ics`).set('cookie', facilitator.cookie!)).status).toBe(200);
    const sub = subscribe(wsClient(await t.listen(), { cookie: facilitator.cookie, origin: t.config.appUrl }), PLENARY_LIVE, { id });
    await sub.ready;
    expect(sub.error).toBeNull();
    await sub.close();
  });

  it('downloads the calendar file of the track they run, and of no other track of the network', async () => {
    const cookie = facilitator.cookie!;
    for (const path of [`/export/agenda/leergang/${ids.tr.trackId}.ics`, `/export/agenda/leergang-bijeenkomst/${ids.tr.sessionId}.ics`])
      expect([path, (await request(t.http).get(path).set('cookie', cookie)).status]).toEqual([path, 200]);
    const other = await withAdmin(async (c) => {
      const track = await c.query(`INSERT INTO track (network_id, title, capacity, status) VALUES ($1, 'Leergang van een ander', 5, 'OPEN') RETURNING id`, [
        ids.w.a.id,
      ]);
      const session = await c.query(
        `INSERT INTO track_session (network_id, track_id, kind, title, starts_at, ends_at) VALUES ($1, $2, 'KICK_OFF', 'Start', now() + interval '9 days', now() + interval '9 days 3 hours') RETURNING id`,
        [ids.w.a.id, track.rows[0].id],
      );
      return { trackId: track.rows[0].id as string, sessionId: session.rows[0].id as string };
    }, t.db.ownerUrl);
    for (const path of [`/export/agenda/leergang/${other.trackId}.ics`, `/export/agenda/leergang-bijeenkomst/${other.sessionId}.ics`])
      expect([path, (await request(t.http).get(path).set('cookie', cookie)).status]).toEqual([path, 404]);
  });

  it('runs the theme tables of a session of the track they run, and reads none of another track’s sessions', async () => {
    const HOLD = `mutation($id: ID!) { holdTrackSessionWithTables(sessionId: $id) { sessions { id meetingId } } }`;
    const id = (await facilitator.ok(HOLD, { id: ids.tr.sessionId })).holdTrackSessionWithTables.sessions[0].meetingId;
    const { meeting } = await facilitator.ok(`query($id: ID!) { meeting(id: $id) { id trackId isFacilitator canEdit canAssignTables } }`, { id });
    expect(meeting).toEqual({ id, trackId: ids.tr.trackId, isFacilitator: true, canEdit: true, canAssignTables: true });
    expect((await facilitator.ok(`{ meetings { id } }`)).meetings.map((m: { id: string }) => m.id)).toContain(id);
    // Another track of the network, its session held with tables by the coordinator: not theirs.
    const coordinator = await signedIn(t, ids.w.a.coordinator);
    const otherSession = await withAdmin(async (c) => {
      const track = await c.query(`INSERT INTO track (network_id, title, capacity, status) VALUES ($1, 'Leergang met tafels', 5, 'RUNNING') RETURNING id`, [
        ids.w.a.id,
      ]);
      const session = await c.query(
        `INSERT INTO track_session (network_id, track_id, kind, title, starts_at, ends_at) VALUES ($1, $2, 'WORKSHOP', 'Werkplaats', now() + interval '9 days', now() + interval '9 days 3 hours') RETURNING id`,
        [ids.w.a.id, track.rows[0].id],
      );
      return session.rows[0].id as string;
    }, t.db.ownerUrl);
    const otherMeeting = (await coordinator.ok(HOLD, { id: otherSession })).holdTrackSessionWithTables.sessions[0].meetingId;
    expect(codeOf(await facilitator.gql(HOLD, { id: otherSession }))).toBe('NOT_FOUND');
    for (const [query, variables] of [
      [`query($id: ID!) { meeting(id: $id) { id } }`, { id: otherMeeting }],
      [`query($id: ID!) { plenary(meetingId: $id) { title } }`, { id: otherMeeting }],
      [`query($id: ID!) { meetingReport(meetingId: $id) { version } }`, { id: otherMeeting }],
    ] as const)
      expect(codeOf(await facilitator.gql(query, variables))).toBe('NOT_FOUND');
    expect(JSON.stringify((await facilitator.ok(`{ meetings { id } }`)).meetings)).not.toContain(otherMeeting);
    const sub = subscribe(wsClient(await t.listen(), { cookie: facilitator.cookie, origin: t.config.appUrl }), PLENARY_LIVE, { id: otherMeeting });
    await sub.ready;
    expect(JSON.stringify(sub.error)).toMatch(/NOT_FOUND/);
    await sub.close();
  });

  it('reads a public harvest as the public does, and nothing more', async () => {
    expect((await facilitator.ok(`query($s: String!) { publicHarvest(slug: $s) { title } }`, { s: 'openbare-oogst' })).publicHarvest.title).toBe(
      'Openbare oogst',
    );
  });

  it.each(Object.keys(PLATFORM))('%s: refused as to anyone who is not a platform admin', async (name) => {
    const [query] = PLATFORM[name](ids);
    expect(codeOf(await facilitator.gql(query))).toBe('FORBIDDEN');
  });

  it('downloads none of the peer review: visit report, visit calendar, harvest files and the harvest preview are not found', async () => {
    const cookie = facilitator.cookie!;
    for (const path of [
      `/export/bezoekverslag/${ids.v.visitId}/pdf`,
      `/export/agenda/bezoek/${ids.v.visitId}.ics`,
      `/export/agenda/bijeenkomst/${ids.meeting.id}.ics`,
      `/export/oogst/${ids.harvests.network}/pdf`,
      `/export/systeemsignalen/${ids.harvests.network}`,
      `/export/oogst-voorbeeld/${ids.harvests.network}`,
    ])
      expect([path, (await request(t.http).get(path).set('cookie', cookie)).status]).toEqual([path, 404]);
  });

  it('downloads the portfolio of a participant of the track they run, as the participant does', async () => {
    for (const format of ['md', 'pdf'])
      expect((await request(t.http).get(`/export/portfolio/${ids.tr.participants.owner}/${format}`).set('cookie', facilitator.cookie!)).status).toBe(200);
    const { trackCase } = await facilitator.ok(`query($id: ID!) { trackCase(participantId: $id) { canExportPortfolio } }`, { id: ids.tr.participants.owner });
    expect(trackCase).toEqual({ canExportPortfolio: true });
  });

  it('cannot follow a findings board or a meeting they do not run live: told they do not exist', async () => {
    const url = await t.listen();
    for (const [query, id] of [
      [`subscription($id: ID!) { findingChanged(visitId: $id) { change } }`, ids.v.visitId],
      [PLENARY_LIVE, ids.meeting.id],
      [`subscription($id: ID!) { meetingTableChanged(tableId: $id) { change } }`, ids.meeting.tableId],
    ]) {
      const sub = subscribe(wsClient(url, { cookie: facilitator.cookie, origin: t.config.appUrl }), query, { id });
      await sub.ready;
      expect(sub.received).toEqual([]);
      expect(JSON.stringify(sub.error)).toMatch(/NOT_FOUND/);
      await sub.close();
    }
  });

  it('is not told when a harvest is published for the network', async () => {
    const coordinator = await signedIn(t, ids.w.a.coordinator);
    const draft = await coordinator.ok(`mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id version } }`, {
      input: { programmeId: ids.v.programmeId, title: 'Oogst voor het netwerk', visibility: 'NETWORK' },
    });
    const published = await coordinator.gql(`mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number } }`, {
      input: { id: draft.createHarvest.id, version: draft.createHarvest.version },
    });
    expect(codeOf(published)).toBe('OK');
    const told = await withAdmin(
      async (c) =>
        (await c.query(`SELECT recipient_id FROM notification WHERE kind = 'HARVEST_PUBLISHED'`)).rows.map((r: { recipient_id: string }) => r.recipient_id),
      t.db.ownerUrl,
    );
    expect(told).toContain(ids.w.a.member.id);
    expect(told).not.toContain(ids.tr.facilitator.id);
  });

  describe('hosting a table: only at a meeting they run, which they can open', () => {
    const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { id tables { id name hostUserId } } }`;
    const UPDATE_TABLE = `mutation($input: UpdateMeetingTableInput!) { updateMeetingTable(input: $input) { id tables { id name hostUserId } } }`;
    const TABLE_CARDS = `query($id: ID!) { tableCards(tableId: $id) { cards { text } } }`;
    const tablesOf = (meetingId: string) =>
      withAdmin(
        async (c) =>
          (await c.query(`SELECT id, name, host_user_id AS "hostUserId", version FROM meeting_table WHERE meeting_id = $1 ORDER BY name, id`, [meetingId]))
            .rows,
        t.db.ownerUrl,
      );
    const refusedOnHost = (res: GqlResult) => {
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const fields = res.errors![0].extensions.fields!;
      expect(fields.map((f) => f.field)).toEqual(['hostUserId']);
      expect(fields[0].messages).toEqual({
        nl: expect.stringContaining('begeleidt deze bijeenkomst niet'),
        en: expect.stringContaining('does not facilitate this meeting'),
      });
    };

    it('cannot be made host of a table at a meeting they do not run: refused on the host, with nothing written', async () => {
      const coordinator = await signedIn(t, ids.w.a.coordinator);
      const before = await tablesOf(ids.meeting.id);
      const hostUserId = ids.tr.facilitator.id;
      refusedOnHost(await coordinator.gql(ADD_TABLE, { input: { meetingId: ids.meeting.id, name: 'Wonen', hostUserId, capacity: 5 } }));
      const [table] = before;
      refusedOnHost(await coordinator.gql(UPDATE_TABLE, { input: { tableId: table.id, version: table.version, name: table.name, hostUserId, capacity: 5 } }));
      expect(await tablesOf(ids.meeting.id)).toEqual(before);
      expect(codeOf(await facilitator.gql(TABLE_CARDS, { id: table.id }))).toBe('NOT_FOUND');
    });

    it('hosts a table of a meeting they run, and taken off that meeting no longer hosts it: the table waits for another host', async () => {
      const coordinator = await signedIn(t, ids.w.a.coordinator);
      const meetingId = await withAdmin(
        async (c) =>
          (
            await c.query(
              `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Bijeenkomst met thematafels', now() + interval '9 days', now() + interval '9 days 3 hours', 20, 'OPEN') RETURNING id`,
              [ids.w.a.id],
            )
          ).rows[0].id as string,
        t.db.ownerUrl,
      );
      const userId = ids.tr.facilitator.id;
      await coordinator.ok(`mutation($input: MeetingFacilitatorInput!) { assignMeetingFacilitator(input: $input) { id } }`, { input: { meetingId, userId } });
      await coordinator.ok(ADD_TABLE, { input: { meetingId, name: 'Wonen', hostUserId: userId, capacity: 5 } });
      const [table] = await tablesOf(meetingId);
      expect(table.hostUserId).toBe(userId);
      expect(codeOf(await facilitator.gql(TABLE_CARDS, { id: table.id }))).toBe('OK');
      await coordinator.ok(`mutation($input: MeetingFacilitatorInput!) { removeMeetingFacilitator(input: $input) { id } }`, { input: { meetingId, userId } });
      expect(await tablesOf(meetingId)).toEqual([{ ...table, hostUserId: null, version: table.version + 1 }]);
      expect(codeOf(await facilitator.gql(TABLE_CARDS, { id: table.id }))).toBe('NOT_FOUND');
      // Asked again to host it, now that they do not run the meeting: refused as at any meeting they do not run.
      refusedOnHost(
        await coordinator.gql(UPDATE_TABLE, { input: { tableId: table.id, version: table.version + 1, name: 'Wonen', hostUserId: userId, capacity: 5 } }),
      );
    });
  });

  it('lists every query of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const listed = [...Object.keys(REFUSED), ...Object.keys(NOTHING), ...Object.keys(OWN), ...Object.keys(PLATFORM)].sort();
    expect(listed).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
  });
});
