import type { Role } from '../roles';
import { type MeetingStatus, meetingEditable, registrationOpen, tablesWorking } from './meeting-lifecycle';
import { trackSessionMeetingRights, type TrackSessionStanding } from './track-session-meeting';

/**
 * Who may do what with a work meeting and its tables, as one pure function per subject. Services
 * ask these; nothing else decides. A denial reads as not-found for reads, FORBIDDEN for acts.
 */
export interface MeetingStanding {
  /** Coordinator of the meeting's network. */
  coordinator: boolean;
  /** An active member of the meeting's network (coordinators are members too; facilitators are not). */
  networkMember: boolean;
  /**
   * One of the facilitators (begeleiders) the coordinator assigned to this meeting: an outside
   * organiser, such as a university or consultancy, who runs it for the network. They organise this
   * meeting only, and never register for it or sit at its tables as a member does.
   */
  facilitator: boolean;
  /** A member of the host organisation of the meeting. */
  hostContact: boolean;
  /** The coordinator allows the host organisation's contacts to edit the meeting. */
  hostMayEdit: boolean;
  /** The person's registration status, if any. */
  registration: 'REGISTERED' | 'WAITLISTED' | 'CANCELLED' | null;
  /**
   * Set for a meeting held for a session of a learning track (track-session-meeting.ts): how the
   * person stands to that track, which is the meeting's audience; then nothing above but
   * `coordinator` counts. Null for a meeting of the network. Never null for a track session's
   * meeting, also for someone the track does not know (NOT_IN_TRACK): that fails closed.
   */
  track: TrackSessionStanding | null;
}

export interface MeetingRights {
  read: boolean;
  /** Title, place, programme, tables, capacity; open and cancel. */
  edit: boolean;
  register: boolean;
  cancelRegistration: boolean;
  /** Seat those without a choice, see all registrations. */
  assignTables: boolean;
  /**
   * Name the next meeting of the series: also after the meeting, where it is announced. Not from
   * a draft: a series is shown to the whole network, and a draft is the organisers' alone.
   */
  linkNext: boolean;
  /** Assign and remove the meeting's facilitators: the coordinator's alone, for any meeting that is not cancelled. */
  assignFacilitators: boolean;
}

/**
 * Who organises the meeting: the network's coordinators, its assigned facilitators, and the host
 * organisation's contacts when the coordinator allows it.
 */
export function meetingOrganiser(standing: MeetingStanding): boolean {
  if (standing.track) return standing.coordinator || standing.track.facilitator;
  return standing.coordinator || standing.facilitator || (standing.hostContact && standing.hostMayEdit && standing.networkMember);
}

export function meetingRights(standing: MeetingStanding, status: MeetingStatus): MeetingRights {
  if (standing.track) return trackSessionMeetingRights(standing.coordinator, standing.track, status);
  const organiser = meetingOrganiser(standing);
  const read = organiser || (standing.networkMember && status !== 'DRAFT');
  const open = registrationOpen(status);
  return {
    read,
    edit: organiser && meetingEditable(status),
    register: standing.networkMember && open && (standing.registration === null || standing.registration === 'CANCELLED'),
    cancelRegistration: open && (standing.registration === 'REGISTERED' || standing.registration === 'WAITLISTED'),
    assignTables: organiser && (status === 'OPEN' || status === 'HELD'),
    linkNext: organiser && status !== 'CANCELLED' && status !== 'DRAFT',
    assignFacilitators: standing.coordinator && status !== 'CANCELLED',
  };
}

/** Someone an organiser asks to host a table of a meeting, as they stand to its network and to the meeting. */
export interface TableHostCandidate {
  /** Their role in the meeting's network; null when they are not (or no longer) an active member of it. */
  role: Role | null;
  /** Assigned to this meeting as one of its facilitators. */
  facilitatesMeeting: boolean;
  /** For a track session's meeting: how they stand to the track (its audience); null for a meeting of the network. */
  track: TrackSessionStanding | null;
}

/**
 * Whether someone may host a table of the meeting: only who reads it (meetingRights), as their
 * invitation, the table's cards and its screen are all in the meeting. So a member of the network
 * (a draft's table host reads it, and is told of it, once it is announced), and a facilitator only at
 * a meeting they are assigned to; nobody outside the network or no longer active in it. At a track
 * session's meeting: the coordinators, the track's facilitators and its cohort only. Taken off a
 * meeting as its facilitator, or becoming a facilitator, they no longer host its tables either.
 */
export function mayHostTable(candidate: TableHostCandidate): boolean {
  if (candidate.role === null) return false;
  const standing: MeetingStanding = {
    coordinator: candidate.role === 'COORDINATOR',
    networkMember: candidate.role !== 'FACILITATOR',
    facilitator: candidate.role === 'FACILITATOR' && candidate.facilitatesMeeting,
    hostContact: false,
    hostMayEdit: false,
    registration: null,
    track: candidate.track,
  };
  // As the meeting is once announced: every status but a draft reads alike.
  return meetingRights(standing, 'OPEN').read;
}

/** How a person stands to one table of a meeting they may read. */
export interface TableStanding {
  /** The table's host (tafelvoorzitter). */
  tableHost: boolean;
  /** Registered (not waitlisted) and seated at this table. */
  seatedHere: boolean;
}

/**
 * `full`: every card of the table with its text and its author; `yields`: only the cards marked
 * as yield or recommendation, never an author (other tables, the plenary, the rest of the network).
 */
export type TableReadLevel = 'full' | 'yields';

export interface TableRights {
  read: TableReadLevel;
  post: boolean;
  /** Cluster, merge, mark yields and recommendations. */
  moderate: boolean;
}

export function tableRights(table: TableStanding, status: MeetingStatus): TableRights {
  const atTable = table.tableHost || table.seatedHere;
  const working = tablesWorking(status);
  return {
    read: atTable ? 'full' : 'yields',
    post: atTable && working,
    moderate: table.tableHost && working,
  };
}
