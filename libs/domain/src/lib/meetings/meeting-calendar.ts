import {
  APPOINTMENT_REMINDER_STAGES,
  appointmentCalendarMessage,
  appointmentMoved,
  appointmentReminderToSend,
  type AppointmentReminderStage,
  type AppointmentWhereWhen,
  type CalendarMessage,
} from '../calendar/appointments';
import type { MeetingStatus } from './meeting-lifecycle';
import type { RegistrationStatus } from './meeting-registration';

/**
 * What the people of a meeting hear in their calendar and their mail: an invitation (an iCalendar
 * PUBLISH) when they get a place or are assigned to run it, the same event again with a higher
 * SEQUENCE when the meeting moves, a cancellation (CANCEL) when their place or assignment is gone
 * or the meeting is cancelled; and reminders before it (the appointment rules of
 * libs/domain/calendar, shared with the sessions of learning tracks). A place on the waitlist is
 * no appointment: it gets a mail, never a calendar entry or a reminder.
 */

/** How a person stands to a meeting, as far as its appointment goes. */
export interface MeetingHolderFacts {
  /** One of the meeting's facilitators (begeleiders), who run it. */
  facilitator: boolean;
  /** Their own registration, if any. */
  registration: RegistrationStatus | null;
}

/**
 * Whose calendar has the meeting: its facilitators from their assignment on (they prepare it, as a
 * draft too), and whoever holds a place; nobody's once it is cancelled. A meeting held stays, as
 * visits do. The coordinator who runs it without being assigned may download it but is sent nothing.
 */
export function holdsMeeting(p: MeetingHolderFacts, status: MeetingStatus): boolean {
  if (status === 'CANCELLED') return false;
  return p.facilitator || (p.registration === 'REGISTERED' && status !== 'DRAFT');
}

/**
 * What changed about a meeting for one facilitator's calendar:
 * - ASSIGNED / REMOVED: they were assigned to run it, or taken off;
 * - MOVED: its time, place or online link changed; CANCELLED: it does not take place.
 */
export const FACILITATION_CHANGES = ['ASSIGNED', 'REMOVED', 'MOVED', 'CANCELLED'] as const;
export type FacilitationChange = (typeof FACILITATION_CHANGES)[number];

/**
 * What a facilitator's calendar gets after a change (appointmentCalendarMessage): the invitation
 * when assigned (an update when it moved) while they hold the meeting; a cancellation, if their
 * calendar has it, when they are taken off or it is cancelled. A meeting that has begun stays as it is.
 */
export function facilitatorCalendarMessage(
  change: FacilitationChange,
  person: { holds: boolean; inCalendar: boolean },
  meeting: { startsAt: Date },
  now: Date,
): CalendarMessage | null {
  const as = change === 'MOVED' ? 'SCHEDULED' : change === 'CANCELLED' ? 'CALLED_OFF' : 'HOLDERS';
  return appointmentCalendarMessage(as, person, meeting, now);
}

/**
 * What a change of one person's registration means for their calendar: an invitation when they
 * get a place (registered at once, or promoted from the waitlist); a cancellation when a place
 * they held is given up, if their calendar has the meeting; nothing otherwise.
 */
export function calendarMessageFor(from: RegistrationStatus | null, to: RegistrationStatus, inCalendar: boolean): CalendarMessage | null {
  if (to === 'REGISTERED') return from === 'REGISTERED' ? null : 'PUBLISH';
  if (to === 'CANCELLED' && from === 'REGISTERED' && inCalendar) return 'CANCEL';
  return null;
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
 * meeting (a place, or running it) and it is still to come and announced (not a draft); a
 * promotion from the waitlist gets the stage reached then.
 */
export function meetingReminderToSend(
  f: MeetingHolderFacts & { status: MeetingStatus; startsAt: Date },
  now: Date,
  sent: readonly MeetingReminderStage[],
): MeetingReminderStage | null {
  if (!meetingRemindable(f.status) || !holdsMeeting(f, f.status)) return null;
  return appointmentReminderToSend(f.startsAt, now, sent);
}
