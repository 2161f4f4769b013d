import { replyDeadline } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version preparationDaysBefore replyDays reportWeeksAfter } }`;
const UPDATE = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version preparationDaysBefore replyDays reportWeeksAfter } }`;
const PROGRAMME = `query($id: ID!) { programme(id: $id) { id version preparationDaysBefore replyDays reportWeeksAfter } }`;
const DEADLINES = `query($id: ID!) { visit(id: $id) { id version deadlines { preparationDue replyPeriodEnd reportDue preparationDueOwn reportDueOwn } } }`;
// Asks for a field only the resolvers answer, so the same deadlines come through the resolver path.
const DEADLINES_RESOLVED = `query($id: ID!) { visit(id: $id) { id version preparationProblems { nl } deadlines { preparationDue replyPeriodEnd reportDue preparationDueOwn reportDueOwn } } }`;
const SET = `mutation($input: SetVisitDeadlinesInput!) { setVisitDeadlines(input: $input) { version deadlines { preparationDue reportDue preparationDueOwn reportDueOwn } } }`;
const SHARE = `mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { replyDeadline deadlines { replyPeriodEnd } } }`;

describe('deadlines: the programme’s rules, a visit’s own dates, and the reply period', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    coordinator = await signedIn(t, world.a.coordinator);
    await withAdmin(
      (c) => c.query(`UPDATE visit SET starts_on = '2031-04-08', preparation_due = NULL, report_due = NULL WHERE id = $1`, [v.visitId]),
      t.db.ownerUrl,
    );
  });
  afterAll(() => t.close());

  it('creates a programme with the defaults or with its own rules, and edits them version-checked', async () => {
    const plain = (await coordinator.ok(CREATE, { input: { name: 'Met standaardtermijnen', places: 8, defaultSharing: 'NETWORK' } })).createProgramme;
    expect(plain).toMatchObject({ preparationDaysBefore: 7, replyDays: 14, reportWeeksAfter: 4 });
    const own = (
      await coordinator.ok(CREATE, {
        input: { name: 'Met eigen termijnen', places: 8, defaultSharing: 'NETWORK', preparationDaysBefore: 10, replyDays: 21, reportWeeksAfter: 6 },
      })
    ).createProgramme;
    expect(own).toMatchObject({ preparationDaysBefore: 10, replyDays: 21, reportWeeksAfter: 6 });
    const updated = (await coordinator.ok(UPDATE, { input: { id: own.id, version: own.version, replyDays: 10 } })).updateProgramme;
    expect(updated).toMatchObject({ version: own.version + 1, preparationDaysBefore: 10, replyDays: 10, reportWeeksAfter: 6 });
    const stale = await coordinator.gql(UPDATE, { input: { id: own.id, version: own.version, replyDays: 30 } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await coordinator.ok(PROGRAMME, { id: own.id })).programme.replyDays).toBe(10);
  });

  it('refuses rules out of range, per field, in Dutch and English, and changes nothing', async () => {
    const res = await coordinator.gql(UPDATE, { input: { id: v.programmeId, version: 1, preparationDaysBefore: 61, replyDays: 0, reportWeeksAfter: 27 } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions.fields!;
    expect(fields.map((f) => f.field).sort()).toEqual(['preparationDaysBefore', 'replyDays', 'reportWeeksAfter']);
    expect(fields.every((f) => f.messages.nl && f.messages.en && f.messages.nl !== f.messages.en)).toBe(true);
    const created = await coordinator.gql(CREATE, { input: { name: 'Half', places: 8, defaultSharing: 'NETWORK', replyDays: 1.5 } });
    expect(codeOf(created)).toBe('BAD_USER_INPUT');
    expect((await coordinator.ok(PROGRAMME, { id: v.programmeId })).programme).toMatchObject({ version: 1, preparationDaysBefore: 7 });
  });

  it("computes a visit's deadlines from its programme's rule, the same on the compiled and the resolved path", async () => {
    const compiled = (await coordinator.ok(DEADLINES, { id: v.visitId })).visit.deadlines;
    expect(compiled).toMatchObject({
      // 7 days before 8 April 2031, end of the Dutch day (summer time); 4 weeks after it.
      preparationDue: '2031-04-01T21:59:59.000Z',
      reportDue: '2031-05-06T21:59:59.000Z',
      preparationDueOwn: false,
      reportDueOwn: false,
    });
    const host = await signedIn(t, v.people.hostContact);
    expect((await host.ok(DEADLINES_RESOLVED, { id: v.visitId })).visit.deadlines).toEqual((await host.ok(DEADLINES, { id: v.visitId })).visit.deadlines);
    expect((await coordinator.ok(DEADLINES_RESOLVED, { id: v.visitId })).visit.deadlines).toEqual(compiled);
  });

  it("lets the coordinator set a visit's own dates, audited and version-checked, and clear them again", async () => {
    const version = (await coordinator.ok(DEADLINES, { id: v.visitId })).visit.version;
    const set = (await coordinator.ok(SET, { input: { visitId: v.visitId, version, preparationDueOn: '2031-04-03', reportDueOn: '2031-05-20' } }))
      .setVisitDeadlines;
    expect(set).toMatchObject({
      version: version + 1,
      deadlines: { preparationDue: '2031-04-03T21:59:59.000Z', reportDue: '2031-05-20T21:59:59.000Z', preparationDueOwn: true, reportDueOwn: true },
    });
    expect(codeOf(await coordinator.gql(SET, { input: { visitId: v.visitId, version, preparationDueOn: null, reportDueOn: null } }))).toBe('CONFLICT');
    const audited = await withAdmin(
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM audit_event WHERE target_id = $1 AND action = 'visit.deadlines_set'`, [v.visitId])).rows[0].n,
      t.db.ownerUrl,
    );
    expect(audited).toBe(1);
    const cleared = (await coordinator.ok(SET, { input: { visitId: v.visitId, version: version + 1, preparationDueOn: null, reportDueOn: null } }))
      .setVisitDeadlines;
    expect(cleared.deadlines).toMatchObject({ preparationDue: '2031-04-01T21:59:59.000Z', preparationDueOwn: false, reportDueOwn: false });
  });

  it('refuses a preparation after the visit, a report before it, or a new day in the past', async () => {
    const version = (await coordinator.ok(DEADLINES, { id: v.visitId })).visit.version;
    const res = await coordinator.gql(SET, { input: { visitId: v.visitId, version, preparationDueOn: '2031-04-09', reportDueOn: '2031-04-01' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['preparationDueOn', 'reportDueOn']);
    const past = await coordinator.gql(SET, { input: { visitId: v.visitId, version, preparationDueOn: '2020-01-01' } });
    expect(past.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['preparationDueOn']);
    expect((await coordinator.ok(DEADLINES, { id: v.visitId })).visit.version).toBe(version);
  });

  it('lets only the coordinator set them: the team and host are refused, another network does not find the visit', async () => {
    const version = (await coordinator.ok(DEADLINES, { id: v.visitId })).visit.version;
    const input = { visitId: v.visitId, version, preparationDueOn: null, reportDueOn: '2031-06-01' };
    for (const person of [v.people.lead, v.people.hostContact, v.people.author, v.people.otherRoundMember]) {
      expect(codeOf(await (await signedIn(t, person)).gql(SET, { input }))).toBe('FORBIDDEN');
    }
    for (const person of [v.people.networkMember, world.b.coordinator]) {
      expect(codeOf(await (await signedIn(t, person)).gql(SET, { input }))).toBe('NOT_FOUND');
    }
    expect((await coordinator.ok(DEADLINES, { id: v.visitId })).visit.version).toBe(version);
  });

  it("shares the findings with the programme's reply period when the lead does not name one", async () => {
    await withAdmin((c) => c.query(`UPDATE programme SET reply_days = 21 WHERE id = $1`, [v.programmeId]), t.db.ownerUrl);
    const lead = await signedIn(t, v.people.lead);
    const shared = (await lead.ok(SHARE, { input: { visitId: v.visitId } })).shareFindings;
    expect(shared.replyDeadline).toBe(replyDeadline(new Date(), 21).toISOString());
    expect(shared.deadlines.replyPeriodEnd).toBe(shared.replyDeadline);
  });
});
