import fc from 'fast-check';
import { SIZE_CLASSES } from '../programmes/grouping';
import { countFindings } from './counts';
import { findingsArb, THEMES } from './harvest.fixtures';
import type { HarvestFinding } from './harvest-finding';
import { FINDING_KINDS } from './harvest-finding';
import { MIN_GROUP_ORGANISATIONS } from './small-groups';

describe('countFindings (properties)', () => {
  it('gives the same counts from rollup rows (one row per municipality, round, theme and kind) as from the findings', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const rows = new Map<string, HarvestFinding & { count: number }>();
        for (const f of findings) {
          const key = [f.organisationId, f.roundId, f.theme, f.kind].join('|');
          const row = rows.get(key);
          if (row) row.count += 1;
          else rows.set(key, { ...f, id: key, count: 1 });
        }
        expect(countFindings([...rows.values()], { themes: THEMES })).toEqual(countFindings(findings, { themes: THEMES }));
      }),
    );
  });

  it('does not depend on the order of the findings', () => {
    fc.assert(
      fc.property(
        findingsArb.chain((f) => fc.tuple(fc.constant(f), fc.shuffledSubarray(f, { minLength: f.length }))),
        ([findings, shuffled]) => {
          expect(countFindings(shuffled, { themes: ['Wmo'] })).toEqual(countFindings(findings, { themes: ['Wmo'] }));
        },
      ),
    );
  });

  it('adds up: themes, and size classes when all are shown, give the totals', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const counts = countFindings(findings, { themes: THEMES });
        for (const [k, kind] of FINDING_KINDS.entries()) {
          const total = counts.totals.cells[k].count;
          expect(counts.totals.cells[k].kind).toBe(kind);
          expect(counts.byTheme.reduce((sum, row) => sum + row.cells[k].count, 0)).toBe(total);
          const shown = counts.bySizeClass.map((row) => row.cells[k].count);
          if (shown.every((c) => c !== null)) expect(shown.reduce<number>((sum, c) => sum + (c ?? 0), 0)).toBe(total);
        }
        expect(counts.totals.total).toBe(findings.length);
      }),
    );
  });

  it('never shows a size class or round of one or two municipalities, nor lets the totals give one back', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const counts = countFindings(findings);
        const check = (rows: { organisations: number | null; total: number | null }[], keyOf: (f: HarvestFinding) => string, keys: string[]) => {
          const orgs = keys.map((key) => new Set(findings.filter((f) => keyOf(f) === key).map((f) => f.organisationId)));
          rows.forEach((row) => {
            if (row.organisations !== null) expect(row.organisations === 0 || row.organisations >= MIN_GROUP_ORGANISATIONS).toBe(true);
            else expect(row.total).toBeNull();
          });
          const hiddenOrgs = new Set(rows.flatMap((row, i) => (row.organisations === null ? [...orgs[i]] : [])));
          const anyShown = rows.some((row, i) => row.organisations !== null && orgs[i].size > 0);
          if (hiddenOrgs.size > 0 && anyShown) expect(hiddenOrgs.size).toBeGreaterThanOrEqual(MIN_GROUP_ORGANISATIONS);
        };
        check(counts.bySizeClass, (f) => f.sizeClass, [...SIZE_CLASSES]);
        check(
          counts.byRound,
          (f) => f.roundId,
          counts.byRound.map((r) => r.roundId),
        );
      }),
    );
  });
});
