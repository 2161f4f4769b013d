import { reminderStage, type ReminderStage } from '../reminders/deadline-reminders';
import type { MeetingStatus } from './meeting-lifecycle';
import type { RegistrationStatus } from './meeting-registration';

/**
 * What the people registered for a meeting hear in their calendar and their mail: an invitation
 * (an iCalendar PUBLISH) when they get a place, the same event again with a higher SEQUENCE when
 * the meeting moves, a cancellation (CANCEL) when their place is gone; and reminders before it.
 * A place on the waitlist is no appointment: it gets a mail, never a calendar entry or a reminder.
 */

export type CalendarMessage = 'PUBLISH' | 'CANCEL';

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
export interface MeetingWhereWhen {
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
}

/** Whether an edit moves the meeting in people's calendars: another time, place or online link (a new title or description does not). */
export function meetingMoved(before: MeetingWhereWhen, after: MeetingWhereWhen): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.place.trim() !== after.place.trim() ||
    before.onlineLink.trim() !== after.onlineLink.trim()
  );
}

/**
 * The SEQUENCE of the next calendar message to one person (RFC 5546: a calendar ignores a message
 * that is not newer than the one it has): one above the last they got, and never below the
 * meeting's version, which the file on the meeting's page carries.
 */
export function nextCalendarSequence(meetingVersion: number, lastSent: number | null): number {
  return lastSent === null ? meetingVersion : Math.max(meetingVersion, lastSent + 1);
}

/** Reminders before a meeting: a week before and the day before; none once it has begun. */
export const MEETING_REMINDER_STAGES = ['WEEK_BEFORE', 'DAY_BEFORE'] as const satisfies readonly ReminderStage[];
export type MeetingReminderStage = (typeof MEETING_REMINDER_STAGES)[number];

/** A meeting that is still to come for those registered: open, or with registration closed; not a draft, not cancelled. */
export function meetingRemindable(status: MeetingStatus): boolean {
  return status === 'OPEN' || status === 'HELD';
}

/**
 * The reminder to send one person at `now`: the latest stage reached (counted in Dutch calendar
 * days, like deadline reminders) that they have not had for the meeting's present start, only
 * while they hold a place and the meeting is still to come. A run that comes late sends one
 * reminder, not every stage it passed; a promotion from the waitlist gets the stage reached then.
 */
export function meetingReminderToSend(
  f: { status: MeetingStatus; startsAt: Date; registration: RegistrationStatus },
  now: Date,
  sent: readonly MeetingReminderStage[],
): MeetingReminderStage | null {
  if (!meetingRemindable(f.status) || f.registration !== 'REGISTERED' || now.getTime() >= f.startsAt.getTime()) return null;
  const stage = reminderStage(f.startsAt, now);
  if (stage !== 'WEEK_BEFORE' && stage !== 'DAY_BEFORE') return null;
  const rank = MEETING_REMINDER_STAGES.indexOf(stage);
  return sent.some((s) => MEETING_REMINDER_STAGES.indexOf(s) >= rank) ? null : stage;
}
