import { addDays, dutchToday } from '@kijkje/domain';
import * as d from './support/track-documents';
import request from 'supertest';
import { personIn } from './hardening/support/people';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type Person, type World } from './support/world';

describe('learning tracks: frame, schedule, cohort, cases and feedback', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  let facilitator: GqlClient;
  let otherFacilitator: GqlClient;
  let p1: GqlClient;
  let p2: GqlClient;
  let p3: GqlClient;
  let bystander: GqlClient;
  let people: Record<'facilitator' | 'otherFacilitator' | 'p1' | 'p2' | 'p3' | 'bystander', Person>;
  let trackId: string;
  let version: number;
  const app = (track: { cohort: { id: string; name: string }[] }, who: Person) => track.cohort.find((c) => c.name === who.name)!.id;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    people = await withAdmin(
      async (c) => ({
        facilitator: await personIn(c, world.a.id, null, 'begeleider', 'FACILITATOR'),
        otherFacilitator: await personIn(c, world.a.id, null, 'andere-begeleider', 'FACILITATOR'),
        p1: await personIn(c, world.a.id, world.a.organisations[0].id, 'deelnemer-1'),
        p2: await personIn(c, world.a.id, world.a.organisations[1].id, 'deelnemer-2'),
        p3: await personIn(c, world.a.id, world.a.organisations[1].id, 'deelnemer-3'),
        bystander: await personIn(c, world.a.id, world.a.organisations[0].id, 'toeschouwer'),
      }),
      t.db.ownerUrl,
    );
    coordinator = await signedIn(t, world.a.coordinator);
    [facilitator, otherFacilitator, p1, p2, p3, bystander] = await Promise.all(
      [people.facilitator, people.otherFacilitator, people.p1, people.p2, people.p3, people.bystander].map((p) => signedIn(t, p)),
    );
  });
  afterAll(() => t.close());

  it('lets only the coordinator create a track: a draft that members and unassigned facilitators do not see', async () => {
    const created = (await coordinator.ok(d.CREATE, { input: { title: 'Veranderlab Sturing Sociaal Domein', description: 'Anderhalf jaar.', capacity: 2 } }))
      .createTrack;
    trackId = created.id;
    version = created.version;
    expect(created).toMatchObject({ status: 'DRAFT', capacity: 2, canManage: true, canSchedule: true, canApply: false });
    expect(codeOf(await p1.gql(d.CREATE, { input: { title: 'Eigen leergang', capacity: 5 } }))).toBe('FORBIDDEN');
    // A facilitator is refused as a stranger is: not-found, never "not allowed".
    expect(codeOf(await facilitator.gql(d.CREATE, { input: { title: 'Eigen leergang', capacity: 5 } }))).toBe('NOT_FOUND');
    for (const c of [p1, facilitator]) {
      expect(codeOf(await c.gql(d.TRACK, { id: trackId }))).toBe('NOT_FOUND');
      expect((await c.ok(d.TRACKS)).tracks).toEqual([]);
    }
  });

  it('opens only once a facilitator runs it; a facilitator is a person with that role in the network', async () => {
    expect(codeOf(await coordinator.gql(d.STEP, { input: { id: trackId, version, step: 'OPEN' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await coordinator.gql(d.ASSIGN, { input: { trackId, userId: people.p1.id } }))).toBe('BAD_USER_INPUT');
    const assigned = (await coordinator.ok(d.ASSIGN, { input: { trackId, userId: people.facilitator.id } })).assignTrackFacilitator;
    expect(assigned.facilitators.map((f: { name: string }) => f.name)).toEqual([people.facilitator.name]);
    const seen = (await facilitator.ok(d.TRACK, { id: trackId })).track;
    expect(seen).toMatchObject({ isFacilitator: true, canManage: false, canSchedule: true, canDecide: false, canApply: false });
    expect((await facilitator.ok(d.TRACKS)).tracks.map((x: { id: string }) => x.id)).toEqual([trackId]);
    expect(codeOf(await otherFacilitator.gql(d.TRACK, { id: trackId }))).toBe('NOT_FOUND');
    // Only the coordinator sets the frame.
    expect(codeOf(await facilitator.gql(d.ASSIGN, { input: { trackId, userId: people.otherFacilitator.id } }))).toBe('FORBIDDEN');
    version = seen.version;
  });

  it('keeps a schedule in Dutch time: one kick-off first, one closing last, added by the facilitator', async () => {
    await facilitator.ok(d.ADD_SESSION, { input: d.session(trackId, 'KICK_OFF', 10, 'Startbijeenkomst') });
    await facilitator.ok(d.ADD_SESSION, { input: d.session(trackId, 'WORKSHOP', 20, 'Workshop sturingsstrategieën') });
    await coordinator.ok(d.ADD_SESSION, { input: d.session(trackId, 'FEEDBACK', 30, 'Feedbacksessie') });
    const withClosing = (await facilitator.ok(d.ADD_SESSION, { input: d.session(trackId, 'CLOSING', 60, 'Slotbijeenkomst') })).addTrackSession;
    expect(withClosing.sessions.map((s: { kind: string }) => s.kind)).toEqual(['KICK_OFF', 'WORKSHOP', 'FEEDBACK', 'CLOSING']);
    const startsAt = await withAdmin(
      async (c) =>
        (await c.query(`SELECT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS t FROM track_session WHERE track_id = $1 LIMIT 1`, [trackId]))
          .rows[0].t,
      t.db.ownerUrl,
    );
    expect(startsAt).toBe('13:30');
    for (const [input, field] of [
      [d.session(trackId, 'KICK_OFF', 5), 'kind'],
      [d.session(trackId, 'WORKSHOP', 70), 'day'],
      [d.session(trackId, 'WORKSHOP', -1), 'day'],
      [{ ...d.session(trackId, 'WORKSHOP', 25), endTime: '13:30' }, 'endTime'],
    ] as const) {
      const res = await facilitator.gql(d.ADD_SESSION, { input });
      expect({ code: codeOf(res), field: res.errors?.[0]?.extensions.fields?.[0]?.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(codeOf(await p1.gql(d.ADD_SESSION, { input: d.session(trackId, 'WORKSHOP', 25) }))).toBe('NOT_FOUND');
    const opened = (await coordinator.ok(d.STEP, { input: { id: trackId, version: withClosing.version, step: 'OPEN' } })).stepTrack;
    expect(opened.status).toBe('OPEN');
    version = opened.version;
  });

  it('takes applications from members, each person once; never from a facilitator', async () => {
    const member = (await p1.ok(d.TRACK, { id: trackId })).track;
    expect(member).toMatchObject({ canApply: true, cohort: [], myApplication: null });
    for (const c of [p1, p2, p3]) {
      const applied = (await c.ok(d.APPLY, { input: { trackId, motivation: 'Ik wil leren loslaten.' } })).applyForTrack;
      expect(applied.myApplication.status).toBe('SUBMITTED');
      expect(applied.cohort).toEqual([]);
    }
    expect(codeOf(await p1.gql(d.APPLY, { input: { trackId } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await facilitator.gql(d.APPLY, { input: { trackId } }))).toBe('FORBIDDEN');
    const cohort = (await facilitator.ok(d.TRACK, { id: trackId })).track.cohort;
    expect(cohort.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([
      [people.p1.name, 'SUBMITTED'],
      [people.p2.name, 'SUBMITTED'],
      [people.p3.name, 'SUBMITTED'],
    ]);
    expect(cohort[0].motivation).toBe('Ik wil leren loslaten.');
  });

  it('accepts up to the capacity, then waitlists; a withdrawal gives the place to the first waiting', async () => {
    const track = (await facilitator.ok(d.TRACK, { id: trackId })).track;
    await facilitator.ok(d.DECIDE, { input: { participantId: app(track, people.p1), decision: 'ACCEPT' } });
    await coordinator.ok(d.DECIDE, { input: { participantId: app(track, people.p2), decision: 'ACCEPT' } });
    const full = (await facilitator.ok(d.DECIDE, { input: { participantId: app(track, people.p3), decision: 'ACCEPT' } })).decideTrackApplication;
    expect(full.cohort.map((c: { status: string; waitlistPosition: number | null }) => [c.status, c.waitlistPosition])).toEqual([
      ['ACCEPTED', null],
      ['ACCEPTED', null],
      ['WAITLISTED', 1],
    ]);
    expect(full).toMatchObject({ acceptedCount: 2, waitlistCount: 1 });
    const again = await facilitator.gql(d.DECIDE, { input: { participantId: app(track, people.p3), decision: 'ACCEPT' } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].extensions.fields![0].messages.nl).toContain('vol');
    // Whoever does not see the cohort does not learn an application exists.
    expect(codeOf(await p2.gql(d.DECIDE, { input: { participantId: app(track, people.p3), decision: 'ACCEPT' } }))).toBe('NOT_FOUND');
    expect((await p3.ok(d.TRACK, { id: trackId })).track.myApplication).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const withdrawn = (await p1.ok(d.WITHDRAW, { id: trackId })).withdrawFromTrack;
    expect(withdrawn.myApplication.status).toBe('WITHDRAWN');
    expect((await p3.ok(d.TRACK, { id: trackId })).track.myApplication).toMatchObject({ status: 'ACCEPTED', waitlistPosition: null });
    expect(codeOf(await p1.gql(d.WITHDRAW, { id: trackId }))).toBe('FORBIDDEN');
  });

  it('lets the participant keep a case: a question, shared or not, and a log of dated entries edited with their version', async () => {
    const mine = (await p2.ok(d.TRACK, { id: trackId })).track.myApplication.id;
    const start = (await p2.ok(d.CASE, { id: mine })).trackCase;
    expect(start).toMatchObject({ mine: true, canEdit: true, canGiveFeedback: false, canExportPortfolio: true, question: '', sharedWithGroup: false });
    const updated = (await p2.ok(d.UPDATE_CASE, { input: { trackId, version: start.version, question: 'Hoe stuur ik op vertrouwen?', sharedWithGroup: true } }))
      .updateMyTrackCase;
    expect(updated).toMatchObject({ question: 'Hoe stuur ik op vertrouwen?', sharedWithGroup: true, version: start.version + 1 });
    const stale = await p2.gql(d.UPDATE_CASE, { input: { trackId, version: start.version, question: 'Oud', sharedWithGroup: false } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const logged = (await p2.ok(d.ADD_ENTRY, { input: { trackId, text: 'Na de startbijeenkomst: minder regels, meer gesprek.' } })).addTrackCaseEntry;
    expect(logged.entries).toEqual([expect.objectContaining({ day: dutchToday(), version: 1 })]);
    await p2.ok(d.ADD_ENTRY, { input: { trackId, day: addDays(dutchToday(), -3), text: 'Eerder: de vraag aangescherpt.' } });
    const future = await p2.gql(d.ADD_ENTRY, { input: { trackId, day: addDays(dutchToday(), 1), text: 'Morgen' } });
    expect({ code: codeOf(future), field: future.errors?.[0]?.extensions.fields?.[0]?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'day' });
    const entry = logged.entries[0];
    const edited = (await p2.ok(d.UPDATE_ENTRY, { input: { entryId: entry.id, version: 1, text: 'Minder regels, meer gesprek met het wijkteam.' } }))
      .updateTrackCaseEntry;
    expect(edited.entries.map((e: { text: string }) => e.text)).toEqual(['Eerder: de vraag aangescherpt.', 'Minder regels, meer gesprek met het wijkteam.']);
    expect(codeOf(await p2.gql(d.UPDATE_ENTRY, { input: { entryId: entry.id, version: 1, text: 'Overschreven' } }))).toBe('CONFLICT');
    // Someone without a place keeps no case.
    expect(codeOf(await p1.gql(d.ADD_ENTRY, { input: { trackId, text: 'Toch nog' } }))).toBe('FORBIDDEN');
  });

  it('shows a case to its facilitators and, when shared, to the feedback group; never to the coordinator or anyone else', async () => {
    const track = (await facilitator.ok(d.TRACK, { id: trackId })).track;
    const case2 = app(track, people.p2);
    expect((await facilitator.ok(d.CASE, { id: case2 })).trackCase).toMatchObject({
      question: 'Hoe stuur ik op vertrouwen?',
      canGiveFeedback: true,
      canExportPortfolio: true,
    });
    for (const c of [coordinator, p3, p1, bystander, otherFacilitator]) expect(codeOf(await c.gql(d.CASE, { id: case2 }))).toBe('NOT_FOUND');
    // Only the facilitator forms the groups.
    expect(codeOf(await coordinator.gql(d.GROUP, { input: { participantId: case2, group: 'Groep A' } }))).toBe('FORBIDDEN');
    expect(codeOf(await facilitator.gql(d.GROUP, { input: { participantId: app(track, people.p1), group: 'Groep A' } }))).toBe('BAD_USER_INPUT');
    await facilitator.ok(d.GROUP, { input: { participantId: case2, group: ' Groep A ' } });
    const grouped = (await facilitator.ok(d.GROUP, { input: { participantId: app(track, people.p3), group: 'Groep A' } })).setTrackFeedbackGroup;
    expect(grouped.cohort.filter((c: { feedbackGroup: string | null }) => c.feedbackGroup === 'Groep A').length).toBe(2);
    expect((await p3.ok(d.TRACK, { id: trackId })).track.readableCases).toEqual([{ participantId: case2, name: people.p2.name, feedbackGroup: 'Groep A' }]);
    expect((await p3.ok(d.CASE, { id: case2 })).trackCase).toMatchObject({ mine: false, canEdit: false, canGiveFeedback: true, canExportPortfolio: false });
    // The participant's choice: kept to the facilitators, the group no longer reads it.
    const current = (await p2.ok(d.CASE, { id: case2 })).trackCase;
    await p2.ok(d.UPDATE_CASE, { input: { trackId, version: current.version, question: current.question, sharedWithGroup: false } });
    expect(codeOf(await p3.gql(d.CASE, { id: case2 }))).toBe('NOT_FOUND');
    expect((await p3.ok(d.TRACK, { id: trackId })).track.readableCases).toEqual([]);
    expect((await facilitator.ok(d.CASE, { id: case2 })).trackCase.question).toBe('Hoe stuur ik op vertrouwen?');
    await p2.ok(d.UPDATE_CASE, { input: { trackId, version: current.version + 1, question: current.question, sharedWithGroup: true } });
  });

  it('takes feedback per session from the facilitator and from peers who may read the case, never from its owner', async () => {
    const track = (await facilitator.ok(d.TRACK, { id: trackId })).track;
    const case2 = app(track, people.p2);
    const [kickOff, workshop] = track.sessions;
    await facilitator.ok(d.FEEDBACK, { input: { participantId: case2, sessionId: kickOff.id, text: 'Scherpe vraag; maak hem kleiner.' } });
    const withPeer = (await p3.ok(d.FEEDBACK, { input: { participantId: case2, sessionId: workshop.id, text: 'Herkenbaar bij ons.' } })).giveTrackFeedback;
    expect(withPeer.feedback.map((f: { sessionTitle: string; authorName: string; mine: boolean }) => [f.sessionTitle, f.authorName, f.mine])).toEqual([
      ['Startbijeenkomst', people.facilitator.name, false],
      ['Workshop sturingsstrategieën', people.p3.name, true],
    ]);
    expect(codeOf(await p2.gql(d.FEEDBACK, { input: { participantId: case2, sessionId: kickOff.id, text: 'Aan mezelf' } }))).toBe('FORBIDDEN');
    expect(codeOf(await coordinator.gql(d.FEEDBACK, { input: { participantId: case2, sessionId: kickOff.id, text: 'Van de coördinator' } }))).toBe('NOT_FOUND');
    // A session of another track is not this case's.
    const other = (await coordinator.ok(d.CREATE, { input: { title: 'Andere leergang', capacity: 5 } })).createTrack;
    const otherSession = (await coordinator.ok(d.ADD_SESSION, { input: d.session(other.id, 'WORKSHOP', 15) })).addTrackSession.sessions[0].id;
    expect(codeOf(await facilitator.gql(d.FEEDBACK, { input: { participantId: case2, sessionId: otherSession, text: 'Verkeerd' } }))).toBe('NOT_FOUND');
    // A session with feedback stays in the schedule; the last facilitator of an open track stays on it.
    expect(codeOf(await facilitator.gql(d.REMOVE_SESSION, { id: kickOff.id }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await coordinator.gql(d.UNASSIGN, { input: { trackId, userId: people.facilitator.id } }))).toBe('BAD_USER_INPUT');
    const feedbackSession = track.sessions.find((s: { kind: string }) => s.kind === 'FEEDBACK');
    const fewer = (await facilitator.ok(d.REMOVE_SESSION, { id: feedbackSession.id })).removeTrackSession;
    expect(fewer.sessions.map((s: { kind: string }) => s.kind)).toEqual(['KICK_OFF', 'WORKSHOP', 'CLOSING']);
  });

  it('exports the case log as a portfolio (Markdown and PDF) to its participant and the facilitator; a peer who reads it gets no copy', async () => {
    const case2 = (await p2.ok(d.TRACK, { id: trackId })).track.myApplication.id;
    const md = await request(t.http).get(`/export/portfolio/${case2}/md`).set('cookie', p2.cookie!);
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    for (const text of ['# Portfolio van', 'Hoe stuur ik op vertrouwen?', 'Minder regels, meer gesprek met het wijkteam.', 'Scherpe vraag; maak hem kleiner.'])
      expect(md.text).toContain(text);
    expect(md.text.indexOf('Eerder: de vraag aangescherpt.')).toBeLessThan(md.text.indexOf('Minder regels'));
    const pdf = await request(t.http).get(`/export/portfolio/${case2}/pdf?taal=en`).set('cookie', facilitator.cookie!).buffer(true);
    expect(pdf.status).toBe(200);
    expect(String(pdf.headers['content-type'])).toBe('application/pdf');
    expect((await request(t.http).get(`/export/portfolio/${case2}/md`).set('cookie', coordinator.cookie!)).status).toBe(404);
    // p3 reads the shared case as a peer of the group, but the portfolio is p2's: no copy, not even its existence.
    expect((await p3.ok(d.CASE, { id: case2 })).trackCase.canExportPortfolio).toBe(false);
    for (const format of ['md', 'pdf']) expect((await request(t.http).get(`/export/portfolio/${case2}/${format}`).set('cookie', p3.cookie!)).status).toBe(404);
    expect((await request(t.http).get(`/export/portfolio/${case2}/docx`).set('cookie', p2.cookie!)).status).toBe(404);
  });

  it('gives a raised capacity to those waiting, starts, and freezes the cases once closed', async () => {
    await p1.ok(d.APPLY, { input: { trackId, motivation: 'Opnieuw' } });
    let track = (await facilitator.ok(d.TRACK, { id: trackId })).track;
    await facilitator.ok(d.DECIDE, { input: { participantId: app(track, people.p1), decision: 'ACCEPT' } });
    track = (await coordinator.ok(d.TRACK, { id: trackId })).track;
    expect(track.cohort.find((c: { name: string }) => c.name === people.p1.name).status).toBe('WAITLISTED');
    track = (
      await coordinator.ok(d.UPDATE, { input: { id: trackId, version: track.version, title: track.title, description: 'Anderhalf jaar.', capacity: 3 } })
    ).updateTrack;
    expect(track.cohort.find((c: { name: string }) => c.name === people.p1.name).status).toBe('ACCEPTED');
    expect(codeOf(await coordinator.gql(d.UPDATE, { input: { id: trackId, version: 1, title: 'Oud', capacity: 3 } }))).toBe('CONFLICT');
    expect(codeOf(await facilitator.gql(d.STEP, { input: { id: trackId, version: track.version, step: 'START' } }))).toBe('FORBIDDEN');
    track = (await coordinator.ok(d.STEP, { input: { id: trackId, version: track.version, step: 'START' } })).stepTrack;
    expect(track).toMatchObject({ status: 'RUNNING', canApply: false });
    expect(codeOf(await bystander.gql(d.APPLY, { input: { trackId } }))).toBe('FORBIDDEN');
    track = (await coordinator.ok(d.STEP, { input: { id: trackId, version: track.version, step: 'CLOSE' } })).stepTrack;
    expect(track.status).toBe('CLOSED');
    const mine = (await p2.ok(d.TRACK, { id: trackId })).track.myApplication.id;
    expect((await p2.ok(d.CASE, { id: mine })).trackCase).toMatchObject({ canEdit: false, question: 'Hoe stuur ik op vertrouwen?' });
    expect(codeOf(await p2.gql(d.ADD_ENTRY, { input: { trackId, text: 'Na afloop' } }))).toBe('FORBIDDEN');
    expect(codeOf(await facilitator.gql(d.ADD_SESSION, { input: d.session(trackId, 'WORKSHOP', 30) }))).toBe('FORBIDDEN');
  });

  it('audits every change of the track, its cohort and its cases', async () => {
    const actions = await withAdmin(
      async (c) =>
        (await c.query(`SELECT DISTINCT action FROM audit_event WHERE target_type = 'track' AND target_id = $1 ORDER BY action`, [trackId])).rows.map(
          (r: { action: string }) => r.action,
        ),
      t.db.ownerUrl,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'track.created',
        'track.facilitator_assigned',
        'track.session_added',
        'track.session_removed',
        'track.open',
        'track.running',
        'track.closed',
        'track.applied',
        'track.accepted',
        'track.waitlisted',
        'track.withdrawn',
        'track.promoted',
        'track.group_set',
        'track.case_updated',
        'track.case_entry_added',
        'track.case_entry_updated',
        'track.feedback_given',
        'track.portfolio_exported',
        'track.updated',
      ]),
    );
  });
});
