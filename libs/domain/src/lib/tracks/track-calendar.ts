import {
  appointmentCalendarMessage,
  appointmentReminderToSend,
  type AppointmentChange,
  type AppointmentReminderStage,
  type CalendarMessage,
} from '../calendar/appointments';
import type { TrackStatus } from './track-lifecycle';
import type { ParticipantStatus } from './track-participation';

/**
 * The sessions of a learning track in people's calendars, as work meetings are (the appointment
 * rules of libs/domain/calendar): an invitation per session, an update with a higher SEQUENCE
 * when it moves, a cancellation when it is no longer theirs, and reminders before it.
 */

/** How a person stands to a track, as far as its sessions go. */
export interface SessionHolderFacts {
  /** One of the track's facilitators. */
  facilitator: boolean;
  /** Their own application to the track, if any. */
  participation: ParticipantStatus | null;
}

/**
 * Whose calendar has the track's sessions: its facilitators and its accepted participants, until
 * the track closes (sessions still ahead of a closed track do not take place). An application
 * that waits for a decision or on the waitlist is no appointment; a coordinator who neither runs
 * nor joins the track may download the schedule but is sent nothing.
 */
export function holdsTrackSessions(p: SessionHolderFacts, status: TrackStatus): boolean {
  return status !== 'CLOSED' && runsOrJoins(p);
}

const runsOrJoins = (p: SessionHolderFacts) => p.facilitator || p.participation === 'ACCEPTED';

/** A session still ahead of a track that closed does not take place. */
export function sessionCalledOff(status: TrackStatus, session: { startsAt: Date }, now: Date): boolean {
  return status === 'CLOSED' && session.startsAt.getTime() > now.getTime();
}

/**
 * Whether a session is in the person's personal calendar feed at `now`: every session of a track
 * they run or take part in, but those called off when it closed.
 */
export function sessionInPersonalCalendar(p: SessionHolderFacts, status: TrackStatus, session: { startsAt: Date }, now: Date): boolean {
  return runsOrJoins(p) && !sessionCalledOff(status, session, now);
}

/**
 * What changed about a track's sessions:
 * - ADDED: a session joined the schedule; MOVED: its time or place changed;
 * - REMOVED: it left the schedule; TRACK_CLOSED: the track closed with it still ahead;
 * - HOLDERS: the person began or stopped holding the sessions (accepted, promoted, withdrawn,
 *   declined; assigned or taken off as facilitator).
 */
export const SESSION_CHANGES = ['ADDED', 'MOVED', 'REMOVED', 'TRACK_CLOSED', 'HOLDERS'] as const;
export type SessionChange = (typeof SESSION_CHANGES)[number];

const AS_APPOINTMENT: Record<SessionChange, AppointmentChange> = {
  ADDED: 'SCHEDULED',
  MOVED: 'SCHEDULED',
  REMOVED: 'CALLED_OFF',
  TRACK_CLOSED: 'CALLED_OFF',
  HOLDERS: 'HOLDERS',
};

/**
 * What one person's calendar gets for one session after a change: the invitation (an update when
 * it moved) to whoever holds the sessions; a cancellation to each calendar that has a session
 * removed, of a closed track, or of someone who no longer holds them. A session that has begun
 * stays as it is in every calendar.
 */
export function sessionCalendarMessage(
  change: SessionChange,
  person: { holds: boolean; inCalendar: boolean },
  session: { startsAt: Date },
  now: Date,
): CalendarMessage | null {
  return appointmentCalendarMessage(AS_APPOINTMENT[change], person, session, now);
}

/**
 * Who is told, when its organisers decide so, that a session will be held with theme tables (and
 * led to them: to choose a table or see their seat, or, running the track, to set the tables out):
 * whoever holds the track's sessions, while the session is still to come. Held with tables once it
 * has begun, its tables are worked at on the spot and nobody is mailed.
 */
export function toldOfSessionTables(p: SessionHolderFacts, status: TrackStatus, session: { startsAt: Date }, now: Date): boolean {
  return holdsTrackSessions(p, status) && session.startsAt.getTime() > now.getTime();
}

/**
 * The reminder of a session to send one person at `now` (appointmentReminderToSend: a week before
 * and the day before, none once begun), only while they hold the track's sessions.
 */
export function sessionReminderToSend(
  f: SessionHolderFacts & { status: TrackStatus; startsAt: Date },
  now: Date,
  sent: readonly AppointmentReminderStage[],
): AppointmentReminderStage | null {
  return holdsTrackSessions(f, f.status) ? appointmentReminderToSend(f.startsAt, now, sent) : null;
}
