import { Temporal } from 'temporal-polyfill';
import { prepareVisitTask, releaseFindingsTask, replyToFindingsTask, deadlinesOf, type VisitTaskFacts } from '../tasks/visit-tasks';
import { progressReviewTask, type ProgressReviewTaskFacts } from '../tasks/progress-review-tasks';
import { taskPath } from '../tasks/task';
import { dutchDay } from '../time/dutch-time';
import type { VisitRelation } from '../visits/finding-policy';

/**
 * Deadline reminders: before and at each deadline of a visit, the people whose work it is are
 * reminded, by the same task rules that put the work on their start page, so nobody is reminded
 * of work that is done or not (yet) theirs.
 */

/** The hour (Dutch time) of the daily reminder run: before the digest, so a digest reader has them the same morning. */
export const REMINDER_HOUR = 6;

/** A week before, the day before, and once the deadline has passed; in this order. */
export const REMINDER_STAGES = ['WEEK_BEFORE', 'DAY_BEFORE', 'OVERDUE'] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

/**
 * The deadlines people are reminded of: the host's preparation and reply period, the lead's
 * report, and later the host's progress reviews.
 */
export const REMINDED_DEADLINES = ['PREPARATION', 'REPLY', 'REPORT', 'PROGRESS_REVIEW'] as const;
export type RemindedDeadline = (typeof REMINDED_DEADLINES)[number];

/** Whose work a deadline is: the people of the host organisation, or the lead of the team. */
export type ReminderHolder = 'host' | 'lead';

export interface OpenDeadline {
  deadline: RemindedDeadline;
  due: Date;
  holder: ReminderHolder;
  /** Where in the web app the work is done. */
  path: string;
}

const HOST: readonly VisitRelation[] = ['networkMember', 'roundMember', 'host'];

/** Calendar days (Dutch time) from the day of `now` to the day of `due`. */
function daysUntil(now: Date, due: Date): number {
  return Temporal.PlainDate.from(dutchDay(now)).until(Temporal.PlainDate.from(dutchDay(due)), { largestUnit: 'days' }).days;
}

/**
 * The stage a deadline has reached at `now`, counted in Dutch calendar days: from seven days
 * before its day, from the day before (the day itself included), and once the moment has passed;
 * null while it is further away.
 */
export function reminderStage(due: Date, now: Date): ReminderStage | null {
  if (now.getTime() > due.getTime()) return 'OVERDUE';
  const days = daysUntil(now, due);
  if (days <= 1) return 'DAY_BEFORE';
  if (days <= 7) return 'WEEK_BEFORE';
  return null;
}

/**
 * The reminder to send at `now`, given the stages already sent for this deadline: only the latest
 * stage reached (a run that comes late, or after missed days, sends one reminder, not every stage
 * it passed), and nothing when that stage or a later one went out already.
 */
export function reminderToSend(due: Date, now: Date, sent: readonly ReminderStage[]): ReminderStage | null {
  const stage = reminderStage(due, now);
  if (!stage) return null;
  const rank = REMINDER_STAGES.indexOf(stage);
  return sent.some((s) => REMINDER_STAGES.indexOf(s) >= rank) ? null : stage;
}

/** A running round of a programme that is not closed: only there does anyone wait on anyone. */
const live = (f: VisitTaskFacts) => f.programme.status !== 'CLOSED' && f.round.status !== 'COMPOSING' && f.round.status !== 'CLOSED';

/**
 * The deadlines of a visit whose work is still open at `now`, with whose work it is:
 * - PREPARATION: the host has not yet submitted the preparation (the PREPARE_VISIT task);
 * - REPLY: until the period ends, shared findings wait for the host's reply (REPLY_TO_FINDINGS);
 *   after it, the host has not yet released any finding for the harvest (RELEASE_FINDINGS);
 * - REPORT: the report is not final.
 * The host's facts must be counted as the host sees them (findings shared or final).
 */
export function openDeadlines(f: VisitTaskFacts, now: Date): OpenDeadline[] {
  const open: OpenDeadline[] = [];
  const deadlines = deadlinesOf(f);
  const prepare = prepareVisitTask(f, HOST, now);
  if (prepare?.due) open.push({ deadline: 'PREPARATION', due: prepare.due, holder: 'host', path: prepare.path });
  const replyEnd = deadlines.replyPeriodEnd;
  if (replyEnd) {
    const task = replyToFindingsTask(f, HOST, now) ?? (now.getTime() > replyEnd.getTime() ? releaseFindingsTask(f, HOST, now) : null);
    if (task) open.push({ deadline: 'REPLY', due: replyEnd, holder: 'host', path: task.path });
  }
  if (deadlines.reportDue && live(f) && f.visit.status !== 'REPORT_FINAL')
    open.push({
      deadline: 'REPORT',
      due: deadlines.reportDue,
      holder: 'lead',
      path: taskPath('WRITE_REPORT', { programmeId: f.programme.id, visitId: f.visit.id }),
    });
  return open;
}

/**
 * PROGRESS_REVIEW: the host's progress review of the earliest open moment, while it is not
 * submitted (the WRITE_PROGRESS_REVIEW task); each moment is its own deadline.
 */
export function openProgressDeadline(f: ProgressReviewTaskFacts, now: Date): OpenDeadline | null {
  const task = progressReviewTask(f, HOST, now);
  return task?.due ? { deadline: 'PROGRESS_REVIEW', due: task.due, holder: 'host', path: task.path } : null;
}
