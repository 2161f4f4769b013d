import { decideApplication, mayApplyAgain, promoteApplications, trackWaitlist, withdrawApplication, type TrackApplication } from './track-participation';
import { trackRights, type TrackStanding } from './track-policy';
import { TRACK_STATUSES, facilitatorRemovable, trackNeedsFacilitator, trackStep, type TrackStatus } from './track-lifecycle';
import { caseEntryDay } from './case-log';
import { sessionFits, sessionRemovalProblem, type ScheduledSession } from './track-schedule';
import { feedbackGroupLabel } from './track-limits';

describe('track steps', () => {
  it.each<[TrackStatus, 'OPEN' | 'START' | 'CLOSE', number, number, string]>([
    ['DRAFT', 'OPEN', 1, 0, 'OPEN'],
    ['DRAFT', 'OPEN', 0, 0, 'NO_FACILITATOR'],
    ['OPEN', 'START', 1, 1, 'RUNNING'],
    ['OPEN', 'START', 1, 0, 'NO_PARTICIPANTS'],
    ['RUNNING', 'CLOSE', 1, 3, 'CLOSED'],
    ['DRAFT', 'START', 1, 1, 'STEP_NOT_POSSIBLE'],
    ['OPEN', 'OPEN', 1, 1, 'STEP_NOT_POSSIBLE'],
    ['CLOSED', 'CLOSE', 1, 1, 'STEP_NOT_POSSIBLE'],
    ['DRAFT', 'CLOSE', 1, 1, 'STEP_NOT_POSSIBLE'],
  ])('%s + %s (facilitators %i, accepted %i) → %s', (from, step, facilitators, accepted, outcome) => {
    const r = trackStep(from, step, { facilitators, accepted });
    expect('to' in r ? r.to : r.violation).toBe(outcome);
  });
});

describe('applications: capacity and waitlist, as for programmes', () => {
  it.each<[TrackApplication['status'], 'ACCEPT' | 'DECLINE', number, number, string]>([
    // current, decision, accepted so far, capacity → outcome
    ['SUBMITTED', 'ACCEPT', 0, 2, 'ACCEPTED'],
    ['SUBMITTED', 'ACCEPT', 1, 2, 'ACCEPTED'],
    ['SUBMITTED', 'ACCEPT', 2, 2, 'WAITLISTED'],
    ['WAITLISTED', 'ACCEPT', 1, 2, 'ACCEPTED'],
    ['WAITLISTED', 'ACCEPT', 2, 2, 'TRACK_FULL'],
    ['ACCEPTED', 'ACCEPT', 1, 2, 'TRANSITION_NOT_ALLOWED'],
    ['SUBMITTED', 'DECLINE', 0, 2, 'DECLINED'],
    ['WAITLISTED', 'DECLINE', 2, 2, 'DECLINED'],
    ['ACCEPTED', 'DECLINE', 2, 2, 'DECLINED'],
    ['DECLINED', 'ACCEPT', 0, 2, 'TRANSITION_NOT_ALLOWED'],
    ['DECLINED', 'DECLINE', 0, 2, 'TRANSITION_NOT_ALLOWED'],
    ['WITHDRAWN', 'ACCEPT', 0, 2, 'TRANSITION_NOT_ALLOWED'],
  ])('%s, %s with %i of %i places taken → %s', (current, decision, accepted, capacity, outcome) => {
    const r = decideApplication(current, decision, accepted, capacity);
    expect('to' in r ? r.to : r.violation).toBe(outcome);
  });

  it.each<[TrackApplication['status'], string]>([
    ['SUBMITTED', 'WITHDRAWN'],
    ['WAITLISTED', 'WITHDRAWN'],
    ['ACCEPTED', 'WITHDRAWN'],
    ['DECLINED', 'TRANSITION_NOT_ALLOWED'],
    ['WITHDRAWN', 'TRANSITION_NOT_ALLOWED'],
  ])('withdrawing %s → %s', (current, outcome) => {
    const r = withdrawApplication(current);
    expect('to' in r ? r.to : r.violation).toBe(outcome);
  });

  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes));
  const applications: TrackApplication[] = [
    { id: 'a', status: 'ACCEPTED', submittedAt: at(0) },
    { id: 'w2', status: 'WAITLISTED', submittedAt: at(3) },
    { id: 'w1', status: 'WAITLISTED', submittedAt: at(2) },
    { id: 's', status: 'SUBMITTED', submittedAt: at(1) },
    { id: 'x', status: 'WITHDRAWN', submittedAt: at(0) },
  ];

  it('numbers the waitlist by application time, oldest first', () => {
    expect([...trackWaitlist(applications)]).toEqual([
      ['w1', 1],
      ['w2', 2],
    ]);
  });

  it('promotes the oldest waiting applications into freed places, never one still waiting for a decision', () => {
    expect(promoteApplications(applications, 1)).toEqual([]);
    expect(promoteApplications(applications, 2)).toEqual(['w1']);
    expect(promoteApplications(applications, 10)).toEqual(['w1', 'w2']);
  });

  it.each([
    [null, true],
    ['WITHDRAWN', true],
    ['SUBMITTED', false],
    ['ACCEPTED', false],
    ['WAITLISTED', false],
    ['DECLINED', false],
  ] as const)('after %s, applying again: %s', (previous, allowed) => {
    expect(mayApplyAgain(previous)).toBe(allowed);
  });
});

describe('trackRights', () => {
  const none: TrackStanding = { coordinator: false, facilitator: false, mayApply: false, participation: null };
  const who: [string, TrackStanding][] = [
    ['coordinator', { ...none, coordinator: true, mayApply: true }],
    ['facilitator', { ...none, facilitator: true }],
    ['facilitator of another track', none],
    ['member', { ...none, mayApply: true }],
    ['applicant', { ...none, mayApply: true, participation: 'SUBMITTED' }],
    ['participant', { ...none, mayApply: true, participation: 'ACCEPTED' }],
    ['participant who became a facilitator elsewhere', { ...none, participation: 'ACCEPTED' }],
    ['applicant who became a facilitator', { ...none, participation: 'SUBMITTED' }],
    ['participant who became its facilitator', { ...none, facilitator: true, participation: 'ACCEPTED' }],
  ];
  const flags = (s: TrackStanding, status: TrackStatus) => {
    const r = trackRights(s, status);
    return (Object.keys(r) as (keyof typeof r)[]).filter((k) => r[k]).join(' ');
  };

  it.each<[string, TrackStatus, string]>([
    ['coordinator', 'DRAFT', 'read manage schedule seeCohort calendar'],
    ['coordinator', 'OPEN', 'read manage schedule decide seeCohort apply calendar'],
    ['coordinator', 'CLOSED', 'read seeCohort calendar'],
    ['facilitator', 'DRAFT', 'read schedule seeCohort calendar'],
    ['facilitator', 'OPEN', 'read schedule decide seeCohort formGroups calendar'],
    ['facilitator', 'RUNNING', 'read schedule decide seeCohort formGroups calendar'],
    ['facilitator', 'CLOSED', 'read seeCohort calendar'],
    ['facilitator of another track', 'OPEN', ''],
    ['member', 'DRAFT', ''],
    ['member', 'OPEN', 'read apply'],
    ['member', 'RUNNING', 'read'],
    ['applicant', 'OPEN', 'read withdraw'],
    ['participant', 'OPEN', 'read withdraw keepCase calendar'],
    ['participant', 'RUNNING', 'read withdraw keepCase calendar'],
    ['participant', 'CLOSED', 'read calendar'],
    // A facilitator never takes part: a place kept from before gives nothing, and no case to keep where they run the track.
    ['participant who became a facilitator elsewhere', 'RUNNING', ''],
    ['participant who became a facilitator elsewhere', 'CLOSED', ''],
    ['applicant who became a facilitator', 'OPEN', ''],
    ['participant who became its facilitator', 'RUNNING', 'read schedule decide seeCohort formGroups calendar'],
  ])('%s, track %s: %s', (name, status, expected) => {
    expect(flags(who.find(([n]) => n === name)![1], status)).toBe(expected);
  });

  it('gives someone with no standing nothing in any state', () => {
    for (const status of TRACK_STATUSES) expect(flags(none, status)).toBe('');
  });
});

describe('sessionFits: one kick-off first, one closing last', () => {
  const day = (d: number): Date => new Date(Date.UTC(2026, 8, d, 12));
  const kickOff: ScheduledSession = { kind: 'KICK_OFF', startsAt: day(10) };
  const workshop: ScheduledSession = { kind: 'WORKSHOP', startsAt: day(15) };
  const closing: ScheduledSession = { kind: 'CLOSING', startsAt: day(28) };

  it.each<[string, ScheduledSession[], ScheduledSession, string[]]>([
    ['a first session of any kind', [], { kind: 'FEEDBACK', startsAt: day(1) }, []],
    ['a kick-off before the workshops', [workshop], { kind: 'KICK_OFF', startsAt: day(5) }, []],
    ['a kick-off after a workshop', [workshop], { kind: 'KICK_OFF', startsAt: day(20) }, ['KICK_OFF_NOT_FIRST']],
    ['a second kick-off', [kickOff], { kind: 'KICK_OFF', startsAt: day(1) }, ['SECOND_KICK_OFF']],
    ['a closing after everything', [kickOff, workshop], { kind: 'CLOSING', startsAt: day(30) }, []],
    ['a closing before a workshop', [kickOff, workshop], { kind: 'CLOSING', startsAt: day(12) }, ['CLOSING_NOT_LAST']],
    ['a second closing', [closing], { kind: 'CLOSING', startsAt: day(29) }, ['SECOND_CLOSING']],
    ['a workshop in between', [kickOff, closing], { kind: 'WORKSHOP', startsAt: day(20) }, []],
    ['a feedback session before the kick-off', [kickOff, closing], { kind: 'FEEDBACK', startsAt: day(2) }, ['BEFORE_KICK_OFF']],
    ['a workshop after the closing', [kickOff, closing], { kind: 'WORKSHOP', startsAt: day(30) }, ['AFTER_CLOSING']],
    ['a workshop at the kick-off’s own time', [kickOff], { kind: 'WORKSHOP', startsAt: day(10) }, []],
  ])('%s → %j', (_, existing, added, violations) => {
    expect(sessionFits(existing, added)).toEqual(violations);
  });
});

describe('feedbackGroupLabel', () => {
  it.each([
    ['  Groep A ', 'Groep A'],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (input, label) => {
    expect(feedbackGroupLabel(input)).toBe(label);
  });
});

describe('facilitatorRemovable', () => {
  it.each([
    ['DRAFT', 0, true],
    ['OPEN', 0, false],
    ['OPEN', 1, true],
    ['RUNNING', 0, false],
    ['CLOSED', 0, false],
    ['CLOSED', 2, true],
  ] as const)('%s, %i left → %s', (status, left, removable) => {
    expect(facilitatorRemovable(status, left)).toBe(removable);
  });
});

describe('trackNeedsFacilitator', () => {
  it.each([
    ['DRAFT', 0, false],
    ['OPEN', 0, true],
    ['OPEN', 1, false],
    ['RUNNING', 0, true],
    ['RUNNING', 2, false],
    ['CLOSED', 0, false],
  ] as const)('%s with %i → %s', (status, facilitators, needs) => {
    expect(trackNeedsFacilitator(status, facilitators)).toBe(needs);
  });

  it('needs one exactly where the last one may not be taken off by hand, until the track closes', () => {
    for (const status of TRACK_STATUSES)
      if (status !== 'CLOSED') expect([status, trackNeedsFacilitator(status, 0)]).toEqual([status, !facilitatorRemovable(status, 0)]);
  });
});

describe('caseEntryDay', () => {
  it.each([
    [null, '2026-05-04', '2026-05-04'],
    [undefined, '2026-05-04', '2026-05-04'],
    ['2026-05-04', '2026-05-04', '2026-05-04'],
    ['2025-12-31', '2026-05-04', '2025-12-31'],
    ['2026-05-05', '2026-05-04', 'DAY_IN_FUTURE'],
  ] as const)('%j on %s → %s', (day, today, outcome) => {
    const r = caseEntryDay(day, today);
    expect('day' in r ? r.day : r.violation).toBe(outcome);
  });
});

describe('sessionRemovalProblem: a session with feedback or held with theme tables stays', () => {
  it.each([
    [{ feedback: false, heldWithTables: false }, null],
    [{ feedback: true, heldWithTables: false }, 'HAS_FEEDBACK'],
    [{ feedback: false, heldWithTables: true }, 'HELD_WITH_TABLES'],
    [{ feedback: true, heldWithTables: true }, 'HAS_FEEDBACK'],
  ] as const)('%j → %s', (facts, problem) => {
    expect(sessionRemovalProblem(facts)).toBe(problem);
  });
});
