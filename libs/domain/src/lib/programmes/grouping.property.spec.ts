import fc from 'fast-check';
import { ROUND_MAX_ORGANISATIONS, ROUND_MIN_ORGANISATIONS } from '../limits';
import type { GroupingApplication, GroupingInput } from './grouping';
import { SIZE_CLASSES, suggestGrouping } from './grouping';
import { orgId, PROVINCES } from './grouping.fixtures';
import { pairKey } from './pairs';

const THEMES = ['Wmo', 'Jeugd', 'Participatie', 'Informatievoorziening', 'Financiële beheersbaarheid'];

const applicationsArb = fc.integer({ min: 0, max: 60 }).chain((n) =>
  fc.tuple(
    ...Array.from({ length: n }, (_, i) =>
      fc.record({
        id: fc.constant(`app-${i}`),
        organisationId: fc.constant(orgId(i)),
        themes: fc.subarray(THEMES),
        populationClass: fc.constantFrom(...SIZE_CLASSES),
        province: fc.constantFrom(...PROVINCES.slice(0, 4)),
      }),
    ),
  ),
) as fc.Arbitrary<GroupingApplication[]>;

function pairsArb(applications: GroupingApplication[], maxLength: number): fc.Arbitrary<[string, string][]> {
  if (applications.length < 2) return fc.constant([]);
  const index = fc.integer({ min: 0, max: applications.length - 1 });
  return fc.array(
    fc.tuple(index, index).map(([a, b]) => [applications[a].organisationId, applications[b].organisationId] as [string, string]),
    { maxLength },
  );
}

const inputArb: fc.Arbitrary<GroupingInput> = applicationsArb.chain((applications) =>
  fc.record({
    applications: fc.shuffledSubarray(applications, { minLength: applications.length }),
    conflicts: pairsArb(applications, Math.ceil(applications.length / 2)),
    earlierPairings: pairsArb(applications, applications.length),
  }),
);

const params = { numRuns: 100 };

describe('suggestGrouping (properties)', () => {
  it('places every organisation at most once; placed and unplaced together are all applicants', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = suggestGrouping(input);
        const placed = result.rounds.flatMap((r) => r.organisationIds);
        const unplaced = result.unplaced.map((u) => u.organisationId);
        expect(new Set(placed).size).toBe(placed.length);
        expect([...placed, ...unplaced].sort()).toEqual(input.applications.map((a) => a.organisationId).sort());
      }),
      params,
    );
  });

  it('makes every round 4 to 5 organisations', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const round of suggestGrouping(input).rounds) {
          expect(round.organisationIds.length).toBeGreaterThanOrEqual(ROUND_MIN_ORGANISATIONS);
          expect(round.organisationIds.length).toBeLessThanOrEqual(ROUND_MAX_ORGANISATIONS);
        }
      }),
      params,
    );
  });

  it('never puts a hard conflict in a round', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const conflicts = new Set((input.conflicts ?? []).map(([a, b]) => pairKey(a, b)));
        for (const { organisationIds: ids } of suggestGrouping(input).rounds)
          for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) expect(conflicts.has(pairKey(ids[i], ids[j]))).toBe(false);
      }),
      params,
    );
  });

  it('places everyone when there are at least 12 and no conflicts', () => {
    fc.assert(
      fc.property(
        inputArb.filter((input) => input.applications.length >= 12),
        (input) => {
          expect(suggestGrouping({ ...input, conflicts: [] }).unplaced).toEqual([]);
        },
      ),
      params,
    );
  });

  it('places as many as round sizes allow when there are no conflicts', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const n = input.applications.length;
        const expected = n < 4 ? n : n === 6 ? 1 : n === 7 ? 2 : n === 11 ? 1 : 0;
        expect(suggestGrouping({ ...input, conflicts: [] }).unplaced).toHaveLength(expected);
      }),
      params,
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.applications], { minLength: input.applications.length }))),
        ([input, reordered]) => {
          const reversedPairs = (input.conflicts ?? []).map(([a, b]) => [b, a] as [string, string]).reverse();
          expect(suggestGrouping({ ...input, applications: reordered, conflicts: reversedPairs })).toEqual(suggestGrouping(input));
        },
      ),
      { numRuns: 50 },
    );
  });
});
