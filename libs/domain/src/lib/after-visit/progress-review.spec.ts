import fc from 'fast-check';
import { VISIT_RELATIONS, type VisitRelation } from '../visits/finding-policy';
import { REPORT_SHARING } from '../visits/report-policy';
import { VISIT_STATUSES } from '../visits/visit-lifecycle';
import { actionPlanRights } from './action-plan';
import {
  normaliseProgressMonths,
  openProgressMoment,
  parseProgressMonths,
  progressMomentsOf,
  progressMonthsValid,
  progressReviewDue,
  progressReviewRights,
  progressReviewState,
} from './progress-review';

describe('when a progress review is due', () => {
  it.each([
    ['2026-03-15', 6, '2026-09-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-11-20', 12, '2027-11-20'],
    ['2026-12-31', 2, '2027-02-28'],
  ])('%s + %i months → %s', (day, months, due) => expect(progressReviewDue(day, months)).toBe(due));

  it('is upcoming until two weeks before, then open until submitted', () => {
    expect(progressReviewState('2027-06-15', '2027-05-31', false)).toBe('UPCOMING');
    expect(progressReviewState('2027-06-15', '2027-06-01', false)).toBe('OPEN');
    expect(progressReviewState('2027-06-15', '2027-09-01', false)).toBe('OPEN');
    expect(progressReviewState('2027-06-15', '2027-01-01', true)).toBe('SUBMITTED');
  });
});

describe('who reads a progress review', () => {
  const plan = { status: 'SHARED' as const, openToCoordinator: false };
  const table: [VisitRelation[], boolean, 'TEAM' | 'ROUND' | 'NETWORK', boolean, boolean][] = [
    // relations, submitted, report sharing → reads content, sees figures
    [['host', 'roundMember', 'networkMember'], false, 'TEAM', true, true],
    [['lead', 'reviewer', 'roundMember', 'networkMember'], false, 'TEAM', false, true],
    [['lead', 'reviewer', 'roundMember', 'networkMember'], true, 'TEAM', true, true],
    [['coordinator', 'networkMember'], true, 'TEAM', false, true],
    [['roundMember', 'networkMember'], true, 'TEAM', false, false],
    [['roundMember', 'networkMember'], true, 'ROUND', true, true],
    [['networkMember'], true, 'NETWORK', true, true],
    [['networkMember'], false, 'NETWORK', false, false],
  ];
  it.each(table)('%j, submitted %s, shared with %s: content %s, figures %s', (relations, submitted, sharing, read, figures) => {
    const rights = progressReviewRights(relations, 'REPORT_FINAL', plan, sharing, submitted);
    expect([rights.read, rights.figures]).toEqual([read, figures]);
  });

  it('lets the coordinator read it where the host opened the plan to them', () => {
    expect(progressReviewRights(['coordinator'], 'REPORT_FINAL', { status: 'SHARED', openToCoordinator: true }, 'TEAM', true).read).toBe(true);
  });

  it('is written by the host alone, after the final report, until submitted; nobody reads more than a plan reader once submitted', () => {
    fc.assert(
      fc.property(
        fc.subarray([...VISIT_RELATIONS]),
        fc.constantFrom(...VISIT_STATUSES),
        fc.constantFrom(...REPORT_SHARING),
        fc.boolean(),
        fc.boolean(),
        (relations, status, sharing, submitted, open) => {
          const facts = { status: 'SHARED' as const, openToCoordinator: open };
          const rights = progressReviewRights(relations, status, facts, sharing, submitted);
          const host = relations.includes('host');
          const planReader = actionPlanRights(relations, status, facts, sharing).read;
          return (
            rights.write === (host && status === 'REPORT_FINAL' && !submitted) &&
            (!rights.read || rights.figures) &&
            (!rights.read || host || planReader) &&
            (status === 'REPORT_FINAL' || (!rights.read && !rights.figures))
          );
        },
      ),
    );
  });
});

describe('the moments a programme chooses', () => {
  it.each<[number[], boolean]>([
    [[6, 12], true],
    [[3], true],
    [[36, 1, 12, 24], true],
    [[12, 6, 6], true],
    [[], false],
    [[0], false],
    [[37], false],
    [[6.5], false],
    [[1, 2, 3, 4, 5], false],
  ])('%j usable: %s', (months, valid) => expect(progressMonthsValid(months)).toBe(valid));

  it.each<[string, number[] | null]>([
    ['6, 12', [6, 12]],
    ['6 12 24', [6, 12, 24]],
    ['  3;9 ', [3, 9]],
    ['', []],
    ['6, twaalf', null],
    ['6.5', null],
    ['-6', null],
  ])('reads %j as typed: %j', (text, months) => expect(parseProgressMonths(text)).toEqual(months));

  it('keeps them ascending and each once, and never hides a moment already written', () => {
    expect(normaliseProgressMonths([12, 6, 12])).toEqual([6, 12]);
    expect(progressMomentsOf([6, 18], [12])).toEqual([6, 12, 18]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 36 }), { maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }), (set, written) => {
        const moments = progressMomentsOf(set, written);
        expect([...moments].sort((a, b) => a - b)).toEqual(moments);
        expect(new Set(moments).size).toBe(moments.length);
        for (const m of [...set, ...written]) expect(moments).toContain(m);
      }),
    );
  });
});

describe('the moment a host should write now', () => {
  const facts = { visitDay: '2026-03-10', moments: [6, 12], submitted: [] as number[] };
  it('is none until two weeks before the first moment', () => {
    expect(openProgressMoment(facts, '2026-08-26')).toBeNull();
    expect(openProgressMoment(facts, '2026-08-27')).toEqual({ months: 6, due: '2026-09-10' });
  });
  it('stays the earliest unsubmitted one, also after its day, and moves on once submitted', () => {
    expect(openProgressMoment(facts, '2027-03-01')).toEqual({ months: 6, due: '2026-09-10' });
    expect(openProgressMoment({ ...facts, submitted: [6] }, '2027-01-01')).toBeNull();
    expect(openProgressMoment({ ...facts, submitted: [6] }, '2027-03-01')).toEqual({ months: 12, due: '2027-03-10' });
    expect(openProgressMoment({ ...facts, submitted: [6, 12] }, '2028-01-01')).toBeNull();
  });
});
