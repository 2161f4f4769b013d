import { startOfDutchDay } from '../time/dutch-time';
import {
  calendarMessageFor,
  meetingMoved,
  meetingReminderToSend,
  nextCalendarSequence,
  type CalendarMessage,
  type MeetingReminderStage,
} from './meeting-calendar';
import type { MeetingStatus } from './meeting-lifecycle';
import type { RegistrationStatus } from './meeting-registration';

/** `hour`:`minute` Dutch time on a day (in spring, no clock change near). */
const dutchAt = (day: string, hour: number, minute = 0) => new Date(startOfDutchDay(day).getTime() + (hour * 60 + minute) * 60_000);

describe('a registration in the calendar', () => {
  it.each<[RegistrationStatus | null, RegistrationStatus, boolean, CalendarMessage | null]>([
    [null, 'REGISTERED', false, 'PUBLISH'],
    [null, 'WAITLISTED', false, null],
    ['CANCELLED', 'REGISTERED', true, 'PUBLISH'],
    ['CANCELLED', 'WAITLISTED', true, null],
    ['WAITLISTED', 'REGISTERED', false, 'PUBLISH'],
    ['REGISTERED', 'CANCELLED', true, 'CANCEL'],
    // A place given up before any invitation reached the calendar: nothing to take out.
    ['REGISTERED', 'CANCELLED', false, null],
    ['WAITLISTED', 'CANCELLED', false, null],
    ['REGISTERED', 'REGISTERED', true, null],
  ])('%s → %s (in the calendar: %s): %s', (from, to, inCalendar, message) => {
    expect(calendarMessageFor(from, to, inCalendar)).toBe(message);
  });
});

describe('a meeting that moves', () => {
  const at = { startsAt: dutchAt('2030-05-14', 13, 30), endsAt: dutchAt('2030-05-14', 17), place: 'Stadhuis', onlineLink: '' };
  it.each<[string, Partial<typeof at>, boolean]>([
    ['another start', { startsAt: dutchAt('2030-05-14', 14) }, true],
    ['another end', { endsAt: dutchAt('2030-05-14', 16) }, true],
    ['another day', { startsAt: dutchAt('2030-05-15', 13, 30), endsAt: dutchAt('2030-05-15', 17) }, true],
    ['another place', { place: 'Raadzaal' }, true],
    ['an online link', { onlineLink: 'https://meet.example/abc' }, true],
    ['the same, with spaces', { place: ' Stadhuis ' }, false],
    ['nothing that a calendar shows', {}, false],
  ])('%s: %s', (_name, change, moved) => {
    expect(meetingMoved(at, { ...at, ...change })).toBe(moved);
  });

  it('is told with a SEQUENCE above the last one the person got, never below the meeting’s own', () => {
    expect(nextCalendarSequence(4, null)).toBe(4);
    expect(nextCalendarSequence(5, 4)).toBe(5);
    // A cancellation went out with 6; registering again at version 5 must still be newer.
    expect(nextCalendarSequence(5, 6)).toBe(7);
    expect(nextCalendarSequence(9, 6)).toBe(9);
  });
});

describe('reminders before a meeting', () => {
  const startsAt = dutchAt('2030-05-14', 13, 30);
  const base = { status: 'OPEN' as MeetingStatus, startsAt, registration: 'REGISTERED' as RegistrationStatus };
  it.each<[string, Date, MeetingReminderStage[], MeetingReminderStage | null]>([
    ['eight days before', dutchAt('2030-05-06', 6), [], null],
    ['seven days before', dutchAt('2030-05-07', 6), [], 'WEEK_BEFORE'],
    ['seven days before, already sent', dutchAt('2030-05-07', 18), ['WEEK_BEFORE'], null],
    ['three days before, sent a week before', dutchAt('2030-05-11', 6), ['WEEK_BEFORE'], null],
    ['the day before', dutchAt('2030-05-13', 6), ['WEEK_BEFORE'], 'DAY_BEFORE'],
    ['the day before, without the week reminder: only the latest', dutchAt('2030-05-13', 6), [], 'DAY_BEFORE'],
    ['the day itself, before it begins', dutchAt('2030-05-14', 6), ['WEEK_BEFORE'], 'DAY_BEFORE'],
    ['the day itself, sent', dutchAt('2030-05-14', 6), ['DAY_BEFORE'], null],
    ['once it has begun', dutchAt('2030-05-14', 13, 30), [], null],
    ['after it', dutchAt('2030-05-15', 6), [], null],
  ])('%s: %s', (_name, now, sent, stage) => {
    expect(meetingReminderToSend(base, now, sent)).toBe(stage);
  });

  it.each<[string, Partial<typeof base>, boolean]>([
    ['registered for an open meeting', {}, true],
    ['registered, registration closed', { status: 'HELD' }, true],
    ['on the waitlist', { registration: 'WAITLISTED' }, false],
    ['cancelled', { registration: 'CANCELLED' }, false],
    ['a cancelled meeting', { status: 'CANCELLED' }, false],
    ['a draft', { status: 'DRAFT' }, false],
    ['a meeting with its report out', { status: 'REPORT_PUBLISHED' }, false],
  ])('%s (%j): reminded %s', (_name, change, reminded) => {
    expect(meetingReminderToSend({ ...base, ...change }, dutchAt('2030-05-13', 6), []) !== null).toBe(reminded);
  });
});
