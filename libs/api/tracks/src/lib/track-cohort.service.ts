import { Injectable } from '@nestjs/common';
import { badUserInput, type RequestContext } from '@kijkje/api/core';
import { TrackSessionMeetings } from '@kijkje/api/meetings';
import {
  decideApplication,
  feedbackGroupLabel,
  participationMessages,
  promoteApplications,
  withdrawApplication,
  type AuditAction,
  type ParticipantStatus,
} from '@kijkje/domain';
import { TrackSessionMails } from './calendar/track-session-mails';
import * as p from './participants.queries';
import { TrackAccess, type TrackContext } from './track-access.service';
import type { ApplyForTrackInput, DecideTrackApplicationInput, TrackFeedbackGroupInput } from './track.inputs';
import * as q from './tracks.queries';

const DECIDED: Partial<Record<ParticipantStatus, AuditAction>> = { ACCEPTED: 'track.accepted', WAITLISTED: 'track.waitlisted', DECLINED: 'track.declined' };

/**
 * A track's cohort: people apply (capacity and waitlist as for programmes), an organiser accepts
 * or declines, a withdrawal frees a place for the oldest waiting application, and the facilitator
 * forms feedback groups. The rules are libs/domain's (track-participation, trackRights). Whoever
 * gets or loses a place gets or loses the sessions in their calendar (TrackSessionMails), and their
 * place at the tables of the sessions held with theme tables (TrackSessionMeetings).
 */
@Injectable()
export class TrackCohortService {
  constructor(
    private readonly access: TrackAccess,
    private readonly calendar: TrackSessionMails,
    private readonly sessionMeetings: TrackSessionMeetings,
  ) {}

  /** The people whose place changed hear what it means for their calendar, and have (or no longer have) their places at the sessions' tables. */
  private async placesChanged(ctx: RequestContext, t: TrackContext, userIds: string[]): Promise<void> {
    await this.sessionMeetings.cohortChanged(ctx, t.networkId, t.track.id);
    return this.calendar.changed(ctx, t.networkId, { id: t.track.id, title: t.track.title, status: t.track.status }, 'HOLDERS', { userIds });
  }

  async apply(ctx: RequestContext, input: ApplyForTrackInput): Promise<string> {
    const t = await this.access.require(ctx, input.trackId, true);
    if (!t.rights.apply) {
      if (t.track.myStatus && t.track.myStatus !== 'WITHDRAWN') throw badUserInput([{ field: 'trackId', messages: participationMessages.ALREADY_APPLIED }]);
      return this.access.notAllowed(ctx, 'track', t.track.id, {
        nl: 'Aanmelden kan alleen zolang de leergang open staat.',
        en: 'Applying is only possible while the track is open.',
      });
    }
    await p.upsertApplication(ctx.em, t.networkId, t.track.id, ctx.userId!, (input.motivation ?? '').trim());
    await q.touchTrack(ctx.em, t.networkId, t.track.id);
    await this.access.record(ctx, t.networkId, 'track.applied', t.track.id);
    return t.track.id;
  }

  async withdraw(ctx: RequestContext, trackId: string): Promise<string> {
    const t = await this.access.requireTo(ctx, trackId, (r) => r.withdraw, true);
    const mine = (await p.participantsOf(ctx.em, t.networkId, t.track.id)).find((x) => x.userId === ctx.userId)!;
    const next = withdrawApplication(mine.status);
    if ('violation' in next) throw badUserInput([{ field: 'trackId', messages: participationMessages[next.violation] }]);
    await p.setParticipantStatus(ctx.em, t.networkId, [mine.id], next.to, null);
    const promoted = await this.promote(ctx, t.networkId, t.track.id, t.track.capacity);
    await q.touchTrack(ctx.em, t.networkId, t.track.id);
    await this.placesChanged(ctx, t, [mine.userId, ...promoted]);
    await this.access.record(ctx, t.networkId, 'track.withdrawn', t.track.id, { from: mine.status });
    return t.track.id;
  }

  async decide(ctx: RequestContext, input: DecideTrackApplicationInput): Promise<string> {
    const { t, row } = await this.access.application(ctx, input.participantId, (r) => r.decide);
    const cohort = await p.participantsOf(ctx.em, t.networkId, t.track.id);
    const accepted = cohort.filter((x) => x.status === 'ACCEPTED').length;
    const next = decideApplication(row.status, input.decision, accepted, t.track.capacity);
    if ('violation' in next) throw badUserInput([{ field: 'decision', messages: participationMessages[next.violation] }]);
    await p.setParticipantStatus(ctx.em, t.networkId, [row.id], next.to, ctx.userId);
    const promoted = row.status === 'ACCEPTED' ? await this.promote(ctx, t.networkId, t.track.id, t.track.capacity) : [];
    await q.touchTrack(ctx.em, t.networkId, t.track.id);
    await this.placesChanged(ctx, t, [row.userId, ...promoted]);
    await this.access.record(ctx, t.networkId, DECIDED[next.to]!, t.track.id, { participantId: row.id });
    return t.track.id;
  }

  async setGroup(ctx: RequestContext, input: TrackFeedbackGroupInput): Promise<string> {
    const { t, row } = await this.access.application(ctx, input.participantId, (r) => r.formGroups);
    if (row.status !== 'ACCEPTED')
      throw badUserInput([
        { field: 'participantId', messages: { nl: 'Alleen deelnemers komen in een feedbackgroep.', en: 'Only participants join a feedback group.' } },
      ]);
    const group = feedbackGroupLabel(input.group);
    await p.setFeedbackGroup(ctx.em, t.networkId, row.id, group);
    await q.touchTrack(ctx.em, t.networkId, t.track.id);
    await this.access.record(ctx, t.networkId, 'track.group_set', t.track.id, { participantId: row.id, group });
    return t.track.id;
  }

  /** Gives freed places to the oldest waiting applications (first come, first served); answers the people promoted. */
  async promote(ctx: RequestContext, networkId: string, trackId: string, capacity: number): Promise<string[]> {
    const cohort = await p.participantsOf(ctx.em, networkId, trackId);
    const promoted = promoteApplications(cohort, capacity);
    await p.setParticipantStatus(ctx.em, networkId, promoted, 'ACCEPTED', null);
    if (promoted.length) await this.access.record(ctx, networkId, 'track.promoted', trackId, { promoted: promoted.length });
    return cohort.filter((x) => promoted.includes(x.id)).map((x) => x.userId);
  }
}
