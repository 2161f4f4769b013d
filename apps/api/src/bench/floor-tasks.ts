import { MY_TASK_FACTS_SQL, myTaskFactsOf, myTaskFactsParameters, taskScope, tasksFromFacts, type MyTaskRows } from '@kijkje/api/tasks';
import { isRole, type Actor } from '@kijkje/domain';

/**
 * "Mijn taken" for the bench's floor (tools/bench-floor/cases/my-tasks.mjs): the same statement
 * and the same task rules of libs/domain that Kijkje runs, without Nest, Apollo or TypeORM, so that
 * the comparison measures what the framework costs on this operation.
 */
export interface FloorScope {
  network: string;
  user: string;
  organisation: string | null;
  role: string;
}

export const sql = MY_TASK_FACTS_SQL;

const actorOf = (scope: FloorScope): Actor | null =>
  isRole(scope.role)
    ? { userId: scope.user, isPlatformAdmin: false, membership: { role: scope.role, organisationId: scope.organisation, active: true } }
    : null;

/** The statement's parameters for the caller, or null when nothing can wait on them. */
export function parameters(scope: FloorScope): unknown[] | null {
  const tasks = taskScope(actorOf(scope));
  return tasks ? myTaskFactsParameters(scope.network, scope.user, scope.organisation, tasks.coordinator) : null;
}

/** The GraphQL answer, fields in the order the bench's query asks them. */
export function body(row: MyTaskRows | null, scope: FloorScope, now: Date): string {
  const actor = actorOf(scope);
  const tasks = row && actor ? tasksFromFacts(myTaskFactsOf(row), actor, now) : [];
  return JSON.stringify({
    data: {
      myTasks: tasks.map((t) => ({
        id: t.id,
        kind: t.kind,
        due: t.due?.toISOString() ?? null,
        overdue: t.overdue,
        programmeId: t.programmeId,
        roundId: t.roundId,
        visitId: t.visitId,
        applicationId: t.applicationId,
        context: { programme: t.context.programme, round: t.context.round, organisation: t.context.organisation },
        count: t.count,
        path: t.path,
      })),
    },
  });
}
