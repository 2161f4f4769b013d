import { chosenRounds, columnTotals, countTable, grandTotal, showSum, stackedBars, sumOf } from './harvest-counts';

const row = (label: string, counts: Partial<Record<'STRENGTH' | 'CONCERN' | 'RECOMMENDATION' | 'OWN_RESPONSIBILITY', number | null>>, extra: object = {}) => ({
  label,
  organisations: 4,
  total: null,
  cells: Object.entries(counts).map(([kind, count]) => ({ kind: kind as 'STRENGTH', count })),
  suppressed: null,
  ...extra,
});

describe('countTable', () => {
  it('puts the kinds in one fixed order and fills missing kinds with 0', () => {
    const [shaped] = countTable([row('Wmo', { CONCERN: 3, STRENGTH: 2 })]);
    expect(shaped.values).toEqual([2, 3, 0, 0]);
    expect(shaped.total).toEqual({ value: 5, partial: false });
  });

  it('keeps the total the API sends', () => {
    expect(countTable([row('Wmo', { STRENGTH: 1 }, { total: 7 })])[0].total).toEqual({ value: 7, partial: false });
  });

  it('shows a hidden row without numbers', () => {
    const [shaped] = countTable([row('XS', {}, { organisations: null, suppressed: { nl: 'Te weinig gemeenten.', en: 'Too few.' } })]);
    expect(shaped.values).toEqual([null, null, null, null]);
    expect(shaped.total).toEqual({ value: null, partial: false });
    expect(shaped.suppressed?.nl).toBe('Te weinig gemeenten.');
  });

  it('keeps a cell hidden by the API as null, and a row total without it says so', () => {
    const [shaped] = countTable([row('Jeugd', { STRENGTH: null, CONCERN: 2 })]);
    expect(shaped.values).toEqual([null, 2, 0, 0]);
    expect(shaped.total).toEqual({ value: 2, partial: true });
  });
});

describe('sums over hidden groups', () => {
  const hidden = { nl: 'Te weinig gemeenten.', en: 'Too few.' };
  const show = (sum: { value: number | null; partial: boolean }) => showSum(sum, String, 'verborgen');

  it('adds each kind over the rows; a column with a hidden cell says it leaves something out', () => {
    const rows = countTable([row('Wmo', { STRENGTH: 2, CONCERN: 1 }), row('Jeugd', { STRENGTH: null, RECOMMENDATION: 4 })]);
    expect(columnTotals(rows).map(show)).toEqual(['2 + verborgen', '1', '4', '0']);
  });

  it('reads "verborgen", never 0, for a column over hidden rows only', () => {
    const rows = countTable([row('XS', {}, { suppressed: hidden }), row('S', {}, { suppressed: hidden })]);
    expect(columnTotals(rows).map(show)).toEqual(['verborgen', 'verborgen', 'verborgen', 'verborgen']);
    expect(show(grandTotal(rows))).toBe('verborgen');
    expect(show(rows[0].total)).toBe('verborgen');
  });

  it('marks the grand total when a hidden row is left out of it, even when the visible rows add up to 0', () => {
    expect(show(grandTotal(countTable([row('M', { STRENGTH: 3, CONCERN: 9 }), row('XS', {}, { suppressed: hidden })])))).toBe('12 + verborgen');
    expect(show(grandTotal(countTable([row('M', {}), row('XS', {}, { suppressed: hidden })])))).toBe('0 + verborgen');
  });

  it('reads a plain number when nothing is hidden, and 0 for an empty table', () => {
    expect(show(grandTotal(countTable([row('M', { STRENGTH: 3 }), row('L', { CONCERN: 2 })])))).toBe('5');
    expect(sumOf([])).toEqual({ value: 0, partial: false });
  });
});

describe('stackedBars', () => {
  it('scales to the largest total', () => {
    const bars = stackedBars(countTable([row('Wmo', { STRENGTH: 2, CONCERN: 2 }), row('Jeugd', { CONCERN: 1 })]));
    expect(bars.map((bar) => bar.percent)).toEqual([100, 25]);
    expect(bars[0].segments).toEqual([
      { kind: 'STRENGTH', value: 2, percent: 50 },
      { kind: 'CONCERN', value: 2, percent: 50 },
    ]);
    expect(bars[1].segments).toEqual([{ kind: 'CONCERN', value: 1, percent: 25 }]);
  });

  it('rounds to one decimal', () => {
    const bars = stackedBars(countTable([row('a', { STRENGTH: 3 }), row('b', { STRENGTH: 1 })]));
    expect(bars[1].percent).toBe(33.3);
  });

  it('gives an all-zero chart zero-width bars instead of dividing by zero', () => {
    const bars = stackedBars(countTable([row('a', {}), row('b', {})]));
    expect(bars.map((bar) => [bar.percent, bar.segments.length])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('gives a hidden row no bar and leaves it out of the scale', () => {
    const bars = stackedBars(countTable([row('a', { STRENGTH: 2 }), row('b', {}, { suppressed: { nl: 'x', en: 'x' } })]));
    expect(bars[1]).toMatchObject({ hidden: true, percent: 0, segments: [] });
    expect(bars[0].percent).toBe(100);
  });
});

describe('chosenRounds', () => {
  const all = [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }];
  it('sends nothing (all rounds) when none or all are chosen', () => {
    expect(chosenRounds(all, [])).toBeNull();
    expect(chosenRounds(all, ['r3', 'r1', 'r2'])).toBeNull();
  });
  it('sends some rounds in the programme order, ignoring unknown ids', () => {
    expect(chosenRounds(all, ['r3', 'x', 'r1'])).toEqual(['r1', 'r3']);
  });
});
