import fc from 'fast-check';
import type { ApplicationStatus } from './application-lifecycle';
import { APPLICATION_STATUSES, holdsPlace } from './application-lifecycle';
import type { WaitlistApplication } from './waitlist';
import { decideOnArrival, promoteAfterRelease, waitlistPositions } from './waitlist';

function application(id: string, status: ApplicationStatus, minute: number): WaitlistApplication {
  return { id, status, submittedAt: new Date(Date.UTC(2026, 0, 1, 9, minute)) };
}

describe('decideOnArrival', () => {
  it.each([
    [0, 10, 'ACCEPTED'],
    [9, 10, 'ACCEPTED'],
    [10, 10, 'WAITLISTED'],
    [11, 10, 'WAITLISTED'],
    [0, 0, 'WAITLISTED'],
  ])('%i taken of %i places → %s', (taken, places, decision) => {
    expect(decideOnArrival(taken, places)).toBe(decision);
  });
});

describe('waitlistPositions', () => {
  it('numbers only waitlisted applications, oldest first, ties by id', () => {
    const applications = [
      application('e', 'WAITLISTED', 5),
      application('a', 'ACCEPTED', 0),
      application('d', 'WAITLISTED', 3),
      application('c', 'WAITLISTED', 3),
      application('w', 'WITHDRAWN', 1),
      application('b', 'WAITLISTED', 4),
    ];
    expect(waitlistPositions(applications)).toEqual([
      { id: 'c', position: 1 },
      { id: 'd', position: 2 },
      { id: 'b', position: 3 },
      { id: 'e', position: 4 },
    ]);
  });

  it('is empty without waitlisted applications', () => {
    expect(waitlistPositions([application('a', 'PLACED', 0)])).toEqual([]);
  });
});

describe('promoteAfterRelease', () => {
  // The journey: 10 places, 11 applications, the eleventh waitlisted; one withdraws.
  const journey = [
    ...Array.from({ length: 9 }, (_, i) => application(`m${i}`, 'PLACED', i)),
    application('m9', 'WITHDRAWN', 9),
    application('m10', 'WAITLISTED', 10),
  ];

  it.each<[string, WaitlistApplication[], number, string[]]>([
    ['a withdrawal promotes the oldest waitlisted', journey, 10, ['m10']],
    ['no free place, nobody promoted', [...journey.slice(0, 9), application('x', 'ACCEPTED', 9), application('m10', 'WAITLISTED', 10)], 10, []],
    [
      'two free places promote the two oldest',
      [application('a', 'ACCEPTED', 0), application('c', 'WAITLISTED', 2), application('b', 'WAITLISTED', 1), application('d', 'WAITLISTED', 3)],
      3,
      ['b', 'c'],
    ],
    [
      'over capacity (places lowered), nobody promoted',
      [application('a', 'ACCEPTED', 0), application('b', 'ACCEPTED', 1), application('c', 'WAITLISTED', 2)],
      1,
      [],
    ],
    [
      'declined and submitted do not take a place',
      [application('a', 'DECLINED', 0), application('s', 'SUBMITTED', 1), application('c', 'WAITLISTED', 2)],
      1,
      ['c'],
    ],
  ])('%s', (_, applications, places, promoted) => {
    expect(promoteAfterRelease(applications, places)).toEqual(promoted);
  });

  it('never fills beyond the places and always promotes the oldest waitlisted', () => {
    const applicationArb = fc.record({
      id: fc.uuid(),
      status: fc.constantFrom(...APPLICATION_STATUSES),
      submittedAt: fc.integer({ min: 0, max: 1000 }).map((m) => new Date(m * 60_000)),
    });
    fc.assert(
      fc.property(fc.uniqueArray(applicationArb, { selector: (a) => a.id, maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (applications, places) => {
        const promoted = promoteAfterRelease(applications, places);
        const taken = applications.filter((a) => holdsPlace(a.status)).length;
        expect(promoted.length).toBeLessThanOrEqual(Math.max(0, places - taken));
        const waitlist = waitlistPositions(applications).map((p) => p.id);
        expect(promoted).toEqual(waitlist.slice(0, promoted.length));
        if (promoted.length < waitlist.length) expect(taken + promoted.length).toBeGreaterThanOrEqual(places);
      }),
      { numRuns: 100 },
    );
  });
});
