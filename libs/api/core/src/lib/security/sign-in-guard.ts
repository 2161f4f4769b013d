import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashToken } from '../auth/tokens';
import { RateLimitService, type Backoff } from './rate-limit.service';

/**
 * Every way of proving a password (sign-in, accepting an invitation with an existing account)
 * passes here first (SEC-09). Two limits, neither per IP alone, so that one address cannot lock
 * out everyone behind it (a municipality's proxy) or everyone at all (a load balancer's address):
 * - per IP address and account: a few attempts a minute;
 * - per account, from anywhere: after a number of attempts a growing wait, so that many
 *   addresses together cannot try passwords on one account without bound.
 * Keys hold hashes, not addresses: the table keeps no list of who tried what.
 */
@Injectable()
export class SignInGuard {
  private readonly backoff: Backoff;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limits: RateLimitService,
  ) {
    this.backoff = { free: config.rateLimit.signInFreeFailures, firstWaitSeconds: 60, maxWaitSeconds: 3600, forgetAfterSeconds: 86_400 };
  }

  /** Throws RATE_LIMITED (with retryAfterSeconds) or counts the attempt. Call before checking the password. */
  async before(ip: string, email: string): Promise<void> {
    await this.limits.hit([{ key: `sign-in:ip-account:${hashToken(`${ip}\n${email}`)}`, limit: this.config.rateLimit.signInPerMinute, windowSeconds: 60 }]);
    await this.limits.attempt(this.accountKey(email), this.backoff);
  }

  /** The right password: the account's count starts again. */
  async succeeded(email: string): Promise<void> {
    await this.limits.clear(this.accountKey(email));
  }

  private accountKey(email: string): string {
    return `sign-in:account:${hashToken(email)}`;
  }
}
