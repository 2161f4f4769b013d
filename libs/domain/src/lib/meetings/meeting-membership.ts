import type { Role } from '../roles';
import type { MeetingStatus } from './meeting-lifecycle';
import { mayHostTable, meetingRights } from './meeting-policy';
import type { RegistrationStatus } from './meeting-registration';

/** A meeting where a person has a part, as it stood before how they stand to its network changed. */
export interface MeetingPart {
  status: MeetingStatus;
  startsAt: Date;
  /** Assigned to it as one of its facilitators. */
  facilitator: boolean;
  /** The host of one or more of its tables. */
  tableHost: boolean;
  /** Their registration, if any. */
  registration: RegistrationStatus | null;
  /**
   * Held for a session of a learning track (track-session-meeting.ts): its audience is the track,
   * so the track decides (a participant withdrawn or a facilitator taken off there leaves its
   * sessions' meetings with it), not the network's roles here.
   */
  trackSession: boolean;
}

/** What of their part in the meeting ends. */
export interface MeetingPartsEnding {
  facilitator: boolean;
  tables: boolean;
  registration: boolean;
}

const NOTHING: MeetingPartsEnding = { facilitator: false, tables: false, registration: false };

/**
 * A meeting still to come: not cancelled, and not begun. One that has begun keeps who ran it, who
 * hosted its tables and who had a place, as its report and the harvests count them, and as
 * calendars keep it (a meeting that has begun stays as it is).
 */
export function meetingToCome(meeting: { status: MeetingStatus; startsAt: Date }, now: Date): boolean {
  return meeting.status !== 'CANCELLED' && meeting.startsAt.getTime() > now.getTime();
}

/**
 * What of a person's part in a meeting ends when how they stand to its network changes: their role
 * changes (`role`, the new one) or their membership ends (`role` null). At a meeting still to come:
 * - running it, unless they are a facilitator still: only the network's facilitators are assigned;
 * - hosting its tables, where they may no longer (mayHostTable, as they stand after the change):
 *   the tables keep their cards and wait for another host;
 * - a place or a place on the waitlist, unless they could still register (meetingRights): a
 *   facilitator never takes part as a member does, and a former member not at all.
 * Nothing at a track session's meeting: the track's own change takes them off it (see MeetingPart).
 */
export function meetingPartsEnding(role: Role | null, part: MeetingPart, now: Date): MeetingPartsEnding {
  if (!meetingToCome(part, now) || part.trackSession) return NOTHING;
  const facilitator = part.facilitator && role !== 'FACILITATOR';
  const facilitatesAfter = part.facilitator && !facilitator;
  const member = role !== null && role !== 'FACILITATOR';
  const mayRegister = meetingRights(
    { coordinator: role === 'COORDINATOR', networkMember: member, facilitator: false, hostContact: false, hostMayEdit: false, registration: null, track: null },
    'OPEN',
  ).register;
  return {
    facilitator,
    tables: part.tableHost && !mayHostTable({ role, facilitatesMeeting: facilitatesAfter, track: null }),
    registration: (part.registration === 'REGISTERED' || part.registration === 'WAITLISTED') && !mayRegister,
  };
}
