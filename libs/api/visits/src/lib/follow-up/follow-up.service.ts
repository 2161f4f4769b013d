import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccessService, AuditService, badUserInput, idempotent, NotificationService, type RequestContext } from '@kijkje/api/core';
import { dutchToday, FOLLOW_UP_START_STATUS, followUpInvitation, followUpRefusalMessages, visitSpan, visitTimeViolationMessages } from '@kijkje/domain';
import { VisitInvitations } from '../calendar/visit-invitations';
import { VisitAccess } from '../visit-access.service';
import { Visit } from '../visit.entity';
import type { InviteFollowUpInput } from './follow-up.inputs';
import { copyTeam, followUpStatuses, followUpsOfMany, insertFollowUp } from './follow-up.queries';

/**
 * Follow-up conversations (terugkomgesprek): months after a final report, the host or the
 * coordinator invites the review's team back. The follow-up is a visit of kind FOLLOW_UP in the
 * same round with the same host and team, already prepared (the progress review is its
 * preparation); from there it runs as any visit: findings, reply, report. Who may invite and when
 * is followUpInvitation in libs/domain.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly visits: VisitAccess,
    private readonly invitations: VisitInvitations,
    private readonly notifications: NotificationService,
  ) {}

  async invite(ctx: RequestContext, input: InviteFollowUpInput): Promise<Visit> {
    await this.access.inNetwork(ctx, 'visit.act');
    const { visit, relations } = await this.visits.require(ctx, input.visitId, (s) => s.relations.has('host') || s.relations.has('coordinator'));
    const networkId = visit.networkId;
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'inviteFollowUp', key: input.idempotencyKey },
      async () => {
        const verdict = followUpInvitation(relations, {
          kind: visit.kind,
          status: visit.status,
          followUps: await followUpStatuses(ctx.em, networkId, visit.id),
        });
        if (!verdict) return this.access.notVisible(ctx, 'visit', visit.id);
        if (!verdict.allowed) throw badUserInput([{ field: 'visitId', messages: followUpRefusalMessages[verdict.reason] }]);
        const span = visitSpan({ day: input.startsOn, startTime: input.startTime, endTime: input.endTime }, { today: dutchToday(), previousDay: null });
        if ('violations' in span) throw badUserInput(span.violations.map((v) => ({ field: v.field, messages: visitTimeViolationMessages[v.code] })));
        const id = await insertFollowUp(ctx.em, visit, {
          startsOn: input.startsOn,
          ...span,
          location: (input.location ?? '').trim(),
          status: FOLLOW_UP_START_STATUS,
        });
        const team = await copyTeam(ctx.em, networkId, visit.id, id, ctx.userId);
        await this.audit.record(ctx.em, {
          networkId,
          actorUserId: ctx.userId,
          action: 'visit.follow_up_invited',
          targetType: 'visit',
          targetId: id,
          data: { followUpOf: visit.id, team: team.length },
          ip: ctx.ip,
        });
        const followUp = (await ctx.em.findOneByOrFail(Visit, { networkId, id }))!;
        await this.notifications.notify(ctx.em, { networkId, kind: 'ADDED_TO_VISIT_TEAM', subject: { type: 'visit', id }, recipients: team });
        await this.invitations.send(ctx, followUp);
        return followUp;
      },
      (id) => ctx.em.findOneBy(Visit, { networkId, id }),
    );
  }

  /**
   * The follow-ups of a visit the caller sees, oldest first. A follow-up has the review's round,
   * host and team, so whoever sees the review's overview sees theirs.
   */
  of(ctx: RequestContext, visit: Visit): Promise<Visit[]> {
    // One statement for all the visits of a list that ask (a loader per request).
    const loader = ctx.loader(
      'followUpsOf',
      () =>
        new DataLoader<string, Visit[]>(async (ids) => {
          const rows = await followUpsOfMany(ctx.em, visit.networkId, ids);
          return ids.map((id) => rows.filter((row) => row.followUpOf === id));
        }),
    );
    return loader.load(visit.id);
  }
}
