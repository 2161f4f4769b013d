import { Injectable } from '@nestjs/common';
import { LIVE_RECHECK, type RequestContext } from '@kijkje/api/core';
import { plenaryTopic, tableTopic } from '../meeting-topics';
import { touchMeeting } from '../meetings.queries';
import { MeetingsService } from '../meetings.service';
import * as q from './track-session-meetings.queries';

/**
 * A learning track's sessions held with theme tables (track-session-meeting.ts in libs/domain):
 * the meeting of a session, made once, for the track's audience alone; kept in step with the
 * session (its title, time and place) and with the cohort (the accepted participants have their
 * places; whoever leaves the track leaves its tables, and their live screens end). The learning
 * tracks call these once they have decided, by the track's rights, that the caller may.
 * Nobody is mailed from here: the session is the appointment, and the track's mails tell of it.
 */
@Injectable()
export class TrackSessionMeetings {
  constructor(private readonly meetings: MeetingsService) {}

  /** The session's meeting: made now (open, the cohort with their places) or the one it has already. */
  async hold(ctx: RequestContext, networkId: string, trackId: string, sessionId: string): Promise<string> {
    const existing = await q.meetingOfSession(ctx.em, networkId, sessionId);
    if (existing) return existing;
    const id = (await q.insertSessionMeeting(ctx.em, networkId, sessionId, ctx.userId)) ?? (await q.meetingOfSession(ctx.em, networkId, sessionId))!;
    await this.meetings.record(ctx, networkId, 'meeting.created', id, { trackSessionId: sessionId });
    await this.cohortChanged(ctx, networkId, trackId);
    return id;
  }

  /** The meeting of the session, if it is held with theme tables. */
  meetingOf(ctx: RequestContext, networkId: string, sessionId: string): Promise<string | null> {
    return q.meetingOfSession(ctx.em, networkId, sessionId);
  }

  /** The session got another title, time or place: its meeting follows, and the screens on it reload. */
  async sessionChanged(ctx: RequestContext, networkId: string, sessionId: string): Promise<void> {
    const id = await q.followSession(ctx.em, networkId, sessionId);
    if (id) await this.meetings.publish(ctx, networkId, plenaryTopic(id), 'REFRESH');
  }

  /**
   * The track's cohort or facilitators changed: the places at its sessions' meetings follow the
   * cohort, hosts who left hand their tables back, and, when someone left (or `recheck`: a
   * facilitator was taken off), every live screen on those meetings checks again who may follow it.
   */
  async cohortChanged(ctx: RequestContext, networkId: string, trackId: string, recheck = false): Promise<void> {
    const sync = await q.syncCohort(ctx.em, networkId, trackId);
    for (const id of sync.changed) await touchMeeting(ctx.em, networkId, id);
    if (sync.left || recheck)
      for (const meeting of await q.meetingsOfTrack(ctx.em, networkId, trackId)) {
        await this.meetings.publish(ctx, networkId, plenaryTopic(meeting.id), LIVE_RECHECK);
        for (const tableId of meeting.tableIds) await this.meetings.publish(ctx, networkId, tableTopic(tableId), LIVE_RECHECK);
      }
    for (const id of sync.changed) await this.meetings.publish(ctx, networkId, plenaryTopic(id), 'REFRESH');
  }
}
