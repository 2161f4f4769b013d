import type { ProgrammeStatus } from '../programmes/programme-lifecycle';
import type { RoundStatus } from '../programmes/round-lifecycle';
import type { VisitStatus } from '../visits/visit-lifecycle';
import type { TeamMember } from '../visits/review-team';
import type { VisitTaskFacts } from './visit-tasks';

/**
 * A visit's task facts as PostgreSQL's json_build_object gives them (timestamps as ISO text,
 * dates as YYYY-MM-DD): what "Mijn taken", the progress board and the deadline reminders read.
 * What a statement leaves out counts as nothing (no team, no findings, no report).
 */
export interface VisitFactsJson {
  programme: { id: string; name: string; status: string; preparationDaysBefore: number; replyDays: number; reportWeeksAfter: number };
  round: { id: string; name: string; status: string; organisationIds?: string[] | null };
  visit: {
    id: string;
    hostOrganisationId: string;
    hostName: string;
    status: string;
    startsOn: string | null;
    preparationDue: string | null;
    reportDue: string | null;
    replyDeadline: string | null;
  };
  team?: TeamMember[] | null;
  findings?: Partial<VisitTaskFacts['findings']>;
  report?: { summaryWritten: boolean; replyDeadline: string | null; hostCommented: boolean } | null;
}

const date = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

/** The JSON facts of a visit as the task rules take them. */
export function visitFactsFromJson(row: VisitFactsJson): VisitTaskFacts {
  const { programme, round, visit } = row;
  return {
    programme: {
      id: programme.id,
      name: programme.name,
      status: programme.status as ProgrammeStatus,
      deadlines: { preparationDaysBefore: programme.preparationDaysBefore, replyDays: programme.replyDays, reportWeeksAfter: programme.reportWeeksAfter },
    },
    round: { id: round.id, name: round.name, status: round.status as RoundStatus, organisationIds: round.organisationIds ?? [] },
    visit: {
      id: visit.id,
      hostOrganisationId: visit.hostOrganisationId,
      hostName: visit.hostName,
      status: visit.status as VisitStatus,
      startsOn: visit.startsOn,
      preparationDue: date(visit.preparationDue),
      reportDue: date(visit.reportDue),
      replyDeadline: date(visit.replyDeadline),
    },
    team: row.team ?? [],
    findings: { myDrafts: 0, submitted: 0, unanswered: 0, visible: 0, released: 0, ...row.findings },
    report: row.report ? { ...row.report, replyDeadline: date(row.report.replyDeadline) } : null,
  };
}
