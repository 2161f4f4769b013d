import fc from 'fast-check';
import { startOfDutchDay } from '../time/dutch-time';
import type { CalendarMessage } from '../calendar/appointments';
import {
  holdsMeeting,
  meetingCalendarMessage,
  meetingCalendarNote,
  meetingMoved,
  meetingReminderToSend,
  meetingVoice,
  NO_HOLDER,
  toldOfMeetingChange,
  toldOfRoleChange,
  type MeetingCalendarChange,
  type MeetingCalendarNote,
  type MeetingHolderFacts,
  type MeetingReminderStage,
  type MeetingVoice,
} from './meeting-calendar';
import { MEETING_STATUSES } from './meeting-lifecycle';
import type { MeetingStatus } from './meeting-lifecycle';
import { REGISTRATION_STATUSES, type RegistrationStatus } from './meeting-registration';

/** `hour`:`minute` Dutch time on a day (in spring, no clock change near). */
const dutchAt = (day: string, hour: number, minute = 0) => new Date(startOfDutchDay(day).getTime() + (hour * 60 + minute) * 60_000);

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
  const base = { ...NO_HOLDER, status: 'OPEN' as MeetingStatus, startsAt, registration: 'REGISTERED' as RegistrationStatus | null };
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
    ['a table host of an open meeting', { tableHost: true, registration: null }, true],
    ['a table host of a draft (not announced yet)', { tableHost: true, registration: null, status: 'DRAFT' }, false],
    ['a table host on the waitlist: as the host', { tableHost: true, registration: 'WAITLISTED' }, true],
    ['neither registered nor running it nor hosting a table', { registration: null }, false],
  ])('%s (%j): reminded %s', (_name, change, reminded) => {
    expect(meetingReminderToSend({ ...base, ...change }, dutchAt('2030-05-13', 6), []) !== null).toBe(reminded);
  });
});

describe('who holds a meeting in their calendar', () => {
  const registered: MeetingHolderFacts = { ...NO_HOLDER, registration: 'REGISTERED' };
  const facilitator: MeetingHolderFacts = { ...NO_HOLDER, facilitator: true };
  const host: MeetingHolderFacts = { ...NO_HOLDER, tableHost: true };
  it.each<[string, MeetingHolderFacts, MeetingStatus, boolean]>([
    ['a facilitator of a draft: they prepare it', facilitator, 'DRAFT', true],
    ['a facilitator of an open meeting', facilitator, 'OPEN', true],
    ['a facilitator once it is held', facilitator, 'HELD', true],
    ['a facilitator once its report is out (a meeting held stays)', facilitator, 'REPORT_PUBLISHED', true],
    ['a facilitator of a cancelled meeting', facilitator, 'CANCELLED', false],
    ['a table host of a draft: not announced, which only its organisers read', host, 'DRAFT', false],
    ['a table host of an open meeting', host, 'OPEN', true],
    ['a table host once it is held', host, 'HELD', true],
    ['a table host once its report is out', host, 'REPORT_PUBLISHED', true],
    ['a table host of a cancelled meeting', host, 'CANCELLED', false],
    ['a table host of a draft who runs it as facilitator too', { ...host, facilitator: true }, 'DRAFT', true],
    ['a table host without a place of their own', { ...host, registration: 'WAITLISTED' }, 'OPEN', true],
    ['a table host who gave up their place', { ...host, registration: 'CANCELLED' }, 'OPEN', true],
    ['someone with a place', registered, 'OPEN', true],
    ['someone with a place once its report is out', registered, 'REPORT_PUBLISHED', true],
    ['someone with a place at a cancelled meeting', registered, 'CANCELLED', false],
    ['on the waitlist', { ...NO_HOLDER, registration: 'WAITLISTED' }, 'OPEN', false],
    ['a place given up', { ...NO_HOLDER, registration: 'CANCELLED' }, 'OPEN', false],
    ['nobody in particular (a coordinator who runs it unassigned)', NO_HOLDER, 'OPEN', false],
  ])('%s', (_name, p, status, holds) => {
    expect(holdsMeeting(p, status)).toBe(holds);
  });

  const facts = fc.record({
    facilitator: fc.boolean(),
    tableHost: fc.boolean(),
    registration: fc.constantFrom<RegistrationStatus | null>(null, ...REGISTRATION_STATUSES),
  });

  it('holds it in several ways as it holds it in any one of them', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom(...MEETING_STATUSES), (p, status) => {
        const ways = [
          { ...NO_HOLDER, facilitator: p.facilitator },
          { ...NO_HOLDER, tableHost: p.tableHost },
          { ...NO_HOLDER, registration: p.registration },
        ];
        expect(holdsMeeting(p, status)).toBe(ways.some((w) => holdsMeeting(w, status)));
      }),
    );
  });

  it('never holds a cancelled meeting, and a facilitator holds every other one', () => {
    for (const status of MEETING_STATUSES) {
      expect([status, holdsMeeting(facilitator, status)]).toEqual([status, status !== 'CANCELLED']);
      expect([status, holdsMeeting(NO_HOLDER, status)]).toEqual([status, false]);
    }
  });
});

describe('one person’s calendar when how they stand to the meeting changes', () => {
  const startsAt = dutchAt('2030-05-14', 13, 30);
  const before = dutchAt('2030-05-01', 9);
  /** What the calendar gets, and what the mail tells, once the person stands as `p` to a meeting in `status`. */
  const after = (p: MeetingHolderFacts, status: MeetingStatus, inCalendar: boolean, now = before) => {
    const holds = holdsMeeting(p, status);
    const message = meetingCalendarMessage('HOLDERS', { holds, inCalendar }, { startsAt }, now);
    return { message, note: meetingCalendarNote(message, { holds, inCalendar }), toldOfRole: toldOfRoleChange(message, holds) };
  };
  const reg = (registration: RegistrationStatus | null): MeetingHolderFacts => ({ ...NO_HOLDER, registration });
  it.each<[string, MeetingHolderFacts, MeetingStatus, boolean, CalendarMessage | null, MeetingCalendarNote | null]>([
    // A registration.
    ['registered at once', reg('REGISTERED'), 'OPEN', false, 'PUBLISH', 'PUBLISH'],
    ['on the waitlist', reg('WAITLISTED'), 'OPEN', false, null, null],
    ['promoted from the waitlist', reg('REGISTERED'), 'OPEN', false, 'PUBLISH', 'PUBLISH'],
    ['registered again after giving up a place (the cancellation took it out)', reg('REGISTERED'), 'OPEN', false, 'PUBLISH', 'PUBLISH'],
    ['a place given up', reg('CANCELLED'), 'OPEN', true, 'CANCEL', 'CANCEL'],
    ['a place given up before an invitation reached the calendar', reg('CANCELLED'), 'OPEN', false, null, null],
    ['a waiting place given up', reg('CANCELLED'), 'OPEN', false, null, null],
    // A facilitator.
    ['assigned as facilitator', { ...NO_HOLDER, facilitator: true }, 'OPEN', false, 'PUBLISH', 'PUBLISH'],
    ['assigned as facilitator of a draft', { ...NO_HOLDER, facilitator: true }, 'DRAFT', false, 'PUBLISH', 'PUBLISH'],
    ['taken off as facilitator', NO_HOLDER, 'OPEN', true, 'CANCEL', 'CANCEL'],
    ['taken off before an invitation reached the calendar', NO_HOLDER, 'OPEN', false, null, null],
    // A table host.
    ['asked to host a table', { ...NO_HOLDER, tableHost: true }, 'OPEN', false, 'PUBLISH', 'PUBLISH'],
    ['asked to host a table of a draft: nothing until it is announced', { ...NO_HOLDER, tableHost: true }, 'DRAFT', false, null, null],
    ['the draft a table host hosts is announced', { ...NO_HOLDER, tableHost: true }, 'OPEN', false, 'PUBLISH', 'PUBLISH'],
    ['taken off the table (the last one they host)', NO_HOLDER, 'OPEN', true, 'CANCEL', 'CANCEL'],
    ['taken off a table of a draft', NO_HOLDER, 'DRAFT', false, null, null],
    // Both: one appointment, kept while they hold it in any way.
    ['registered, and then asked to host a table', { ...NO_HOLDER, tableHost: true, registration: 'REGISTERED' }, 'OPEN', true, null, 'KEEP'],
    ['a table host who registers', { ...NO_HOLDER, tableHost: true, registration: 'REGISTERED' }, 'OPEN', true, null, 'KEEP'],
    ['a table host who gives up their place', { ...NO_HOLDER, tableHost: true, registration: 'CANCELLED' }, 'OPEN', true, null, 'KEEP'],
    ['a table host promoted from the waitlist', { ...NO_HOLDER, tableHost: true, registration: 'REGISTERED' }, 'OPEN', true, null, 'KEEP'],
    ['registered, and taken off the table they hosted', reg('REGISTERED'), 'OPEN', true, null, 'KEEP'],
    ['a table host of two tables, taken off one', { ...NO_HOLDER, tableHost: true }, 'OPEN', true, null, 'KEEP'],
    ['a facilitator, then asked to host a table', { ...NO_HOLDER, facilitator: true, tableHost: true }, 'OPEN', true, null, 'KEEP'],
    ['a facilitator and table host, taken off as facilitator', { ...NO_HOLDER, tableHost: true }, 'OPEN', true, null, 'KEEP'],
    ['a facilitator and table host, taken off the table', { ...NO_HOLDER, facilitator: true }, 'OPEN', true, null, 'KEEP'],
    [
      'a facilitator and table host of a draft, taken off as facilitator (the draft is not theirs to hold yet)',
      { ...NO_HOLDER, tableHost: true },
      'DRAFT',
      true,
      'CANCEL',
      'CANCEL',
    ],
    ['registered, and taken off the table and giving up the place', reg('CANCELLED'), 'OPEN', true, 'CANCEL', 'CANCEL'],
  ])('%s', (_name, p, status, inCalendar, message, note) => {
    expect(after(p, status, inCalendar)).toEqual({ message, note, toldOfRole: message !== null || holdsMeeting(p, status) });
  });

  it('tells someone of a role while they hold the meeting, or when their calendar changes; a table host of a draft hears when it opens', () => {
    expect(after({ ...NO_HOLDER, tableHost: true }, 'DRAFT', false).toldOfRole).toBe(false);
    expect(after({ ...NO_HOLDER, tableHost: true }, 'OPEN', false).toldOfRole).toBe(true);
    expect(after(NO_HOLDER, 'OPEN', true).toldOfRole).toBe(true);
    expect(after(NO_HOLDER, 'DRAFT', false).toldOfRole).toBe(false);
    // After it began: nothing for the calendar, but someone who still holds it hears of the role.
    expect(after({ ...NO_HOLDER, tableHost: true }, 'OPEN', true, startsAt)).toEqual({ message: null, note: 'KEEP', toldOfRole: true });
  });

  it('tells someone who gave up a place (or a waiting one) with the role, in the same mail, whatever their calendar gets', () => {
    // Off the table and off the waitlist: their calendar had nothing of it, yet they hear of both.
    expect(toldOfRoleChange(null, false, true)).toBe(true);
    expect(toldOfRoleChange(null, false, false)).toBe(false);
    expect(toldOfRoleChange('CANCEL', false, true)).toBe(true);
  });

  it('leaves a meeting that has begun as it is', () => {
    for (const change of ['HOLDERS', 'MOVED', 'CANCELLED'] as const)
      for (const holds of [true, false]) expect(meetingCalendarMessage(change, { holds, inCalendar: !holds }, { startsAt }, startsAt)).toBeNull();
  });

  it('keeps the calendar holding the meeting exactly while the person holds it, with one invitation per time they come to hold it', () => {
    // Any run of changes to how one person stands to an open meeting still to come.
    const step = fc.oneof(
      fc.record({ facilitator: fc.boolean() }),
      fc.record({ tableHost: fc.boolean() }),
      fc.record({ registration: fc.constantFrom<RegistrationStatus | null>(...REGISTRATION_STATUSES) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let p = NO_HOLDER;
        let inCalendar = false;
        let held = false;
        let comings = 0;
        let invitations = 0;
        for (const s of steps) {
          p = { ...p, ...s };
          const holds = holdsMeeting(p, 'OPEN');
          if (holds && !held) comings += 1;
          held = holds;
          const message = meetingCalendarMessage('HOLDERS', { holds, inCalendar }, { startsAt }, before);
          if (message === 'PUBLISH') invitations += 1;
          if (message) inCalendar = message === 'PUBLISH';
          expect(inCalendar).toBe(holds);
        }
        expect(invitations).toBe(comings);
      }),
    );
  });
});

describe('the meeting moved or cancelled, for one person', () => {
  const startsAt = dutchAt('2030-05-14', 13, 30);
  const before = dutchAt('2030-05-01', 9);
  const reg = (registration: RegistrationStatus | null): MeetingHolderFacts => ({ ...NO_HOLDER, registration });
  it.each<[string, MeetingCalendarChange, MeetingHolderFacts, MeetingStatus, boolean, CalendarMessage | null, boolean, MeetingVoice]>([
    ['moved, with a place', 'MOVED', reg('REGISTERED'), 'OPEN', true, 'PUBLISH', true, 'REGISTRATION'],
    ['moved, waiting: told without an appointment', 'MOVED', reg('WAITLISTED'), 'OPEN', false, null, true, 'REGISTRATION'],
    ['moved, a place given up: not told', 'MOVED', reg('CANCELLED'), 'OPEN', false, null, false, 'REGISTRATION'],
    ['moved, its facilitator', 'MOVED', { ...NO_HOLDER, facilitator: true }, 'OPEN', true, 'PUBLISH', true, 'FACILITATOR'],
    ['moved, a table host', 'MOVED', { ...NO_HOLDER, tableHost: true }, 'OPEN', true, 'PUBLISH', true, 'TABLE_HOST'],
    ['moved, a table host of a draft: not announced to them yet', 'MOVED', { ...NO_HOLDER, tableHost: true }, 'DRAFT', false, null, false, 'TABLE_HOST'],
    [
      'moved, a table host with a place: once, as the host',
      'MOVED',
      { ...NO_HOLDER, tableHost: true, registration: 'REGISTERED' },
      'OPEN',
      true,
      'PUBLISH',
      true,
      'TABLE_HOST',
    ],
    [
      'moved, a table host waiting for a place: once, with the update',
      'MOVED',
      { ...NO_HOLDER, tableHost: true, registration: 'WAITLISTED' },
      'OPEN',
      true,
      'PUBLISH',
      true,
      'TABLE_HOST',
    ],
    [
      'moved, facilitator and table host: once, as the facilitator',
      'MOVED',
      { ...NO_HOLDER, facilitator: true, tableHost: true },
      'OPEN',
      true,
      'PUBLISH',
      true,
      'FACILITATOR',
    ],
    ['cancelled, with a place', 'CANCELLED', reg('REGISTERED'), 'CANCELLED', true, 'CANCEL', true, 'REGISTRATION'],
    ['cancelled, waiting', 'CANCELLED', reg('WAITLISTED'), 'CANCELLED', false, null, true, 'REGISTRATION'],
    [
      'cancelled, a table host with a place: once',
      'CANCELLED',
      { ...NO_HOLDER, tableHost: true, registration: 'REGISTERED' },
      'CANCELLED',
      true,
      'CANCEL',
      true,
      'TABLE_HOST',
    ],
    ['cancelled, a table host of a draft: never told of it', 'CANCELLED', { ...NO_HOLDER, tableHost: true }, 'CANCELLED', false, null, false, 'TABLE_HOST'],
    ['cancelled, a facilitator of a draft', 'CANCELLED', { ...NO_HOLDER, facilitator: true }, 'CANCELLED', true, 'CANCEL', true, 'FACILITATOR'],
  ])('%s', (_name, change, p, status, inCalendar, message, told, voice) => {
    const sent = meetingCalendarMessage(change, { holds: holdsMeeting(p, status), inCalendar }, { startsAt }, before);
    expect([sent, toldOfMeetingChange(sent, p), meetingVoice(p)]).toEqual([message, told, voice]);
  });
});
