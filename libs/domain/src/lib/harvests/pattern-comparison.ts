import type { Bilingual } from '../messages';
import { compareDutch } from './collation';
import { uniqueById } from './collections';
import type { HarvestFinding } from './harvest-finding';
import { findPatterns, PATTERN_MIN_ORGANISATIONS, PATTERN_TYPES, patternKeysOf, type HarvestPattern, type PatternType } from './patterns';
import { hiddenGroups, MIN_GROUP_ORGANISATIONS, suppression, type CountSuppression } from './small-groups';

/**
 * Patronen door de jaren heen: the patterns (patterns.ts) of the programmes a harvest compares,
 * side by side. Per pattern and programme: at how many municipalities and in how many findings it
 * occurs, and what changed in the latest programme against the one before it. The input is the
 * same as the comparison's (comparison.ts): per programme its released findings of consenting
 * municipalities. As there, a programme of fewer than three municipalities is left out.
 *
 * Small groups: a cell of one or two municipalities is hidden, and since the row shows its total
 * over the programmes, hiddenGroups also hides the smallest other cells while the hidden ones
 * together have fewer than three municipalities, so a hidden cell cannot be worked out from the total.
 */
export interface ProgrammePatternFindings {
  programmeId: string;
  name: string;
  /** Start of the programme's period (harvestPeriod): the programmes are shown earliest first. */
  from: Date;
  findings: readonly HarvestFinding[];
}

export const PATTERN_CHANGES = ['NEW', 'PERSISTING', 'NO_LONGER'] as const;
/** Of the latest programme against the one before it. */
export type PatternChange = (typeof PATTERN_CHANGES)[number];

export const patternChangeLabels: Readonly<Record<PatternChange, Bilingual>> = {
  NEW: { nl: 'Nieuw in het latere programma', en: 'New in the later programme' },
  PERSISTING: { nl: 'Blijft een patroon', en: 'Persisting' },
  NO_LONGER: { nl: 'Niet langer een patroon', en: 'No longer a pattern' },
};

export interface ComparedPatternCell {
  /** Null when hidden. */
  organisations: number | null;
  findings: number | null;
  suppressed: CountSuppression | null;
}

export interface ComparedPattern {
  type: PatternType;
  key: string;
  theme: string | null;
  tag: string | null;
  label: string;
  /** One per shown programme, in their order. */
  cells: ComparedPatternCell[];
  /** Over the shown programmes: different municipalities, and findings. */
  organisations: number;
  findings: number;
  /** Null with fewer than two shown programmes. */
  change: PatternChange | null;
}

export interface PatternComparisonProgramme {
  programmeId: string;
  name: string;
}

export interface PatternComparison {
  /** The columns: programmes of at least three municipalities, earliest first. */
  programmes: PatternComparisonProgramme[];
  /** Programmes left out; the reason is null for one without findings (a zero points at nobody). */
  leftOut: (PatternComparisonProgramme & { suppressed: CountSuppression | null })[];
  patterns: ComparedPattern[];
}

interface Cell {
  organisations: Set<string>;
  findings: number;
}

/** Every pattern of any shown programme, counted in each of them. Deterministic: the order of the findings does not matter. */
export function comparePatterns(sets: readonly ProgrammePatternFindings[]): PatternComparison {
  const ordered = sets.map((set, order) => ({ set, order })).sort((a, b) => a.set.from.getTime() - b.set.from.getTime() || a.order - b.order);
  const counted = ordered.map(({ set }) => {
    const findings = uniqueById(set.findings);
    return { set, findings, organisations: new Set(findings.map((f) => f.organisationId)).size };
  });
  const shown = counted.filter((c) => c.organisations >= MIN_GROUP_ORGANISATIONS);
  const found = shown.map((c) => findPatterns(c.findings));
  const cells = shown.map((c) => cellsOf(c.findings));

  // Each row once, described as the latest programme in which it is a pattern found it.
  const rows = new Map<string, HarvestPattern>();
  for (let i = found.length - 1; i >= 0; i--) for (const p of found[i]) if (!rows.has(p.key)) rows.set(p.key, p);

  const patterns = [...rows.values()].map((p): ComparedPattern => {
    const own = cells.map((c) => c.get(p.key) ?? { organisations: new Set<string>(), findings: 0 });
    const hidden = hiddenGroups(own.map((c, i) => ({ key: String(i), organisations: c.organisations })));
    const isPattern = own.map((c) => c.organisations.size >= PATTERN_MIN_ORGANISATIONS);
    return {
      type: p.type,
      key: p.key,
      theme: p.theme,
      tag: p.tag,
      label: p.label,
      cells: own.map((c, i) => {
        const code = hidden.get(String(i));
        return code === undefined
          ? { organisations: c.organisations.size, findings: c.findings, suppressed: null }
          : { organisations: null, findings: null, suppressed: suppression(code) };
      }),
      organisations: new Set(own.flatMap((c) => [...c.organisations])).size,
      findings: own.reduce((sum, c) => sum + c.findings, 0),
      change: changeOf(isPattern),
    };
  });

  return {
    programmes: shown.map(({ set }) => ({ programmeId: set.programmeId, name: set.name })),
    leftOut: counted
      .filter((c) => c.organisations < MIN_GROUP_ORGANISATIONS)
      .map(({ set, organisations }) => ({
        programmeId: set.programmeId,
        name: set.name,
        suppressed: organisations > 0 ? suppression('SMALL_GROUP') : null,
      })),
    patterns: patterns.sort(
      (a, b) =>
        b.organisations - a.organisations ||
        b.findings - a.findings ||
        compareDutch(a.label, b.label) ||
        PATTERN_TYPES.indexOf(a.type) - PATTERN_TYPES.indexOf(b.type) ||
        compareDutch(a.key, b.key),
    ),
  };
}

/** Per pattern key: the municipalities and the number of findings that carry it. */
function cellsOf(findings: readonly HarvestFinding[]): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const f of findings)
    for (const key of patternKeysOf(f)) {
      const cell = cells.get(key) ?? { organisations: new Set<string>(), findings: 0 };
      cell.organisations.add(f.organisationId);
      cell.findings++;
      cells.set(key, cell);
    }
  return cells;
}

/**
 * The latest programme against the one before it: a pattern in both persists, one only in the
 * latest is new, and one not in the latest (so in an earlier one) is no longer a pattern.
 */
function changeOf(isPattern: readonly boolean[]): PatternChange | null {
  if (isPattern.length < 2) return null;
  const [previous, latest] = isPattern.slice(-2);
  if (!latest) return 'NO_LONGER';
  return previous ? 'PERSISTING' : 'NEW';
}
