import fc from 'fast-check';
import { SIZE_CLASSES } from '../programmes/grouping';
import { groupingKey } from './collation';
import { compareProgrammes } from './comparison';
import { countFindings, type FindingCounts } from './counts';
import { frozenCounts, type FrozenFindingCounts } from './counts-frozen';
import { findingsArb, THEMES } from './harvest.fixtures';
import type { HarvestFinding } from './harvest-finding';
import { FINDING_KINDS } from './harvest-finding';
import { findPatterns } from './patterns';
import { MIN_GROUP_ORGANISATIONS } from './small-groups';

/** Per theme row of the counts: the municipalities that really raised it. */
const themeOrganisations = (counts: FindingCounts, findings: readonly HarvestFinding[]) =>
  counts.byTheme.map((row) => new Set(findings.filter((f) => groupingKey(f.theme) === groupingKey(row.theme)).map((f) => f.organisationId)));

/**
 * The rule of the theme table, against what the findings really hold: no shown row of one or two
 * municipalities, and the hidden rows together hold at least three municipalities (so the totals
 * minus the shown rows never give back fewer), unless nothing is hidden or nothing with findings
 * is shown (then the totals minus the shown rows are the totals, shown anyway).
 */
function expectThemesNameNobody(counts: FindingCounts, findings: readonly HarvestFinding[]): void {
  const orgs = themeOrganisations(counts, findings);
  counts.byTheme.forEach((row, i) => {
    if (row.suppressed === null) {
      expect(row.organisations).toBe(orgs[i].size);
      expect(row.organisations === 0 || row.organisations! >= MIN_GROUP_ORGANISATIONS).toBe(true);
    } else {
      expect([row.organisations, row.total, ...row.cells.map((c) => c.count)].every((v) => v === null)).toBe(true);
    }
  });
  const hiddenOrgs = new Set(counts.byTheme.flatMap((row, i) => (row.suppressed ? [...orgs[i]] : [])));
  const anyShown = counts.byTheme.some((row, i) => row.suppressed === null && orgs[i].size > 0);
  if (hiddenOrgs.size > 0 && anyShown) expect(hiddenOrgs.size).toBeGreaterThanOrEqual(MIN_GROUP_ORGANISATIONS);
}

/** The totals as the findings hold them, every figure shown: as versions published before the totals had the rule froze them. */
function rawTotals(findings: readonly HarvestFinding[]): FrozenFindingCounts['totals'] {
  return {
    cells: FINDING_KINDS.map((kind) => ({ kind, count: findings.filter((f) => f.kind === kind).length })),
    total: findings.length,
    organisations: new Set(findings.map((f) => f.organisationId)).size,
    rounds: new Set(findings.map((f) => f.roundId)).size,
  };
}

/** No figure of the totals over one or two municipalities; otherwise they are what the findings hold. */
function expectTotalsNameNobody(counts: FindingCounts, findings: readonly HarvestFinding[]): void {
  const raw = rawTotals(findings);
  if (raw.organisations! > 0 && raw.organisations! < MIN_GROUP_ORGANISATIONS) {
    expect(counts.totals.suppressed?.code).toBe('SMALL_GROUP');
    expect([counts.totals.organisations, counts.totals.total, counts.totals.rounds, ...counts.totals.cells.map((c) => c.count)].every((v) => v === null)).toBe(
      true,
    );
    // And no row gives any of it back.
    for (const rows of [counts.byTheme, counts.bySizeClass, counts.byRound])
      for (const row of rows) expect(row.total === 0 || row.suppressed !== null).toBe(true);
  } else {
    expect(counts.totals).toEqual({ ...raw, suppressed: null });
  }
}

/** Findings of one or two municipalities only. */
const fewMunicipalitiesArb = fc.tuple(findingsArb, fc.integer({ min: 1, max: 2 })).map(([findings, n]) =>
  findings.map((f) => {
    const organisation = (Number(f.organisationId.slice(4)) % n) + 1;
    return { ...f, organisationId: `org-${organisation}`, sizeClass: SIZE_CLASSES[organisation % SIZE_CLASSES.length] };
  }),
);

/** The counts as versions published before the theme rule froze them: every theme row's figures, no municipalities, no reasons, every total. */
function beforeTheRule(counts: FindingCounts, findings: readonly HarvestFinding[]): FrozenFindingCounts {
  return {
    ...counts,
    totals: rawTotals(findings),
    byTheme: counts.byTheme.map((row) => {
      const mine = findings.filter((f) => groupingKey(f.theme) === groupingKey(row.theme));
      return { theme: row.theme, cells: FINDING_KINDS.map((kind) => ({ kind, count: mine.filter((f) => f.kind === kind).length })), total: mine.length };
    }),
  };
}

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

  it('adds up: themes and size classes, when all are shown, give the totals', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const counts = countFindings(findings, { themes: THEMES });
        for (const [k, kind] of FINDING_KINDS.entries()) {
          const total = counts.totals.cells[k].count;
          expect(counts.totals.cells[k].kind).toBe(kind);
          if (total === null) continue;
          for (const rows of [counts.byTheme, counts.bySizeClass]) {
            const shown = rows.map((row) => row.cells[k].count);
            if (shown.every((c) => c !== null)) expect(shown.reduce<number>((sum, c) => sum + (c ?? 0), 0)).toBe(total);
          }
        }
        if (counts.totals.suppressed === null) expect(counts.totals.total).toBe(findings.length);
      }),
    );
  });

  it('never shows a theme of one or two municipalities, nor lets the totals give one back, though a municipality raises several themes', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const counts = countFindings(findings, { themes: THEMES });
        expectThemesNameNobody(counts, findings);
        // A shown theme's figures are its findings.
        counts.byTheme.forEach((row) => {
          if (row.suppressed) return;
          const mine = findings.filter((f) => groupingKey(f.theme) === groupingKey(row.theme));
          expect(row.total).toBe(mine.length);
          expect(row.cells.map((c) => c.count)).toEqual(FINDING_KINDS.map((kind) => mine.filter((f) => f.kind === kind).length));
        });
      }),
    );
  });

  it('hides the same themes of the harvest’s own programme in the comparison of programmes as in its counts', () => {
    fc.assert(
      fc.property(findingsArb, findingsArb, (own, other) => {
        const counts = countFindings(own, { themes: THEMES });
        const comparison = compareProgrammes(
          [
            { programmeId: 'own', name: 'Eigen programma', findings: own },
            {
              programmeId: 'other',
              name: 'Ander programma',
              findings: other.map((f) => ({ ...f, id: `other-${f.id}`, organisationId: `other-${f.organisationId}` })),
            },
          ],
          THEMES,
        );
        const rows = new Map(counts.byTheme.map((row) => [groupingKey(row.theme), row]));
        const programmeShown = comparison.programmes[0].organisations !== null;
        for (const theme of comparison.themes) {
          const row = rows.get(groupingKey(theme.theme));
          if (!programmeShown) {
            // A programme of fewer than three municipalities is hidden as a whole, and then so is every theme of its counts that has findings.
            expect(theme.perOrganisation[0]).toBeNull();
            if (row && row.total !== 0) expect(row.suppressed?.code).toBe('SMALL_GROUP');
          } else if (row === undefined || row.total === 0) {
            expect([theme.perOrganisation[0], theme.suppressed[0]]).toEqual([0, null]);
          } else {
            expect(theme.suppressed[0]).toEqual(row.suppressed);
            expect(theme.counts[0]).toEqual(row.suppressed ? null : row.cells);
          }
        }
        // Every theme the counts show or hide with findings is in the comparison, when the programme is.
        if (programmeShown)
          for (const row of counts.byTheme)
            if (row.total !== 0) expect(comparison.themes.some((t) => groupingKey(t.theme) === groupingKey(row.theme))).toBe(true);
      }),
    );
  });

  it('reads a version frozen with the rule as it was, and one frozen before it without a theme of one or two municipalities', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const counts = countFindings(findings, { themes: THEMES });
        const patterns = findPatterns(findings);
        expect(frozenCounts(JSON.parse(JSON.stringify(counts)), patterns)).toEqual(counts);
        const old = frozenCounts(beforeTheRule(counts, findings), patterns);
        expectThemesNameNobody(old, findings);
        expect(old.bySizeClass).toEqual(counts.bySizeClass);
        expect(old.totals).toEqual(counts.totals);
        expectTotalsNameNobody(old, findings);
      }),
    );
  });

  it('never shows a total of one or two municipalities, nor a row that gives one back; shows the totals of three or more as they are', () => {
    fc.assert(
      fc.property(fc.oneof(findingsArb, fewMunicipalitiesArb), (findings) => {
        const counts = countFindings(findings, { themes: THEMES });
        expectTotalsNameNobody(counts, findings);
        expectTotalsNameNobody(frozenCounts(beforeTheRule(counts, findings), findPatterns(findings)), findings);
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
