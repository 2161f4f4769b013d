import { compareDutch, groupingKey, tidy } from './collation';
import { countFindings, type CountableFinding, type KindCount } from './counts';
import { FINDING_KINDS } from './harvest-finding';
import { MIN_GROUP_ORGANISATIONS, suppression, type CountSuppression } from './small-groups';

/**
 * Comparing programmes in one harvest (e.g. 2025 and 2026): per programme how many municipalities
 * took part and what they found, per theme and kind, and per municipality so that a larger
 * programme does not look as if it found more. A programme with fewer than three municipalities is
 * not shown (its numbers would point at one of them); the comparison then has nothing to say about
 * it. Counts come from the same released, consenting findings as the harvest's own counts.
 *
 * Small groups, per cell: a theme that one or two municipalities of a programme raised is hidden
 * in that programme's column (its figure times the programme's municipalities gives its count
 * back), and since the programme's totals are shown, hiddenGroups also hides the smallest other
 * themes of the column while the hidden ones together have fewer than three municipalities: the
 * rule of pattern-comparison.ts, over the themes of one programme instead of the programmes of one
 * pattern. A column is exactly the programme's own counts by theme (countFindings, with the same
 * themes), which rule their rows the same way: so the harvest's own programme hides the same themes
 * here as in its counts table, and neither gives back a theme the other hides.
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
  counts: (KindCount[] | null)[];
  /** Why a cell is hidden, one per programme; null where it is shown, or where the whole programme is hidden (its own reason says why). */
  suppressed: (CountSuppression | null)[];
}

export interface ProgrammeComparison {
  programmes: ComparedProgramme[];
  themes: ComparedTheme[];
}

const perOrganisation = (count: number, organisations: number) => Math.round((count / organisations) * 10) / 10;

export function compareProgrammes(sets: readonly ProgrammeFindings[], themes: readonly string[] = []): ProgrammeComparison {
  const counted = sets.map((set) => ({ set, counts: countFindings(set.findings, { themes }) }));
  // A programme's totals are hidden exactly when one or two municipalities are behind them.
  const shown = counted.map(({ counts }) => (counts.totals.organisations ?? 0) >= MIN_GROUP_ORGANISATIONS);
  const programmes = counted.map(({ set, counts }, i): ComparedProgramme =>
    shown[i]
      ? {
          programmeId: set.programmeId,
          name: set.name,
          organisations: counts.totals.organisations,
          totals: counts.totals.cells.map(({ kind, count }) => ({ kind, count: count ?? 0 })),
          total: counts.totals.total,
          suppressed: null,
        }
      : {
          programmeId: set.programmeId,
          name: set.name,
          organisations: null,
          totals: null,
          total: null,
          suppressed: counts.totals.suppressed ? suppression('SMALL_GROUP') : null,
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
  // Per programme its theme rows as its own counts rule them: a theme it does not have is a zero.
  const rows = counted.map(({ counts }) => new Map(counts.byTheme.map((row) => [groupingKey(row.theme), row])));
  return {
    programmes,
    themes: ordered.map(([key, theme]) => {
      const cells = counted.map(({ counts }, i) => {
        if (!shown[i]) return { perOrganisation: null, counts: null, suppressed: null };
        const row = rows[i].get(key);
        if (row?.suppressed) return { perOrganisation: null, counts: null, suppressed: row.suppressed };
        return {
          perOrganisation: perOrganisation(row?.total ?? 0, counts.totals.organisations ?? 0),
          counts: row ? row.cells.map(({ kind, count }) => ({ kind, count: count ?? 0 })) : FINDING_KINDS.map((kind) => ({ kind, count: 0 })),
          suppressed: null,
        };
      });
      return {
        theme,
        perOrganisation: cells.map((c) => c.perOrganisation),
        counts: cells.map((c) => c.counts),
        suppressed: cells.map((c) => c.suppressed),
      };
    }),
  };
}
