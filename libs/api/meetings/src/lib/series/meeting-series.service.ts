import { Injectable } from '@nestjs/common';
import { AccessService, badUserInput, conflict, type RequestContext } from '@kijkje/api/core';
import { nextMeetingMessages, nextMeetingProblem } from '@kijkje/domain';
import * as q from '../meetings.queries';
import { MeetingsService, NOT_ORGANISER } from '../meetings.service';
import { previousOf, setNextMeeting } from './meeting-series.queries';
import type { SetNextMeetingInput } from './meeting-series.types';

/**
 * A series of meetings: an organiser names the next meeting (later, at another host; the rule is
 * nextMeetingProblem in libs/domain), announced on the meeting's page and the network's list.
 */
@Injectable()
export class MeetingSeriesService {
  constructor(
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
  ) {}

  async setNext(ctx: RequestContext, input: SetNextMeetingInput): Promise<string> {
    const s = await this.meetings.standing(ctx, input.meetingId, true);
    if (!s.rights.linkNext) return this.access.notAllowed(ctx, 'meeting', input.meetingId, NOT_ORGANISER);
    if (s.meeting.version !== input.version) throw conflict(s.meeting.version);
    const nextId = input.nextMeetingId ?? null;
    if (nextId) {
      // Locked too: two meetings naming the same next one wait for each other, and the second is refused.
      const next = await this.meetings.standing(ctx, nextId, true);
      const problem = nextMeetingProblem(s.meeting, next.meeting, await previousOf(ctx.em, s.meeting.networkId, nextId));
      if (problem) throw badUserInput([{ field: 'nextMeetingId', messages: nextMeetingMessages[problem] }]);
    }
    if (!(await setNextMeeting(ctx.em, s.meeting.networkId, s.meeting.id, input.version, nextId))) throw conflict(s.meeting.version);
    await this.meetings.record(ctx, s.meeting.networkId, 'meeting.next_set', s.meeting.id, { nextMeetingId: nextId });
    return s.meeting.id;
  }

  /** The meetings before and after this one in its series, when they are announced (never a draft) and the caller may read them. */
  async neighbours(
    ctx: RequestContext,
    meeting: Pick<q.MeetingRow, 'networkId' | 'id' | 'nextMeetingId'>,
  ): Promise<{ previous: q.MeetingRow | null; next: q.MeetingRow | null }> {
    const previousId = await previousOf(ctx.em, meeting.networkId, meeting.id);
    const previous = previousId ? await q.meetingById(ctx.em, meeting.networkId, previousId) : null;
    const next = meeting.nextMeetingId ? await q.meetingById(ctx.em, meeting.networkId, meeting.nextMeetingId) : null;
    // Announced (never a draft), and only those the caller reads: a facilitator sees the meetings they run, no other.
    const readable = new Set(
      (
        await this.meetings.readable(
          ctx,
          meeting.networkId,
          [previous, next].filter((m) => m !== null),
        )
      ).map((m) => m.id),
    );
    const announced = (m: q.MeetingRow | null) => (m && m.status !== 'DRAFT' && readable.has(m.id) ? m : null);
    return { previous: announced(previous), next: announced(next) };
  }
}
