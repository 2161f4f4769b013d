import { compareDutch } from '../harvests/collation';
/**
 * "Mijn taken": what waits on a person, computed from the same rules that grant the right to do
 * it (libs/domain visits and programmes), never kept in a to-do table that could drift.
 */

/** The kinds, in the order of the life cycle (the order among tasks with the same deadline). */
export const TASK_KINDS = [
  'OPEN_PROGRAMME',
  'ACCEPT_APPLICATION',
  'COMPOSE_ROUNDS',
  'PREPARE_VISIT',
  'ASSIGN_TEAM',
  'SUBMIT_FINDINGS',
  'SHARE_FINDINGS',
  'REPLY_TO_FINDINGS',
  'RELEASE_FINDINGS',
  'WRITE_REPORT',
  'SHARE_REPORT',
  'FINALISE_REPORT',
  'COMMENT_ON_REPORT',
  'WRITE_PROGRESS_REVIEW',
  'EVALUATE_ROUND',
  'PUBLISH_HARVEST',
  'CLOSE_PROGRAMME',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** The names a task is shown with: its programme, and where it concerns one, the round and the host (or applicant). */
export interface TaskContext {
  programme: string;
  round: string | null;
  organisation: string | null;
}

/** What a task concerns. */
export interface TaskSubject {
  programmeId: string;
  roundId: string | null;
  visitId: string | null;
  applicationId: string | null;
  context: TaskContext;
}

export interface Task extends TaskSubject {
  /** Stable within a person's list: the kind and what it concerns. */
  id: string;
  kind: TaskKind;
  /** The deadline, or null when nothing sets one. */
  due: Date | null;
  /** The deadline has passed (against the `now` the task was computed for). */
  overdue: boolean;
  /** How many things the task covers (findings to reply to, drafts to submit), where it counts any. */
  count: number | null;
  /** Where in the web app the person does it. */
  path: string;
}

/** Where each kind of task is done in the web app. */
export const taskPath = (kind: TaskKind, subject: Pick<TaskSubject, 'programmeId' | 'visitId'>): string => {
  switch (kind) {
    case 'PREPARE_VISIT':
    case 'ASSIGN_TEAM':
      return `/bezoeken/${subject.visitId}`;
    case 'SUBMIT_FINDINGS':
    case 'SHARE_FINDINGS':
    case 'REPLY_TO_FINDINGS':
    case 'RELEASE_FINDINGS':
      return `/bezoeken/${subject.visitId}/bevindingen`;
    case 'WRITE_REPORT':
    case 'SHARE_REPORT':
    case 'FINALISE_REPORT':
    case 'COMMENT_ON_REPORT':
      return `/bezoeken/${subject.visitId}/verslag`;
    case 'WRITE_PROGRESS_REVIEW':
      return `/bezoeken/${subject.visitId}/verbeterplan`;
    case 'COMPOSE_ROUNDS':
      return `/programmas/${subject.programmeId}/samenstellen`;
    case 'PUBLISH_HARVEST':
      return `/programmas/${subject.programmeId}/oogsten`;
    case 'EVALUATE_ROUND':
    case 'OPEN_PROGRAMME':
    case 'CLOSE_PROGRAMME':
    case 'ACCEPT_APPLICATION':
      return `/programmas/${subject.programmeId}`;
  }
};

/** A deadline has passed once the moment is after it; no deadline is never overdue. */
export function isOverdue(due: Date | null, now: Date): boolean {
  return due !== null && now.getTime() > due.getTime();
}

/** Builds a task of a kind for a subject, with its deadline judged against `now`. */
export function makeTask(kind: TaskKind, subject: TaskSubject, due: Date | null, now: Date, count: number | null = null): Task {
  const target = subject.applicationId ?? subject.visitId ?? subject.roundId ?? subject.programmeId;
  return { id: `${kind}:${target}`, kind, ...subject, due, overdue: isOverdue(due, now), count, path: taskPath(kind, subject) };
}

/**
 * The order of "Mijn taken": overdue first, then by deadline (soonest first), undated last; ties
 * by kind (the life cycle), then by what they concern as people read it (programme, round,
 * municipality, in Dutch order), and only then by id, so the list reads the same for everyone and
 * does not depend on the ids a database happened to give (two undated "compose the team" tasks
 * came in either order).
 */
export function sortTasks<T extends Pick<Task, 'id' | 'kind' | 'due' | 'overdue' | 'context'>>(tasks: readonly T[]): T[] {
  const rank = (t: T) => (t.overdue ? 0 : t.due ? 1 : 2);
  const name = (a: string | null, b: string | null) => compareDutch(a ?? '', b ?? '');
  return [...tasks].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.due && b.due ? a.due.getTime() - b.due.getTime() : 0) ||
      TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind) ||
      name(a.context.programme, b.context.programme) ||
      name(a.context.round, b.context.round) ||
      name(a.context.organisation, b.context.organisation) ||
      a.id.localeCompare(b.id),
  );
}
