import { compareDutch, groupingKey, tidy } from './collation';
import { countFindings, type CountableFinding, type KindCount } from './counts';
import { FINDING_KINDS, type FindingKind } from './harvest-finding';
import { MIN_GROUP_ORGANISATIONS, suppression, type CountSuppression } from './small-groups';

/**
 * Comparing programmes in one harvest (e.g. 2025 and 2026): per programme how many municipalities
 * took part and what they found, per theme and kind, and per municipality so that a larger
 * programme does not look as if it found more. A programme with fewer than three municipalities is
 * not shown (its numbers would point at one of them); the comparison then has nothing to say about
 * it. Counts come from the same released, consenting findings as the harvest's own counts.
 */
export interface ProgrammeFindings {
  programmeId: string;
  name: string;
  findings: readonly CountableFinding[];
}

export interface ComparedProgramme {
  programmeId: string;
  name: string;
  /** null when the programme is too small to show. */
  organisations: number | null;
  totals: KindCount[] | null;
  total: number | null;
  suppressed: CountSuppression | null;
}

export interface ComparedTheme {
  theme: string;
  /** One cell per programme, in the given order: findings of the theme per municipality (one decimal), null where hidden. */
  perOrganisation: (number | null)[];
  counts: ({ kind: FindingKind; count: number }[] | null)[];
}

export interface ProgrammeComparison {
  programmes: ComparedProgramme[];
  themes: ComparedTheme[];
}

const perOrganisation = (count: number, organisations: number) => Math.round((count / organisations) * 10) / 10;

export function compareProgrammes(sets: readonly ProgrammeFindings[], themes: readonly string[] = []): ProgrammeComparison {
  const counted = sets.map((set) => ({ set, counts: countFindings(set.findings, { themes }) }));
  const shown = counted.map(({ counts }) => counts.totals.organisations >= MIN_GROUP_ORGANISATIONS);
  const programmes = counted.map(({ set, counts }, i): ComparedProgramme =>
    shown[i]
      ? {
          programmeId: set.programmeId,
          name: set.name,
          organisations: counts.totals.organisations,
          totals: counts.totals.cells,
          total: counts.totals.total,
          suppressed: null,
        }
      : {
          programmeId: set.programmeId,
          name: set.name,
          organisations: null,
          totals: null,
          total: null,
          suppressed: counts.totals.organisations > 0 ? suppression('SMALL_GROUP') : null,
        },
  );
  // Every theme any shown programme has, in the given order first, then in Dutch order.
  const names = new Map<string, string>();
  for (const theme of themes) if (tidy(theme)) names.set(groupingKey(theme), tidy(theme));
  const others = new Map<string, string>();
  counted.forEach(({ counts }, i) => {
    if (!shown[i]) return;
    for (const row of counts.byTheme) if (!names.has(groupingKey(row.theme))) others.set(groupingKey(row.theme), row.theme);
  });
  const ordered = [...names, ...[...others].sort((a, b) => compareDutch(a[1], b[1]))];
  return {
    programmes,
    themes: ordered.map(([key, theme]) => {
      const rows = counted.map(({ counts }, i) => (shown[i] ? (counts.byTheme.find((r) => groupingKey(r.theme) === key) ?? null) : undefined));
      return {
        theme,
        perOrganisation: rows.map((row, i) => (row === undefined ? null : perOrganisation(row?.total ?? 0, counted[i].counts.totals.organisations))),
        counts: rows.map((row) => (row === undefined ? null : (row?.cells ?? FINDING_KINDS.map((kind) => ({ kind, count: 0 }))))),
      };
    }),
  };
}
