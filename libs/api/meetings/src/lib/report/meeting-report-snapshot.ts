import type { RequestContext } from '@kijkje/api/core';
import * as mq from '../meetings.queries';
import type { MeetingReportContent } from './meeting-report-content';
import * as q from './meeting-report.queries';

/**
 * The draft as a version would freeze it now, with the meeting's frame: what the page and the
 * files show. For publishing, and for the coordinator's preview of exactly that before publishing.
 */
export async function meetingReportSnapshot(
  ctx: RequestContext,
  meeting: mq.MeetingRow,
  report: q.ReportRow,
  number: number,
  publishedAt: Date,
): Promise<MeetingReportContent> {
  const items = await mq.itemsOf(ctx.em, meeting.networkId, meeting.id);
  const next = meeting.nextMeetingId ? await mq.meetingById(ctx.em, meeting.networkId, meeting.nextMeetingId) : null;
  return {
    title: meeting.title,
    network: await q.networkName(ctx.em, meeting.networkId),
    host: meeting.hostOrganisation,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    place: meeting.place,
    items: items.map((i) => ({ atTime: i.atTime, speaker: i.speaker, talk: i.talk })),
    text: report.text,
    visibility: report.visibility,
    number,
    publishedAt: publishedAt.toISOString(),
    next:
      next && next.status !== 'CANCELLED' && next.status !== 'DRAFT'
        ? { title: next.title, host: next.hostOrganisation, startsAt: next.startsAt.toISOString() }
        : null,
  };
}
