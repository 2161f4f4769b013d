import { FINDING_KINDS } from '@kijkje/domain';
import type { FindingKind } from '@kijkje/web/data-access';

/** The finding kinds in the order the harvest shows them: the three questions, then the advice. */
export const KINDS = FINDING_KINDS;

export interface CountRowLike {
  label: string;
  organisations?: number | null;
  total?: number | null;
  cells: readonly { kind: FindingKind; count?: number | null }[];
  suppressed?: { nl: string; en: string } | null;
}

/** One row of a counts table: a value per kind in KINDS order (null: hidden, too few municipalities). */
export interface CountTableRow {
  label: string;
  organisations: number | null;
  values: (number | null)[];
  total: number | null;
  suppressed: { nl: string; en: string } | null;
}

/** Shapes the API's rows into table rows with the kinds always in the same order and place. */
export function countTable(rows: readonly CountRowLike[]): CountTableRow[] {
  return rows.map((row) => {
    const byKind = new Map(row.cells.map((cell) => [cell.kind, cell.count ?? null]));
    const values = KINDS.map((kind) => (byKind.has(kind) ? (byKind.get(kind) ?? null) : row.suppressed ? null : 0));
    const known = values.filter((value): value is number => value !== null);
    const total = row.total ?? (row.suppressed || known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0));
    return { label: row.label, organisations: row.organisations ?? null, values, total, suppressed: row.suppressed ?? null };
  });
}

/** Kind totals of a table, for the table's last row ("totaal"). */
export function columnTotals(rows: readonly CountTableRow[]): number[] {
  return KINDS.map((_, index) => rows.reduce((sum, row) => sum + (row.values[index] ?? 0), 0));
}

export interface BarSegment {
  kind: FindingKind;
  value: number;
  /** Share of the chart's width, 0–100, rounded to one decimal. */
  percent: number;
}

export interface BarRow {
  label: string;
  total: number;
  /** Width of the whole bar, 0–100, relative to the largest row. */
  percent: number;
  segments: BarSegment[];
  hidden: boolean;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Stacked bars, one per row, scaled to the largest total so the longest bar fills the width.
 * A hidden row (too few municipalities) gets no bar; an all-zero chart gets zero-width bars.
 */
export function stackedBars(rows: readonly CountTableRow[]): BarRow[] {
  const totals = rows.map((row) => (row.suppressed ? 0 : row.values.reduce<number>((sum, value) => sum + (value ?? 0), 0)));
  const max = Math.max(0, ...totals);
  return rows.map((row, index) => {
    const total = totals[index];
    const segments = KINDS.map((kind, k) => {
      const value = row.suppressed ? 0 : (row.values[k] ?? 0);
      return { kind, value, percent: max === 0 ? 0 : round1((value / max) * 100) };
    }).filter((segment) => segment.value > 0);
    return { label: row.label, total, percent: max === 0 ? 0 : round1((total / max) * 100), segments, hidden: Boolean(row.suppressed) };
  });
}

/** Rounds to choose from, as the create form shows them; an empty choice means all rounds. */
export function chosenRounds(all: readonly { id: string }[], chosen: readonly string[]): string[] | null {
  const ids = all.map((round) => round.id).filter((id) => chosen.includes(id));
  return ids.length === 0 || ids.length === all.length ? null : ids;
}
