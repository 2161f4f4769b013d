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

/*
 * Deadline reminders are such a job (notifications/deadline-reminder.job.ts): the domain's
 * openDeadlines and reminderToSend decide what falls due at the run's `now`, NotificationService
 * tells the people in the same transaction, and the table deadline_reminder keeps each reminder
 * to once. Tests call Scheduler.runDue with the `now` they choose instead of waiting.
 */
