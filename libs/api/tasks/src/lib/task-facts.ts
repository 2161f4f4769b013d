import {
  can,
  programmeTasks,
  progressMomentsOf,
  progressReviewTask,
  roundEvaluationTasks,
  sortTasks,
  visitTasks,
  type Actor,
  type Task,
  visitFactsFromJson,
  type ProgressReviewTaskFacts,
  type ProgrammeStatus,
  type ProgrammeTaskFacts,
  type VisitFactsJson,
  type VisitRelation,
  type VisitStatus,
  type VisitTaskFacts,
} from '@kijkje/domain';
import type { MyTaskFacts } from './my-tasks.queries';
import type { ProgrammeFactsRow, ProgressVisitFactsRow, VisitFactsRow } from './tasks.queries';

/** The rows of tasks.queries.ts as the facts of libs/domain's task rules. */

const date = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

/** A row's visit facts for the task rules (libs/domain reads the JSON). */
export const visitFactsOf = (row: VisitFactsJson): VisitTaskFacts => visitFactsFromJson(row);

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

/** The caller's relations to a visit of their own organisation (the statement found only those). */
export const HOST_RELATIONS: readonly VisitRelation[] = ['networkMember', 'roundMember', 'host'];

export function progressFactsOf(row: ProgressVisitFactsRow): ProgressReviewTaskFacts {
  return {
    programme: { id: row.programme.id, name: row.programme.name },
    round: row.round,
    visit: { ...row.visit, status: row.visit.status as VisitStatus },
    moments: progressMomentsOf(row.programme.months, row.written),
    submitted: row.submitted,
  };
}

/** Whether the caller has tasks at all, and sees the coordinator's: the parameters of the facts statement. */
export function taskScope(actor: Actor | null | undefined): { coordinator: boolean } | null {
  if (!actor || !can(actor, 'visit.read')) return null;
  return { coordinator: can(actor, 'programme.manage') };
}

/** What waits on the caller, overdue first: the facts decided by libs/domain's task rules. */
export function tasksFromFacts(facts: MyTaskFacts, actor: Actor, now: Date): Task[] {
  return sortTasks([
    ...facts.visits.flatMap((row) => visitTasks(visitFactsOf(row), relationsOf(row), now)),
    ...facts.programmes.flatMap((row) => programmeTasks(programmeFactsOf(row), actor, now)),
    ...facts.progressVisits.map((row) => progressReviewTask(progressFactsOf(row), HOST_RELATIONS, now)).filter((t): t is Task => t !== null),
    ...roundEvaluationTasks(facts.evaluations, now),
  ]);
}
