import { canTransitionVisit, REPORT_STATUSES, replyDeadline, replyPeriodOpen, reportReachable, roundStatusFromVisits, VISIT_STATUSES } from './visit-lifecycle';

describe('visit life cycle', () => {
  it('goes forward one step at a time; only a shared report may go back to draft', () => {
    const allowed = VISIT_STATUSES.flatMap((from) => VISIT_STATUSES.filter((to) => canTransitionVisit(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual([
      'PLANNED→PREPARED',
      'PREPARED→HELD',
      'HELD→REPORT_DRAFT',
      'REPORT_DRAFT→REPORT_SHARED',
      'REPORT_SHARED→REPORT_DRAFT',
      'REPORT_SHARED→REPORT_FINAL',
    ]);
  });
});

describe('the visit report', () => {
  it('can be reached once the visit has been held, and exists from the lead starting it', () => {
    expect(VISIT_STATUSES.filter(reportReachable)).toEqual(['HELD', 'REPORT_DRAFT', 'REPORT_SHARED', 'REPORT_FINAL']);
    expect(VISIT_STATUSES.filter((s) => REPORT_STATUSES.includes(s))).toEqual(['REPORT_DRAFT', 'REPORT_SHARED', 'REPORT_FINAL']);
  });
});

describe('the round follows its visits', () => {
  it.each([
    ['PREPARING', ['PLANNED', 'PREPARED', 'PLANNED', 'PLANNED'], 'PREPARING'],
    ['PREPARING', ['HELD', 'PREPARED', 'PLANNED', 'PLANNED'], 'VISITING'],
    ['VISITING', ['HELD', 'HELD', 'HELD', 'HELD'], 'VISITING'],
    ['VISITING', ['REPORT_DRAFT', 'HELD', 'HELD', 'HELD'], 'REPORTING'],
    ['VISITING', ['REPORT_DRAFT', 'PREPARED', 'HELD', 'HELD'], 'VISITING'],
    ['REPORTING', ['REPORT_FINAL', 'REPORT_FINAL', 'REPORT_FINAL', 'REPORT_FINAL', 'REPORT_FINAL'], 'CLOSED'],
    ['REPORTING', ['REPORT_FINAL', 'REPORT_SHARED', 'REPORT_FINAL', 'REPORT_FINAL'], 'REPORTING'],
    // never back, and never out of composing
    ['REPORTING', ['HELD', 'PLANNED', 'PLANNED', 'PLANNED'], 'REPORTING'],
    ['COMPOSING', ['HELD', 'HELD', 'HELD', 'HELD'], 'COMPOSING'],
    ['PREPARING', [], 'PREPARING'],
  ] as const)('%s with visits %j → %s', (current, visits, expected) => {
    expect(roundStatusFromVisits(current, visits)).toBe(expected);
  });
});

describe('reply period', () => {
  it('ends at the end of the last day, Dutch time, in winter and in summer', () => {
    expect(replyDeadline(new Date('2026-12-01T10:00:00Z'), 14).toISOString()).toBe('2026-12-15T22:59:59.000Z');
    expect(replyDeadline(new Date('2026-06-01T10:00:00Z'), 14).toISOString()).toBe('2026-06-15T21:59:59.000Z');
    // Late in the evening in Amsterdam is already the next day there.
    expect(replyDeadline(new Date('2026-12-01T23:30:00Z'), 1).toISOString()).toBe('2026-12-03T22:59:59.000Z');
  });

  it('is open until the deadline and closed after; never open when nothing was shared', () => {
    const deadline = new Date('2026-12-15T22:59:59Z');
    expect(replyPeriodOpen(deadline, new Date('2026-12-15T22:59:00Z'))).toBe(true);
    expect(replyPeriodOpen(deadline, new Date('2026-12-15T23:00:00Z'))).toBe(false);
    expect(replyPeriodOpen(null, new Date())).toBe(false);
  });
});
