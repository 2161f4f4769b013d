import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService, DomainHooks, MailService, NotificationService, SETTINGS_PATH, trackWithoutFacilitatorMail, type RequestContext } from '@kijkje/api/core';
import { TrackSessionMeetings } from '@kijkje/api/meetings';
import { trackNeedsFacilitator, trackPartsEnding, type AuditAction, type Role, type TrackStatus } from '@kijkje/domain';
import { TrackSessionMails } from './calendar/track-session-mails';
import * as p from './participants.queries';
import { TrackCohortService } from './track-cohort.service';
import { coordinatorsOf, trackPartsOf } from './track-membership.queries';
import * as q from './tracks.queries';

type Change = { networkId: string; userId: string; role: Role | null; actorUserId: string | null };

/**
 * When how someone stands to the network changes (membership.changed: a facilitator becomes a
 * member, a member a facilitator, or the membership ends), what they did in its tracks that have
 * not closed ends where they may no longer do it (trackPartsEnding in libs/domain), in the same
 * transaction and as the coordinator or they themselves would end it: taken off as facilitator, or
 * their application withdrawn, the freed place going to the oldest waiting application. Audited;
 * whoever still gets mail hears what it means for their calendar (TrackSessionMails). The change is
 * not refused when it takes an open or running track's last facilitator (only taking one off by
 * hand is): the track shows it needs one, and the network's coordinators are told.
 */
@Injectable()
export class TrackMembershipChanges implements OnModuleInit {
  constructor(
    private readonly hooks: DomainHooks,
    private readonly audit: AuditService,
    private readonly cohort: TrackCohortService,
    private readonly calendar: TrackSessionMails,
    private readonly sessionMeetings: TrackSessionMeetings,
    private readonly notifications: NotificationService,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.hooks.on('membership.changed', (ctx, change) => this.changed(ctx, change));
  }

  private async changed(ctx: RequestContext, c: Change): Promise<void> {
    const record = (action: AuditAction, trackId: string, data: Record<string, unknown>) =>
      this.audit.record(ctx.em, {
        networkId: c.networkId,
        actorUserId: c.actorUserId,
        action,
        targetType: 'track',
        targetId: trackId,
        data: { userId: c.userId, ...data, membership: c.role ?? 'ENDED' },
        ip: ctx.ip,
      });
    for (const part of await trackPartsOf(ctx.em, c.networkId, c.userId)) {
      const ending = trackPartsEnding(c.role, part);
      if (!ending.facilitator && !ending.participation) continue;
      const track = (await q.trackById(ctx.em, c.networkId, c.userId, part.id, true))!;
      const told = [c.userId];
      if (ending.facilitator) {
        await q.deleteFacilitator(ctx.em, c.networkId, track.id, c.userId);
        await record('track.facilitator_removed', track.id, {});
        await this.tellIfWithoutFacilitator(ctx, c.networkId, track);
      }
      if (ending.participation) {
        await p.setParticipantStatus(ctx.em, c.networkId, [part.participantId!], 'WITHDRAWN', null);
        told.push(...(await this.cohort.promote(ctx, c.networkId, track.id, track.capacity)));
        await record('track.withdrawn', track.id, { from: part.participation });
      }
      await q.touchTrack(ctx.em, c.networkId, track.id);
      // The meetings of its sessions follow the cohort and its facilitators.
      await this.sessionMeetings.cohortChanged(ctx, c.networkId, track.id, ending.facilitator);
      await this.calendar.changed(ctx, c.networkId, { id: track.id, title: track.title, status: track.status }, 'HOLDERS', { userIds: told });
    }
  }

  /** The track lost its last facilitator while it needs one (trackNeedsFacilitator): the network's coordinators are told. */
  private async tellIfWithoutFacilitator(ctx: RequestContext, networkId: string, track: { id: string; title: string; status: TrackStatus }): Promise<void> {
    if (!trackNeedsFacilitator(track.status, (await q.facilitatorsOf(ctx.em, networkId, track.id)).length)) return;
    const settingsLink = this.mail.link(SETTINGS_PATH);
    await this.notifications.notify(ctx.em, {
      networkId,
      kind: 'TRACK_WITHOUT_FACILITATOR',
      subject: { type: 'track', id: track.id },
      recipients: await coordinatorsOf(ctx.em, networkId),
      mail: (to, link) => trackWithoutFacilitatorMail(to, { track: track.title, link, settingsLink }),
    });
  }
}
