import { Injectable } from '@nestjs/common';
import { SidePool } from '../database/side-pool';
import { rateLimited } from '../errors/app-error';

/** How an account backs off after repeated failed sign-ins (SEC-09). */
export interface Backoff {
  /** Attempts counted before the first wait. */
  free: number;
  /** The first wait; each further attempt doubles it… */
  firstWaitSeconds: number;
  /** …up to this. */
  maxWaitSeconds: number;
  /** Counted attempts are forgotten this long after the last one. */
  forgetAfterSeconds: number;
}

/**
 * Rate limits in PostgreSQL, so every API replica counts together (SEC-09). Counted on the side
 * pool (autocommit): a failed attempt still counts when its operation rolls back.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly side: SidePool) {}

  /** Fixed windows: counts one hit on each key; throws RATE_LIMITED when any key is past its limit. */
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

  /**
   * Growing back-off: every attempt is counted up front (so that simultaneous attempts from many
   * addresses are serialised by the row lock and cannot slip through together); once `free`
   * attempts are used, each one blocks the key for a wait that doubles, up to the maximum.
   * While blocked, an attempt is refused and not counted. `clear` forgets it all (a success).
   */
  async attempt(key: string, b: Backoff): Promise<void> {
    // A counted attempt sets window_ends_at to exactly now() + forget (now() is the statement's
    // transaction time); a refused one leaves the older value: that is how RETURNING tells them
    // apart, from the row as it was under the lock, not from an earlier snapshot.
    const [row] = await this.side.query<{ refused: boolean; retryAfter: number }>(
      `INSERT INTO rate_limit_bucket AS b (key, count, window_ends_at, blocked_until)
       VALUES ($1, 1, now() + make_interval(secs => $5),
               CASE WHEN 1 >= $2 THEN now() + make_interval(secs => least($4::float8, $3 * power(2, 1 - $2))) END)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN b.blocked_until > now() THEN b.count WHEN b.window_ends_at <= now() THEN 1 ELSE b.count + 1 END,
         window_ends_at = CASE WHEN b.blocked_until > now() THEN b.window_ends_at ELSE now() + make_interval(secs => $5) END,
         blocked_until = CASE
           WHEN b.blocked_until > now() THEN b.blocked_until
           WHEN (CASE WHEN b.window_ends_at <= now() THEN 1 ELSE b.count + 1 END) < $2 THEN NULL
           ELSE now() + make_interval(secs => least($4::float8, $3 * power(2, (CASE WHEN b.window_ends_at <= now() THEN 1 ELSE b.count + 1 END) - $2)))
         END
       RETURNING window_ends_at <> now() + make_interval(secs => $5) AS refused,
                 ceil(extract(epoch FROM blocked_until - now()))::int AS "retryAfter"`,
      [key, b.free, b.firstWaitSeconds, b.maxWaitSeconds, b.forgetAfterSeconds],
    );
    if (row.refused) throw rateLimited(Math.max(1, row.retryAfter));
  }

  async clear(key: string): Promise<void> {
    await this.side.query('DELETE FROM rate_limit_bucket WHERE key = $1', [key]);
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
