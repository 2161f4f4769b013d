import { startOfDutchDay } from '../time/dutch-time';
import type { CalendarMessage } from '../calendar/appointments';
import { calendarMessageFor, meetingMoved, meetingReminderToSend, type MeetingReminderStage } from './meeting-calendar';
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
  // The rule is the appointments' (libs/domain/calendar), with the meeting's online link.
  const at = { startsAt: dutchAt('2030-05-14', 13, 30), endsAt: dutchAt('2030-05-14', 17), place: 'Stadhuis', onlineLink: '' };
  it.each<[string, Partial<typeof at>, boolean]>([
    ['another place', { place: 'Raadzaal' }, true],
    ['an online link', { onlineLink: 'https://meet.example/abc' }, true],
    ['nothing that a calendar shows', {}, false],
  ])('%s: %s', (_name, change, moved) => {
    expect(meetingMoved(at, { ...at, ...change })).toBe(moved);
  });
});

describe('reminders before a meeting', () => {
  const startsAt = dutchAt('2030-05-14', 13, 30);
  const base = { status: 'OPEN' as MeetingStatus, startsAt, registration: 'REGISTERED' as RegistrationStatus };
  it.each<[string, Date, MeetingReminderStage[], MeetingReminderStage | null]>([
    // The timing is the appointments' (libs/domain/calendar); the meeting adds who and when at all.
    ['seven days before', dutchAt('2030-05-07', 6), [], 'WEEK_BEFORE'],
    ['the day before, sent a week before', dutchAt('2030-05-13', 6), ['WEEK_BEFORE'], 'DAY_BEFORE'],
    ['once it has begun', dutchAt('2030-05-14', 13, 30), [], null],
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
