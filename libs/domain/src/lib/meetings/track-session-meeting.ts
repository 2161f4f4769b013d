import type { Bilingual } from '../messages';
import type { HarvestVisibility } from '../harvests/harvest-lifecycle';
import type { TrackStanding } from '../tracks/track-policy';
import { meetingEditable, type MeetingStatus, type MeetingTransition } from './meeting-lifecycle';
import type { MeetingRights, MeetingStanding } from './meeting-policy';

/**
 * A session of a learning track (kick-off, workshop, feedback session, closing) may be held with
 * theme tables, as a work meeting is: its organisers open a meeting bound to the session (one per
 * session), the cohort sits at the tables and posts cards to the three questions, the table hosts
 * cluster and mark yields, the plenary shows them. Such a meeting is the track's, not the
 * network's: its audience is the track.
 *
 * - Who reads it: the network's coordinators, the track's facilitators and its ACCEPTED
 *   participants; nobody else of the network (not a member who applied, waits, withdrew or was
 *   declined, not a member outside the track, not a facilitator of another meeting or track), in no
 *   way (page, tables, cards, plenary, live boards, report, counts).
 * - Who organises it: the coordinators and the track's facilitators (as the track's schedule).
 * - Who takes part: the cohort is its participants, seated at its tables; nobody registers, there
 *   is no waitlist, and nobody of the network may join.
 * - Its title, time and place are the session's, and follow it when the session moves.
 * - It is no appointment of its own (the session is one, in its people's calendars), belongs to no
 *   series of the network's meetings, counts in no harvest, and its report stays with its readers:
 *   never public.
 */
export type MeetingAudience = 'NETWORK' | 'TRACK';

/** Whose a meeting is: the network's, or (bound to a track session) the track's. */
export function meetingAudience(meeting: { trackSessionId: string | null }): MeetingAudience {
  return meeting.trackSessionId === null ? 'NETWORK' : 'TRACK';
}

/** How a person stands to the learning track a meeting is a session of. */
export interface TrackSessionStanding {
  /** One of the track's facilitators (begeleiders): they run its sessions. */
  facilitator: boolean;
  /** An ACCEPTED participant of the track: one of its cohort. */
  participant: boolean;
}

/** Someone the track does not know: neither its facilitator nor one of its cohort. */
export const NOT_IN_TRACK: TrackSessionStanding = { facilitator: false, participant: false };

/** How someone who stands to a track (trackRights' standing) stands to the meetings of its sessions. */
export function trackSessionStanding(track: Pick<TrackStanding, 'facilitator' | 'participation'>): TrackSessionStanding {
  return { facilitator: track.facilitator, participant: track.participation === 'ACCEPTED' };
}

/**
 * A meeting's standing for a person who stands to its track as `track` (a coordinator or not):
 * nothing of the network counts, neither membership, a meeting assignment, a host organisation nor
 * a registration of one's own; only the coordinator's role and the track.
 */
export function trackSessionMeetingStanding(coordinator: boolean, track: TrackSessionStanding): MeetingStanding {
  return { coordinator, networkMember: false, facilitator: false, hostContact: false, hostMayEdit: false, registration: null, track };
}

/**
 * The rights of a meeting held for a track session (see above). Its organisers edit its tables and
 * programme while it is open, seat the cohort, and read it as a draft too; the cohort reads it once
 * it is open. Nobody registers (the cohort is seated), names a next meeting (a series is the
 * network's) or assigns facilitators (the track's facilitators run it).
 */
export function trackSessionMeetingRights(coordinator: boolean, track: TrackSessionStanding, status: MeetingStatus): MeetingRights {
  const organiser = coordinator || track.facilitator;
  return {
    read: organiser || (track.participant && status !== 'DRAFT'),
    edit: organiser && meetingEditable(status),
    register: false,
    cancelRegistration: false,
    assignTables: organiser && (status === 'OPEN' || status === 'HELD'),
    linkNext: false,
    assignFacilitators: false,
  };
}

/**
 * Whether a step of the meeting's life cycle is open to a meeting of this audience: a track
 * session's tables are not cancelled (the session takes place; an unused table harms nobody), and
 * its fields are the session's, changed on the session.
 */
export function meetingTransitionAllowed(audience: MeetingAudience, transition: MeetingTransition): boolean {
  return audience === 'NETWORK' || transition !== 'cancel';
}

/** A meeting's report reaches at most its readers: a track session's never the public. */
export function meetingReportVisibilityAllowed(audience: MeetingAudience, visibility: HarvestVisibility): boolean {
  return audience === 'NETWORK' || visibility === 'NETWORK';
}

/**
 * A meeting is someone's appointment (an invitation, its updates and reminders, in their calendar
 * and feed) only when it is the network's: a track session held with tables is in its people's
 * calendars as the session already, and a second event for the same afternoon would double it.
 */
export function meetingIsAppointment(audience: MeetingAudience): boolean {
  return audience === 'NETWORK';
}

/** A harvest counts the network's meetings only: a track session's tables are its cohort's. */
export function meetingCountsInHarvests(audience: MeetingAudience): boolean {
  return audience === 'NETWORK';
}

export const trackSessionMeetingMessages = {
  FOLLOWS_SESSION: {
    nl: 'Titel, tijd en plaats van deze bijeenkomst volgen de sessie van de leergang. Wijzig de sessie in het programma van de leergang.',
    en: 'The title, time and place of this meeting follow the session of the learning track. Change the session in the track’s schedule.',
  },
  NOT_CANCELLED: {
    nl: 'De thematafels van een sessie van een leergang worden niet geannuleerd: de sessie gaat door.',
    en: 'The theme tables of a learning-track session are not cancelled: the session takes place.',
  },
  NOT_PUBLIC: {
    nl: 'Het verslag van een sessie van een leergang is alleen voor de leergang, nooit openbaar.',
    en: 'The report of a learning-track session is for the track only, never public.',
  },
  FACILITATORS_OF_TRACK: {
    nl: 'Deze sessie wordt begeleid door de begeleiders van de leergang; wijs begeleiders toe bij de leergang.',
    en: 'This session is run by the facilitators of the learning track; assign facilitators on the track.',
  },
  NO_REGISTRATION: {
    nl: 'Aan deze sessie nemen de deelnemers van de leergang deel; aanmelden is niet nodig.',
    en: 'The participants of the learning track take part in this session; there is no registration.',
  },
} as const satisfies Record<string, Bilingual>;
