import type { ProgrammeStatus } from '../programmes/programme-lifecycle';
import type { RoundStatus } from '../programmes/round-lifecycle';
import { startOfDutchDay, endOfDutchDay } from '../time/dutch-time';
import { visitDeadlines, type DeadlineSettings, type VisitDeadlines } from '../time/deadlines';
import { findingRights, type VisitRelation } from '../visits/finding-policy';
import { reportRights } from '../visits/report-policy';
import { checkTeam, type TeamMember } from '../visits/review-team';
import { replyPeriodOpen, type VisitStatus } from '../visits/visit-lifecycle';
import { visitRights } from '../visits/visit-policy';
import { makeTask, type Task, type TaskSubject } from './task';

/** What the task rules need to know of one visit, its round and programme. */
export interface VisitTaskFacts {
  programme: { id: string; name: string; status: ProgrammeStatus; deadlines: DeadlineSettings };
  round: { id: string; name: string; status: RoundStatus; organisationIds: readonly string[] };
  visit: {
    id: string;
    hostOrganisationId: string;
    hostName: string;
    status: VisitStatus;
    startsOn: string | null;
    /** The visit's own deadlines (null: the programme's rule). */
    preparationDue: Date | null;
    reportDue: Date | null;
    /** Until when the host may reply to the shared findings (set when they are shared). */
    replyDeadline: Date | null;
  };
  team: readonly TeamMember[];
  findings: {
    /** The person's own drafts. */
    myDrafts: number;
    /** Submitted to the team, not yet shared with the host. */
    submitted: number;
    /** Shared or final, without the host's reply. */
    unanswered: number;
    /** Shared or final (the host sees them). */
    visible: number;
    /** Shared or final and released by the host for the harvest. */
    released: number;
  };
  /** The visit report, once the lead started it. */
  report: { summaryWritten: boolean; replyDeadline: Date | null; hostCommented: boolean } | null;
}

export type VisitTaskRule = (facts: VisitTaskFacts, relations: readonly VisitRelation[], now: Date) => Task | null;

const subject = (f: VisitTaskFacts): TaskSubject => ({
  programmeId: f.programme.id,
  roundId: f.round.id,
  visitId: f.visit.id,
  applicationId: null,
  context: { programme: f.programme.name, round: f.round.name, organisation: f.visit.hostName },
});

export const deadlinesOf = (f: VisitTaskFacts): VisitDeadlines =>
  visitDeadlines(
    {
      startsOn: f.visit.startsOn,
      preparationDueOverride: f.visit.preparationDue,
      reportDueOverride: f.visit.reportDue,
      replyDeadline: f.visit.replyDeadline,
    },
    f.programme.deadlines,
  );

/** A running round of a programme that is not closed: nothing else asks anything of anyone. */
const live = (f: VisitTaskFacts) => f.programme.status !== 'CLOSED' && f.round.status !== 'COMPOSING' && f.round.status !== 'CLOSED';

/** Host: fill in the self-assessment and agenda and submit them, by the preparation deadline. */
export const prepareVisitTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f) || !visitRights(relations, f.visit.status).editPreparation) return null;
  return makeTask('PREPARE_VISIT', subject(f), deadlinesOf(f).preparationDue, now);
};

/** Whether the team is not yet complete enough for the visit (checkTeam of the visit rules). */
export const teamIncomplete = (f: VisitTaskFacts): boolean =>
  checkTeam({ hostOrganisationId: f.visit.hostOrganisationId, roundOrganisationIds: f.round.organisationIds, conflicts: [], team: f.team }).length > 0;

/** Whoever manages the team (visitRights.manageTeam): complete it before the visit day begins. */
export const assignTeamTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f) || !visitRights(relations, f.visit.status).manageTeam || !teamIncomplete(f)) return null;
  return makeTask('ASSIGN_TEAM', subject(f), f.visit.startsOn ? startOfDutchDay(f.visit.startsOn) : null, now);
};

/** A reviewer with drafts while findings are captured: submit them to the team by the end of the visit day. */
export const submitFindingsTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f) || f.findings.myDrafts === 0) return null;
  if (!visitRights(relations, f.visit.status).addFinding || !findingRights([...relations, 'author'], 'DRAFT', false).submit) return null;
  return makeTask('SUBMIT_FINDINGS', subject(f), f.visit.startsOn ? endOfDutchDay(f.visit.startsOn) : null, now, f.findings.myDrafts);
};

/** The lead, once the visit is held: share the submitted findings with the host (before the report is due). */
export const shareFindingsTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f) || f.findings.submitted === 0) return null;
  if (!visitRights(relations, f.visit.status).shareFindings || !findingRights(relations, 'SUBMITTED', false).share) return null;
  return makeTask('SHARE_FINDINGS', subject(f), deadlinesOf(f).reportDue, now, f.findings.submitted);
};

/** The host, within the reply period: reply to each shared finding. */
export const replyToFindingsTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f) || f.findings.unanswered === 0 || !findingRights(relations, 'SHARED', false).reply) return null;
  const end = deadlinesOf(f).replyPeriodEnd;
  if (!replyPeriodOpen(end, now)) return null;
  return makeTask('REPLY_TO_FINDINGS', subject(f), end, now, f.findings.unanswered);
};

/**
 * The host, once the replying is done (every shared finding answered or the period over): decide
 * which findings may go, anonymised, into the harvest. Done once any finding is released.
 */
export const releaseFindingsTask: VisitTaskRule = (f, relations, now) => {
  if (f.programme.status === 'CLOSED' || f.findings.visible === 0 || f.findings.released > 0) return null;
  if (!findingRights(relations, 'SHARED', false).release) return null;
  if (f.findings.unanswered > 0 && replyPeriodOpen(deadlinesOf(f).replyPeriodEnd, now)) return null;
  return makeTask('RELEASE_FINDINGS', subject(f), null, now, f.findings.visible);
};

/**
 * The lead: write the report once the findings are shared and the host's reply period is over (or
 * every finding answered), and go on writing while the draft has no summary.
 */
export const writeReportTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f)) return null;
  const rights = reportRights(relations, f.visit.status, 'TEAM');
  if (rights.start) {
    if (f.findings.submitted > 0 || f.visit.replyDeadline === null) return null;
    if (f.findings.unanswered > 0 && replyPeriodOpen(f.visit.replyDeadline, now)) return null;
    return makeTask('WRITE_REPORT', subject(f), deadlinesOf(f).reportDue, now);
  }
  if (rights.edit && !f.report?.summaryWritten) return makeTask('WRITE_REPORT', subject(f), deadlinesOf(f).reportDue, now);
  return null;
};

/** The lead: share the written draft with the host. */
export const shareReportTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f) || !f.report?.summaryWritten || !reportRights(relations, f.visit.status, 'TEAM').share) return null;
  return makeTask('SHARE_REPORT', subject(f), deadlinesOf(f).reportDue, now);
};

/** The lead: finalise the shared report, but as a task only once the host's reply period is over. */
export const finaliseReportTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f) || !reportRights(relations, f.visit.status, 'TEAM').finalise) return null;
  if (replyPeriodOpen(f.report?.replyDeadline ?? null, now)) return null;
  return makeTask('FINALISE_REPORT', subject(f), deadlinesOf(f).reportDue, now);
};

/** The host: comment on the shared report within its reply period, unless it already did. */
export const commentOnReportTask: VisitTaskRule = (f, relations, now) => {
  if (!live(f) || !f.report || f.report.hostCommented || !reportRights(relations, f.visit.status, 'TEAM').comment) return null;
  if (!replyPeriodOpen(f.report.replyDeadline, now)) return null;
  return makeTask('COMMENT_ON_REPORT', subject(f), f.report.replyDeadline, now);
};

/** Every visit task rule, in life-cycle order. */
export const VISIT_TASK_RULES: readonly VisitTaskRule[] = [
  prepareVisitTask,
  assignTeamTask,
  submitFindingsTask,
  shareFindingsTask,
  replyToFindingsTask,
  releaseFindingsTask,
  writeReportTask,
  shareReportTask,
  finaliseReportTask,
  commentOnReportTask,
];

/** The tasks a person with these relations has on one visit. */
export function visitTasks(facts: VisitTaskFacts, relations: readonly VisitRelation[], now: Date): Task[] {
  return VISIT_TASK_RULES.map((rule) => rule(facts, relations, now)).filter((t): t is Task => t !== null);
}
