import { buildVisitWorld } from '../support/visit-world';
import { buildWorld } from '../support/world';
import { badInputSuite } from './support/bad-input';
import { EVALUATION_LITERALS, buildEvaluationsWorld, evaluationMutations, type EvaluationsWorld } from './support/mutations/evaluations';
import { FINDING_LITERALS, findingMutations, type FindingsWorld } from './support/mutations/findings';
import { followUpMutations } from './support/mutations/follow-ups';
import { PLAN_LITERALS, buildPlansWorld, indicatorMutations, planMutations, type PlansWorld } from './support/mutations/plans';
import { REPORT_LITERALS, buildReportsWorld, reportMutations, type ReportsWorld } from './support/mutations/reports';
import { VISIT_LITERALS, buildVisitsWorld, visitMutations, type VisitsWorld } from './support/mutations/visits';

/*
 * REL-07 for everything that happens around a visit, each mutation run by the one who may run
 * it, so that fuzzed input gets past authorisation into validation and the services:
 *  - the preparation by the host's contact, the team by the coordinator, marking it held by the lead;
 *  - findings by their author, comments by a reviewer, sharing and finalising by the lead, replies
 *    and release by the host's contact, on a held visit with a finding in every state;
 *  - reports, in a round of their own: the lead's steps, the host's comment and sharing;
 *  - the action plan of that round's final report: the host's steps, the lead's comments and marks;
 *  - the evaluation of that round, closed, by one of its participants.
 * One app and one database for the three, to boot once.
 */
describe('bad input of every kind: visits, teams, findings, comments, replies and reports (REL-07)', () => {
  const visits = {} as VisitsWorld;
  const findings = {} as FindingsWorld;
  const reports = {} as ReportsWorld;
  const plans = {} as PlansWorld;
  const evaluations = {} as EvaluationsWorld;
  badInputSuite({
    mutations: [
      ...visitMutations(visits),
      ...findingMutations(findings),
      ...reportMutations(reports),
      ...followUpMutations(reports),
      ...planMutations(plans),
      ...indicatorMutations(plans),
      ...evaluationMutations(evaluations),
    ],
    literals: [...VISIT_LITERALS, ...FINDING_LITERALS, ...REPORT_LITERALS, ...PLAN_LITERALS, ...EVALUATION_LITERALS],
    setup: async (t, probe) => {
      const world = await buildWorld(t);
      const v = await buildVisitWorld(t, world);
      const r = await buildVisitWorld(t, world, 'r');
      Object.assign(visits, await buildVisitsWorld(t, probe, world, v));
      Object.assign(findings, { world, v, probe });
      Object.assign(reports, await buildReportsWorld(t, probe, world, r));
      Object.assign(plans, await buildPlansWorld(t, reports));
      Object.assign(evaluations, await buildEvaluationsWorld(t, reports));
      return {
        coordinator: world.a.coordinator,
        plannedHost: v.people.otherRoundMember,
        lead: v.people.lead,
        author: v.people.author,
        reviewer: v.people.otherReviewer,
        host: v.people.hostContact,
        reportLead: r.people.lead,
        sharedReportHost: r.people.otherReviewer,
        finalReportHost: r.people.lead,
        planLead: r.people.otherReviewer,
        evaluator: r.people.otherRoundMember,
      };
    },
  });
});
