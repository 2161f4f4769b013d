import type { SizeClass } from '../programmes/grouping';
import { SIZE_CLASSES } from '../programmes/grouping';
import { compareDutch, groupingKey, mostCommonSpelling, tidy } from './collation';
import { groupBy, uniqueById } from './collections';
import type { FindingKind, HarvestFinding } from './harvest-finding';
import { FINDING_KINDS } from './harvest-finding';
import type { CountSuppression, OrganisationGroup } from './small-groups';
import { fewMunicipalitiesSuppression, hiddenGroups, MIN_GROUP_ORGANISATIONS, suppression } from './small-groups';

/** Tellen: how many findings of each kind, by theme, by size class and by round. */

export interface KindCount {
  kind: FindingKind;
  count: number;
}

/** A row about a group of municipalities: null everywhere when the group is too small to show. */
export interface GroupCountRow {
  organisations: number | null;
  /** One cell per kind, in FINDING_KINDS order. */
  cells: { kind: FindingKind; count: number | null }[];
  total: number | null;
  suppressed: CountSuppression | null;
}

/** A theme's row: the municipalities that raised it are a group like a size class (in a network, who applied with which theme is known). */
export interface ThemeCountRow extends GroupCountRow {
  theme: string;
}

export interface SizeClassCountRow extends GroupCountRow {
  sizeClass: SizeClass;
}

export interface RoundCountRow extends GroupCountRow {
  roundId: string;
}

/**
 * The totals of the harvest: a row like the others, plus the rounds. Hidden as a whole when the
 * counted findings come from one or two municipalities (they would describe those).
 */
export interface CountTotals extends GroupCountRow {
  rounds: number | null;
}

export interface FindingCounts {
  /** The programme's themes in its order (zeros included), then any other theme in Dutch order. */
  byTheme: ThemeCountRow[];
  /** XS … XL, always all five. */
  bySizeClass: SizeClassCountRow[];
  /** The given rounds in their order (zeros included), then any other round by id. */
  byRound: RoundCountRow[];
  totals: CountTotals;
}

export interface CountOptions {
  /** The programme's themes: their order, their spelling, and a row even when nothing was found. */
  themes?: readonly string[];
  /** Round ids: their order, and a row even when nothing was found. */
  rounds?: readonly string[];
}

/**
 * What counting needs of a finding. `count` lets one row stand for several findings of the same
 * municipality, round, theme and kind (a rollup row), so that counts stay fast as the network grows.
 */
export type CountableFinding = Pick<HarvestFinding, 'id' | 'kind' | 'theme' | 'organisationId' | 'roundId' | 'sizeClass'> & { count?: number };

interface Tally {
  byKind: Map<FindingKind, number>;
  organisations: Set<string>;
  total: number;
}

/**
 * The counts of a harvest. A finding listed twice (same id) counts once. Theme, size-class and
 * round rows follow the minimum-group rule of small-groups.ts, each table on its own: a row of one
 * or two municipalities is hidden, and since the totals are shown, hiddenGroups hides the smallest
 * other rows while the hidden ones together have fewer than three municipalities. A municipality
 * may raise several themes (unlike size classes and rounds, its theme rows overlap): what counts
 * is how many distinct municipalities the hidden rows hold together, so the totals minus the shown
 * rows give back only what three or more municipalities found together. The comparison of
 * programmes (comparison.ts) takes its theme cells from these rows, so a harvest's own programme
 * hides the same themes in both. The totals are shown unless the findings come from one or two
 * municipalities (then every row is hidden too, each being at most those). Deterministic: the
 * order of the findings does not matter.
 */
export function countFindings(findings: readonly CountableFinding[], options: CountOptions = {}): FindingCounts {
  const unique = uniqueById(findings);
  const totals = tally(unique);
  const bySizeClass = groupBy(unique, (f) => f.sizeClass);
  const byRound = groupBy(unique, (f) => f.roundId);
  return {
    byTheme: groupRows(themeGroups(unique, options.themes ?? [])).map(({ key, row }) => ({ theme: key, ...row })),
    bySizeClass: groupRows(SIZE_CLASSES.map((sizeClass) => ({ key: sizeClass, tally: tally(bySizeClass.get(sizeClass) ?? []) }))).map(({ key, row }) => ({
      sizeClass: key as SizeClass,
      ...row,
    })),
    byRound: groupRows(
      orderedKeys([...byRound.keys()], options.rounds ?? []).map((roundId) => ({ key: roundId, tally: tally(byRound.get(roundId) ?? []) })),
    ).map(({ key, row }) => ({ roundId: key, ...row })),
    totals: countTotals(totals, byRound.size),
  };
}

/** The totals, or all hidden when 1 … min − 1 municipalities are behind them. Zero municipalities point at nobody. */
function countTotals(t: Tally, rounds: number): CountTotals {
  const organisations = t.organisations.size;
  if (organisations > 0 && organisations < MIN_GROUP_ORGANISATIONS)
    return { organisations: null, cells: hiddenCells(), total: null, rounds: null, suppressed: fewMunicipalitiesSuppression() };
  return { organisations, cells: kindCells(t), total: t.total, rounds, suppressed: null };
}

const hiddenCells = () => FINDING_KINDS.map((kind) => ({ kind, count: null }));

function tally(findings: readonly CountableFinding[]): Tally {
  const byKind = new Map<FindingKind, number>();
  const organisations = new Set<string>();
  let total = 0;
  for (const f of findings) {
    const n = f.count ?? 1;
    if (n <= 0) continue;
    byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + n);
    organisations.add(f.organisationId);
    total += n;
  }
  return { byKind, organisations, total };
}

function kindCells(t: Tally): KindCount[] {
  return FINDING_KINDS.map((kind) => ({ kind, count: t.byKind.get(kind) ?? 0 }));
}

/** The theme groups in the order of the table, keyed by the theme as shown. */
function themeGroups(findings: readonly CountableFinding[], programmeThemes: readonly string[]): { key: string; tally: Tally }[] {
  const programme = new Map<string, string>();
  for (const theme of programmeThemes) if (tidy(theme) !== '' && !programme.has(groupingKey(theme))) programme.set(groupingKey(theme), tidy(theme));
  const byTheme = groupBy(findings, (f) => groupingKey(f.theme));
  const others = [...byTheme]
    .filter(([key]) => !programme.has(key))
    .map(([key, members]) => ({ key, theme: mostCommonSpelling(spellingCounts(members.map((f) => tidy(f.theme)))) }))
    .sort((a, b) => compareDutch(a.theme, b.theme));
  return [...[...programme].map(([key, theme]) => ({ key, theme })), ...others].map(({ key, theme }) => ({ key: theme, tally: tally(byTheme.get(key) ?? []) }));
}

function spellingCounts(spellings: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/** The given keys in their order (once each), then the other keys that occur, sorted. */
function orderedKeys(occurring: readonly string[], given: readonly string[]): string[] {
  const first = [...new Set(given)];
  const known = new Set(first);
  return [...first, ...[...new Set(occurring)].filter((k) => !known.has(k)).sort(compareDutch)];
}

function groupRows(groups: { key: string; tally: Tally }[]): { key: string; row: GroupCountRow }[] {
  const hidden = hiddenGroups(
    groups.map(({ key, tally: t }): OrganisationGroup => ({ key, organisations: t.organisations })),
    MIN_GROUP_ORGANISATIONS,
  );
  return groups.map(({ key, tally: t }) => {
    const code = hidden.get(key);
    const row: GroupCountRow =
      code === undefined
        ? { organisations: t.organisations.size, cells: kindCells(t), total: t.total, suppressed: null }
        : { organisations: null, cells: hiddenCells(), total: null, suppressed: suppression(code) };
    return { key, row };
  });
}
