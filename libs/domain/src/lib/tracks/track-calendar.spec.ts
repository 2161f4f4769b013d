import type { AppointmentReminderStage, CalendarMessage } from '../calendar/appointments';
import { startOfDutchDay } from '../time/dutch-time';
import {
  holdsTrackSessions,
  sessionCalendarMessage,
  sessionCalledOff,
  sessionInPersonalCalendar,
  sessionReminderToSend,
  toldOfSessionTables,
  type SessionChange,
  type SessionHolderFacts,
} from './track-calendar';
import type { TrackStatus } from './track-lifecycle';
import { trackRights } from './track-policy';

/** `hour`:`minute` Dutch time on a day (in spring, no clock change near). */
const dutchAt = (day: string, hour: number, minute = 0) => new Date(startOfDutchDay(day).getTime() + (hour * 60 + minute) * 60_000);

const nobody: SessionHolderFacts = { facilitator: false, participation: null };
const people: [string, SessionHolderFacts][] = [
  ['facilitator', { ...nobody, facilitator: true }],
  ['participant', { ...nobody, participation: 'ACCEPTED' }],
  ['applicant', { ...nobody, participation: 'SUBMITTED' }],
  ['on the waitlist', { ...nobody, participation: 'WAITLISTED' }],
  ['withdrawn', { ...nobody, participation: 'WITHDRAWN' }],
  ['declined', { ...nobody, participation: 'DECLINED' }],
  ['coordinator or member (no standing)', nobody],
];

describe('whose calendar has a track’s sessions', () => {
  it.each<[string, TrackStatus, boolean]>([
    ['facilitator', 'DRAFT', true],
    ['facilitator', 'OPEN', true],
    ['facilitator', 'RUNNING', true],
    ['facilitator', 'CLOSED', false],
    ['participant', 'OPEN', true],
    ['participant', 'RUNNING', true],
    ['participant', 'CLOSED', false],
    ['applicant', 'OPEN', false],
    ['on the waitlist', 'RUNNING', false],
    ['withdrawn', 'RUNNING', false],
    ['declined', 'RUNNING', false],
    ['coordinator or member (no standing)', 'RUNNING', false],
  ])('%s, track %s: %s', (name, status, holds) => {
    expect(holdsTrackSessions(people.find(([n]) => n === name)![1], status)).toBe(holds);
  });

  it.each<[string, TrackStatus, 'past' | 'ahead', boolean]>([
    ['participant', 'RUNNING', 'ahead', true],
    ['participant', 'RUNNING', 'past', true],
    ['participant', 'CLOSED', 'past', true],
    ['participant', 'CLOSED', 'ahead', false],
    ['facilitator', 'CLOSED', 'past', true],
    ['on the waitlist', 'RUNNING', 'ahead', false],
    ['withdrawn', 'RUNNING', 'past', false],
  ])('in the personal feed: %s, track %s, a session %s: %s', (name, status, when, shown) => {
    const now = dutchAt('2030-05-14', 12);
    const session = { startsAt: when === 'past' ? dutchAt('2030-05-01', 13) : dutchAt('2030-06-01', 13) };
    expect(sessionInPersonalCalendar(people.find(([n]) => n === name)![1], status, session, now)).toBe(shown);
  });

  it('calls off only the sessions still ahead of a track that closed', () => {
    const now = dutchAt('2030-05-14', 12);
    const ahead = { startsAt: dutchAt('2030-06-01', 13) };
    const past = { startsAt: dutchAt('2030-05-01', 13) };
    expect(sessionCalledOff('CLOSED', ahead, now)).toBe(true);
    expect(sessionCalledOff('CLOSED', past, now)).toBe(false);
    expect(sessionCalledOff('RUNNING', ahead, now)).toBe(false);
  });

  it('lets the organisers and the participants download the schedule, never an applicant, the waitlist or a bystander', () => {
    const may = (facts: Partial<Parameters<typeof trackRights>[0]>) =>
      trackRights({ coordinator: false, facilitator: false, mayApply: true, participation: null, ...facts }, 'RUNNING').calendar;
    expect(may({ coordinator: true })).toBe(true);
    expect(may({ facilitator: true, mayApply: false })).toBe(true);
    expect(may({ participation: 'ACCEPTED' })).toBe(true);
    expect(may({ participation: 'SUBMITTED' })).toBe(false);
    expect(may({ participation: 'WAITLISTED' })).toBe(false);
    expect(may({ participation: 'WITHDRAWN' })).toBe(false);
    expect(may({})).toBe(false);
  });
});

describe('what a change means for one person’s calendar', () => {
  const ahead = { startsAt: dutchAt('2030-05-14', 13, 30) };
  const now = dutchAt('2030-05-01', 10);
  it.each<[SessionChange, boolean, boolean, CalendarMessage | null]>([
    // change, holds the sessions, the calendar has this session → message
    ['ADDED', true, false, 'PUBLISH'],
    ['ADDED', false, false, null],
    ['MOVED', true, true, 'PUBLISH'],
    // Someone who joined before the session was in anyone's calendar gets it with the move.
    ['MOVED', true, false, 'PUBLISH'],
    ['MOVED', false, false, null],
    ['REMOVED', true, true, 'CANCEL'],
    ['REMOVED', true, false, null],
    ['REMOVED', false, false, null],
    ['TRACK_CLOSED', false, true, 'CANCEL'],
    ['TRACK_CLOSED', false, false, null],
    // Accepted, promoted, assigned: the sessions they lack; withdrawn, declined, taken off: those they have.
    ['HOLDERS', true, false, 'PUBLISH'],
    ['HOLDERS', true, true, null],
    ['HOLDERS', false, true, 'CANCEL'],
    ['HOLDERS', false, false, null],
  ])('%s (holds: %s, in the calendar: %s): %s', (change, holds, inCalendar, message) => {
    expect(sessionCalendarMessage(change, { holds, inCalendar }, ahead, now)).toBe(message);
  });

  it('leaves a session that has begun as it is, whatever changes', () => {
    for (const change of ['ADDED', 'MOVED', 'REMOVED', 'TRACK_CLOSED', 'HOLDERS'] as const)
      for (const person of [
        { holds: true, inCalendar: false },
        { holds: false, inCalendar: true },
      ])
        expect(sessionCalendarMessage(change, person, ahead, ahead.startsAt)).toBeNull();
  });
});

describe('who is told that a session will be held with theme tables', () => {
  const now = dutchAt('2030-05-14', 12);
  const ahead = { startsAt: dutchAt('2030-06-01', 13) };
  const begun = { startsAt: dutchAt('2030-05-14', 11) };
  it.each<[string, TrackStatus, { startsAt: Date }, boolean]>([
    ['facilitator', 'RUNNING', ahead, true],
    ['facilitator', 'DRAFT', ahead, true],
    ['participant', 'OPEN', ahead, true],
    ['participant', 'RUNNING', ahead, true],
    ['participant', 'RUNNING', begun, false],
    ['facilitator', 'RUNNING', begun, false],
    ['applicant', 'RUNNING', ahead, false],
    ['on the waitlist', 'RUNNING', ahead, false],
    ['withdrawn', 'RUNNING', ahead, false],
    ['declined', 'RUNNING', ahead, false],
    ['coordinator or member (no standing)', 'RUNNING', ahead, false],
    ['participant', 'CLOSED', ahead, false],
  ])('%s, track %s, session %j: %s', (name, status, session, told) => {
    expect(toldOfSessionTables(people.find(([n]) => n === name)![1], status, session, now)).toBe(told);
  });
});

describe('reminders before a session', () => {
  const startsAt = dutchAt('2030-05-14', 13, 30);
  const facts = (who: SessionHolderFacts, status: TrackStatus = 'RUNNING') => ({ ...who, status, startsAt });
  it.each<[string, TrackStatus, Date, AppointmentReminderStage[], AppointmentReminderStage | null]>([
    ['participant', 'RUNNING', dutchAt('2030-05-06', 6), [], null],
    ['participant', 'RUNNING', dutchAt('2030-05-07', 6), [], 'WEEK_BEFORE'],
    ['facilitator', 'OPEN', dutchAt('2030-05-07', 6), [], 'WEEK_BEFORE'],
    ['participant', 'RUNNING', dutchAt('2030-05-07', 18), ['WEEK_BEFORE'], null],
    ['participant', 'RUNNING', dutchAt('2030-05-13', 6), ['WEEK_BEFORE'], 'DAY_BEFORE'],
    ['participant', 'RUNNING', dutchAt('2030-05-14', 13, 30), [], null],
    ['applicant', 'OPEN', dutchAt('2030-05-13', 6), [], null],
    ['on the waitlist', 'RUNNING', dutchAt('2030-05-13', 6), [], null],
    ['withdrawn', 'RUNNING', dutchAt('2030-05-13', 6), [], null],
    ['participant', 'CLOSED', dutchAt('2030-05-13', 6), [], null],
    ['facilitator', 'CLOSED', dutchAt('2030-05-13', 6), [], null],
  ])('%s, track %s, at %s (sent %j): %s', (name, status, now, sent, stage) => {
    expect(sessionReminderToSend(facts(people.find(([n]) => n === name)![1], status), now, sent)).toBe(stage);
  });
});
