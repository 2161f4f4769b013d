import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { enterScope } from '../database/tenant-transaction';
import { JOB_MAX_ATTEMPTS } from '../mail/job-worker';
import { reportFailure } from '../errors/database-status';

/** Errors go to the structured log, without the failed query's parameters (see errorForLog). */
const log = new Logger('Purge');

/** One purge at a time across every replica: the others skip their turn. */
export const PURGE_LOCK = 7_271_000_110;

/** Sent and abandoned mail jobs are kept this long (their links are scrubbed at once). */
export const JOB_RETENTION_DAYS = 7;

export interface PurgeResult {
  sessions: number;
  passwordResets: number;
  invitations: number;
  rateLimits: number;
  jobs: number;
}

/**
 * Deletes what has expired (SEC-14: nothing kept after use): sessions past their idle or absolute
 * timeout, used or expired reset links, invitations past their expiry, rate-limit rows that no
 * longer limit anything, and old finished jobs. Runs on an interval in every replica; a
 * transaction-scoped advisory lock lets only one of them work at a time.
 */
@Injectable()
export class PurgeService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ds: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.purgeIntervalMinutes <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.purge()
        .catch((error: unknown) => reportFailure(error, (e) => log.error({ err: e }, 'purge failed')))
        .finally(() => (this.running = null));
    }, this.config.purgeIntervalMinutes * 60_000);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One purge; null when another replica holds the lock. */
  async purge(): Promise<PurgeResult | null> {
    return this.ds.transaction(async (em) => {
      const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [PURGE_LOCK]);
      if (!locked) return null;
      const count = async (sql: string, params: unknown[] = []) => ((await em.query(sql, params)) as [unknown[], number])[1];
      return {
        sessions: await count(`DELETE FROM session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`, [
          this.config.session.idleMinutes,
        ]),
        passwordResets: await count(`DELETE FROM password_reset WHERE expires_at <= now() OR used_at IS NOT NULL`),
        invitations: await this.purgeInvitations(em),
        rateLimits: await count(`DELETE FROM rate_limit_bucket WHERE window_ends_at <= now() AND (blocked_until IS NULL OR blocked_until <= now())`),
        jobs: await count(`DELETE FROM job WHERE (done_at IS NOT NULL OR attempts >= $2) AND created_at < now() - make_interval(days => $1)`, [
          JOB_RETENTION_DAYS,
          JOB_MAX_ATTEMPTS,
        ]),
      };
    });
  }

  /** Invitations are tenant rows: RLS lets the app role reach them one network at a time. */
  private async purgeInvitations(em: EntityManager): Promise<number> {
    const networks: { id: string }[] = await em.query(`SELECT id FROM network`);
    let purged = 0;
    for (const { id } of networks) {
      await enterScope(em, { networkId: id, userId: null });
      const [, n] = (await em.query(`DELETE FROM invitation WHERE network_id = $1 AND expires_at <= now()`, [id])) as [unknown[], number];
      purged += n;
    }
    await enterScope(em, { networkId: null, userId: null });
    return purged;
  }
}
