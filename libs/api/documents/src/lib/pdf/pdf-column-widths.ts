/**
 * Column widths for a table of `total` points: narrow columns (numbers, short labels) get what
 * they need on one line, and the rest of the width goes to the columns with the most text.
 *
 * @param natural width of each column's longest cell on one line
 * @param minimum width each column needs for its longest word
 */
export function columnWidths(natural: number[], minimum: number[], total: number): number[] {
  const count = natural.length;
  if (count === 0) return [];
  const equal = total / count;
  const floor = minimum.map((width) => Math.min(width, equal));
  const wanted = natural.map((width, index) => Math.max(width, floor[index]));
  const wantedTotal = sum(wanted);
  if (wantedTotal === 0) return natural.map(() => equal);
  if (wantedTotal <= total) return wanted.map((width) => (width * total) / wantedTotal);
  const spare = total - sum(floor);
  const growth = wanted.map((width, index) => width - floor[index]);
  const growthTotal = sum(growth);
  if (spare <= 0 || growthTotal === 0) return natural.map(() => equal);
  return floor.map((width, index) => width + (spare * growth[index]) / growthTotal);
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
