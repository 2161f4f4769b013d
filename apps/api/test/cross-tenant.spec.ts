import { GraphQLSchemaHost } from '@nestjs/graphql';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient, type GqlResult } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';
import { subscribe, wsClient } from './support/ws-client';

/**
 * SEC-03: every operation × a signed-in user of another network. Targeted operations answer
 * NOT_FOUND; listing operations return nothing of the other network; platform operations are
 * FORBIDDEN. The last test fails when a new operation is missing from this matrix.
 */
interface Case {
  /** What the outsider (coordinator of network B) tries against network A. */
  attempt: (outsider: GqlClient, w: World, t: TestApp, v: VisitWorld) => Promise<void>;
}

let visitWorld: VisitWorld;

const leaksNothingOfA = (res: GqlResult, w: World) => {
  const body = JSON.stringify(res.data ?? {});
  for (const id of [w.a.id, ...w.a.organisations.map((o) => o.id), w.a.invitationId, w.a.membershipId, w.a.coordinator.id, w.a.member.id, w.a.programmeId, w.a.applicationId]) {
    expect(body).not.toContain(id);
  }
  for (const o of w.a.organisations) expect(body).not.toContain(o.name);
  if (visitWorld) {
    for (const id of [visitWorld.visitId, visitWorld.roundId, visitWorld.programmeId, ...visitWorld.findings.map((f) => f.id), ...Object.values(visitWorld.organisations)]) {
      expect(body).not.toContain(id);
    }
    expect(body).not.toContain('Bevinding');
  }
};

const state = (t: TestApp, w: World) =>
  withAdmin(
    async (c) =>
      (
        await c.query(
          `SELECT (SELECT count(*) FROM organisation WHERE network_id = $1)::int AS orgs,
                  (SELECT count(*) FROM invitation WHERE network_id = $1 AND revoked_at IS NULL)::int AS invitations,
                  (SELECT count(*) FROM membership WHERE network_id = $1 AND active)::int AS members,
                  (SELECT count(*) FROM programme WHERE network_id = $1)::int AS programmes,
                  (SELECT string_agg(status || version, ',' ORDER BY id) FROM programme WHERE network_id = $1) AS programme_states,
                  (SELECT string_agg(status || version, ',' ORDER BY id) FROM application WHERE network_id = $1) AS applications,
                  (SELECT count(*) FROM round WHERE network_id = $1)::int AS rounds,
                  (SELECT count(*) FROM round_member WHERE network_id = $1)::int AS placed,
                  (SELECT string_agg(status || version || location || agenda::text || answers::text, ',' ORDER BY id) FROM visit WHERE network_id = $1) AS visits,
                  (SELECT string_agg(user_id::text || is_lead, ',' ORDER BY user_id) FROM visit_reviewer WHERE network_id = $1) AS reviewers,
                  (SELECT string_agg(status || version || text || released_for_harvest, ',' ORDER BY id) FROM finding WHERE network_id = $1) AS findings,
                  (SELECT count(*) FROM finding_comment WHERE network_id = $1)::int AS comments,
                  (SELECT count(*) FROM host_response WHERE network_id = $1)::int AS responses`,
          [w.a.id],
        )
      ).rows[0],
    t.db.ownerUrl,
  );

const MATRIX: Record<string, Case> = {
  // Queries
  viewer: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ viewer { currentNetwork { id } memberships { network { id name } organisation { id } } } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  networks: { attempt: async (o) => expect(codeOf(await o.gql(`{ networks { id } }`))).toBe('FORBIDDEN') },
  organisations: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ organisations { id name } }`);
      expect(res.data!.organisations.length).toBeGreaterThan(0);
      leaksNothingOfA(res, w);
    },
  },
  memberships: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ memberships { id user { id email } organisation { id } } }`);
      expect(res.data!.memberships.length).toBeGreaterThan(0);
      leaksNothingOfA(res, w);
    },
  },
  invitations: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ invitations { id email } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
      expect(JSON.stringify(res.data)).not.toContain('invited-a@');
    },
  },
  municipalities: {
    // Public reference data (CBS), the same for every network: nothing tenant-owned to leak.
    attempt: async (o, w) => {
      const res = await o.gql(`{ municipalities(search: "Utrecht") { items { cbsCode } } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  invitation: {
    // Only the holder of the token sees an invitation; ids or guesses reveal nothing.
    attempt: async (o, w) => {
      const res = await o.gql(`query($t: String!) { invitation(token: $t) { email } }`, { t: 'A'.repeat(43) });
      expect(res.data!.invitation).toBeNull();
      const byId = await o.gql(`query($t: String!) { invitation(token: $t) { email } }`, { t: w.a.invitationId });
      expect(byId.data!.invitation).toBeNull();
    },
  },
  auditEvents: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ auditEvents { id targetId } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  // Mutations
  signIn: { attempt: async () => undefined /* not tenant-scoped: proven in auth.spec.ts */ },
  signOut: { attempt: async () => undefined /* ends only the caller's own session */ },
  requestPasswordReset: { attempt: async () => undefined /* not tenant-scoped; no enumeration proven in auth.spec.ts */ },
  resetPassword: { attempt: async () => undefined /* token-bound, not tenant-scoped */ },
  acceptInvitation: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { id } } }`, {
        i: { token: 'B'.repeat(43), password: 'Wat-dan-ook-123' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  switchNetwork: {
    attempt: async (o, w) => {
      const res = await o.gql(`mutation($id: ID!) { switchNetwork(networkId: $id) { currentNetwork { id } } }`, { id: w.a.id });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  createNetwork: {
    attempt: async (o) => {
      const res = await o.gql(`mutation { createNetwork(input: { name: "Overname", coordinatorEmail: "x@x.nl", coordinatorName: "X" }) { id } }`);
      expect(codeOf(res)).toBe('FORBIDDEN');
    },
  },
  addOrganisation: {
    // The tenant comes from the session: the outsider can only ever add to their own network.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation { addOrganisation(input: { cbsCode: "GM0014" }) { id } }`);
      expect(codeOf(res)).toBe('OK');
      expect(await state(t, w)).toEqual(before);
    },
  },
  invitePerson: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($org: ID!) { invitePerson(input: { email: "x@x.nl", name: "X", role: MEMBER, organisationId: $org }) { id } }`, {
        org: w.a.organisations[0].id,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  revokeInvitation: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id: w.a.invitationId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  deactivateMembership: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { deactivateMembership(id: $id) { id } }`, { id: w.a.membershipId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  programmes: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ programmes { id name applications { id organisation { id } } } }`);
      expect(res.data!.programmes.length).toBeGreaterThan(0);
      leaksNothingOfA(res, w);
    },
  },
  programme: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { programme(id: $id) { id name } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  createProgramme: {
    // The tenant comes from the session: a programme lands in the outsider's own network only.
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation { createProgramme(input: { name: "Overname-programma", places: 8, defaultSharing: ROUND }) { id } }`);
      expect(codeOf(res)).toBe('OK');
      expect(await state(t, w)).toEqual(before);
    },
  },
  changeProgrammeStatus: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { changeProgrammeStatus(input: { id: $id, status: RUNNING, version: 1 }) { id } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateProgramme: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const programmeOfA = () =>
        withAdmin(async (c) => (await c.query(`SELECT name, themes, framework, places FROM programme WHERE id = $1`, [w.a.programmeId])).rows[0], t.db.ownerUrl);
      const was = await programmeOfA();
      for (let version = 1; version <= 2; version++) {
        const res = await o.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id name } }`, {
          input: { id: w.a.programmeId, version, name: 'Overgenomen', themes: ['Overname'], places: 999, framework: [{ theme: null, questions: [{ nl: 'Van wie?', en: 'Whose?' }] }] },
        });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
      expect(await programmeOfA()).toEqual(was);
      expect(await state(t, w)).toEqual(before);
    },
  },
  applyForProgramme: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { applyForProgramme(input: { programmeId: $id, reviewQuestion: "Mogen wij meedoen?", themes: ["Wmo"], consent: ROUND }) { id } }`, {
        id: w.a.programmeId,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  withdrawApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { withdrawApplication(id: $id) { id } }`, { id: w.a.applicationId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  declineApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { declineApplication(id: $id) { id } }`, { id: w.a.applicationId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  suggestedGrouping: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { suggestedGrouping(programmeId: $id) { rounds { number } } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
    },
  },
  createRound: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { createRound(input: { programmeId: $id, name: "Indringer" }) { id } }`, { id: w.a.programmeId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  placeApplication: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($id: ID!) { placeApplication(input: { applicationId: $id }) { id } }`, { id: w.a.applicationId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  acceptSuggestedGrouping: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { acceptSuggestedGrouping(programmeId: $id) { id } }`, { id: w.a.programmeId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  startRound: {
    attempt: async (o, w, t) => {
      const [round] = await withAdmin(
        async (c) =>
          (await c.query(`INSERT INTO round (network_id, programme_id, name) VALUES ($1, $2, 'Ronde van A') ON CONFLICT DO NOTHING RETURNING id`, [w.a.id, w.a.programmeId])).rows,
        t.db.ownerUrl,
      );
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { startRound(input: { id: $id, version: 1 }) { id } }`, { id: round?.id ?? w.a.programmeId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  // Visits and findings: every id of network A is someone else's; nothing answers but not-found.
  visit: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { visit(id: $id) { id location } }`, { id: v.visitId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  myVisits: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ myVisits { id hostOrganisation { name } findings { id text } } }`);
      expect(codeOf(res)).toBe('OK');
      leaksNothingOfA(res, w);
    },
  },
  reviewerCandidates: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { reviewerCandidates(visitId: $id) { user { id } } }`, { id: v.visitId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  finding: {
    attempt: async (o, w, _t, v) => {
      for (const f of v.findings) {
        const res = await o.gql(`query($id: ID!) { finding(id: $id) { id text } }`, { id: f.id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  updateVisitPlan: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: UpdateVisitPlanInput!) { updateVisitPlan(input: $input) { id } }`, {
        input: { visitId: v.visitId, version: 1, startsOn: '2027-01-01', location: 'Elders', agenda: [] },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  saveSelfAssessment: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { id } }`, {
        input: { visitId: v.visitId, version: 1, answers: [{ key: 'general:FOTO_VAN_NU', text: 'Overgenomen' }] },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  submitPreparation: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($input: VisitStepInput!) { submitPreparation(input: $input) { id } }`, { input: { visitId: v.visitId, version: 1 } }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  markVisitHeld: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($input: VisitStepInput!) { markVisitHeld(input: $input) { id } }`, { input: { visitId: v.visitId, version: 1 } }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  assignReviewer: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { id } }`, { input: { visitId: v.visitId, userId: v.people.otherRoundMember.id, lead: true } });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  removeReviewer: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { id } }`, { input: { visitId: v.visitId, userId: v.people.author.id } });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  setVisitLead: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: ReviewerRefInput!) { setVisitLead(input: $input) { id } }`, { input: { visitId: v.visitId, userId: v.people.author.id } });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  createFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: CreateFindingInput!) { createFinding(input: $input) { id } }`, {
        input: { visitId: v.visitId, kind: 'CONCERN', theme: 'Wmo', text: 'Ingebroken', submit: true },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  updateFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        const res = await o.gql(`mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { id } }`, {
          input: { id: f.id, version: 1, kind: 'STRENGTH', theme: 'Wmo', text: 'Overschreven' },
        });
        expect(codeOf(res)).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  submitFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) expect(codeOf(await o.gql(`mutation($input: FindingStepInput!) { submitFinding(input: $input) { id } }`, { input: { id: f.id, version: 1 } }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  deleteFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) expect(codeOf(await o.gql(`mutation($input: FindingStepInput!) { deleteFinding(input: $input) }`, { input: { id: f.id, version: 1 } }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  shareFindings: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { id } }`, { input: { visitId: v.visitId, replyDays: 14 } }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  finaliseFindings: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($input: FinaliseFindingsInput!) { finaliseFindings(input: $input) { id } }`, { input: { visitId: v.visitId } }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  addFindingComment: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(codeOf(await o.gql(`mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`, { input: { findingId: f.id, text: 'Meegelezen' } }))).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  replyToFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(codeOf(await o.gql(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, { input: { findingId: f.id, kind: 'AGREE' } }))).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  setFindingRelease: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(codeOf(await o.gql(`mutation($input: SetFindingReleaseInput!) { setFindingRelease(input: $input) { id } }`, { input: { findingId: f.id, released: true } }))).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  // Subscriptions
  findingChanged: {
    // Over the WebSocket, as a browser: the outsider cannot follow network A's board.
    attempt: async (o, w, t, v) => {
      const url = await t.listen();
      const client = wsClient(url, { cookie: o.cookie, origin: t.config.appUrl });
      const sub = subscribe(client, `subscription($id: ID!) { findingChanged(visitId: $id) { findingId change } }`, { id: v.visitId });
      await sub.ready;
      expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
      expect(sub.received).toEqual([]);
      await sub.close();
    },
  },
};

describe('cross-tenant matrix', () => {
  let t: TestApp;
  let world: World;
  let outsider: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    visitWorld = await buildVisitWorld(t, world);
    outsider = await signedIn(t, world.b.coordinator);
  });
  afterAll(() => t.close());

  it.each(Object.keys(MATRIX))('%s by a coordinator of another network reveals and changes nothing', async (operation) => {
    await MATRIX[operation].attempt(outsider, world, t, visitWorld);
  });

  it('covers every operation of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(operations);
  });

  it('audits the denials', async () => {
    const { rows } = await withAdmin(
      (c) => c.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.denied' AND actor_user_id = $1`, [world.b.coordinator.id]),
      t.db.ownerUrl,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });
});
