import { Injectable } from '@nestjs/common';
import { can, refusalHidesAll, type Action } from '@kijkje/domain';
import { AuditService } from '../audit/audit.service';
import { forbidden, notFound, unauthenticated, type Bilingual } from '../errors/app-error';
import type { RequestContext, SessionInfo } from '../graphql/request-context';

/**
 * Applies the domain's permission rules to a request. A denial is audited and, for anything
 * inside a network, reads as NOT_FOUND: the caller never learns what exists (SEC-03).
 */
@Injectable()
export class AccessService {
  constructor(private readonly audit: AuditService) {}

  signedIn(ctx: RequestContext): SessionInfo {
    if (!ctx.session) throw unauthenticated();
    return ctx.session;
  }

  /**
   * Requires the action in the caller's current network; returns that network's id. A facilitator
   * is refused as a stranger is (not-found): they learn nothing of what the network does beyond
   * the tracks and meetings they run (refusalHidesAll).
   */
  async inNetwork(ctx: RequestContext, action: Action): Promise<string> {
    const session = this.signedIn(ctx);
    const networkId = ctx.networkId;
    if (!networkId || !can(ctx.actor!, action)) {
      await this.deny(ctx, action, session);
      throw networkId && !refusalHidesAll(ctx.actor!) ? forbidden() : notFound();
    }
    return networkId;
  }

  /** Platform-level actions (creating networks): FORBIDDEN, since nothing tenant-owned is involved. */
  async onPlatform(ctx: RequestContext, action: Action): Promise<SessionInfo> {
    const session = this.signedIn(ctx);
    if (!can(ctx.actor!, action)) {
      await this.deny(ctx, action, session);
      throw forbidden();
    }
    return session;
  }

  /** Audits a denied look-up of something the caller may not see, and returns the not-found error. */
  async notVisible(ctx: RequestContext, targetType: string, targetId: string): Promise<never> {
    await this.denyOn(ctx, targetType, targetId);
    throw notFound();
  }

  /**
   * Audits a refused step on something the caller can see (a visit they are on, a finding they
   * read) and returns FORBIDDEN with the reason: hiding what they already see would only confuse.
   * Whatever the caller may not see still goes through notVisible.
   */
  async notAllowed(ctx: RequestContext, targetType: string, targetId: string, messages: Bilingual): Promise<never> {
    await this.denyOn(ctx, targetType, targetId, { visible: true });
    throw forbidden(messages);
  }

  private denyOn(ctx: RequestContext, targetType: string, targetId: string, data?: Record<string, unknown>): Promise<void> {
    return this.audit.recordDetached({ networkId: ctx.networkId, actorUserId: ctx.userId, action: 'access.denied', targetType, targetId, data, ip: ctx.ip });
  }

  private deny(ctx: RequestContext, action: Action, session: SessionInfo): Promise<void> {
    return this.audit.recordDetached({
      networkId: ctx.networkId,
      actorUserId: session.userId,
      action: 'access.denied',
      data: { action },
      ip: ctx.ip,
    });
  }
}
