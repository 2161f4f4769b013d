import fc from 'fast-check';
import { findingsArb } from './harvest.fixtures';
import { findPatterns, PATTERN_MIN_ORGANISATIONS } from './patterns';
import { MIN_GROUP_ORGANISATIONS } from './small-groups';

const roundLabels = { 'round-1': 'Ronde 1', 'round-2': 'Ronde 2', 'round-3': 'Ronde 3' };

describe('findPatterns (properties)', () => {
  it('does not depend on the order of the findings', () => {
    fc.assert(
      fc.property(
        findingsArb.chain((f) => fc.tuple(fc.constant(f), fc.shuffledSubarray(f, { minLength: f.length }))),
        ([findings, shuffled]) => {
          expect(findPatterns(shuffled, { roundLabels })).toEqual(findPatterns(findings, { roundLabels }));
        },
      ),
    );
  });

  it('reports only patterns of enough municipalities, sorted, and never an organisation id', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const patterns = findPatterns(findings, { roundLabels });
        for (const p of patterns) expect(p.organisations).toBeGreaterThanOrEqual(PATTERN_MIN_ORGANISATIONS);
        for (let i = 1; i < patterns.length; i++) {
          const [a, b] = [patterns[i - 1], patterns[i]];
          expect(a.organisations > b.organisations || (a.organisations === b.organisations && a.findings >= b.findings)).toBe(true);
        }
        expect(JSON.stringify(patterns)).not.toMatch(/org-\d/u);
      }),
    );
  });

  it('accounts for every finding of a pattern by kind and by round, and shows no round of fewer than three', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        for (const p of findPatterns(findings, { roundLabels })) {
          expect(p.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(p.findings);
          expect(p.rounds.reduce((sum, r) => sum + r.findings, 0) + (p.otherRounds?.findings ?? 0)).toBe(p.findings);
          for (const r of p.rounds) expect(r.organisations).toBeGreaterThanOrEqual(MIN_GROUP_ORGANISATIONS);
          if (p.otherRounds && p.rounds.length > 0) expect(p.otherRounds.organisations).toBeGreaterThanOrEqual(MIN_GROUP_ORGANISATIONS);
          for (const c of p.sizeClasses) if (c.organisations !== null) expect(c.organisations === 0 || c.organisations >= MIN_GROUP_ORGANISATIONS).toBe(true);
        }
      }),
    );
  });
});
