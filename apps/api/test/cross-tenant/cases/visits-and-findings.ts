import { codeOf } from '../../support/gql-client';
import { state } from '../../support/cross-tenant-state';
import { leaksNothingOfA, notFoundAndUnchanged, visitWorld, type Cases } from '../../support/cross-tenant-world';
import { subscribe, wsClient } from '../../support/ws-client';

/**
 * Visits and findings (SEC-03): every id of network A is someone else's; nothing answers but
 * not-found, A's board cannot be followed, and A's rows stay as they were.
 */
export const VISIT_AND_FINDING_CASES: Cases = {
  visit: {
    attempt: async (o, w, _t, v) => {
      const res = await o.gql(`query($id: ID!) { visit(id: $id) { id location reviewQuestion applicationReviewQuestion } }`, { id: v.visitId });
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
  myTasks: {
    attempt: async (o, w) => {
      const res = await o.gql(`{ myTasks { id kind programmeId roundId visitId applicationId context { programme round organisation } path } }`);
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
  setVisitDeadlines: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: SetVisitDeadlinesInput!) { setVisitDeadlines(input: $input) { id } }`, {
        input: { visitId: v.visitId, version: 1, preparationDueOn: null, reportDueOn: '2030-01-01' },
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
  refineReviewQuestion: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: RefineReviewQuestionInput!) { refineReviewQuestion(input: $input) { id reviewQuestion } }`, {
        input: { visitId: v.visitId, version: 1, reviewQuestion: 'Een vraag van buiten het netwerk?' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(await state(t, w)).toEqual(before);
    },
  },
  submitPreparation: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(
        codeOf(await o.gql(`mutation($input: VisitStepInput!) { submitPreparation(input: $input) { id } }`, { input: { visitId: v.visitId, version: 1 } })),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  inviteFollowUp: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: InviteFollowUpInput!) { inviteFollowUp(input: $input) { id } }`, {
        input: { visitId: v.visitId, startsOn: '2030-01-07', startTime: '10:00', endTime: '12:00' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(await state(t, w)).toEqual(before);
    },
  },
  markVisitHeld: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(
        codeOf(await o.gql(`mutation($input: VisitStepInput!) { markVisitHeld(input: $input) { id } }`, { input: { visitId: v.visitId, version: 1 } })),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  assignReviewer: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { id } }`, {
        input: { visitId: v.visitId, userId: v.people.otherRoundMember.id, lead: true },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  removeReviewer: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: ReviewerRefInput!) { removeReviewer(input: $input) { id } }`, {
        input: { visitId: v.visitId, userId: v.people.author.id },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  setVisitLead: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: ReviewerRefInput!) { setVisitLead(input: $input) { id } }`, {
        input: { visitId: v.visitId, userId: v.people.author.id },
      });
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
      for (const f of v.findings)
        expect(codeOf(await o.gql(`mutation($input: FindingStepInput!) { submitFinding(input: $input) { id } }`, { input: { id: f.id, version: 1 } }))).toBe(
          'NOT_FOUND',
        );
      expect(await state(t, w)).toEqual(before);
    },
  },
  deleteFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings)
        expect(codeOf(await o.gql(`mutation($input: FindingStepInput!) { deleteFinding(input: $input) }`, { input: { id: f.id, version: 1 } }))).toBe(
          'NOT_FOUND',
        );
      expect(await state(t, w)).toEqual(before);
    },
  },
  shareFindings: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(
        codeOf(await o.gql(`mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { id } }`, { input: { visitId: v.visitId, replyDays: 14 } })),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  finaliseFindings: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(
        codeOf(await o.gql(`mutation($input: FinaliseFindingsInput!) { finaliseFindings(input: $input) { id } }`, { input: { visitId: v.visitId } })),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  addFindingComment: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(
          codeOf(
            await o.gql(`mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`, {
              input: { findingId: f.id, text: 'Meegelezen' },
            }),
          ),
        ).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  replyToFinding: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(
          codeOf(await o.gql(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, { input: { findingId: f.id, kind: 'AGREE' } })),
        ).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  setFindingRelease: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      for (const f of v.findings) {
        expect(
          codeOf(
            await o.gql(`mutation($input: SetFindingReleaseInput!) { setFindingRelease(input: $input) { id } }`, {
              input: { findingId: f.id, released: true },
            }),
          ),
        ).toBe('NOT_FOUND');
      }
      expect(await state(t, w)).toEqual(before);
    },
  },
  ...notFoundAndUnchanged({
    markSystemIssue: () => `mutation { markSystemIssue(input: { findingId: "${visitWorld.findings[3].id}", category: LAW, version: 1 }) { id systemIssue } }`,
  }),
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
