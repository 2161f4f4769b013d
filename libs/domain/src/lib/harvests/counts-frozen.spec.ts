import { groupingKey } from './collation';
import { unprovenThemeSuppression } from './comparison-frozen';
import { countFindings } from './counts';
import { frozenCounts, type FrozenFindingCounts, type FrozenPattern } from './counts-frozen';
import { finding } from './harvest.fixtures';
import { FINDING_KINDS } from './harvest-finding';
import { patternKey } from './patterns';
import { fewMunicipalitiesSuppression, suppressionMessages } from './small-groups';

/** A theme row as versions published before the theme rule froze it: every figure, no municipalities, no reasons. */
const old = (theme: string, concerns: number) => ({
  theme,
  cells: FINDING_KINDS.map((kind) => ({ kind, count: kind === 'CONCERN' ? concerns : 0 })),
  total: concerns,
});

const version = (...rows: ReturnType<typeof old>[]): FrozenFindingCounts => {
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  return {
    byTheme: rows,
    bySizeClass: [],
    byRound: [],
    totals: { cells: FINDING_KINDS.map((kind) => ({ kind, count: kind === 'CONCERN' ? total : 0 })), total, organisations: 9, rounds: 1 },
  };
};

/** A theme pattern as the version froze it: the municipalities and findings behind the theme. */
const pattern = (theme: string, organisations: number, findings: number): FrozenPattern => ({
  type: 'THEME',
  key: patternKey('THEME', groupingKey(theme), null),
  organisations,
  findings,
});

const read = (counts: FrozenFindingCounts, patterns: FrozenPattern[]) =>
  frozenCounts(counts, patterns).byTheme.map((r) => [r.theme, r.organisations, r.total, r.suppressed?.code ?? null]);

describe('counts as a version froze them', () => {
  it('reads counts frozen with the theme rule as they are', () => {
    const fresh = countFindings([finding({ organisationId: 'org-leiden', theme: 'Armoede' })], { themes: ['Wmo'] });
    expect(frozenCounts(JSON.parse(JSON.stringify(fresh)), [])).toEqual(fresh);
  });

  it('shows an old theme row only where the version’s own patterns prove three or more municipalities behind exactly its findings', () => {
    const counts = version(old('Wmo', 5), old('Jeugd', 3), old('Participatie', 0), old('Financiële beheersbaarheid', 3));
    const patterns = [pattern('wmo ', 4, 5), pattern('Jeugd', 3, 3), pattern('Armoede', 5, 6)];
    // Financiële beheersbaarheid is no pattern: maybe Leiden's alone. Hidden, and Jeugd, the smallest proven theme, with it.
    expect(read(counts, patterns)).toEqual([
      ['Wmo', 4, 5, null],
      ['Jeugd', null, null, 'PROTECTS_SMALL_GROUP'],
      ['Participatie', 0, 0, null],
      ['Financiële beheersbaarheid', null, null, 'SMALL_GROUP'],
    ]);
    const rows = frozenCounts(counts, patterns).byTheme;
    expect(rows[3]).toEqual({
      theme: 'Financiële beheersbaarheid',
      organisations: null,
      cells: FINDING_KINDS.map((kind) => ({ kind, count: null })),
      total: null,
      suppressed: unprovenThemeSuppression(),
    });
    expect(rows[3].suppressed!.text.en).toMatch(/^Not shown: this version was published before each theme was checked/);
    expect(rows[1].suppressed!.text).toEqual(suppressionMessages.PROTECTS_SMALL_GROUP);
    // The totals of nine municipalities stay as they were.
    expect(frozenCounts(counts, patterns).totals).toEqual({ ...counts.totals, suppressed: null });
  });

  it('takes no pattern of other findings as proof, and shows every row when every one is proven', () => {
    // Wmo's pattern has more findings than its row: it is not the same findings, so it proves nothing.
    expect(read(version(old('Wmo', 5), old('Jeugd', 4)), [pattern('Wmo', 3, 6), pattern('Jeugd', 3, 4)])).toEqual([
      ['Wmo', null, null, 'SMALL_GROUP'],
      ['Jeugd', null, null, 'PROTECTS_SMALL_GROUP'],
    ]);
    expect(read(version(old('Wmo', 5), old('Jeugd', 4)), [pattern('Wmo', 3, 5), pattern('Jeugd', 3, 4)])).toEqual([
      ['Wmo', 3, 5, null],
      ['Jeugd', 3, 4, null],
    ]);
  });

  it('hides every row with findings of a version without patterns, and keeps the zeros', () => {
    expect(read(version(old('Wmo', 2), old('Jeugd', 0)), [])).toEqual([
      ['Wmo', null, null, 'SMALL_GROUP'],
      ['Jeugd', 0, 0, null],
    ]);
    expect(frozenCounts(version(old('Wmo', 2)), undefined).byTheme[0].suppressed).toEqual(unprovenThemeSuppression());
  });

  it('hides the totals of a version whose findings came from one or two municipalities, as it froze that number; keeps those of none', () => {
    const two = version(old('Wmo', 2), old('Jeugd', 1));
    two.totals.organisations = 2;
    expect(frozenCounts(two, []).totals).toEqual({
      cells: FINDING_KINDS.map((kind) => ({ kind, count: null })),
      total: null,
      organisations: null,
      rounds: null,
      suppressed: fewMunicipalitiesSuppression(),
    });
    expect(read(two, [])).toEqual([
      ['Wmo', null, null, 'SMALL_GROUP'],
      ['Jeugd', null, null, 'SMALL_GROUP'],
    ]);
    const three = version(old('Wmo', 3));
    three.totals.organisations = 3;
    expect(frozenCounts(three, []).totals).toMatchObject({ total: 3, organisations: 3, rounds: 1, suppressed: null });
    const none = version(old('Wmo', 0));
    none.totals.organisations = 0;
    expect(frozenCounts(none, []).totals).toMatchObject({ total: 0, organisations: 0, suppressed: null });
    // Totals frozen with the rule are read as they are.
    const fresh = countFindings([finding({ organisationId: 'org-leiden' })]);
    expect(fresh.totals.suppressed).toEqual(fewMunicipalitiesSuppression());
    expect(frozenCounts(JSON.parse(JSON.stringify(fresh)), []).totals).toEqual(fresh.totals);
  });
});
