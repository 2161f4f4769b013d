import fc from 'fast-check';
import { SYSTEM_ISSUE_CATEGORIES } from '../visits/system-issue';
import { systemSignalRows, systemSignalsCsv, type SystemSignalFinding } from './system-signals';

const f = (theme: string, category: SystemSignalFinding['category'], organisationId: string, text = 'Signaal'): SystemSignalFinding => ({
  theme,
  category,
  organisationId,
  text,
});

describe('system signals in the harvest', () => {
  it('counts per theme and category and hides a group of fewer than three municipalities', () => {
    const rows = systemSignalRows([
      f('Wmo', 'LAW', 'a', 'B'),
      f('Wmo', 'LAW', 'b', 'A'),
      f('Wmo', 'LAW', 'c'),
      f('Wmo', 'LAW', 'c'),
      f('Jeugd', 'FUNDING', 'a', 'B'),
      f('Jeugd', 'FUNDING', 'b', 'A'),
      f('Jeugd', 'FUNDING', 'c'),
      f('Jeugd', 'FUNDING', 'd'),
      f('Wmo', 'FUNDING', 'a', 'Geheim'),
    ]);
    expect(rows.map((r) => [r.theme, r.category, r.count, r.suppression?.code ?? null])).toEqual([
      // Wmo/law alone would be total minus the rest: the hidden one-municipality group needs company.
      ['Jeugd', 'FUNDING', 4, null],
      ['Wmo', 'LAW', null, 'PROTECTS_SMALL_GROUP'],
      ['Wmo', 'FUNDING', null, 'SMALL_GROUP'],
    ]);
    expect(rows[0].texts).toEqual(['A', 'B', 'Signaal', 'Signaal']);
    expect(rows[1].texts).toEqual([]);
    expect(rows[2].texts).toEqual([]);
  });

  it('writes CSV with a header, formulas defused and quotes escaped', () => {
    const csv = systemSignalsCsv(systemSignalRows([f('Wmo', 'LAW', 'a', '=SOM(1)'), f('Wmo', 'LAW', 'b', 'Zei "nee"; echt'), f('Wmo', 'LAW', 'c')]));
    expect(csv.startsWith('\uFEFFthema;categorie;aantal;toelichting\r\nWmo;Wet- en regelgeving;3;\r\n')).toBe(true);
    expect(csv).toContain(`Wmo;Wet- en regelgeving;'=SOM(1)`);
    expect(csv).toContain('"Zei ""nee""; echt"');
  });

  it('never shows a text or count of a group with fewer than three municipalities', () =>
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            theme: fc.constantFrom('Wmo', 'Jeugd'),
            category: fc.constantFrom(...SYSTEM_ISSUE_CATEGORIES),
            organisationId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
            text: fc.string(),
          }),
        ),
        (findings) => {
          for (const row of systemSignalRows(findings)) {
            const organisations = new Set(findings.filter((x) => x.theme === row.theme && x.category === row.category).map((x) => x.organisationId));
            if (organisations.size < 3) {
              expect(row.count).toBeNull();
              expect(row.texts).toEqual([]);
            }
            if (row.count !== null) expect(row.texts.length).toBe(row.count);
          }
        },
      ),
    ));
});
