const NUMBER = /^[-+−]?[\d.,\s]*\d[\d.,\s]*%?$/;

/** Which columns hold only numbers (or nothing), so they can be right-aligned for comparison. */
export function numericColumns(rows: string[][]): boolean[] {
  const columnCount = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: columnCount }, (_, column) => {
    const cells = rows.map((row) => (row[column] ?? '').trim()).filter((cell) => cell.length > 0);
    return cells.length > 0 && cells.every((cell) => NUMBER.test(cell));
  });
}
