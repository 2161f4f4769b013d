import type { PublicServing, PublishedVersionFacts } from './harvest-publication';
import { publicHttpStatus, publicServing, withdrawalProblem } from './harvest-publication';

const day = (d: number) => new Date(Date.UTC(2026, 11, d));
const v = (number: number, visibility: 'NETWORK' | 'PUBLIC', withdrawn = false): PublishedVersionFacts => ({
  number,
  visibility,
  publishedAt: day(number),
  withdrawnAt: withdrawn ? day(number + 10) : null,
});

describe('publicServing: only the newest version, and only while it is PUBLIC', () => {
  it.each<[string, PublishedVersionFacts[], PublicServing]>([
    ['never published', [], { state: 'NONE' }],
    ['one NETWORK version', [v(1, 'NETWORK')], { state: 'NONE' }],
    ['one PUBLIC version', [v(1, 'PUBLIC')], { state: 'PUBLIC', number: 1, since: day(1) }],
    ['PUBLIC then NETWORK: the newer network version takes the page down', [v(1, 'PUBLIC'), v(2, 'NETWORK')], { state: 'NONE' }],
    ['NETWORK then PUBLIC', [v(1, 'NETWORK'), v(2, 'PUBLIC')], { state: 'PUBLIC', number: 2, since: day(2) }],
    ['two PUBLIC versions: the newest', [v(1, 'PUBLIC'), v(2, 'PUBLIC')], { state: 'PUBLIC', number: 2, since: day(2) }],
    ['in any order: the highest number counts', [v(3, 'PUBLIC'), v(1, 'PUBLIC'), v(2, 'NETWORK')], { state: 'PUBLIC', number: 3, since: day(3) }],
    ['the newest withdrawn', [v(1, 'PUBLIC', true)], { state: 'WITHDRAWN', number: 1, withdrawnAt: day(11) }],
    ['withdrawn, then published publicly again', [v(1, 'PUBLIC', true), v(2, 'PUBLIC')], { state: 'PUBLIC', number: 2, since: day(2) }],
    ['withdrawn, then published for the network', [v(1, 'PUBLIC', true), v(2, 'NETWORK')], { state: 'NONE' }],
    [
      'an older public version is never served again under a withdrawn newer one',
      [v(1, 'PUBLIC'), v(2, 'PUBLIC', true)],
      { state: 'WITHDRAWN', number: 2, withdrawnAt: day(12) },
    ],
  ])('%s', (_case, versions, expected) => {
    expect(publicServing(versions)).toEqual(expected);
  });
});

describe('publicHttpStatus', () => {
  it.each<[PublicServing['state'], number]>([
    ['NONE', 404],
    ['PUBLIC', 200],
    ['WITHDRAWN', 410],
  ])('%s → %s', (state, status) => {
    expect(publicHttpStatus({ state })).toBe(status);
  });
});

describe('withdrawalProblem: only the version the public sees now', () => {
  const serving: PublicServing = { state: 'PUBLIC', number: 3, since: day(3) };
  it.each<[string, PublicServing, number, RegExp | null]>([
    ['the public version', serving, 3, null],
    ['an older version', serving, 2, /versie 3/],
    ['already withdrawn', { state: 'WITHDRAWN', number: 3, withdrawnAt: day(4) }, 3, /al ingetrokken/],
    ['nothing public', { state: 'NONE' }, 1, /geen openbare versie/],
    ['another version while one is withdrawn', { state: 'WITHDRAWN', number: 3, withdrawnAt: day(4) }, 2, /geen openbare versie/],
  ])('%s', (_case, s, number, expected) => {
    const problem = withdrawalProblem(s, number);
    if (expected === null) expect(problem).toBeNull();
    else {
      expect(problem?.nl).toMatch(expected);
      expect(problem?.en).toBeTruthy();
    }
  });
});
