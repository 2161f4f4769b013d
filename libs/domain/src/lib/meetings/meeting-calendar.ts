import {
  APPOINTMENT_REMINDER_STAGES,
  appointmentCalendarMessage,
  appointmentMoved,
  appointmentReminderToSend,
  type AppointmentChange,
  type AppointmentReminderStage,
  type AppointmentWhereWhen,
  type CalendarMessage,
} from '../calendar/appointments';
import type { MeetingStatus } from './meeting-lifecycle';
import type { RegistrationStatus } from './meeting-registration';

/**
 * What the people of a meeting hear in their calendar and their mail: an invitation (an iCalendar
 * PUBLISH) when they come to hold it (a place, running it as a facilitator, hosting one of its
 * theme tables), the same event again with a higher SEQUENCE when the meeting moves, a
 * cancellation (CANCEL) when they hold it in no way any more or the meeting is cancelled; and
 * reminders before it (the appointment rules of libs/domain/calendar, shared with the sessions of
 * learning tracks). It is one appointment per person, however many ways they hold it: one
 * invitation, one update per move, one reminder per stage. A place on the waitlist is no
 * appointment: it gets a mail, never a calendar entry or a reminder.
 */

/** How a person stands to a meeting, as far as its appointment goes. */
export interface MeetingHolderFacts {
  /** One of the meeting's facilitators (begeleiders), who run it. */
  facilitator: boolean;
  /** The host (tafelvoorzitter) of one or more of its theme tables. */
  tableHost: boolean;
  /** Their own registration, if any. */
  registration: RegistrationStatus | null;
}

/** Nobody in particular: the start of every person's facts. */
export const NO_HOLDER: MeetingHolderFacts = { facilitator: false, tableHost: false, registration: null };

/**
 * Whose calendar has the meeting: its facilitators from their assignment on (they prepare it, as a
 * draft too); once it is announced (not a draft, which only its organisers read), the hosts of its
 * tables and whoever holds a place; nobody's once it is cancelled. A meeting held stays, as visits
 * do. Holding it in several ways is holding it once. The coordinator who runs it without being
 * assigned may download it but is sent nothing.
 */
export function holdsMeeting(p: MeetingHolderFacts, status: MeetingStatus): boolean {
  if (status === 'CANCELLED') return false;
  if (p.facilitator) return true;
  return status !== 'DRAFT' && (p.tableHost || p.registration === 'REGISTERED');
}

/**
 * What changed about a meeting for one person's calendar:
 * - HOLDERS: how they stand to it changed (a place got or given up, assigned to or taken off as
 *   facilitator or table host), or it was announced, which its table hosts hold from then on;
 * - MOVED: its time, place or online link changed; CANCELLED: it does not take place.
 */
export const MEETING_CALENDAR_CHANGES = ['HOLDERS', 'MOVED', 'CANCELLED'] as const;
export type MeetingCalendarChange = (typeof MEETING_CALENDAR_CHANGES)[number];

const AS_APPOINTMENT: Record<MeetingCalendarChange, AppointmentChange> = { HOLDERS: 'HOLDERS', MOVED: 'SCHEDULED', CANCELLED: 'CALLED_OFF' };

/**
 * What one person's calendar gets after a change (appointmentCalendarMessage), `holds` being
 * holdsMeeting after it and `inCalendar` whether the last message their calendar got was an
 * invitation: the invitation when they come to hold the meeting (an update when it moved); a
 * cancellation, if their calendar has it, when they hold it in no way any more or it is cancelled;
 * nothing when they hold it still or already. A meeting that has begun stays as it is.
 */
export function meetingCalendarMessage(
  change: MeetingCalendarChange,
  person: { holds: boolean; inCalendar: boolean },
  meeting: { startsAt: Date },
  now: Date,
): CalendarMessage | null {
  return appointmentCalendarMessage(AS_APPOINTMENT[change], person, meeting, now);
}

/**
 * What a mail tells a person of their calendar: the message it carries; without one, KEEP where
 * their calendar has the meeting and they hold it still (they took on another role, or gave up
 * one of several: the appointment they have stays); null: nothing.
 */
export type MeetingCalendarNote = CalendarMessage | 'KEEP';

export function meetingCalendarNote(message: CalendarMessage | null, person: { holds: boolean; inCalendar: boolean }): MeetingCalendarNote | null {
  return message ?? (person.holds && person.inCalendar ? 'KEEP' : null);
}

/**
 * As what a mail about the whole meeting (moved, cancelled, a reminder) addresses someone who
 * stands to it in several ways: as the one who does most there (a facilitator runs it, a table
 * host leads a table), else as someone registered.
 */
export type MeetingVoice = 'FACILITATOR' | 'TABLE_HOST' | 'REGISTRATION';

export function meetingVoice(p: MeetingHolderFacts): MeetingVoice {
  return p.facilitator ? 'FACILITATOR' : p.tableHost ? 'TABLE_HOST' : 'REGISTRATION';
}

/**
 * Who hears that the meeting moved or is cancelled: everyone whose calendar gets a message of it,
 * and whoever still has a registration (those waiting hear it without an appointment). One mail
 * each, however many ways they stand to it.
 */
export function toldOfMeetingChange(message: CalendarMessage | null, p: MeetingHolderFacts): boolean {
  return message !== null || p.registration === 'REGISTERED' || p.registration === 'WAITLISTED';
}

/**
 * Whether someone assigned to or taken off a role (facilitator, table host) hears of it: when
 * their calendar gets a message, or while they hold the meeting (the role changed; the appointment
 * they have stays). A table host of a draft hears of it when the meeting is announced. Someone who
 * gave up a place (or a place on the waitlist) with it always hears, as anyone whose registration
 * ends does: in the same mail.
 */
export function toldOfRoleChange(message: CalendarMessage | null, holds: boolean, placeGivenUp = false): boolean {
  return message !== null || holds || placeGivenUp;
}

/** When and where a meeting is, as far as a calendar is concerned. */
export interface MeetingWhereWhen extends AppointmentWhereWhen {
  onlineLink: string;
}

/** Whether an edit moves the meeting in people's calendars: another time, place or online link (a new title or description does not). */
export const meetingMoved: (before: MeetingWhereWhen, after: MeetingWhereWhen) => boolean = appointmentMoved;

/** Reminders before a meeting: a week before and the day before; none once it has begun. */
export const MEETING_REMINDER_STAGES = APPOINTMENT_REMINDER_STAGES;
export type MeetingReminderStage = AppointmentReminderStage;

/** A meeting that is still to come for those registered: open, or with registration closed; not a draft, not cancelled. */
export function meetingRemindable(status: MeetingStatus): boolean {
  return status === 'OPEN' || status === 'HELD';
}

/**
 * The reminder to send one person at `now` (appointmentReminderToSend), only while they hold the
 * meeting (a place, running it, hosting a table: one reminder per stage however many) and it is
 * still to come and announced (not a draft); a promotion from the waitlist gets the stage reached then.
 */
export function meetingReminderToSend(
  f: MeetingHolderFacts & { status: MeetingStatus; startsAt: Date },
  now: Date,
  sent: readonly MeetingReminderStage[],
): MeetingReminderStage | null {
  if (!meetingRemindable(f.status) || !holdsMeeting(f, f.status)) return null;
  return appointmentReminderToSend(f.startsAt, now, sent);
}
