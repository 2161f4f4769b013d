import { groupingKey } from './collation';
import type { ComparedTheme } from './comparison';
import { patternKey, type PatternType } from './patterns';
import { hiddenGroups, MIN_GROUP_ORGANISATIONS, suppression, type CountSuppression, type OrganisationGroup } from './small-groups';

/**
 * The comparison's theme table as a published version froze it, read under the small-group rule.
 *
 * Versions published before the themes had that rule (comparison.ts) froze the figures per theme
 * and programme without it, and without how many municipalities raised each theme: they cannot
 * be ruled again. A harvest names nobody, old versions included, so such a cell is shown only
 * where the version proves it: its frozen Patronen door de jaren heen show the theme as a pattern
 * at three or more municipalities of that programme. Any other cell with findings is hidden, and
 * since the programme's totals stay, hiddenGroups hides the smallest proven theme with them. A
 * zero points at nobody and stays. Stored versions are never rewritten: this is how they are read.
 */

/** A theme row as a version froze it; `suppressed` is absent in versions published before the rule. */
export type FrozenComparedTheme = Omit<ComparedTheme, 'suppressed'> & { suppressed?: ComparedTheme['suppressed'] };

export interface FrozenComparison {
  /** In the order of the theme cells; organisations null for a programme hidden as a whole. */
  programmes: readonly { name: string; organisations: number | null }[];
  themes: readonly FrozenComparedTheme[];
  /** The frozen Patronen door de jaren heen, absent in versions published before them: programmes by name. */
  patterns?: {
    programmes: readonly { name: string }[];
    patterns: readonly { type: PatternType; key: string; cells: readonly { organisations: number | null }[] }[];
  };
}

/** Why a cell of such a version is hidden: nothing frozen tells how many municipalities are behind it. */
export const unprovenThemeSuppression = (): CountSuppression => ({
  code: 'SMALL_GROUP',
  text: {
    nl: `Niet getoond: deze versie is gepubliceerd voordat per thema werd nagegaan of er minstens ${MIN_GROUP_ORGANISATIONS} gemeenten achter het getal staan, dus het zou naar één gemeente kunnen wijzen.`,
    en: `Not shown: this version was published before each theme was checked for at least ${MIN_GROUP_ORGANISATIONS} municipalities behind its number, so it might point at one municipality.`,
  },
});

/** The theme rows to show: as frozen when the version has the rule, otherwise only the cells it proves (see above). */
export function frozenComparisonThemes(c: FrozenComparison): ComparedTheme[] {
  if (c.themes.every((t): t is ComparedTheme => Array.isArray(t.suppressed))) return c.themes as ComparedTheme[];
  const columns = c.programmes.map((programme, i) => (programme.organisations === null ? null : ruledColumn(c, i)));
  return c.themes.map((t, row) => {
    const cells = columns.map((column, i) => {
      if (column === null) return { perOrganisation: null, counts: null, suppressed: null };
      const reason = column.get(row);
      return reason
        ? { perOrganisation: null, counts: null, suppressed: reason }
        : { perOrganisation: t.perOrganisation[i], counts: t.counts[i], suppressed: null };
    });
    return {
      theme: t.theme,
      perOrganisation: cells.map((x) => x.perOrganisation),
      counts: cells.map((x) => x.counts),
      suppressed: cells.map((x) => x.suppressed),
    };
  });
}

/** The hidden cells of programme `i`, by theme row, with their reason. */
function ruledColumn(c: FrozenComparison, i: number): Map<number, CountSuppression> {
  const proven = provenOrganisations(c, i);
  const UNKNOWN = '\u0000unknown';
  // Stand-ins for the municipalities: a proven theme has as many of its own as the patterns show; the
  // unproven ones share one, so that together they count as one municipality and are protected.
  const groups: OrganisationGroup[] = c.themes.map((t, row) => {
    const cell = t.counts[i];
    const findings = cell === null ? null : cell.reduce((sum, k) => sum + k.count, 0);
    const key = String(row);
    if (findings === 0) return { key, organisations: new Set<string>() };
    const n = proven(t.theme);
    return { key, organisations: new Set(n === null ? [UNKNOWN] : Array.from({ length: n }, (_, k) => `${row}:${k}`)) };
  });
  const hidden = hiddenGroups(groups);
  return new Map(
    [...hidden].map(([key, code]) => [Number(key), groups[Number(key)].organisations.has(UNKNOWN) ? unprovenThemeSuppression() : suppression(code)]),
  );
}

/** Of programme `i`, per theme: the municipalities the frozen patterns show raised it, when at least the minimum; else null. */
function provenOrganisations(c: FrozenComparison, i: number): (theme: string) => number | null {
  const name = c.programmes[i].name;
  const column = c.patterns?.programmes.findIndex((p) => p.name === name) ?? -1;
  const unique = column >= 0 && c.programmes.filter((p) => p.name === name).length === 1 && c.patterns!.programmes.filter((p) => p.name === name).length === 1;
  return (theme) => {
    if (!unique) return null;
    const key = patternKey('THEME', groupingKey(theme), null);
    const organisations = c.patterns!.patterns.find((p) => p.type === 'THEME' && p.key === key)?.cells[column]?.organisations ?? null;
    return organisations !== null && organisations >= MIN_GROUP_ORGANISATIONS ? organisations : null;
  };
}
