import type { RequestContext } from '@kijkje/api/core';
import { NOT_IN_TRACK, type MeetingStanding, type TrackSessionStanding } from '@kijkje/domain';
import type { MeetingRow } from '../meetings.queries';
import { trackStandings } from '../track-sessions/track-session-meetings.queries';
import { facilitatedBy } from './meeting-facilitators.queries';

/**
 * How the caller stands to the tracks of these meetings that hold a track session (their audience),
 * by track: one statement, and none when no meeting is a track's.
 */
export async function callerTrackStandings(
  ctx: RequestContext,
  networkId: string,
  meetings: Pick<MeetingRow, 'trackId'>[],
): Promise<Map<string, TrackSessionStanding>> {
  const trackIds = [...new Set(meetings.map((m) => m.trackId).filter((id): id is string => id !== null))];
  return trackIds.length ? trackStandings(ctx.em, networkId, ctx.userId!, trackIds) : new Map();
}

/**
 * How the caller stands to a meeting, as meetingRights (libs/domain) asks it. A track session's
 * meeting always gets a track standing (NOT_IN_TRACK when the track does not know them): its
 * audience is the track, never the network.
 */
export function callerStanding(
  ctx: RequestContext,
  meeting: MeetingRow,
  facilitator: boolean,
  registration: MeetingStanding['registration'],
  tracks: ReadonlyMap<string, TrackSessionStanding>,
): MeetingStanding {
  const m = ctx.membership!;
  const track = meeting.trackSessionId === null ? null : ((meeting.trackId ? tracks.get(meeting.trackId) : undefined) ?? NOT_IN_TRACK);
  return {
    coordinator: m.role === 'COORDINATOR',
    // Everyone who reaches meetings (meeting.read) is a member, except a facilitator.
    networkMember: m.role !== 'FACILITATOR',
    facilitator,
    hostContact: !!meeting.hostOrganisationId && m.organisationId === meeting.hostOrganisationId,
    hostMayEdit: meeting.hostMayEdit,
    registration,
    track,
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
