import { ROUND_MAX_ORGANISATIONS, ROUND_MIN_ORGANISATIONS } from '../limits';
import type { GroupingInput, GroupingSuggestion } from './grouping';
import { largestGroupable, roundSizes, suggestGrouping } from './grouping';
import { app, apps, orgId, roundOf, variedApps } from './grouping.fixtures';
import { pairKey } from './pairs';

function sizesOf(result: GroupingSuggestion): number[] {
  return result.rounds.map((r) => r.organisationIds.length).sort((a, b) => a - b);
}

/** Every applicant exactly once, every round 4–5, no hard conflict in a round. */
function expectValid(input: GroupingInput, result: GroupingSuggestion): void {
  const placed = result.rounds.flatMap((r) => r.organisationIds);
  const unplaced = result.unplaced.map((u) => u.organisationId);
  expect(new Set(placed).size).toBe(placed.length);
  expect(new Set([...placed, ...unplaced])).toEqual(new Set(input.applications.map((a) => a.organisationId)));
  for (const round of result.rounds) {
    expect(round.organisationIds.length).toBeGreaterThanOrEqual(ROUND_MIN_ORGANISATIONS);
    expect(round.organisationIds.length).toBeLessThanOrEqual(ROUND_MAX_ORGANISATIONS);
  }
  const conflicts = new Set((input.conflicts ?? []).map(([a, b]) => pairKey(a, b)));
  for (const { organisationIds: ids } of result.rounds)
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) expect(conflicts.has(pairKey(ids[i], ids[j]))).toBe(false);
}

describe('roundSizes and largestGroupable', () => {
  it.each([
    [0, []],
    [1, null],
    [3, null],
    [4, [4]],
    [5, [5]],
    [6, null],
    [7, null],
    [8, [4, 4]],
    [9, [5, 4]],
    [10, [5, 5]],
    [11, null],
    [12, [4, 4, 4]],
    [13, [5, 4, 4]],
    [16, [4, 4, 4, 4]],
    [21, [5, 4, 4, 4, 4]],
    [500, Array(100).fill(5)],
  ])('roundSizes(%i) = %j', (m, sizes) => {
    expect(roundSizes(m)).toEqual(sizes);
  });

  it.each([
    [0, 0],
    [3, 0],
    [4, 4],
    [6, 5],
    [7, 5],
    [11, 10],
    [12, 12],
    [59, 59],
  ])('largestGroupable(%i) = %i', (n, m) => {
    expect(largestGroupable(n)).toBe(m);
  });
});

describe('suggestGrouping: sizes', () => {
  it.each([
    [0, [], 0],
    [1, [], 1],
    [3, [], 3],
    [4, [4], 0],
    [5, [5], 0],
    [6, [5], 1],
    [7, [5], 2],
    [8, [4, 4], 0],
    [9, [4, 5], 0],
    [10, [5, 5], 0],
    [11, [5, 5], 1],
    [12, [4, 4, 4], 0],
    [13, [4, 4, 5], 0],
    [20, [5, 5, 5, 5], 0],
    [21, [4, 4, 4, 4, 5], 0],
  ])('%i applications → rounds %j, %i unplaced', (n, sizes, unplaced) => {
    const input = { applications: variedApps(n) };
    const result = suggestGrouping(input);
    expect(sizesOf(result)).toEqual(sizes);
    expect(result.unplaced).toHaveLength(unplaced);
    expectValid(input, result);
  });

  it('explains in Dutch and English why someone is left out when 11 do not split into 4s and 5s', () => {
    const result = suggestGrouping({ applications: variedApps(11) });
    expect(result.unplaced).toHaveLength(1);
    const [{ reason }] = result.unplaced;
    expect(reason.code).toBe('SIZES_DO_NOT_FIT');
    expect(reason.text.nl).toContain('11 gemeenten zijn niet allemaal te verdelen over rondes van 4 of 5');
    expect(reason.text.nl).toContain('De coördinator beslist.');
    expect(reason.text.en).toContain('11 municipalities cannot all be divided into rounds of 4 or 5');
  });

  it('explains that fewer than 4 cannot form a round', () => {
    const result = suggestGrouping({ applications: apps(3) });
    expect(result.unplaced.map((u) => u.reason.code)).toEqual(Array(3).fill('TOO_FEW_FOR_A_ROUND'));
    expect(result.unplaced[0].reason.text.nl).toBe('Er zijn 3 gemeenten om in te delen; een ronde heeft er 4 of 5 nodig. De coördinator beslist.');
  });

  it('leaves out the one that fits worst when the count does not split', () => {
    // Ten alike, one very different (other size, other theme): that one is left out of 11.
    const applications = [...apps(10), app(10, { populationClass: 'XL', themes: ['Wmo'] })];
    const result = suggestGrouping({ applications });
    expect(result.unplaced.map((u) => u.organisationId)).toEqual([orgId(10)]);
  });

  it('groups 500 applications into a valid partition', () => {
    const applications = variedApps(500, 7);
    const conflicts: [string, string][] = Array.from({ length: 60 }, (_, i) => [orgId(i * 7), orgId((i * 13 + 5) % 500)]);
    const earlierPairings: [string, string][] = Array.from({ length: 200 }, (_, i) => [orgId(i), orgId((i * 31 + 1) % 500)]);
    const input = { applications, conflicts, earlierPairings };
    const result = suggestGrouping(input);
    expectValid(input, result);
    expect(result.rounds).toHaveLength(100);
    expect(result.unplaced).toEqual([]);
  });
});

describe('suggestGrouping: hard conflicts', () => {
  it('never puts a conflict pair together', () => {
    const input = { applications: apps(10), conflicts: [[orgId(0), orgId(1)] as [string, string]] };
    const result = suggestGrouping(input);
    expect(roundOf(result, orgId(0))).not.toBe(roundOf(result, orgId(1)));
    expect(result.unplaced).toEqual([]);
    expectValid(input, result);
  });

  it('leaves someone out rather than break a conflict (5 with one conflict → a round of 4)', () => {
    const input = { applications: apps(5), conflicts: [[orgId(3), orgId(1)] as [string, string]] };
    const result = suggestGrouping(input);
    expect(sizesOf(result)).toEqual([4]);
    expect(result.unplaced).toHaveLength(1);
    const [{ organisationId, reason }] = result.unplaced;
    expect([orgId(1), orgId(3)]).toContain(organisationId);
    expect(reason.code).toBe('HARD_CONFLICT');
    expect(reason.conflictsWith).toEqual([organisationId === orgId(1) ? orgId(3) : orgId(1)]);
    expectValid(input, result);
  });

  it('leaves everyone out when a conflict leaves too few for a round', () => {
    const input = { applications: apps(4), conflicts: [[orgId(0), orgId(1)] as [string, string]] };
    const result = suggestGrouping(input);
    expect(result.rounds).toEqual([]);
    expect(result.unplaced.map((u) => u.reason.code).sort()).toEqual(['HARD_CONFLICT', 'TOO_FEW_FOR_A_ROUND', 'TOO_FEW_FOR_A_ROUND', 'TOO_FEW_FOR_A_ROUND']);
  });

  it('leaves out the organisation that conflicts with everyone and groups the other 9', () => {
    const conflicts = Array.from({ length: 9 }, (_, i) => [orgId(9), orgId(i)] as [string, string]);
    const input = { applications: apps(10), conflicts, organisationNames: { [orgId(9)]: 'Zeist', [orgId(0)]: 'Utrecht' } };
    const result = suggestGrouping(input);
    expect(sizesOf(result)).toEqual([4, 5]);
    expect(result.unplaced).toHaveLength(1);
    expect(result.unplaced[0].organisationId).toBe(orgId(9));
    expect(result.unplaced[0].reason.text.nl).toMatch(/^Zeist mag niet in een ronde met Utrecht, org-001, .* en org-008\. /);
    expectValid(input, result);
  });

  it('ignores a conflict of an organisation with itself and conflicts with non-applicants', () => {
    const input = {
      applications: apps(4),
      conflicts: [
        [orgId(0), orgId(0)],
        [orgId(1), 'elsewhere'],
      ] as [string, string][],
    };
    expect(suggestGrouping(input).rounds).toHaveLength(1);
  });
});
