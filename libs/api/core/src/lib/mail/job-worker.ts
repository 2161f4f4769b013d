import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PgListener } from '../database/pg-listener';
import type { MailMessage } from './mail.service';
import { MailTransport } from './mail-transport';
import { reportFailure } from '../errors/database-status';

/** Errors go to the structured log, without the failed query's parameters (see errorForLog). */
const log = new Logger('JobWorker');

const MAX_ATTEMPTS = 5;
export const JOB_MAX_ATTEMPTS = MAX_ATTEMPTS;

/**
 * What is left of a mail job once it has gone out or been given up: who and what, not the text
 * or HTML, which hold a working reset or invitation link, nor the headers, which hold an
 * unsubscribe token (SEC-14: no secret kept after use).
 */
const SCRUBBED = `payload - ARRAY['text', 'html', 'headers'] || '{"scrubbed": true}'::jsonb`;

/**
 * Works the PostgreSQL job queue: claims one job at a time with FOR UPDATE SKIP LOCKED (so
 * several replicas share the work), woken by NOTIFY and by a slow poll as a safety net.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly transport: MailTransport;
  private readonly listener: PgListener;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
  ) {
    this.transport = new MailTransport(config.mail);
    // Jobs queued while the listener was away are picked up as soon as it is back.
    this.listener = new PgListener(
      config.databaseAppUrl,
      'kijkje_jobs',
      () => this.kick(),
      () => this.kick(),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    this.timer = setInterval(() => this.kick(), 5000);
    this.timer.unref();
    await this.listener.start();
    this.kick();
  }

  /** Before the database pools close: finish the job in hand, then stop. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener.stop();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error) => reportFailure(error, (e) => log.error({ err: e }, 'job worker failed')))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Runs every due job; resolves when the queue is empty. */
  async drain(): Promise<void> {
    while (!this.stopped && (await this.runOne())) {
      /* next */
    }
  }

  /** Waits until every due job has run (tests, and a clean shutdown). */
  async settle(): Promise<void> {
    for (;;) {
      await this.running;
      await this.drain();
      const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM job WHERE done_at IS NULL AND run_at <= now() AND attempts < $1`, [MAX_ATTEMPTS]);
      if (n === 0 && !this.running) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  private async runOne(): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const [job] = await em.query(
        `SELECT id, kind, payload, attempts FROM job
          WHERE done_at IS NULL AND run_at <= now() AND attempts < $1
          ORDER BY run_at FOR UPDATE SKIP LOCKED LIMIT 1`,
        [MAX_ATTEMPTS],
      );
      if (!job) return false;
      // Sending waits on the mail server inside this transaction (the row stays locked, so no
      // other replica sends it too): the serving connections' idle-in-transaction limit is too
      // short for a slow SMTP server, so this transaction gets the mailer's own time-outs' worth.
      await em.query(`SELECT set_config('idle_in_transaction_session_timeout', '600000', true)`);
      try {
        if (job.kind === 'mail') await this.transport.send(job.payload as MailMessage);
        await em.query(`UPDATE job SET done_at = now(), attempts = attempts + 1, payload = ${SCRUBBED} WHERE id = $1`, [job.id]);
      } catch (error) {
        await em.query(
          `UPDATE job SET attempts = attempts + 1, last_error = $2,
                  payload = CASE WHEN attempts + 1 >= $3 THEN ${SCRUBBED} ELSE payload END,
                  run_at = now() + make_interval(secs => power(2, attempts + 1)::int) WHERE id = $1`,
          [job.id, String(error), MAX_ATTEMPTS],
        );
      }
      return true;
    });
  }
}
