import { Injectable } from '@nestjs/common';
import { SidePool } from '../database/side-pool';
import { rateLimited } from '../errors/app-error';

/**
 * Fixed-window counters in PostgreSQL, so every API replica counts together (SEC-09).
 * Counted on the side pool (autocommit): a failed attempt still counts.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly side: SidePool) {}

  /** Counts one hit on each key; throws RATE_LIMITED when any key is past its limit. */
  async hit(limits: { key: string; limit: number; windowSeconds: number }[]): Promise<void> {
    for (const { key, limit, windowSeconds } of limits) {
      const [row] = await this.side.query<{ count: number; retryAfter: number }>(
        `INSERT INTO rate_limit_bucket AS b (key, count, window_ends_at)
         VALUES ($1, 1, now() + make_interval(secs => $2))
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN b.window_ends_at <= now() THEN 1 ELSE b.count + 1 END,
           window_ends_at = CASE WHEN b.window_ends_at <= now() THEN now() + make_interval(secs => $2) ELSE b.window_ends_at END
         RETURNING count, ceil(extract(epoch FROM window_ends_at - now()))::int AS "retryAfter"`,
        [key, windowSeconds],
      );
      if (row.count > limit) throw rateLimited(Math.max(1, row.retryAfter));
    }
  }
}

/** Overall per-session request budget, per process (a coarse guard against runaway clients). */
export class SessionRequestBudget {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly perMinute: number) {}

  take(sessionId: string, now = Date.now()): number | null {
    if (this.windows.size > 10_000) for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    const w = this.windows.get(sessionId);
    if (!w || w.resetAt <= now) {
      this.windows.set(sessionId, { count: 1, resetAt: now + 60_000 });
      return null;
    }
    w.count += 1;
    return w.count > this.perMinute ? Math.ceil((w.resetAt - now) / 1000) : null;
  }
}
