import { codeOf, type GqlClient, type GqlResult } from './support/gql-client';
import { buildMeetingsScene, DRAFT, SECTIONS, type MeetingsScene } from './support/harvest-meetings-world';
import { startTestApp, type TestApp } from './support/test-app';
import { signedIn } from './support/world';

/*
 * Issue 17: the yields of the network's work meetings counted in a harvest, "uit de
 * werkbijeenkomsten". Which meetings count is harvest-meetings-scope.ts in libs/domain; the
 * figures harvest-meetings.ts. Here: against the tables as the product stores them.
 */

type Topic = { topic: string | null; tables: number; participants: number | null; cells: { kind: string; count: number | null }[]; total: number | null };
const row = (t: Topic) => [t.topic, t.tables, t.participants, ...t.cells.map((c) => c.count), t.total];
const kinds = (cells: { kind: string; count: number | null }[]) => cells.map((c) => `${c.kind}:${c.count}`);
const UNKNOWN_ID = '6f1c1b36-8f59-4a57-9a3e-1f0b1f7a0c11';

describe('a harvest counts the yields of the network’s work meetings', () => {
  let t: TestApp;
  let s: MeetingsScene;
  const sections = (input: Record<string, unknown>, as?: GqlClient) => (as ?? s.coordinator).gql(SECTIONS, { input });

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildMeetingsScene(t);
  });
  afterAll(() => t.close());

  it('counts, for the network, the reported meetings of the programme’s period: per question and recommendation, per theme table', async () => {
    const h = await s.create('Oogst met werkbijeenkomsten', 'NETWORK');
    const res = await sections({ id: h.id, version: h.version, meetings: true });
    expect(res.errors).toBeUndefined();
    const m = res.data!.updateHarvestSections.meetings;
    expect(m).toMatchObject({ state: 'SHOWN', meetings: 2, tables: 4, participants: 10, total: 9 });
    expect(m.message.nl).toMatch(/tafelvoorzitters markeerden/);
    // The questions first, then the recommendations; a card marked as both counts once, as recommendation; a merged one not.
    expect(kinds(m.cells)).toEqual(['STRENGTH:1', 'CONCERN:5', 'OWN_RESPONSIBILITY:1', 'RECOMMENDATION:2']);
    // Wmo en Jeugd at Deventer and at Zwolle together; the table named after Deventer with the other tables, last.
    expect(m.topics.map(row)).toEqual([
      ['Participatie', 1, 3, 0, 0, 1, 1, 2],
      ['Wmo en Jeugd', 2, 5, 1, 4, 0, 1, 6],
      [null, 1, 3, 0, 1, 0, 0, 1],
    ]);
    // Never a card's text, a meeting's title, or a name from a table's name.
    expect(JSON.stringify(m)).not.toMatch(/geheime zin|Werkbijeenkomst|Deventer/);
  });

  it('tells the coordinator per meeting whether it counts, and why not', async () => {
    const h = await s.create('Oogst die uitlegt', 'NETWORK');
    const choices = (await s.coordinator.ok(DRAFT, { id: h.id })).harvest.meetingChoices;
    // By date; network B's meeting is not among them.
    expect(choices.map((c: any) => [c.title, c.reach, c.inPeriod, c.counted, c.reason?.nl ?? null])).toEqual([
      ['Werkbijeenkomst van vorig jaar', 'PUBLIC', false, false, expect.stringMatching(/buiten de looptijd van het programma/)],
      ['Werkbijeenkomst Zwolle', 'NETWORK', true, true, null],
      ['Werkbijeenkomst Deventer', 'PUBLIC', true, true, null],
      ['Werkbijeenkomst Utrecht', 'NONE', true, false, expect.stringMatching(/verslag .* niet gepubliceerd/)],
      // Still to come, within the period of a programme that runs: it counts once its report is out.
      ['Werkbijeenkomst Arnhem', 'NONE', true, false, expect.stringMatching(/verslag .* niet gepubliceerd/)],
    ]);
    // Switched off, the section is null; the choices are there to decide with.
    expect((await s.coordinator.ok(DRAFT, { id: h.id })).harvest.meetings).toBeNull();
  });

  it('counts for the public only meetings whose report the public can read', async () => {
    const h = await s.create('Openbare oogst met werkbijeenkomsten', 'PUBLIC');
    const u = (await sections({ id: h.id, version: h.version, meetings: true })).data!.updateHarvestSections;
    expect(u.meetings).toMatchObject({ state: 'SHOWN', meetings: 1, tables: 3, participants: 10, total: 7 });
    expect(u.meetings.topics.map(row)).toEqual([
      ['Participatie', 1, 3, 0, 0, 1, 1, 2],
      ['Wmo en Jeugd', 1, 4, 1, 2, 0, 1, 4],
      [null, 1, 3, 0, 1, 0, 0, 1],
    ]);
    expect(u.meetingChoices.find((c: any) => c.title === 'Werkbijeenkomst Zwolle')).toMatchObject({
      counted: false,
      reason: { nl: expect.stringMatching(/alleen voor het netwerk/), en: expect.stringMatching(/network only/) },
    });
    // A public report withdrawn since stays in the network: no longer counted for the public.
    await s.owner((c) => c.query(`UPDATE meeting_report_public SET state = 'WITHDRAWN' WHERE meeting_id = $1`, [s.meetings.deventer]));
    await s.owner((c) => c.query(`UPDATE meeting_report_version SET withdrawn_at = now() WHERE meeting_id = $1`, [s.meetings.deventer]));
    expect((await s.coordinator.ok(DRAFT, { id: h.id })).harvest.meetings).toMatchObject({ state: 'NONE', meetings: 0, topics: [] });
    await s.owner((c) => c.query(`UPDATE meeting_report_version SET withdrawn_at = NULL WHERE meeting_id = $1`, [s.meetings.deventer]));
    await s.owner((c) => c.query(`UPDATE meeting_report_public SET state = 'PUBLIC' WHERE meeting_id = $1`, [s.meetings.deventer]));
  });

  it('counts exactly the meetings the coordinator chose, never one without a published report, and keeps small groups hidden', async () => {
    const h = await s.create('Oogst met gekozen bijeenkomsten', 'NETWORK');
    // The earlier meeting alone: its one table had people of two municipalities, so nothing but the number of meetings.
    const one = (await sections({ id: h.id, version: h.version, meetings: true, meetingIds: [s.meetings.earlier] })).data!.updateHarvestSections;
    expect(one.meetingIds).toEqual([s.meetings.earlier]);
    expect(one.meetings).toMatchObject({ state: 'SUPPRESSED', meetings: 1, tables: null, participants: null, total: null, cells: [], topics: [] });
    expect(one.meetings.message.nl).toMatch(/minder dan 3 organisaties/);
    // With Deventer: the small table is hidden, and the smallest other one so that it cannot be worked out from the total.
    const two = (await sections({ id: h.id, version: one.version, meetingIds: [s.meetings.deventer, s.meetings.earlier] })).data!.updateHarvestSections;
    expect(two.meetings).toMatchObject({ state: 'SHOWN', meetings: 2, tables: 4, total: 8 });
    expect(two.meetings.topics.map((x: Topic & { suppressed: { nl: string } | null }) => [x.topic, x.total, x.suppressed?.nl ?? null])).toEqual([
      ['Informatievoorziening', null, expect.stringMatching(/minder dan 3 organisaties/)],
      ['Participatie', null, expect.stringMatching(/terug te rekenen/)],
      ['Wmo en Jeugd', 4, null],
      [null, 1, null],
    ]);
    // Chosen but held without a report, or still to come: not counted.
    const none = (await sections({ id: h.id, version: two.version, meetingIds: [s.meetings.unreported, s.meetings.upcoming] })).data!.updateHarvestSections;
    expect(none.meetings).toMatchObject({ state: 'NONE', meetings: 0 });
    // An empty choice goes back to the period.
    const back = (await sections({ id: h.id, version: none.version, meetingIds: [] })).data!.updateHarvestSections;
    expect([back.meetingIds, back.meetings.meetings]).toEqual([[], 2]);
    const off = (await sections({ id: h.id, version: back.version, meetings: false })).data!.updateHarvestSections;
    expect([off.showMeetings, off.meetings]).toEqual([false, null]);
    const audit = await s.owner((c) =>
      c.query(`SELECT data FROM audit_event WHERE action = 'harvest.updated' AND target_id = $1 ORDER BY created_at, id`, [h.id]),
    );
    expect(audit.rows[0].data).toEqual({ comparedProgrammeIds: null, indicators: null, evaluation: null, meetings: true, meetingIds: [s.meetings.earlier] });
  });

  it('refuses another network’s meeting exactly as one that does not exist, and one twice, in Dutch and English, changing nothing', async () => {
    const h = await s.create('Oogst die streng kiest', 'NETWORK');
    const cases: [string[], RegExp, RegExp][] = [
      [[s.meetings.ofB], /werkbijeenkomsten van dit netwerk/, /work meetings of this network/],
      [[UNKNOWN_ID], /werkbijeenkomsten van dit netwerk/, /work meetings of this network/],
      [[s.meetings.deventer, s.meetings.deventer], /maar één keer/, /only once/],
    ];
    const answers: GqlResult[] = [];
    for (const [ids, nl, en] of cases) {
      const res = await sections({ id: h.id, version: h.version, meetings: true, meetingIds: ids });
      answers.push(res);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const [field] = res.errors![0].extensions.fields!;
      expect([field.field, field.messages.nl, field.messages.en]).toEqual(['meetingIds', expect.stringMatching(nl), expect.stringMatching(en)]);
      expect(JSON.stringify(res.errors)).not.toContain(s.meetings.ofB);
    }
    const withoutRequest = (r: GqlResult) => r.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: null } }));
    expect(withoutRequest(answers[0])).toEqual(withoutRequest(answers[1]));
    const after = (await s.coordinator.ok(DRAFT, { id: h.id })).harvest;
    expect([after.version, after.showMeetings, after.meetingIds]).toEqual([h.version, false, []]);
  });

  it('never counts another network’s meetings, and another network reads and changes nothing of this harvest', async () => {
    const h = await s.create('Oogst van netwerk A', 'NETWORK');
    const u = (await sections({ id: h.id, version: h.version, meetings: true })).data!.updateHarvestSections;
    const outsider = await signedIn(t, s.world.b.coordinator);
    const read = await outsider.gql(DRAFT, { id: h.id });
    expect([codeOf(read), read.data]).toEqual(['NOT_FOUND', null]);
    const change = await sections({ id: h.id, version: u.version, meetings: false, meetingIds: [s.meetings.ofB] }, outsider);
    expect(codeOf(change)).toBe('NOT_FOUND');
    expect(JSON.stringify(change)).not.toMatch(/Werkbijeenkomst|Wmo/);
    // B's own harvest counts B's meeting only, and cannot choose A's: refused as unknown.
    const own = (
      await outsider.ok(`mutation($id: ID!) { createHarvest(input: { programmeId: $id, title: "Oogst van B", visibility: NETWORK }) { id version } }`, {
        id: s.world.b.programmeId,
      })
    ).createHarvest;
    const b = (await sections({ id: own.id, version: own.version, meetings: true }, outsider)).data!.updateHarvestSections;
    expect(b.meetingChoices.map((c: any) => c.title)).toEqual(['Werkbijeenkomst van netwerk B']);
    // Two municipalities and a person of none: three, so shown.
    expect(b.meetings).toMatchObject({ state: 'SHOWN', meetings: 1, participants: 3, total: 3 });
    const refused = await sections({ id: own.id, version: b.version, meetingIds: [s.meetings.deventer] }, outsider);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors)).not.toContain(s.meetings.deventer);
    // And A's draft is as it was.
    const after = (await s.coordinator.ok(DRAFT, { id: h.id })).harvest;
    expect([after.version, after.showMeetings, after.meetings.meetings]).toEqual([u.version, true, 2]);
  });

  it('lets only the coordinator choose and read the section: a member and a facilitator of the network are refused and nothing changes', async () => {
    const h = await s.create('Oogst van de coördinator', 'NETWORK');
    const member = await signedIn(t, s.world.a.member);
    const facilitator = await signedIn(t, s.facilitator);
    const input = { id: h.id, version: h.version, meetings: true, meetingIds: [s.meetings.deventer] };
    expect(codeOf(await sections(input, member))).toBe('FORBIDDEN');
    const asFacilitator = await sections(input, facilitator);
    expect(codeOf(asFacilitator)).toBe('NOT_FOUND');
    for (const who of [member, facilitator]) {
      const res = await who.gql(DRAFT, { id: h.id });
      expect(res.data).toBeNull();
      expect(JSON.stringify(res)).not.toMatch(/Werkbijeenkomst|Participatie/);
    }
    const after = (await s.coordinator.ok(DRAFT, { id: h.id })).harvest;
    expect([after.version, after.showMeetings, after.meetingIds]).toEqual([h.version, false, []]);
  });
});
