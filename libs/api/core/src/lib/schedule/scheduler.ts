import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { reportFailure } from '../errors/database-status';
import type { PeriodicJob } from './periodic-job';
import { claimDue, ensureSchedule, markRun } from './schedule.queries';

const log = new Logger('Scheduler');

/**
 * Runs periodic jobs (PeriodicJob) on the PostgreSQL `schedule` table: every process ticks, the
 * row lock decides who runs a due job, so each period runs once across all processes and a
 * restart loses nothing (a due row stays due until a run commits). `runDue(now)` takes the time
 * as an argument: tests move the clock instead of waiting.
 */
@Injectable()
export class Scheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly jobs = new Map<string, PeriodicJob>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
  ) {}

  /** Called by a context's module (onModuleInit) for each of its periodic jobs. */
  register(job: PeriodicJob): void {
    if (this.jobs.has(job.name)) throw new Error(`periodic job ${job.name} registered twice`);
    this.jobs.set(job.name, job);
  }

  async onApplicationBootstrap(): Promise<void> {
    // A database that is not there yet must not stop the start: every run makes sure of the rows again.
    await this.ensure(new Date()).catch((error: unknown) => reportFailure(error, (e) => log.error({ err: e }, 'schedule not ready')));
    if (this.config.scheduleTickMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runDue(new Date())
        .catch((error: unknown) => reportFailure(error, (e) => log.error({ err: e }, 'periodic job failed')))
        .finally(() => (this.running = null));
    }, this.config.scheduleTickMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Adds the schedule row of each job that has none yet. */
  private async ensure(now: Date): Promise<void> {
    await this.ds.transaction(async (em) => {
      for (const job of this.jobs.values()) await ensureSchedule(em, job.name, job.nextRun(now));
    });
  }

  /** Runs every job due at `now`, each in its own transaction; returns the names that ran here. */
  async runDue(now: Date): Promise<string[]> {
    await this.ensure(now);
    const ran: string[] = [];
    const names = [...this.jobs.keys()];
    for (;;) {
      const name = await this.ds.transaction(async (em) => {
        const due = await claimDue(em, names, now);
        if (!due) return null;
        const job = this.jobs.get(due.name)!;
        await job.run(em, now);
        await markRun(em, job.name, now, job.nextRun(now));
        return job.name;
      });
      if (!name) return ran;
      ran.push(name);
    }
  }
}
