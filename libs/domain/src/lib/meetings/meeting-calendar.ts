import {
  APPOINTMENT_REMINDER_STAGES,
  appointmentMoved,
  appointmentReminderToSend,
  type AppointmentReminderStage,
  type AppointmentWhereWhen,
  type CalendarMessage,
} from '../calendar/appointments';
import type { MeetingStatus } from './meeting-lifecycle';
import type { RegistrationStatus } from './meeting-registration';

/**
 * What the people registered for a meeting hear in their calendar and their mail: an invitation
 * (an iCalendar PUBLISH) when they get a place, the same event again with a higher SEQUENCE when
 * the meeting moves, a cancellation (CANCEL) when their place is gone; and reminders before it
 * (the appointment rules of libs/domain/calendar, shared with the sessions of learning tracks).
 * A place on the waitlist is no appointment: it gets a mail, never a calendar entry or a reminder.
 */

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
 * The reminder to send one person at `now` (appointmentReminderToSend), only while they hold a
 * place and the meeting is still to come; a promotion from the waitlist gets the stage reached then.
 */
export function meetingReminderToSend(
  f: { status: MeetingStatus; startsAt: Date; registration: RegistrationStatus },
  now: Date,
  sent: readonly MeetingReminderStage[],
): MeetingReminderStage | null {
  if (!meetingRemindable(f.status) || f.registration !== 'REGISTERED') return null;
  return appointmentReminderToSend(f.startsAt, now, sent);
}
