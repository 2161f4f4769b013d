import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, DomainHooks, Membership, SessionService, badUserInput, type RequestContext } from '@kijkje/api/core';
import { FINDING_AUDIT_FOR_COORDINATOR, can, coordinatorSeesAuditEntry } from '@kijkje/domain';
import type { AuditEventView } from './audit-event.model';
import { revokeInvitationsOf } from './memberships.queries';

@Injectable()
export class PeopleService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly hooks: DomainHooks,
  ) {}

  /** Requests to join are for the coordinators who decide on them: members see only the network's people. */
  async memberships(ctx: RequestContext): Promise<Membership[]> {
    const networkId = await this.access.inNetwork(ctx, 'membership.list');
    const query = ctx.em.createQueryBuilder(Membership, 'm').innerJoin('app_user', 'u', 'u.id = m.user_id').where('m.network_id = :networkId', { networkId });
    if (!can(ctx.actor!, 'membership.admit')) query.andWhere('m.requested_at IS NULL');
    return query.orderBy('u.name', 'ASC').getMany();
  }

  /**
   * Ends someone's membership, every session they have open in this network (SEC-07), and their
   * pending invitations here: one addressed to them would quietly undo the deactivation when
   * accepted, and one they sent carries an authority they no longer have. What they still did at
   * the network's meetings and tracks to come ends with it (membership.changed): hosting tables, a
   * place, running one; each is told as when an organiser takes them off.
   */
  async deactivate(ctx: RequestContext, id: string): Promise<Membership> {
    const networkId = await this.access.inNetwork(ctx, 'membership.deactivate');
    const membership = await ctx.em.findOneBy(Membership, { id, networkId });
    if (!membership) return this.access.notVisible(ctx, 'membership', id);
    if (membership.userId === ctx.userId) {
      throw badUserInput([{ field: 'id', messages: { nl: 'U kunt uzelf niet uitschakelen.', en: 'You cannot deactivate yourself.' } }]);
    }
    membership.active = false;
    await ctx.em.update(Membership, { id, networkId }, { active: false });
    await this.sessions.endAllFor(ctx.em, membership.userId, networkId);
    const revoked = await revokeInvitationsOf(ctx.em, networkId, membership.userId, true);
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'membership.deactivated',
      targetType: 'membership',
      targetId: id,
      ...(revoked.length ? { data: { revokedInvitations: revoked } } : {}),
      ip: ctx.ip,
    });
    await this.hooks.run('membership.changed', ctx, { networkId, userId: membership.userId, role: null, actorUserId: ctx.userId });
    return membership;
  }

  /**
   * The network's latest audit entries, as the coordinator may read them (coordinatorSeesAuditEntry,
   * SEC-12): nothing of drafts or the team's discussion, and no finding's id. The rule is applied
   * in SQL as well, so that the hundred entries shown are a hundred visible ones.
   */
  async auditEvents(ctx: RequestContext): Promise<AuditEventView[]> {
    const networkId = await this.access.inNetwork(ctx, 'audit.read');
    const rows: (AuditEventView & { data: Record<string, unknown> | null })[] = await ctx.em.query(
      `SELECT a.id, a.action, u.name AS "actorName", a.target_type AS "targetType",
              CASE WHEN a.target_type = 'finding' THEN NULL ELSE a.target_id END AS "targetId", a.created_at AS "createdAt", a.data
         FROM audit_event a LEFT JOIN app_user u ON u.id = a.actor_user_id
        WHERE a.network_id = $1
          AND (a.action = ANY($2) OR (a.action = 'finding.created' AND a.data->>'status' <> 'DRAFT')
               OR (a.action NOT LIKE 'finding.%' AND a.target_type IS DISTINCT FROM 'finding'))
        ORDER BY a.created_at DESC LIMIT 100`,
      [networkId, [...FINDING_AUDIT_FOR_COORDINATOR]],
    );
    return rows.filter((row) => coordinatorSeesAuditEntry(row)).map(({ data: _data, ...view }) => view);
  }
}
