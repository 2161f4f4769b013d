import { reminderStage, type ReminderStage } from '../reminders/deadline-reminders';

/**
 * What an appointment in someone's calendar follows, whatever it is (a work meeting, a session of
 * a learning track): an invitation (an iCalendar PUBLISH), the same event again with a higher
 * SEQUENCE when it moves, a cancellation (CANCEL) when it is no longer theirs; and reminders a
 * week and a day before it. The contexts decide who holds an appointment; these rules are shared.
 */

export type CalendarMessage = 'PUBLISH' | 'CANCEL';

/** When and where an appointment is, as far as a calendar is concerned. */
export interface AppointmentWhereWhen {
  startsAt: Date;
  endsAt: Date;
  place: string;
  /** An online link, where the appointment has one. */
  onlineLink?: string;
}

/** Whether an edit moves the appointment in people's calendars: another time, place or online link (a new title or description does not). */
export function appointmentMoved(before: AppointmentWhereWhen, after: AppointmentWhereWhen): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.place.trim() !== after.place.trim() ||
    (before.onlineLink ?? '').trim() !== (after.onlineLink ?? '').trim()
  );
}

/**
 * The SEQUENCE of the next calendar message to one person (RFC 5546: a calendar ignores a message
 * that is not newer than the one it has): one above the last they got, and never below the
 * appointment's own version, which the downloadable file carries.
 */
export function nextCalendarSequence(version: number, lastSent: number | null): number {
  return lastSent === null ? version : Math.max(version, lastSent + 1);
}

/**
 * What changed about an appointment, as one person's calendar sees it:
 * - SCHEDULED: it is where and when it now is (added, or moved);
 * - CALLED_OFF: it no longer takes place (removed, cancelled, its track closed);
 * - HOLDERS: the person began or stopped holding it (a place, a facilitator's assignment).
 */
export type AppointmentChange = 'SCHEDULED' | 'CALLED_OFF' | 'HOLDERS';

/**
 * What one person's calendar gets after a change: the invitation (an update when it moved) to
 * whoever holds the appointment; a cancellation to each calendar that has it when it is called off
 * or no longer theirs. An appointment that has begun stays as it is in every calendar.
 */
export function appointmentCalendarMessage(
  change: AppointmentChange,
  person: { holds: boolean; inCalendar: boolean },
  appointment: { startsAt: Date },
  now: Date,
): CalendarMessage | null {
  if (appointment.startsAt.getTime() <= now.getTime()) return null;
  switch (change) {
    case 'SCHEDULED':
      return person.holds ? 'PUBLISH' : null;
    case 'CALLED_OFF':
      return person.inCalendar ? 'CANCEL' : null;
    case 'HOLDERS':
      if (person.holds) return person.inCalendar ? null : 'PUBLISH';
      return person.inCalendar ? 'CANCEL' : null;
  }
}

/** Reminders before an appointment: a week before and the day before; none once it has begun. */
export const APPOINTMENT_REMINDER_STAGES = ['WEEK_BEFORE', 'DAY_BEFORE'] as const satisfies readonly ReminderStage[];
export type AppointmentReminderStage = (typeof APPOINTMENT_REMINDER_STAGES)[number];

/**
 * The reminder of an appointment starting at `startsAt` to send one person at `now`: the latest
 * stage reached (counted in Dutch calendar days, like deadline reminders) that they have not had
 * for this start; none once it has begun. A run that comes late sends one reminder, not every
 * stage it passed. Whether the person holds the appointment is the caller's to decide first.
 */
export function appointmentReminderToSend(startsAt: Date, now: Date, sent: readonly AppointmentReminderStage[]): AppointmentReminderStage | null {
  if (now.getTime() >= startsAt.getTime()) return null;
  const stage = reminderStage(startsAt, now);
  if (stage !== 'WEEK_BEFORE' && stage !== 'DAY_BEFORE') return null;
  const rank = APPOINTMENT_REMINDER_STAGES.indexOf(stage);
  return sent.some((s) => APPOINTMENT_REMINDER_STAGES.indexOf(s) >= rank) ? null : stage;
}
