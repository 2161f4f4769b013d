import type { VisitRelation } from '../visits/finding-policy';
import type { VisitDeadlines } from '../time/deadlines';
import { progressReviewTask, type ProgressReviewTaskFacts } from './progress-review-tasks';
import type { Task, TaskKind } from './task';
import {
  assignTeamTask,
  deadlinesOf,
  finaliseReportTask,
  prepareVisitTask,
  shareFindingsTask,
  shareReportTask,
  writeReportTask,
  type VisitTaskFacts,
  type VisitTaskRule,
} from './visit-tasks';

const HOST: readonly VisitRelation[] = ['host', 'roundMember', 'networkMember'];

/** Whom a late task waits on: the host's people, the team's lead, or the coordinators. */
export const TASK_HOLDERS = ['host', 'lead', 'coordinator'] as const;
export type TaskHolder = (typeof TASK_HOLDERS)[number];

/**
 * The visit tasks a coordinator follows on the progress board, each with the relations of the one
 * it waits on. Only steps with a deadline that can pass are here: replying and commenting end with
 * their period, and a reviewer's drafts are nobody else's business (a coordinator never learns of them).
 */
const FOLLOWED: readonly { rule: VisitTaskRule; holder: TaskHolder; relations: readonly VisitRelation[] }[] = [
  { rule: prepareVisitTask, holder: 'host', relations: ['host', 'roundMember', 'networkMember'] },
  { rule: assignTeamTask, holder: 'coordinator', relations: ['coordinator', 'networkMember'] },
  { rule: shareFindingsTask, holder: 'lead', relations: ['lead', 'reviewer', 'roundMember', 'networkMember'] },
  { rule: writeReportTask, holder: 'lead', relations: ['lead', 'reviewer', 'roundMember', 'networkMember'] },
  { rule: shareReportTask, holder: 'lead', relations: ['lead', 'reviewer', 'roundMember', 'networkMember'] },
  { rule: finaliseReportTask, holder: 'lead', relations: ['lead', 'reviewer', 'roundMember', 'networkMember'] },
];

export interface LateItem {
  kind: TaskKind;
  due: Date;
  holder: TaskHolder;
}

export interface VisitProgress {
  deadlines: VisitDeadlines;
  /** The steps whose deadline has passed, oldest first. */
  late: LateItem[];
}

/**
 * A visit on the coordinator's progress board: its deadlines and what is late, by the same task
 * rules as "Mijn taken", asked as the person each step waits on.
 */
export function visitProgress(facts: VisitTaskFacts, now: Date, moments?: Pick<ProgressReviewTaskFacts, 'moments' | 'submitted'>): VisitProgress {
  const followed = FOLLOWED.map(({ rule, holder, relations }) => ({ task: rule(facts, relations, now), holder }));
  // After a final report: the host's progress review of the earliest open moment.
  if (moments) followed.push({ task: progressReviewTask({ ...facts, ...moments }, HOST, now), holder: 'host' });
  const late = followed
    .filter((x): x is { task: Task & { due: Date }; holder: TaskHolder } => Boolean(x.task?.overdue && x.task.due))
    .map(({ task, holder }) => ({ kind: task.kind, due: task.due, holder }))
    .sort((a, b) => a.due.getTime() - b.due.getTime());
  return { deadlines: deadlinesOf(facts), late };
}
