import { codeOf } from '../../support/gql-client';
import { state } from '../../support/cross-tenant-state';
import { harvestWorld, leaksNothingOfA, notFoundAndUnchanged, planOfA, type Cases } from '../../support/cross-tenant-world';

/**
 * Visit reports, action plans, progress reviews, indicators and the organisation's timeline (SEC-03):
 * network A's ids answer NOT_FOUND and A's rows stay as they were.
 */
export const REPORT_AND_PLAN_CASES: Cases = {
  actionPlan: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { actionPlan(visitId: $id) { canStart plan { status actions { title } } } }`, { id: planOfA.visitId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(JSON.stringify(res)).not.toContain('Geheime actie');
    },
  },
  organisationTimeline: {
    attempt: async (o, w) => {
      // Network A's host organisation, as the coordinator of B asks for it: nothing, not even that it exists.
      const res = await o.gql(`query($id: ID) { organisationTimeline(organisationId: $id) { name visits { visitId fotoVanNu } } }`, {
        id: w.a.organisations[0].id,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      // Without an id: B's own side (a coordinator without an organisation of its own is told to choose one).
      leaksNothingOfA(await o.gql(`{ organisationTimeline { name visits { visitId } } }`), w);
    },
  },
  progressReviews: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { progressReviews(visitId: $id) { moments { months fotoVanNu } baseline { fotoVanNu } } }`, {
        id: planOfA.visitId,
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
    },
  },
  indicators: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { indicators(visitId: $id) { values { code label value } } }`, { id: planOfA.visitId });
      expect(codeOf(res)).toBe('NOT_FOUND');
      leaksNothingOfA(res, w);
      expect(JSON.stringify(res)).not.toContain('Geheim cijfer');
    },
  },
  ...notFoundAndUnchanged({
    saveIndicatorValue: () =>
      `mutation { saveIndicatorValue(input: { visitId: "${planOfA.visitId}", code: "GEHEIM", period: "2024", version: 1, label: "Van B", value: "1" }) { values { code } } }`,
    removeIndicatorValue: () =>
      `mutation { removeIndicatorValue(input: { visitId: "${planOfA.visitId}", code: "GEHEIM", period: "2024", version: 1 }) { values { code } } }`,
    importIndicators: () => `mutation { importIndicators(input: { visitId: "${planOfA.visitId}", csv: "code;periode;waarde\\nGEHEIM;2024;1" }) { added } }`,
    startActionPlan: () => `mutation { startActionPlan(visitId: "${planOfA.visitId}") { canStart } }`,
    shareActionPlan: () => `mutation { shareActionPlan(input: { visitId: "${planOfA.visitId}", version: 1 }) { canStart } }`,
    setActionPlanCoordinatorAccess: () =>
      `mutation { setActionPlanCoordinatorAccess(input: { visitId: "${planOfA.visitId}", version: 1, open: true }) { canStart } }`,
    markRecommendationAnswered: () =>
      `mutation { markRecommendationAnswered(input: { visitId: "${planOfA.visitId}", version: 1, findingId: "${planOfA.findingId}", answered: true }) { canStart } }`,
    addPlanAction: () =>
      `mutation { addPlanAction(input: { visitId: "${planOfA.visitId}", title: "Van B", owner: "B", findingIds: ["${planOfA.findingId}"] }) { id } }`,
    updatePlanAction: () =>
      `mutation { updatePlanAction(input: { id: "${planOfA.actionId}", version: 1, title: "Van B", owner: "B", findingIds: ["${planOfA.findingId}"] }) { id } }`,
    movePlanAction: () => `mutation { movePlanAction(input: { id: "${planOfA.actionId}", version: 1, status: DONE }) { id } }`,
    removePlanAction: () => `mutation { removePlanAction(input: { id: "${planOfA.actionId}", version: 1 }) }`,
    commentOnPlanAction: () => `mutation { commentOnPlanAction(input: { actionId: "${planOfA.actionId}", text: "Van B" }) { id } }`,
    saveProgressReview: () =>
      `mutation { saveProgressReview(input: { visitId: "${planOfA.visitId}", months: 6, version: 0, fotoVanNu: "Van B", reflection: "" }) { moments { months } } }`,
    submitProgressReview: () => `mutation { submitProgressReview(input: { visitId: "${planOfA.visitId}", months: 6, version: 1 }) { moments { months } } }`,
  }),
  // Visit reports
  visitReport: {
    attempt: async (o, w) => {
      for (const id of Object.values(harvestWorld.visits)) {
        const res = await o.gql(`query($id: ID!) { visitReport(visitId: $id) { summary } }`, { id });
        expect(codeOf(res)).toBe('NOT_FOUND');
        leaksNothingOfA(res, w);
      }
    },
  },
  visitReports: {
    attempt: async (o, w) => {
      const res = await o.gql(`query($id: ID!) { visitReports(programmeId: $id) { visitId summary } }`, { id: harvestWorld.programmeId });
      expect(res.data?.visitReports ?? []).toEqual([]);
      leaksNothingOfA(res, w);
    },
  },
  startVisitReport: {
    attempt: async (o, w, t, v) => {
      const before = await state(t, w);
      expect(codeOf(await o.gql(`mutation($id: ID!) { startVisitReport(visitId: $id) { status } }`, { id: v.visitId }))).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  saveVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: SaveReportInput!) { saveVisitReport(input: $input) { version } }`, {
        input: { visitId: harvestWorld.visits.Utrecht, version: 1, summary: 'Overschreven' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  shareVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(
        codeOf(
          await o.gql(`mutation($input: ShareReportInput!) { shareVisitReport(input: $input) { version } }`, {
            input: { visitId: harvestWorld.visits.Utrecht, version: 1, replyDays: 5 },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  reopenVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(
        codeOf(
          await o.gql(`mutation($input: ReportStepInput!) { reopenVisitReport(input: $input) { version } }`, {
            input: { visitId: harvestWorld.visits.Utrecht, version: 1 },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  finaliseVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(
        codeOf(
          await o.gql(`mutation($input: ReportStepInput!) { finaliseVisitReport(input: $input) { version } }`, {
            input: { visitId: harvestWorld.visits.Utrecht, version: 1 },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  commentOnVisitReport: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      const res = await o.gql(`mutation($input: CommentOnReportInput!) { commentOnVisitReport(input: $input) { version } }`, {
        input: { visitId: harvestWorld.visits.Utrecht, version: 1, text: 'Ingebroken' },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
  setVisitReportSharing: {
    attempt: async (o, w, t) => {
      const before = await state(t, w);
      expect(
        codeOf(
          await o.gql(`mutation($input: SetReportSharingInput!) { setVisitReportSharing(input: $input) { sharing } }`, {
            input: { visitId: harvestWorld.visits.Utrecht, sharing: 'TEAM' },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await state(t, w)).toEqual(before);
    },
  },
};
