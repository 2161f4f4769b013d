import { startOfDutchDay } from '../time/dutch-time';
import type { CalendarMessage } from '../calendar/appointments';
import {
  calendarMessageFor,
  facilitatorCalendarMessage,
  holdsMeeting,
  meetingMoved,
  meetingReminderToSend,
  type FacilitationChange,
  type MeetingHolderFacts,
  type MeetingReminderStage,
} from './meeting-calendar';
import { MEETING_STATUSES } from './meeting-lifecycle';
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
  const base = { status: 'OPEN' as MeetingStatus, startsAt, facilitator: false, registration: 'REGISTERED' as RegistrationStatus | null };
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
    ['a facilitator of an open meeting', { facilitator: true, registration: null }, true],
    ['a facilitator, registration closed', { facilitator: true, registration: null, status: 'HELD' }, true],
    ['a facilitator of a draft (not announced yet)', { facilitator: true, registration: null, status: 'DRAFT' }, false],
    ['a facilitator of a cancelled meeting', { facilitator: true, registration: null, status: 'CANCELLED' }, false],
    ['neither registered nor running it', { registration: null }, false],
  ])('%s (%j): reminded %s', (_name, change, reminded) => {
    expect(meetingReminderToSend({ ...base, ...change }, dutchAt('2030-05-13', 6), []) !== null).toBe(reminded);
  });
});

describe('who holds a meeting in their calendar', () => {
  const none: MeetingHolderFacts = { facilitator: false, registration: null };
  const registered: MeetingHolderFacts = { facilitator: false, registration: 'REGISTERED' };
  const facilitator: MeetingHolderFacts = { facilitator: true, registration: null };
  it.each<[string, MeetingHolderFacts, MeetingStatus, boolean]>([
    ['a facilitator of a draft: they prepare it', facilitator, 'DRAFT', true],
    ['a facilitator of an open meeting', facilitator, 'OPEN', true],
    ['a facilitator once it is held', facilitator, 'HELD', true],
    ['a facilitator once its report is out (a meeting held stays)', facilitator, 'REPORT_PUBLISHED', true],
    ['a facilitator of a cancelled meeting', facilitator, 'CANCELLED', false],
    ['someone with a place', registered, 'OPEN', true],
    ['someone with a place once its report is out', registered, 'REPORT_PUBLISHED', true],
    ['someone with a place at a cancelled meeting', registered, 'CANCELLED', false],
    ['on the waitlist', { facilitator: false, registration: 'WAITLISTED' }, 'OPEN', false],
    ['a place given up', { facilitator: false, registration: 'CANCELLED' }, 'OPEN', false],
    ['nobody in particular (a coordinator who runs it unassigned)', none, 'OPEN', false],
  ])('%s', (_name, p, status, holds) => {
    expect(holdsMeeting(p, status)).toBe(holds);
  });

  it('never holds a cancelled meeting, and a facilitator holds every other one', () => {
    for (const status of MEETING_STATUSES) {
      expect([status, holdsMeeting(facilitator, status)]).toEqual([status, status !== 'CANCELLED']);
      expect([status, holdsMeeting(none, status)]).toEqual([status, false]);
    }
  });
});

describe('a facilitator’s calendar', () => {
  const startsAt = dutchAt('2030-05-14', 13, 30);
  const before = dutchAt('2030-05-01', 9);
  it.each<[FacilitationChange, boolean, boolean, CalendarMessage | null]>([
    ['ASSIGNED', true, false, 'PUBLISH'],
    // Assigned again while the calendar has it: nothing new to send.
    ['ASSIGNED', true, true, null],
    // Assigned to a cancelled meeting: nothing to hold.
    ['ASSIGNED', false, false, null],
    ['REMOVED', false, true, 'CANCEL'],
    // Taken off before an invitation reached the calendar: nothing to take out.
    ['REMOVED', false, false, null],
    ['MOVED', true, true, 'PUBLISH'],
    ['MOVED', false, false, null],
    ['CANCELLED', false, true, 'CANCEL'],
    ['CANCELLED', false, false, null],
  ])('%s (holds: %s, in the calendar: %s): %s', (change, holds, inCalendar, message) => {
    expect(facilitatorCalendarMessage(change, { holds, inCalendar }, { startsAt }, before)).toBe(message);
  });

  it('leaves a meeting that has begun as it is', () => {
    for (const change of ['ASSIGNED', 'REMOVED', 'MOVED', 'CANCELLED'] as const)
      expect(facilitatorCalendarMessage(change, { holds: change !== 'REMOVED', inCalendar: change !== 'ASSIGNED' }, { startsAt }, startsAt)).toBeNull();
  });
});
