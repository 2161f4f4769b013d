import { useCompiledReads } from '@kijkje/api/core';
import { VisitsService } from '@kijkje/api/visits';
import { withAdmin } from './support/database';
import type { GqlClient, GqlResult } from './support/gql-client';
import { RoundTripCounter } from './support/round-trips';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type Person, type World } from './support/world';

/*
 * A compiled read (one statement for a whole query, libs/api/core/src/lib/read-plan) must answer
 * exactly what the resolvers answer, for every person of the policy matrix and every state: the
 * same query is sent with compiled reads off and on, and both answers must be equal.
 */

const COUNTS = `fragment Counts on FindingCountsView { submitted shared final released }`;
const FINDING_FIELDS = `
fragment FindingFields on Finding {
  id status kind theme text tags version createdAt updatedAt releasedForHarvest myRelations
  evidence { source quote indicator }
  author { id name }
  rights { edit submit delete discuss reply release }
  comments { id text createdAt author { id name } }
  response { kind text version updatedAt respondedBy { id name } }
}`;
const FRAGMENTS = `${FINDING_FIELDS} ${COUNTS}`;

const QUERIES: Record<string, string> = {
  // A computed root (ComputedRoots): the service's tasks shaped as a compiled read, not a resolver per field.
  'my tasks': `{ myTasks { id kind due overdue programmeId roundId visitId applicationId context { programme round organisation } count path __typename } }`,
  'round dashboard': `query($id: ID!) { round(id: $id) { id name status version createdAt organisations { id name cbsCode province population kind }
    visits { id status reviewQuestion applicationReviewQuestion reviewQuestionRefined startsOn startsAt endsAt deadlines { preparationDue replyPeriodEnd reportDue preparationDueOwn reportDueOwn } location heldAt replyDeadline myRelations hostOrganisation { name } team { isLead user { id name } organisation { name } }
      rights { readFindings addFinding manageTeam } findingCounts { ...Counts } } } } ${COUNTS}`,
  'findings list': `query($id: ID!) { visit(id: $id) { status findings { id kind theme text tags status version author { name } } } }`,
  'findings board': `query FindingsBoard($id: ID!) { visit(id: $id) {
    id status version replyDeadline myRelations reviewQuestion __typename
    hostOrganisation { id name } round { id name } programme { id name themes }
    rights { readPreparation editPreparation manageTeam offerOwnReviewers addFinding readFindings markHeld shareFindings refineReviewQuestion }
    findingCounts { ...Counts } findings { ...FindingFields __typename } } } ${FRAGMENTS}`,
  'programme page': `query Programme($id: ID!) { programme(id: $id) {
    ...ProgrammeSummaryFields description themes signUpOpensAt signUpClosesAt defaultSharing
    applications { id status waitlistPosition reviewQuestion themes preferredPeriod consent submittedAt version organisation { id name province population } } }
    organisations { id name } }
    fragment ProgrammeSummaryFields on Programme { id name status places placesTaken waitlistLength version }`,
  'one finding': `query($id: ID!) { finding(id: $id) { ...FindingFields __typename } } ${FINDING_FIELDS}`,
  'aliases and repeated fields': `query($id: ID!) { v: visit(id: $id) { s: status status findings { id } alleBevindingen: findings { id text author { id } author { name } } } }`,
};

describe('compiled reads answer as the resolvers do (PERF-04)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const clients = new Map<string, GqlClient>();
  const counter = new RoundTripCounter();

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    await withAdmin(async (c) => {
      const n = world.a.id;
      // A discussion and a reply on the shared findings, and more visits in the round, in other states.
      for (const f of v.findings.filter((x) => x.status !== 'DRAFT')) {
        await c.query(`INSERT INTO finding_comment (network_id, finding_id, author_id, text) VALUES ($1, $2, $3, 'Eens, zie ook de cijfers')`, [
          n,
          f.id,
          v.people.otherReviewer.id,
        ]);
        if (f.status !== 'SUBMITTED')
          await c.query(`INSERT INTO host_response (network_id, finding_id, kind, text, responded_by) VALUES ($1, $2, 'COMMENT', 'Klopt', $3)`, [
            n,
            f.id,
            v.people.hostContact.id,
          ]);
      }
      for (const org of [v.organisations.outside, world.a.organisations[0].id])
        await c.query(
          `INSERT INTO application (network_id, programme_id, organisation_id, review_question, themes, consent, status)
           VALUES ($1, $2, $3, 'Wat leren wij?', '["Jeugd"]', 'PUBLIC', 'WAITLISTED') ON CONFLICT DO NOTHING`,
          [n, v.programmeId, org],
        );
      await c.query(
        `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status, evidence)
         VALUES ($1, $2, $3, 'STRENGTH', 'Jeugd', 'Concept van de leider', '[]', 'DRAFT', '{"source": "Gesprek"}')`,
        [n, v.visitId, v.people.lead.id],
      );
      for (const [host, status, reviewer] of [
        [v.organisations.b, 'PLANNED', v.people.lead],
        [v.organisations.c, 'PREPARED', v.people.author],
        [v.organisations.d, 'REPORT_FINAL', v.people.hostContact],
      ] as const) {
        const visit = await c.query(`INSERT INTO visit (network_id, round_id, host_organisation_id, status) VALUES ($1, $2, $3, $4) RETURNING id`, [
          n,
          v.roundId,
          host,
          status,
        ]);
        if (status === 'PLANNED')
          await c.query(`UPDATE visit SET review_question = 'Hoe sturen wij samen met de wijkteams?' WHERE id = $1`, [visit.rows[0].id]);
        await c.query(`INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead) VALUES ($1, $2, $3, $4, true)`, [
          n,
          visit.rows[0].id,
          reviewer.id,
          host === v.organisations.d ? v.organisations.host : v.organisations.c,
        ]);
      }
    }, t.db.ownerUrl);
    const people: Record<string, Person> = { ...v.people, coordinator: world.a.coordinator, otherNetwork: world.b.coordinator, both: world.both };
    for (const [role, person] of Object.entries(people)) clients.set(role, await signedIn(t, person));
    counter.start();
  });
  afterAll(async () => {
    counter.stop();
    useCompiledReads(true);
    await t.close();
  });

  // Two refused root fields may report in either order: the refusals are compared, not their order.
  // When a refused root field nulls the whole answer, the other root fields run on in parallel and
  // may or may not have reported their refusal by then: only that, and how, the answer was refused counts.
  const answer = (r: GqlResult) =>
    r.data === null && r.errors?.length
      ? { data: null, refused: [...new Set(r.errors.map((e) => e.extensions.code))].sort() }
      : {
          data: r.data,
          errors: r.errors?.map((e) => ({ path: e.path, code: e.extensions.code })).sort((a, b) => String(a.path).localeCompare(String(b.path))),
        };

  async function compare(name: string, variables: Record<string, unknown>): Promise<void> {
    for (const [role, client] of clients) {
      useCompiledReads(false);
      const resolved = answer(await client.gql(QUERIES[name], variables));
      useCompiledReads(true);
      counter.reset();
      const compiled = answer(await client.gql(QUERIES[name], variables));
      // The query itself is valid: every answer is data or a refusal.
      const codes = 'refused' in resolved ? (resolved.refused ?? []) : (resolved.errors ?? []).map((e) => e.code);
      expect(codes.filter((code) => code !== 'NOT_FOUND')).toEqual([]);
      expect({ role, name, ...compiled }).toEqual({ role, name, ...resolved });
      // What the caller may see came in one round trip: the BEGIN, the session lookup, one statement per
      // root field (my tasks: the version of the facts the resolvers' run kept) and the COMMIT.
      const trips = 1;
      if ('refused' in compiled || compiled.errors) continue;
      const statements = counter.transactions().flat();
      // On a difference the statements themselves are shown.
      expect({ role, name, trips: statements.length, ...(statements.length === trips ? {} : { statements }) }).toEqual({ role, name, trips });
    }
  }

  it.each(Object.keys(QUERIES).filter((q) => !['round dashboard', 'programme page', 'one finding'].includes(q)))(
    '%s, for every person, while the team captures',
    async (name) => {
      await compare(name, { id: v.visitId });
    },
  );

  it('round dashboard, for every person', async () => {
    await compare('round dashboard', { id: v.roundId });
  });

  it('one finding, for every person, in every state', async () => {
    for (const f of v.findings) await compare('one finding', { id: f.id });
  });

  it('a new finding is answered as the resolvers answer it, in four round trips', async () => {
    const lead = clients.get('lead')!;
    const create = async (text: string, submit: boolean) =>
      (
        await lead.ok(`mutation($input: CreateFindingInput!) { createFinding(input: $input) { ...FindingFields } } ${FINDING_FIELDS}`, {
          input: { visitId: v.visitId, kind: 'RECOMMENDATION', theme: 'Wmo', text, tags: ['#Regie'], evidence: { quote: ' "Wij sturen" ' }, submit },
        })
      ).createFinding;
    const comparable = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    for (const submit of [false, true]) {
      useCompiledReads(false);
      const resolved = await create('Nieuwe bevinding', submit);
      useCompiledReads(true);
      counter.reset();
      const compiled = await create('Nieuwe bevinding', submit);
      expect(comparable(compiled)).toEqual(comparable(resolved));
      const trips = counter.operation();
      expect(trips).toHaveLength(4);
      expect(trips[2]).toMatch(/^WITH f AS \(\s*INSERT INTO finding/);
      expect(trips[3]).toMatch(/^INSERT INTO audit_event .*; SELECT pg_notify.*; COMMIT$/s);
    }
  });

  it('programme page, for every person, with a waitlist', async () => {
    await compare('programme page', { id: v.programmeId });
    await compare('programme page', { id: world.a.programmeId });
  });

  it('the findings board once the report is final (its findings closed) and once replies are in', async () => {
    await withAdmin((c) => c.query(`UPDATE visit SET status = 'REPORT_FINAL' WHERE id = $1`, [v.visitId]), t.db.ownerUrl);
    try {
      await compare('findings board', { id: v.visitId });
      await compare('round dashboard', { id: v.roundId });
    } finally {
      await withAdmin((c) => c.query(`UPDATE visit SET status = 'HELD' WHERE id = $1`, [v.visitId]), t.db.ownerUrl);
    }
  });

  it('an id nobody may see answers not-found either way, audited once', async () => {
    await compare('findings board', { id: '00000000-0000-4000-8000-000000000000' });
    const outsider = clients.get('otherNetwork')!;
    const before = await withAdmin(
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied'`)).rows[0].n,
      t.db.ownerUrl,
    );
    expect((await outsider.gql(QUERIES['findings board'], { id: v.visitId })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const after = await withAdmin(
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied'`)).rows[0].n,
      t.db.ownerUrl,
    );
    expect(after).toBe(before + 1);
  });

  it('a query made only of compiled reads runs no resolver; one with anything else runs them', async () => {
    const read = jest.spyOn(VisitsService.prototype, 'read');
    try {
      const lead = clients.get('lead')!;
      await lead.ok(QUERIES['findings board'], { id: v.visitId });
      expect(read).not.toHaveBeenCalled();
      await lead.ok(`query($id: ID!) { visit(id: $id) { status teamProblems { nl } } }`, { id: v.visitId });
      expect(read).toHaveBeenCalledTimes(1);
    } finally {
      read.mockRestore();
    }
  });

  it('a selection with a field it has no read for goes through the resolvers, with the same answer', async () => {
    const lead = clients.get('lead')!;
    const query = `query($id: ID!) { visit(id: $id) { status teamProblems { nl } findings { id } } }`;
    counter.reset();
    const res = await lead.ok(query, { id: v.visitId });
    expect(res.visit.findings.length).toBeGreaterThan(0);
    expect(counter.operation().length).toBeGreaterThan(3);
  });
});
