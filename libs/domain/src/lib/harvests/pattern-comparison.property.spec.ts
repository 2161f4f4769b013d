import fc from 'fast-check';
import { findingsArb } from './harvest.fixtures';
import type { ProgrammePatternFindings } from './pattern-comparison';
import { comparePatterns } from './pattern-comparison';
import { findPatterns, PATTERN_MIN_ORGANISATIONS, patternKeysOf } from './patterns';
import { MIN_GROUP_ORGANISATIONS } from './small-groups';

/** Two to three programmes of random released findings; municipalities may take part in more than one. */
const programmesArb: fc.Arbitrary<ProgrammePatternFindings[]> = fc
  .array(fc.tuple(findingsArb, fc.integer({ min: 2020, max: 2030 })), { minLength: 2, maxLength: 3 })
  .map((sets) =>
    sets.map(([findings, year], i) => ({
      programmeId: `p${i}`,
      name: `Programma ${i}`,
      from: new Date(Date.UTC(year, 0, 1)),
      findings: findings.map((f) => ({ ...f, id: `p${i}-${f.id}` })),
    })),
  );

/** Of the programme with this id: the municipalities that carry the pattern, and its findings. */
function truth(sets: readonly ProgrammePatternFindings[], programmeId: string, key: string) {
  const findings = sets.find((s) => s.programmeId === programmeId)!.findings.filter((f) => patternKeysOf(f).includes(key));
  return { organisations: new Set(findings.map((f) => f.organisationId)), findings: findings.length };
}

describe('comparePatterns (properties)', () => {
  it('does not depend on the order of the findings', () => {
    fc.assert(
      fc.property(programmesArb, (sets) => {
        const reversed = sets.map((s) => ({ ...s, findings: [...s.findings].reverse() }));
        expect(comparePatterns(reversed)).toEqual(comparePatterns(sets));
      }),
    );
  });

  it('shows no cell of one or two municipalities, and never leaves the hidden cells of a row derivable from its total', () => {
    fc.assert(
      fc.property(programmesArb, (sets) => {
        const c = comparePatterns(sets);
        for (const p of c.patterns) {
          const real = c.programmes.map((programme) => truth(sets, programme.programmeId, p.key));
          p.cells.forEach((cell, i) => {
            const size = real[i].organisations.size;
            if (cell.organisations === null) expect(size).toBeGreaterThan(0);
            else {
              expect([cell.organisations, cell.findings]).toEqual([size, real[i].findings]);
              expect(size === 0 || size >= MIN_GROUP_ORGANISATIONS).toBe(true);
            }
          });
          const hidden = real.filter((_, i) => p.cells[i].organisations === null);
          const together = new Set(hidden.flatMap((r) => [...r.organisations]));
          const nonEmpty = real.filter((r) => r.organisations.size > 0);
          expect(hidden.length === 0 || together.size >= MIN_GROUP_ORGANISATIONS || hidden.length === nonEmpty.length).toBe(true);
          expect(p.findings).toBe(real.reduce((sum, r) => sum + r.findings, 0));
          expect(p.organisations).toBe(new Set(real.flatMap((r) => [...r.organisations])).size);
        }
      }),
    );
  });

  it('compares only programmes of three municipalities or more, earliest first, and each row is a pattern in one of them', () => {
    fc.assert(
      fc.property(programmesArb, (sets) => {
        const c = comparePatterns(sets);
        const size = (id: string) => new Set(sets.find((s) => s.programmeId === id)!.findings.map((f) => f.organisationId)).size;
        for (const p of c.programmes) expect(size(p.programmeId)).toBeGreaterThanOrEqual(MIN_GROUP_ORGANISATIONS);
        for (const p of c.leftOut) expect(size(p.programmeId)).toBeLessThan(MIN_GROUP_ORGANISATIONS);
        expect(c.programmes.length + c.leftOut.length).toBe(sets.length);
        const from = c.programmes.map((p) => sets.find((s) => s.programmeId === p.programmeId)!.from.getTime());
        expect(from).toEqual([...from].sort((a, b) => a - b));
        const keys = new Set(c.programmes.flatMap((p) => findPatterns(sets.find((s) => s.programmeId === p.programmeId)!.findings).map((x) => x.key)));
        expect(new Set(c.patterns.map((p) => p.key))).toEqual(keys);
        expect(JSON.stringify(c)).not.toMatch(/org-\d/u);
      }),
    );
  });

  it('tells the change of the latest programme against the one before it', () => {
    fc.assert(
      fc.property(programmesArb, (sets) => {
        const c = comparePatterns(sets);
        for (const p of c.patterns) {
          if (c.programmes.length < 2) {
            expect(p.change).toBeNull();
            continue;
          }
          const [previous, latest] = c.programmes.slice(-2).map((x) => truth(sets, x.programmeId, p.key).organisations.size >= PATTERN_MIN_ORGANISATIONS);
          expect(p.change).toBe(latest ? (previous ? 'PERSISTING' : 'NEW') : 'NO_LONGER');
        }
      }),
    );
  });
});
