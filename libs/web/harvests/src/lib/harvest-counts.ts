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

/**
 * A sum over figures of which some may be hidden (too few municipalities). One rule everywhere:
 * `value` null when every figure in it is hidden ("verborgen"), `partial` when it adds up the
 * visible ones while others are hidden ("12 + verborgen"). A hidden group never reads as 0.
 */
export interface Sum {
  value: number | null;
  partial: boolean;
}

export function sumOf(values: readonly (number | null)[]): Sum {
  const known = values.filter((value): value is number => value !== null);
  if (values.length > 0 && known.length === 0) return { value: null, partial: false };
  return { value: known.reduce((sum, value) => sum + value, 0), partial: known.length < values.length };
}

/** A sum in words: "verborgen", "12 + verborgen" or "12" (`hidden` is the translated word). */
export function showSum(sum: Sum, format: (value: number) => string, hidden: string): string {
  if (sum.value === null) return hidden;
  return sum.partial ? `${format(sum.value)} + ${hidden}` : format(sum.value);
}

/** One row of a counts table: a value per kind in KINDS order (null: hidden, too few municipalities). */
export interface CountTableRow {
  label: string;
  organisations: number | null;
  values: (number | null)[];
  total: Sum;
  suppressed: { nl: string; en: string } | null;
}

/** Shapes the API's rows into table rows with the kinds always in the same order and place. */
export function countTable(rows: readonly CountRowLike[]): CountTableRow[] {
  return rows.map((row) => {
    const byKind = new Map(row.cells.map((cell) => [cell.kind, cell.count ?? null]));
    const values = KINDS.map((kind) => (byKind.has(kind) ? (byKind.get(kind) ?? null) : row.suppressed ? null : 0));
    const total: Sum =
      row.total !== null && row.total !== undefined ? { value: row.total, partial: false } : row.suppressed ? { value: null, partial: false } : sumOf(values);
    return { label: row.label, organisations: row.organisations ?? null, values, total, suppressed: row.suppressed ?? null };
  });
}

/** Kind totals of a table, for the table's last row ("totaal"), by the rule of `sumOf`. */
export function columnTotals(rows: readonly CountTableRow[]): Sum[] {
  return KINDS.map((_, index) => sumOf(rows.map((row) => row.values[index] ?? null)));
}

/** The table's grand total: every kind of every row, by the same rule. */
export function grandTotal(rows: readonly CountTableRow[]): Sum {
  return sumOf(rows.flatMap((row) => row.values));
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
