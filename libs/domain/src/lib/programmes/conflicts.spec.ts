import { conflictsInRound } from './conflicts';
import { orderedPair, pairKey, pairSet } from './pairs';

describe('conflictsInRound', () => {
  it.each<[string, string[], [string, string][], [string, string][], ReturnType<typeof conflictsInRound>]>([
    ['nothing to flag', ['a', 'b', 'c'], [], [], []],
    ['a conflict', ['c', 'a', 'b'], [['c', 'a']], [], [{ a: 'a', b: 'c', kind: 'CONFLICT' }]],
    ['an earlier pairing', ['a', 'b'], [], [['b', 'a']], [{ a: 'a', b: 'b', kind: 'EARLIER_PAIRING' }]],
    [
      'both for one pair, conflict first',
      ['a', 'b'],
      [['a', 'b']],
      [['a', 'b']],
      [
        { a: 'a', b: 'b', kind: 'CONFLICT' },
        { a: 'a', b: 'b', kind: 'EARLIER_PAIRING' },
      ],
    ],
    [
      'sorted by pair',
      ['d', 'c', 'b', 'a'],
      [['d', 'c']],
      [
        ['b', 'a'],
        ['a', 'c'],
      ],
      [
        { a: 'a', b: 'b', kind: 'EARLIER_PAIRING' },
        { a: 'a', b: 'c', kind: 'EARLIER_PAIRING' },
        { a: 'c', b: 'd', kind: 'CONFLICT' },
      ],
    ],
    ['pairs outside the round', ['a', 'b'], [['a', 'x']], [['y', 'b']], []],
    ['an organisation listed twice, flagged once', ['a', 'a', 'b'], [['a', 'b']], [['a', 'a']], [{ a: 'a', b: 'b', kind: 'CONFLICT' }]],
  ])('%s', (_, ids, conflicts, earlier, flags) => {
    expect(conflictsInRound(ids, conflicts, earlier)).toEqual(flags);
  });

  it('needs no earlier pairings', () => {
    expect(conflictsInRound(['a', 'b'], [['a', 'b']])).toEqual([{ a: 'a', b: 'b', kind: 'CONFLICT' }]);
  });
});

describe('pairs', () => {
  it('treats a pair as unordered and ignores self-pairs', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(orderedPair('b', 'a')).toEqual(['a', 'b']);
    expect([
      ...pairSet([
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'c'],
      ]),
    ]).toEqual([pairKey('a', 'b')]);
  });
});
