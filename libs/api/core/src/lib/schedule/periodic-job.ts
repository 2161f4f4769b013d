import type { EntityManager } from 'typeorm';

/**
 * Work that runs on a schedule, exactly once per period across every API process: the scheduler
 * claims the job's `schedule` row (FOR UPDATE SKIP LOCKED), runs it in that transaction and moves
 * the row to the next run, so a crash mid-run rolls back and the next process runs it again.
 *
 * A job writes what it does (mails to the job queue, marks on rows) with `em`; it runs without a
 * person or network in scope, and sets the scope itself for what it reads under row-level
 * security (set_config('app.user_id' / 'app.network_id', …, true)).
 */
export interface PeriodicJob {
  /** Unique and stable: the key of its schedule row. */
  readonly name: string;
  /** The first run after `after` (e.g. tomorrow 07:00 Dutch time). */
  nextRun(after: Date): Date;
  /** One run for the period that is due at `now`. */
  run(em: EntityManager, now: Date): Promise<void>;
}

/**
 * How deadline reminders plug in (not built yet): a PeriodicJob (e.g. daily at 07:00) whose run
 * asks a source for what falls due, the source computing it with the tasks domain functions, and
 * passes each reminder to NotificationService.notify in the same transaction. The schedule row
 * makes each day's reminders go out once; `now` is the run's own time, so tests move the clock.
 */
export interface DueReminder {
  networkId: string;
  /** Seven days before, the day before, or past the deadline. */
  when: 'WEEK_BEFORE' | 'DAY_BEFORE' | 'OVERDUE';
  subject: { type: 'visit'; id: string };
  recipients: string[];
  dueAt: Date;
}
export type DeadlineReminderSource = (em: EntityManager, now: Date) => Promise<DueReminder[]>;
