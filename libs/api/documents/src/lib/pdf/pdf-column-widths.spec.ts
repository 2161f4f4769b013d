import { columnWidths } from './pdf-column-widths';

const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0);

describe('columnWidths', () => {
  it('always fills the table width exactly', () => {
    for (const [natural, minimum] of [
      [
        [10, 20],
        [5, 5],
      ],
      [
        [400, 300, 20],
        [60, 40, 20],
      ],
      [
        [900, 900, 900],
        [800, 800, 800],
      ],
      [
        [0, 0],
        [0, 0],
      ],
    ]) {
      expect(total(columnWidths(natural, minimum, 480))).toBeCloseTo(480);
    }
  });

  it('scales columns that fit on one line in proportion', () => {
    expect(columnWidths([100, 50], [20, 20], 300)).toEqual([200, 100]);
  });

  it('keeps a short column whole and gives the long text the rest', () => {
    const [text, count] = columnWidths([1200, 30], [60, 30], 480);
    expect(count).toBeGreaterThanOrEqual(30);
    expect(text).toBeCloseTo(480 - count);
  });

  it('falls back to equal columns when even the longest words do not fit', () => {
    expect(columnWidths([900, 900], [700, 700], 400)).toEqual([200, 200]);
  });

  it('has no columns for no columns', () => {
    expect(columnWidths([], [], 480)).toEqual([]);
  });
});
