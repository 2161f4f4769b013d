import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SessionService } from '../auth/session.service';
import { DomainHooks } from '../events/domain-hooks';

/**
 * When someone's role in a network changes (membership.changed with a role), every live screen
 * they follow there checks again whether they may still follow it (SEC-13): what a role may read
 * is wider than the parts the other contexts end, e.g. a meeting that has begun keeps who sat at
 * its tables, yet a member who became a facilitator may no longer read it. A membership that ends
 * has done so already with its sessions (SessionService.endAllFor).
 */
@Injectable()
export class LiveMembershipChanges implements OnModuleInit {
  constructor(
    private readonly hooks: DomainHooks,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    this.hooks.on('membership.changed', async (ctx, change) => {
      if (change.role !== null) await this.sessions.recheckLive(ctx.em, change.userId, change.networkId);
    });
  }
}
