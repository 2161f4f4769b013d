import { finding } from './harvest.fixtures';
import type { HarvestFinding } from './harvest-finding';
import type { ComparedPattern, PatternComparison, ProgrammePatternFindings } from './pattern-comparison';
import { comparePatterns, PATTERN_CHANGES, patternChangeLabels } from './pattern-comparison';

/** One finding per municipality `${prefix}1` … `${prefix}n`, with these fields. */
function across(n: number, fields: Partial<HarvestFinding>, prefix = 'org-', from = 1): HarvestFinding[] {
  return Array.from({ length: n }, (_, i) => finding({ organisationId: `${prefix}${from + i}`, ...fields }));
}

const programme = (name: string, year: number, findings: HarvestFinding[]): ProgrammePatternFindings => ({
  programmeId: `p-${year}`,
  name,
  from: new Date(`${year}-01-15T00:00:00Z`),
  findings,
});

const row = (c: PatternComparison, label: string): ComparedPattern => {
  const found = c.patterns.find((p) => p.label === label);
  if (!found) throw new Error(`no pattern ${label} in ${c.patterns.map((p) => p.label).join(', ')}`);
  return found;
};
const cells = (p: ComparedPattern) => p.cells.map((c) => [c.organisations, c.findings, c.suppressed?.code ?? null]);

// 2025: Wmo and "wachtlijsten" at four municipalities ("Wmo · wachtlijsten" says the same as the tag, so is no row);
// 2026: Wmo at three, "regie" at four, "wachtlijsten" at none.
const p2025 = programme('Sturen met Kwaliteit 2025', 2025, [
  ...across(4, { theme: 'Wmo', tags: ['wachtlijsten'] }, 'a'),
  finding({ organisationId: 'a1', theme: 'Wmo' }),
  finding({ organisationId: 'a5', theme: 'Jeugd' }),
]);
const p2026 = programme('Sturen met Kwaliteit 2026', 2026, [
  ...across(3, { theme: 'Wmo', tags: ['regie'] }, 'b'),
  finding({ organisationId: 'b4', theme: 'Jeugd', tags: ['Regie '] }),
]);

describe('comparePatterns', () => {
  it('sets the patterns of the programmes side by side, earliest first, and tells what changed', () => {
    // Given in the harvest's order (its own programme first): shown by period.
    const c = comparePatterns([p2026, p2025]);
    expect(c.programmes.map((p) => p.name)).toEqual(['Sturen met Kwaliteit 2025', 'Sturen met Kwaliteit 2026']);
    expect(c.leftOut).toEqual([]);
    expect(c.patterns.map((p) => [p.type, p.label, p.organisations, p.findings, p.change])).toEqual([
      ['THEME', 'Wmo', 7, 8, 'PERSISTING'],
      ['TAG', 'regie', 4, 4, 'NEW'],
      ['TAG', 'wachtlijsten', 4, 4, 'NO_LONGER'],
      ['THEME_TAG', 'Wmo · regie', 3, 3, 'NEW'],
    ]);
    expect(cells(row(c, 'Wmo'))).toEqual([
      [4, 5, null],
      [3, 3, null],
    ]);
    // Not a pattern in 2025 and no finding at all there: a zero points at nobody.
    expect(cells(row(c, 'regie'))).toEqual([
      [0, 0, null],
      [4, 4, null],
    ]);
  });

  it('counts a theme × tag as a pattern where it has the tag’s very findings, though findPatterns lists only the tag there', () => {
    const earlier = programme('2025', 2025, [...across(3, { theme: 'Wmo', tags: ['regie'] }), ...across(3, { theme: 'Jeugd', tags: ['regie'] }, 'org-', 4)]);
    const later = programme('2026', 2026, across(3, { theme: 'Wmo', tags: ['regie'] }, 'x'));
    const c = comparePatterns([earlier, later]);
    expect(row(c, 'Wmo · regie').change).toBe('PERSISTING');
    expect(cells(row(c, 'Wmo · regie'))).toEqual([
      [3, 3, null],
      [3, 3, null],
    ]);
  });

  it('hides a cell of fewer than three municipalities, and the smallest other one so that the total does not give it back', () => {
    const earlier = programme('2025', 2025, [...across(2, { tags: ['regie'] }, 'a'), ...across(3, { theme: 'Jeugd' }, 'a', 3)]);
    const later = programme('2026', 2026, [
      ...across(3, { tags: ['regie'] }, 'b'),
      ...across(5, { tags: ['regie'] }, 'b', 4).map((f) => ({ ...f, theme: 'Jeugd' })),
    ]);
    const third = programme('2027', 2027, across(4, { tags: ['regie'] }, 'c'));
    const c = comparePatterns([earlier, later, third]);
    // 2025 has two municipalities with "regie": hidden; 2027 (four) is the smallest other cell and hidden too.
    expect(cells(row(c, 'regie'))).toEqual([
      [null, null, 'SMALL_GROUP'],
      [8, 8, null],
      [null, null, 'PROTECTS_SMALL_GROUP'],
    ]);
    expect(row(c, 'regie')).toMatchObject({ organisations: 14, findings: 14, change: 'PERSISTING' });
    expect(row(c, 'regie').cells[0].suppressed?.text).toEqual({
      nl: 'Niet getoond: deze groep heeft minder dan 3 gemeenten, dus het getal zou naar één gemeente wijzen.',
      en: 'Not shown: this group has fewer than 3 municipalities, so the number would point at one municipality.',
    });
  });

  it('needs no protection when the hidden cells together have three municipalities', () => {
    const c = comparePatterns([
      programme('2024', 2024, [...across(2, { tags: ['regie'] }, 'a'), ...across(3, { theme: 'Jeugd' }, 'a', 3)]),
      programme('2025', 2025, [...across(1, { tags: ['regie'] }, 'b'), ...across(3, { theme: 'Jeugd' }, 'b', 2)]),
      programme('2026', 2026, across(4, { tags: ['regie'] }, 'c')),
    ]);
    expect(cells(row(c, 'regie'))).toEqual([
      [null, null, 'SMALL_GROUP'],
      [null, null, 'SMALL_GROUP'],
      [4, 4, null],
    ]);
    expect(row(c, 'regie').change).toBe('NEW');
  });

  it('counts a municipality in two programmes once in the total, and protects with it counted once', () => {
    const earlier = programme('2025', 2025, [...across(2, { tags: ['regie'] }), ...across(3, { theme: 'Jeugd' }, 'org-', 5)]);
    const later = programme('2026', 2026, across(3, { tags: ['regie'] }));
    const c = comparePatterns([earlier, later]);
    // org-1 and org-2 are in both: together the hidden cell has two municipalities, so the other one goes too.
    expect(cells(row(c, 'regie'))).toEqual([
      [null, null, 'SMALL_GROUP'],
      [null, null, 'PROTECTS_SMALL_GROUP'],
    ]);
    expect(row(c, 'regie')).toMatchObject({ organisations: 3, findings: 5 });
  });

  it('leaves out a programme of fewer than three municipalities, saying why, and one without findings silently', () => {
    const small = programme('Klein', 2024, across(2, { tags: ['regie'] }, 's'));
    const empty = programme('Leeg', 2023, []);
    const c = comparePatterns([p2025, small, empty, p2026]);
    expect(c.programmes.map((p) => p.name)).toEqual(['Sturen met Kwaliteit 2025', 'Sturen met Kwaliteit 2026']);
    expect(c.leftOut.map((p) => [p.name, p.suppressed?.code ?? null])).toEqual([
      ['Leeg', null],
      ['Klein', 'SMALL_GROUP'],
    ]);
    expect(c.patterns.every((p) => p.cells.length === 2)).toBe(true);
    // The small programme's municipalities count nowhere, not in the totals either.
    expect(row(c, 'regie').organisations).toBe(4);
  });

  it('tells no change with one programme to show, and nothing without any', () => {
    const c = comparePatterns([p2025, programme('Klein', 2026, across(2, { theme: 'Wmo' }))]);
    expect(c.patterns.map((p) => [p.label, p.change])).toEqual([
      ['Wmo', null],
      ['wachtlijsten', null],
    ]);
    expect(comparePatterns([])).toEqual({ programmes: [], leftOut: [], patterns: [] });
  });

  it('keeps the given order for programmes of the same period, and counts a finding listed twice once', () => {
    const same = new Date('2025-01-01T00:00:00Z');
    const one = { ...programme('Een', 2025, across(3, { theme: 'Wmo' })), programmeId: 'one', from: same };
    const two = { ...programme('Twee', 2025, across(3, { theme: 'Wmo' }, 'x')), programmeId: 'two', from: same };
    expect(comparePatterns([two, one]).programmes.map((p) => p.name)).toEqual(['Twee', 'Een']);
    const doubled = { ...one, findings: [...one.findings, ...one.findings] };
    expect(row(comparePatterns([doubled]), 'Wmo').findings).toBe(3);
  });

  it('never names a municipality', () => {
    expect(JSON.stringify(comparePatterns([p2025, p2026]))).not.toMatch(/"(a|b)\d"/u);
  });

  it('words every change in Dutch and English', () => {
    for (const change of PATTERN_CHANGES) {
      expect(patternChangeLabels[change].nl).toBeTruthy();
      expect(patternChangeLabels[change].en).toBeTruthy();
    }
    expect(patternChangeLabels.NO_LONGER).toEqual({ nl: 'Niet langer een patroon', en: 'No longer a pattern' });
  });
});
