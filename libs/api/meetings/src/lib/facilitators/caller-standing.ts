import type { RequestContext } from '@kijkje/api/core';
import type { MeetingStanding } from '@kijkje/domain';
import type { MeetingRow } from '../meetings.queries';
import { facilitatedBy } from './meeting-facilitators.queries';

/** How the caller stands to a meeting, as meetingRights (libs/domain) asks it. */
export function callerStanding(ctx: RequestContext, meeting: MeetingRow, facilitator: boolean, registration: MeetingStanding['registration']): MeetingStanding {
  const m = ctx.membership!;
  return {
    coordinator: m.role === 'COORDINATOR',
    // Everyone who reaches meetings (meeting.read) is a member, except a facilitator.
    networkMember: m.role !== 'FACILITATOR',
    facilitator,
    hostContact: !!meeting.hostOrganisationId && m.organisationId === meeting.hostOrganisationId,
    hostMayEdit: meeting.hostMayEdit,
    registration,
  };
}

/** Which of these meetings the caller is assigned to as a facilitator: asked of facilitators only, so nobody else pays a statement. */
export function facilitatedByCaller(ctx: RequestContext, networkId: string, meetingIds: string[]): Promise<Set<string>> {
  return ctx.membership?.role === 'FACILITATOR' ? facilitatedBy(ctx.em, networkId, ctx.userId!, meetingIds) : Promise.resolve(new Set());
}

/**
 * The meetings with their link to the next meeting of the series left out where the caller may
 * not read that one. Only a facilitator meets such a link: a next meeting is never a draft, so
 * a member reads it, and a facilitator reads only the meetings they run.
 */
export async function withVisibleLinks<T extends MeetingRow>(ctx: RequestContext, networkId: string, meetings: T[]): Promise<T[]> {
  const links = meetings.map((m) => m.nextMeetingId).filter((id): id is string => id !== null);
  if (ctx.membership?.role !== 'FACILITATOR' || links.length === 0) return meetings;
  const theirs = await facilitatedByCaller(ctx, networkId, links);
  return meetings.map((m) => (m.nextMeetingId && !theirs.has(m.nextMeetingId) ? { ...m, nextMeetingId: null } : m));
}
