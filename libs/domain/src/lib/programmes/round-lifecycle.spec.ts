import type { RoundStartViolation, RoundStatus, RoundTransitionViolation } from './round-lifecycle';
import { canTransitionRound, checkRoundStart, ROUND_STATUSES, roundTransitions, roundViolationMessage } from './round-lifecycle';

const five = ['a', 'b', 'c', 'd', 'e'];

describe('round life cycle', () => {
  it('goes COMPOSING → PREPARING → VISITING → REPORTING → CLOSED only', () => {
    for (const [i, from] of ROUND_STATUSES.entries())
      for (const [j, to] of ROUND_STATUSES.entries()) {
        expect(roundTransitions[from].includes(to)).toBe(j === i + 1);
        if (j !== i + 1) expect(canTransitionRound(from, to)).toEqual([{ code: 'TRANSITION_NOT_ALLOWED' }]);
      }
  });

  it('leaves COMPOSING only when the round may start', () => {
    expect(canTransitionRound('COMPOSING', 'PREPARING', { organisationIds: five, conflicts: [] })).toEqual([]);
    expect(canTransitionRound('COMPOSING', 'PREPARING')).toEqual([{ code: 'TOO_FEW', count: 0 }]);
    expect(canTransitionRound('COMPOSING', 'PREPARING', { organisationIds: ['a', 'b', 'c'], conflicts: [] })).toEqual([{ code: 'TOO_FEW', count: 3 }]);
  });

  it.each<[RoundStatus, RoundStatus]>([
    ['PREPARING', 'VISITING'],
    ['VISITING', 'REPORTING'],
    ['REPORTING', 'CLOSED'],
  ])('%s → %s needs no facts', (from, to) => {
    expect(canTransitionRound(from, to)).toEqual([]);
  });
});

describe('checkRoundStart', () => {
  it.each<[string, string[], [string, string][], RoundStartViolation[]]>([
    ['4 organisations', ['a', 'b', 'c', 'd'], [], []],
    ['5 organisations', five, [], []],
    ['3 organisations', ['a', 'b', 'c'], [], [{ code: 'TOO_FEW', count: 3 }]],
    ['none', [], [], [{ code: 'TOO_FEW', count: 0 }]],
    ['6 organisations', [...five, 'f'], [], [{ code: 'TOO_MANY', count: 6 }]],
    ['a duplicate (counted once)', ['a', 'b', 'c', 'd', 'a'], [], [{ code: 'DUPLICATE_ORGANISATION', organisationId: 'a' }]],
    [
      'a duplicate that leaves too few',
      ['a', 'b', 'c', 'c'],
      [],
      [
        { code: 'TOO_FEW', count: 3 },
        { code: 'DUPLICATE_ORGANISATION', organisationId: 'c' },
      ],
    ],
    ['a conflict, pair ordered', five, [['e', 'b']], [{ code: 'UNRESOLVED_CONFLICT', pair: ['b', 'e'] }]],
    ['a conflict outside the round', five, [['a', 'z']], []],
    [
      'a conflict given twice',
      five,
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      [{ code: 'UNRESOLVED_CONFLICT', pair: ['a', 'b'] }],
    ],
    [
      'two conflicts, sorted',
      five,
      [
        ['d', 'c'],
        ['b', 'a'],
      ],
      [
        { code: 'UNRESOLVED_CONFLICT', pair: ['a', 'b'] },
        { code: 'UNRESOLVED_CONFLICT', pair: ['c', 'd'] },
      ],
    ],
  ])('%s', (_, organisationIds, conflicts, violations) => {
    expect(checkRoundStart({ organisationIds, conflicts })).toEqual(violations);
  });
});

describe('roundViolationMessage', () => {
  const names: Record<string, string> = { a: 'Amersfoort', b: 'Utrecht' };
  it.each<[RoundTransitionViolation, string, string]>([
    [
      { code: 'TOO_FEW', count: 3 },
      'Een ronde heeft minstens 4 gemeenten nodig; deze ronde heeft er 3.',
      'A round needs at least 4 municipalities; this round has 3.',
    ],
    [
      { code: 'TOO_MANY', count: 6 },
      'Een ronde heeft hoogstens 5 gemeenten; deze ronde heeft er 6.',
      'A round has at most 5 municipalities; this round has 6.',
    ],
    [
      { code: 'DUPLICATE_ORGANISATION', organisationId: 'a' },
      'Amersfoort staat meer dan één keer in deze ronde.',
      'Amersfoort is in this round more than once.',
    ],
    [
      { code: 'UNRESOLVED_CONFLICT', pair: ['a', 'b'] },
      'Amersfoort en Utrecht mogen niet samen in een ronde. Verplaats een van beide.',
      'Amersfoort and Utrecht may not be in the same round. Move one of them.',
    ],
  ])('%j', (violation, nl, en) => {
    expect(roundViolationMessage(violation, (id) => names[id] ?? id)).toEqual({ nl, en });
  });

  it('uses the id without a name lookup and explains a refused step', () => {
    expect(roundViolationMessage({ code: 'DUPLICATE_ORGANISATION', organisationId: 'x' }).nl).toBe('x staat meer dan één keer in deze ronde.');
    expect(roundViolationMessage({ code: 'TRANSITION_NOT_ALLOWED' }).nl).toMatch(/^Deze stap is niet mogelijk/);
  });
});
