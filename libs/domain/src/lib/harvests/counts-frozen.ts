import { groupingKey } from './collation';
import { unprovenThemeSuppression } from './comparison-frozen';
import type { CountTotals, FindingCounts, ThemeCountRow } from './counts';
import { patternKey, type HarvestPattern } from './patterns';
import { fewMunicipalitiesSuppression, hiddenGroups, MIN_GROUP_ORGANISATIONS, suppression, type OrganisationGroup } from './small-groups';

/**
 * The counts by theme as a published version froze them, read under the small-group rule.
 *
 * Versions published before the theme rows had that rule (counts.ts) froze every theme's figures,
 * and not how many municipalities raised it: they cannot be ruled again. A harvest names nobody,
 * old versions included, so such a row is shown only where the same version proves three or more
 * municipalities: its frozen patterns hold the theme as a pattern (findings of at least three
 * municipalities, from the same released, consenting findings of the same rounds) with exactly
 * the row's number of findings, so that the pattern is that very row. Any other row with
 * findings is hidden, and since the totals stay, hiddenGroups hides the smallest proven theme with
 * them, so the totals minus the shown rows give none back. A zero points at nobody and stays.
 * Stored versions are never rewritten: this is how they are read (the comparison's theme table is
 * read the same way, comparison-frozen.ts).
 *
 * The totals: versions published before they had the rule froze them always, with the number of
 * municipalities behind them. They are shown only where that number is three or more (or nothing
 * was counted); otherwise every figure of them is hidden, as countFindings now hides them.
 */

/** A theme row as a version froze it; `organisations` and `suppressed` are absent in versions published before the rule. */
export type FrozenThemeCountRow = Omit<ThemeCountRow, 'organisations' | 'suppressed'> & Partial<Pick<ThemeCountRow, 'organisations' | 'suppressed'>>;

/** The totals as a version froze them; `suppressed` is absent in versions published before the totals had the rule. */
export type FrozenCountTotals = Omit<CountTotals, 'suppressed'> & Partial<Pick<CountTotals, 'suppressed'>>;

export type FrozenFindingCounts = Omit<FindingCounts, 'byTheme' | 'totals'> & { byTheme: readonly FrozenThemeCountRow[]; totals: FrozenCountTotals };

/** What of a frozen pattern the reading needs. */
export type FrozenPattern = Pick<HarvestPattern, 'type' | 'key' | 'organisations' | 'findings'>;

/** The counts to show: as frozen when the version has the rule, otherwise with only the theme rows it proves (see above). */
export function frozenCounts(counts: FrozenFindingCounts, patterns: readonly FrozenPattern[] | undefined): FindingCounts {
  return { ...counts, byTheme: frozenThemeRows(counts.byTheme, patterns ?? []), totals: frozenTotals(counts.totals) };
}

export function frozenTotals(totals: FrozenCountTotals): CountTotals {
  if (totals.suppressed !== undefined) return totals as CountTotals;
  const { organisations } = totals;
  const proven = typeof organisations === 'number' && organisations >= MIN_GROUP_ORGANISATIONS;
  if (proven || !totals.total) return { ...totals, suppressed: null };
  return {
    organisations: null,
    cells: totals.cells.map(({ kind }) => ({ kind, count: null })),
    total: null,
    rounds: null,
    suppressed: fewMunicipalitiesSuppression(),
  };
}

export function frozenThemeRows(rows: readonly FrozenThemeCountRow[], patterns: readonly FrozenPattern[]): ThemeCountRow[] {
  if (rows.every((row): row is ThemeCountRow => row.suppressed !== undefined && row.organisations !== undefined)) return [...rows];
  const UNKNOWN = '\u0000unknown';
  // Stand-ins for the municipalities: a proven theme has as many of its own as its pattern shows; the
  // unproven ones share one, so that together they count as one municipality and are protected.
  const groups: OrganisationGroup[] = rows.map((row, i) => {
    const key = String(i);
    if (!row.total) return { key, organisations: new Set<string>() };
    const n = provenOrganisations(row, patterns);
    return { key, organisations: new Set(n === null ? [UNKNOWN] : Array.from({ length: n }, (_, k) => `${i}:${k}`)) };
  });
  const hidden = hiddenGroups(groups);
  return rows.map((row, i): ThemeCountRow => {
    const code = hidden.get(String(i));
    if (code === undefined) return { theme: row.theme, organisations: groups[i].organisations.size, cells: row.cells, total: row.total, suppressed: null };
    return {
      theme: row.theme,
      organisations: null,
      cells: row.cells.map(({ kind }) => ({ kind, count: null })),
      total: null,
      suppressed: groups[i].organisations.has(UNKNOWN) ? unprovenThemeSuppression() : suppression(code),
    };
  });
}

/** The municipalities the version's patterns show raised this theme, when at least the minimum and the pattern is the row; else null. */
function provenOrganisations(row: FrozenThemeCountRow, patterns: readonly FrozenPattern[]): number | null {
  const key = patternKey('THEME', groupingKey(row.theme), null);
  const pattern = patterns.find((p) => p.type === 'THEME' && p.key === key);
  return pattern && pattern.organisations >= MIN_GROUP_ORGANISATIONS && pattern.findings === row.total ? pattern.organisations : null;
}
