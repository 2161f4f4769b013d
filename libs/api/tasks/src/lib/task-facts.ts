import type { ProgrammeStatus, ProgrammeTaskFacts, RoundStatus, VisitRelation, VisitStatus, VisitTaskFacts } from '@kijkje/domain';
import type { ProgrammeFactsRow, VisitFactsRow } from './tasks.queries';

/** The rows of tasks.queries.ts as the facts of libs/domain's task rules. */

const date = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

export function visitFactsOf(row: Omit<VisitFactsRow, 'relations'>): VisitTaskFacts {
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
    findings: row.findings,
    report: row.report && { ...row.report, replyDeadline: date(row.report.replyDeadline) },
  };
}

/** The caller's relations to a visit, as the statement found them (everybody there is a network member). */
export function relationsOf(row: VisitFactsRow): VisitRelation[] {
  const r = row.relations;
  const relations: VisitRelation[] = ['networkMember'];
  if (r.host || r.reviewer) relations.push('roundMember');
  if (r.host) relations.push('host');
  if (r.reviewer) relations.push('reviewer');
  if (r.lead) relations.push('lead');
  if (r.coordinator) relations.push('coordinator');
  return relations;
}

export function programmeFactsOf(row: ProgrammeFactsRow): ProgrammeTaskFacts {
  return {
    programme: {
      id: row.programme.id,
      name: row.programme.name,
      status: row.programme.status as ProgrammeStatus,
      signUpOpensAt: date(row.programme.signUpOpensAt),
      signUpClosesAt: date(row.programme.signUpClosesAt),
    },
    rounds: { total: Number(row.rounds.total), closed: Number(row.rounds.closed) },
    acceptedUnplaced: Number(row.acceptedUnplaced),
    harvestPublished: row.harvestPublished,
    pending: row.pending ?? [],
  };
}
