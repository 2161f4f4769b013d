import type { ApplicationStatus, ApplicationViolation } from './application-lifecycle';
import type { ProgrammeStatus } from './programme-lifecycle';
import type { RoundStatus } from './round-lifecycle';
import {
  APPLICATION_STATUSES,
  APPLICATION_VIOLATIONS,
  applicationViolationMessages,
  canTransitionApplication,
  checkApplicationAllowed,
  checkApplicationRelease,
  holdsPlace,
  isApplicationOpen,
} from './application-lifecycle';

describe('application life cycle', () => {
  const allowed: Record<ApplicationStatus, ApplicationStatus[]> = {
    SUBMITTED: ['ACCEPTED', 'WAITLISTED', 'WITHDRAWN', 'DECLINED'],
    ACCEPTED: ['PLACED', 'WITHDRAWN', 'DECLINED'],
    WAITLISTED: ['ACCEPTED', 'WITHDRAWN', 'DECLINED'],
    PLACED: ['ACCEPTED', 'WITHDRAWN', 'DECLINED'],
    WITHDRAWN: [],
    DECLINED: [],
  };

  it.each(APPLICATION_STATUSES.flatMap((from) => APPLICATION_STATUSES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(canTransitionApplication(from, to)).toEqual(allowed[from].includes(to) ? [] : ['TRANSITION_NOT_ALLOWED']);
  });

  it.each<[ApplicationStatus, boolean, boolean]>([
    ['SUBMITTED', false, true],
    ['ACCEPTED', true, true],
    ['WAITLISTED', false, true],
    ['PLACED', true, true],
    ['WITHDRAWN', false, false],
    ['DECLINED', false, false],
  ])('%s: holds a place %s, open %s', (status, place, open) => {
    expect(holdsPlace(status)).toBe(place);
    expect(isApplicationOpen(status)).toBe(open);
  });
});

describe('checkApplicationAllowed', () => {
  const window = { opensAt: new Date('2026-01-01T09:00:00Z'), closesAt: new Date('2026-02-01T17:00:00Z') };
  const during = new Date('2026-01-15T12:00:00Z');

  it.each<[string, ProgrammeStatus, Date, boolean, ApplicationViolation[]]>([
    ['open, within the window', 'OPEN', during, false, []],
    ['at the opening moment', 'OPEN', window.opensAt, false, []],
    ['just before opening', 'OPEN', new Date(window.opensAt.getTime() - 1), false, ['WINDOW_NOT_STARTED']],
    ['just before closing', 'OPEN', new Date(window.closesAt.getTime() - 1), false, []],
    ['at the closing moment', 'OPEN', window.closesAt, false, ['WINDOW_CLOSED']],
    ['draft', 'DRAFT', during, false, ['NOT_OPEN']],
    ['running', 'RUNNING', during, false, ['NOT_OPEN']],
    ['closed, after the window, already applied', 'CLOSED', new Date('2026-03-01'), true, ['NOT_OPEN', 'WINDOW_CLOSED', 'ALREADY_APPLIED']],
    ['already applied', 'OPEN', during, true, ['ALREADY_APPLIED']],
  ])('%s', (_, programmeStatus, now, alreadyApplied, violations) => {
    expect(checkApplicationAllowed({ programmeStatus, window, now, alreadyApplied })).toEqual(violations);
  });

  it('does not restrict on a missing bound', () => {
    expect(checkApplicationAllowed({ programmeStatus: 'OPEN', window: { opensAt: null, closesAt: null }, now: during, alreadyApplied: false })).toEqual([]);
  });

  it('has a Dutch and an English message for every violation', () => {
    for (const code of [...APPLICATION_VIOLATIONS, 'TRANSITION_NOT_ALLOWED' as const]) {
      expect(applicationViolationMessages[code].nl).toBeTruthy();
      expect(applicationViolationMessages[code].en).toBeTruthy();
    }
  });
});

describe('ending an application that may sit in a round', () => {
  it.each<[ApplicationStatus, 'WITHDRAWN' | 'DECLINED', RoundStatus | null, string[]]>([
    ['ACCEPTED', 'WITHDRAWN', null, []],
    ['WAITLISTED', 'DECLINED', null, []],
    ['PLACED', 'WITHDRAWN', 'COMPOSING', []],
    ['PLACED', 'DECLINED', 'COMPOSING', []],
    ['PLACED', 'WITHDRAWN', 'PREPARING', ['ROUND_STARTED']],
    ['PLACED', 'DECLINED', 'VISITING', ['ROUND_STARTED']],
    ['PLACED', 'WITHDRAWN', 'CLOSED', ['ROUND_STARTED']],
    ['WITHDRAWN', 'WITHDRAWN', null, ['TRANSITION_NOT_ALLOWED']],
    ['DECLINED', 'WITHDRAWN', 'PREPARING', ['TRANSITION_NOT_ALLOWED']],
  ])('%s → %s in a %s round: %j', (status, to, roundStatus, expected) => {
    expect(checkApplicationRelease({ status, to, roundStatus })).toEqual(expected);
  });

  it('tells why in Dutch and English', () => {
    expect(applicationViolationMessages.ROUND_STARTED.nl).toMatch(/gestart/);
    expect(applicationViolationMessages.ROUND_STARTED.en).toMatch(/started/);
  });
});
