import fc from 'fast-check';
import { VISIT_RELATIONS } from '../visits/finding-policy';
import { SIZE_CLASSES } from '../programmes/size-classes';
import {
  aggregateIndicatorsBySizeClass,
  checkIndicatorInput,
  indicatorRights,
  median,
  normalisePeriod,
  pairIndicators,
  parseIndicatorNumber,
  periodStart,
  type IndicatorValue,
} from './indicators';
import { checkIndicatorCsvRow, detectCsvDelimiter, mapIndicatorColumns, organisationKey } from './indicator-csv';

describe('indicator periods', () => {
  it.each([
    ['2024', '2024'],
    ['2024JJ00', '2024'],
    ['2024jj00', '2024'],
    ['2024*', '2024'],
    ['2024-Q2', '2024-Q2'],
    ['2024Q3', '2024-Q3'],
    ['2024KW04', '2024-Q4'],
    ['2024MM03', '2024-03'],
    ['2024-12', '2024-12'],
    ['2024MM13', null],
    ['2024KW05', null],
    ['24', null],
    ['1800', null],
    ['', null],
  ])('%s → %s', (raw, expected) => expect(normalisePeriod(raw)).toBe(expected));

  it('starts on the first day of the period', () => {
    expect(periodStart('2024')).toBe('2024-01-01');
    expect(periodStart('2024-Q3')).toBe('2024-07-01');
    expect(periodStart('2024-11')).toBe('2024-11-01');
  });
});

describe('indicator numbers', () => {
  it.each([
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['-3', -3],
    ['1234.5', 1234.5],
    [' 1 234 ', 1234],
    ['0,05', 0.05],
    ['12,', 12],
    ['1,2,3', null],
    ['12.34,5', null],
    ['abc', null],
    ['', null],
  ])('%s → %s', (raw, expected) => expect(parseIndicatorNumber(raw)).toBe(expected));

  it('reads back any number written with a decimal comma', () =>
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const written = `${int < 0 ? '-' : ''}${Math.abs(int)},${String(cents).padStart(2, '0')}`;
        const n = parseIndicatorNumber(written)!;
        expect(Math.abs(n - (Math.abs(int) + cents / 100) * (int < 0 ? -1 : 1))).toBeLessThan(1e-6);
      }),
    ));
});

describe('checking a figure', () => {
  const good = { code: 'A1', label: 'Bijstand', period: '2024KW01', value: '3,5', unit: '%', source: 'CBS StatLine' };
  it('normalises a good one', () => expect(checkIndicatorInput(good).value).toEqual({ ...good, period: '2024-Q1', value: 3.5 }));
  it.each([
    [{ code: ' ' }, 'code', 'CODE_REQUIRED'],
    [{ code: 'a b' }, 'code', 'CODE_INVALID'],
    [{ label: '' }, 'label', 'LABEL_REQUIRED'],
    [{ label: 'x'.repeat(201) }, 'label', 'LABEL_TOO_LONG'],
    [{ period: '2024-13' }, 'period', 'PERIOD_INVALID'],
    [{ value: 'veel' }, 'value', 'VALUE_INVALID'],
    [{ value: 1e13 }, 'value', 'VALUE_OUT_OF_RANGE'],
    [{ unit: 'x'.repeat(41) }, 'unit', 'UNIT_TOO_LONG'],
    [{ source: '' }, 'source', 'SOURCE_REQUIRED'],
  ])('%j → %s %s', (change, field, code) => expect(checkIndicatorInput({ ...good, ...change }).violations).toEqual([{ field, code }]));
});

describe('who enters and reads figures', () => {
  it('host and coordinator write; plan readers read', () => {
    expect(indicatorRights(['host'], false)).toEqual({ read: true, write: true });
    expect(indicatorRights(['coordinator'], false)).toEqual({ read: true, write: true });
    expect(indicatorRights(['lead'], true)).toEqual({ read: true, write: false });
    expect(indicatorRights(['networkMember'], false)).toEqual({ read: false, write: false });
  });
  it('whoever writes reads', () =>
    fc.assert(
      fc.property(fc.subarray([...VISIT_RELATIONS]), fc.boolean(), (rel, reads) => {
        const r = indicatorRights(rel, reads);
        expect(!r.write || r.read).toBe(true);
      }),
    ));
});

describe('then vs now', () => {
  const v = (code: string, period: string, value: number): IndicatorValue => ({ code, label: code, period, value, unit: '', source: 'handmatig' });
  it('takes the value at or before the visit, and the newest', () => {
    const pairs = pairIndicators([v('A', '2023', 10), v('A', '2025', 14), v('A', '2024', 12), v('A', '2021', 1), v('B', '2027', 3)], '2024-05-01');
    expect(pairs).toEqual([
      { code: 'A', label: 'A', unit: '', then: { period: '2024', value: 12 }, now: { period: '2025', value: 14 }, change: 2 },
      { code: 'B', label: 'B', unit: '', then: null, now: { period: '2027', value: 3 }, change: null },
    ]);
  });
  it('has no now when nothing is newer than then', () =>
    expect(pairIndicators([v('A', '2023-Q1', 5)], '2024-01-01')[0]).toMatchObject({ then: { value: 5 }, now: null }));
  it('then is never after the visit and now never before then', () =>
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 1 }), fc.integer({ min: 2000, max: 2030 }), (years, visitYear) => {
        const [p] = pairIndicators(
          years.map((y) => v('A', String(y), y)),
          `${visitYear}-06-01`,
        );
        if (p.then) expect(p.then.value).toBeLessThanOrEqual(visitYear);
        if (p.now) expect(p.now.value).toBe(Math.max(...years));
        if (p.then && p.now) expect(p.now.value).toBeGreaterThan(p.then.value);
      }),
    ));
});

describe('figures per size class', () => {
  it('suppresses small groups and the one that would give them away', () => {
    const rows = [
      ...['a', 'b', 'c', 'd'].map((o, i) => ({ organisationId: o, sizeClass: 'S' as const, code: 'A', value: i + 1 })),
      ...['e', 'f', 'g'].map((o, i) => ({ organisationId: o, sizeClass: 'M' as const, code: 'A', value: 10 * (i + 1) })),
      { organisationId: 'h', sizeClass: 'XL' as const, code: 'A', value: 99 },
    ];
    const out = aggregateIndicatorsBySizeClass(rows);
    expect(out.find((r) => r.sizeClass === 'XL')).toMatchObject({ count: null, median: null, suppressed: { code: 'SMALL_GROUP' } });
    expect(out.find((r) => r.sizeClass === 'M')).toMatchObject({ suppressed: { code: 'PROTECTS_SMALL_GROUP' }, mean: null });
    expect(out.find((r) => r.sizeClass === 'S')).toMatchObject({ count: 4, median: 2.5, mean: 2.5, suppressed: null });
  });
  it('never shows a number for fewer than three organisations', () =>
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            organisationId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
            sizeClass: fc.constantFrom(...SIZE_CLASSES),
            code: fc.constantFrom('A', 'B'),
            value: fc.integer(),
          }),
        ),
        (rows) => {
          for (const agg of aggregateIndicatorsBySizeClass(rows)) if (agg.median !== null) expect(agg.count!).toBeGreaterThanOrEqual(3);
        },
      ),
    ));
  it('median', () => expect([median([3, 1, 2]), median([4, 1, 2, 3])]).toEqual([2, 2.5]));
});

describe('reading a CSV export', () => {
  it('finds the separator', () => {
    expect(detectCsvDelimiter('\uFEFFID;Perioden;Waarde\n1;2;3,5')).toBe(';');
    expect(detectCsvDelimiter('code,period,value\nA,2024,"3,5"')).toBe(',');
  });
  it('maps StatLine and waarstaatjegemeente headers case-insensitively', () => {
    expect(mapIndicatorColumns(['\uFEFFIndicator', 'Gemeentecode', 'Perioden', 'Waarde', 'Eenheid', 'Bron']).mapping).toEqual({
      code: 0,
      organisation: 1,
      period: 2,
      value: 3,
      unit: 4,
      source: 5,
    });
    expect(mapIndicatorColumns(['Code', 'Naam', 'Gemeente', 'Period', 'VALUE']).mapping).toMatchObject({
      code: 0,
      label: 1,
      organisation: 2,
      period: 3,
      value: 4,
    });
    expect(mapIndicatorColumns(['gemeente', 'jaar']).missing).toEqual(['code', 'value']);
  });
  it('checks a row and skips one without a figure', () => {
    const { mapping } = mapIndicatorColumns(['code', 'gemeentecode', 'perioden', 'waarde']);
    expect(checkIndicatorCsvRow(['A1', 'GM0344  ', '2024JJ00', '12,5'], mapping, 2)).toMatchObject({
      kind: 'value',
      organisation: 'GM0344',
      value: { code: 'A1', label: 'A1', period: '2024', value: 12.5, source: 'CSV-import' },
    });
    expect(checkIndicatorCsvRow(['A1', 'GM0344', '2024', '.'], mapping, 3)).toEqual({ kind: 'empty', line: 3 });
    const bad = checkIndicatorCsvRow(['A1', 'GM0344', '20x4', 'veel'], mapping, 4);
    expect(bad.kind === 'error' && bad.errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'period'],
      [4, 'value'],
    ]);
  });
  it('matches municipalities by code or name', () => expect([organisationKey(' gm0344 '), organisationKey('Utrecht')]).toEqual(['GM0344', 'utrecht']));
});
