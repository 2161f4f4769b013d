import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainHooks, type RequestContext } from '@kijkje/api/core';
import { meetingPartsEnding, type Role } from '@kijkje/domain';
import { deleteFacilitator } from '../facilitators/meeting-facilitators.queries';
import * as q from '../meetings.queries';
import { meetingPartsOf } from './meeting-departures.queries';
import { MeetingDepartures } from './meeting-departures';

/**
 * When how someone stands to the network changes (membership.changed: a member becomes a
 * facilitator, a facilitator a member, or the membership ends), what they did at its meetings still
 * to come ends where they may no longer do it (meetingPartsEnding in libs/domain): they no longer
 * run a meeting, host its tables or keep a place, in the same transaction, each meeting as when
 * an organiser takes them off (MeetingDepartures).
 */
@Injectable()
export class MeetingMembershipChanges implements OnModuleInit {
  constructor(
    private readonly hooks: DomainHooks,
    private readonly departures: MeetingDepartures,
  ) {}

  onModuleInit(): void {
    this.hooks.on('membership.changed', (ctx, change) => this.changed(ctx, change));
  }

  private async changed(ctx: RequestContext, c: { networkId: string; userId: string; role: Role | null; actorUserId: string | null }): Promise<void> {
    const now = new Date();
    const cause = { actorUserId: c.actorUserId, data: { membership: c.role ?? 'ENDED' } };
    for (const part of await meetingPartsOf(ctx.em, c.networkId, c.userId)) {
      const ending = meetingPartsEnding(c.role, part, now);
      if (!ending.facilitator && !ending.tables && !ending.registration) continue;
      const meeting = (await q.meetingById(ctx.em, c.networkId, part.id, true))!;
      if (ending.facilitator) await deleteFacilitator(ctx.em, c.networkId, meeting.id, c.userId);
      const registration = ending.registration
        ? ((await q.registrationsOf(ctx.em, c.networkId, meeting.id)).find((r) => r.userId === c.userId && r.status !== 'CANCELLED') ?? null)
        : null;
      await this.departures.leave(ctx, meeting, c.userId, { facilitator: ending.facilitator, tables: ending.tables, registration }, cause);
    }
  }
}
