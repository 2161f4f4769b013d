import { countFindings } from './counts';
import { finding } from './harvest.fixtures';
import type { HarvestFinding } from './harvest-finding';
import { fewMunicipalitiesSuppression, suppressionMessages } from './small-groups';

const cells = (strength: number, concern: number, recommendation: number, own: number) => [
  { kind: 'STRENGTH', count: strength },
  { kind: 'CONCERN', count: concern },
  { kind: 'RECOMMENDATION', count: recommendation },
  { kind: 'OWN_RESPONSIBILITY', count: own },
];
const hidden = [
  { kind: 'STRENGTH', count: null },
  { kind: 'CONCERN', count: null },
  { kind: 'RECOMMENDATION', count: null },
  { kind: 'OWN_RESPONSIBILITY', count: null },
];

/** n findings, one per municipality org-<prefix>-1 … n, in the given size class and round. */
function spread(n: number, overrides: Partial<HarvestFinding> & { prefix: string }): HarvestFinding[] {
  const { prefix, ...rest } = overrides;
  return Array.from({ length: n }, (_, i) => finding({ organisationId: `org-${prefix}-${i + 1}`, ...rest }));
}

describe('countFindings', () => {
  it('fills the programme themes and all size classes with zeros when nothing was found', () => {
    const counts = countFindings([], { themes: ['Wmo', 'Jeugd'], rounds: ['round-1'] });
    expect(counts.byTheme).toEqual([
      { theme: 'Wmo', organisations: 0, cells: cells(0, 0, 0, 0), total: 0, suppressed: null },
      { theme: 'Jeugd', organisations: 0, cells: cells(0, 0, 0, 0), total: 0, suppressed: null },
    ]);
    expect(counts.bySizeClass.map((r) => [r.sizeClass, r.organisations, r.total, r.suppressed])).toEqual([
      ['XS', 0, 0, null],
      ['S', 0, 0, null],
      ['M', 0, 0, null],
      ['L', 0, 0, null],
      ['XL', 0, 0, null],
    ]);
    expect(counts.byRound).toEqual([{ roundId: 'round-1', organisations: 0, cells: cells(0, 0, 0, 0), total: 0, suppressed: null }]);
    expect(counts.totals).toEqual({ cells: cells(0, 0, 0, 0), total: 0, organisations: 0, rounds: 0, suppressed: null });
  });

  it('counts theme × kind, programme themes first in their order, then the others in Dutch order', () => {
    const findings = [
      ...spread(3, { prefix: 'j', theme: 'Jeugd', kind: 'STRENGTH' }),
      ...spread(3, { prefix: 'z', theme: 'Zorg', kind: 'CONCERN' }),
      ...spread(4, { prefix: 'e', theme: 'Ëenzaamheid', kind: 'CONCERN' }),
      ...spread(3, { prefix: 'a', theme: 'Armoede', kind: 'RECOMMENDATION' }),
      ...spread(3, { prefix: 'w', theme: ' wmo ', kind: 'OWN_RESPONSIBILITY' }),
      finding({ organisationId: 'org-w-1', theme: 'Wmo', kind: 'OWN_RESPONSIBILITY' }),
    ];
    expect(countFindings(findings, { themes: ['Wmo', 'Jeugd', 'Participatie'] }).byTheme).toEqual([
      { theme: 'Wmo', organisations: 3, cells: cells(0, 0, 0, 4), total: 4, suppressed: null },
      { theme: 'Jeugd', organisations: 3, cells: cells(3, 0, 0, 0), total: 3, suppressed: null },
      { theme: 'Participatie', organisations: 0, cells: cells(0, 0, 0, 0), total: 0, suppressed: null },
      { theme: 'Armoede', organisations: 3, cells: cells(0, 0, 3, 0), total: 3, suppressed: null },
      { theme: 'Ëenzaamheid', organisations: 4, cells: cells(0, 4, 0, 0), total: 4, suppressed: null },
      { theme: 'Zorg', organisations: 3, cells: cells(0, 3, 0, 0), total: 3, suppressed: null },
    ]);
  });

  it('hides a theme one municipality raised, however many findings, and the smallest other theme so that the totals do not give it back', () => {
    const findings = [
      // Financiële beheersbaarheid: three concerns, all about Leiden.
      ...Array.from({ length: 3 }, () => finding({ organisationId: 'org-leiden', theme: 'Financiële beheersbaarheid', kind: 'CONCERN' })),
      ...spread(4, { prefix: 'w', theme: 'Wmo', kind: 'STRENGTH' }),
      ...spread(3, { prefix: 'j', theme: 'Jeugd', kind: 'RECOMMENDATION' }),
      finding({ organisationId: 'org-leiden', theme: 'Wmo', kind: 'STRENGTH' }),
    ];
    const counts = countFindings(findings, { themes: ['Wmo', 'Jeugd', 'Financiële beheersbaarheid'] });
    expect(counts.byTheme).toEqual([
      { theme: 'Wmo', organisations: 5, cells: cells(5, 0, 0, 0), total: 5, suppressed: null },
      {
        theme: 'Jeugd',
        organisations: null,
        cells: hidden,
        total: null,
        suppressed: { code: 'PROTECTS_SMALL_GROUP', text: suppressionMessages.PROTECTS_SMALL_GROUP },
      },
      {
        theme: 'Financiële beheersbaarheid',
        organisations: null,
        cells: hidden,
        total: null,
        suppressed: { code: 'SMALL_GROUP', text: suppressionMessages.SMALL_GROUP },
      },
    ]);
    // The totals minus Wmo give Jeugd and Financiële beheersbaarheid together (four municipalities), not Leiden's three concerns.
    expect(counts.totals).toEqual({ cells: cells(5, 3, 3, 0), total: 11, organisations: 8, rounds: 1, suppressed: null });
  });

  it('counts the municipalities of hidden themes once: two small themes of the same two municipalities need a third theme hidden with them', () => {
    const findings = [
      finding({ organisationId: 'org-leiden', theme: 'Armoede' }),
      finding({ organisationId: 'org-delft', theme: 'Armoede' }),
      finding({ organisationId: 'org-leiden', theme: 'Jeugd' }),
      ...spread(3, { prefix: 'w', theme: 'Wmo' }),
      ...spread(4, { prefix: 'p', theme: 'Participatie' }),
    ];
    // Armoede (2) and Jeugd (1) are three rows of municipalities but two municipalities: Wmo, the smallest shown theme, goes too.
    expect(countFindings(findings).byTheme.map((r) => [r.theme, r.organisations, r.total, r.suppressed?.code ?? null])).toEqual([
      ['Armoede', null, null, 'SMALL_GROUP'],
      ['Jeugd', null, null, 'SMALL_GROUP'],
      ['Participatie', 4, 4, null],
      ['Wmo', null, null, 'PROTECTS_SMALL_GROUP'],
    ]);
  });

  it('shows a theme of exactly three municipalities and hides one of two; hides every theme when the harvest has too few municipalities', () => {
    expect(countFindings(spread(3, { prefix: 'x', theme: 'Wmo' })).byTheme.map((r) => [r.organisations, r.suppressed])).toEqual([[3, null]]);
    const two = countFindings([...spread(2, { prefix: 'x', theme: 'Wmo' }), ...spread(2, { prefix: 'x', theme: 'Jeugd' })], {
      themes: ['Wmo', 'Participatie'],
    });
    expect(two.byTheme.map((r) => [r.theme, r.organisations, r.total, r.suppressed?.code ?? null])).toEqual([
      ['Wmo', null, null, 'SMALL_GROUP'],
      ['Participatie', 0, 0, null],
      ['Jeugd', null, null, 'SMALL_GROUP'],
    ]);
  });

  it('counts size class × kind for groups of at least three municipalities', () => {
    const findings = [...spread(3, { prefix: 's', sizeClass: 'S', kind: 'CONCERN' }), ...spread(4, { prefix: 'l', sizeClass: 'L', kind: 'STRENGTH' })];
    const rows = countFindings(findings).bySizeClass;
    expect(rows.find((r) => r.sizeClass === 'S')).toEqual({ sizeClass: 'S', organisations: 3, cells: cells(0, 3, 0, 0), total: 3, suppressed: null });
    expect(rows.find((r) => r.sizeClass === 'L')).toEqual({ sizeClass: 'L', organisations: 4, cells: cells(4, 0, 0, 0), total: 4, suppressed: null });
  });

  it('suppresses a size class of fewer than three municipalities, however many findings, and protects it from the totals', () => {
    const findings = [
      ...spread(4, { prefix: 'm', sizeClass: 'M' }),
      ...spread(5, { prefix: 's', sizeClass: 'S' }),
      // Five findings, but all about the one XL municipality.
      ...Array.from({ length: 5 }, () => finding({ organisationId: 'org-xl', sizeClass: 'XL' })),
    ];
    const rows = countFindings(findings).bySizeClass;
    expect(rows.find((r) => r.sizeClass === 'XL')).toEqual({
      sizeClass: 'XL',
      organisations: null,
      cells: hidden,
      total: null,
      suppressed: { code: 'SMALL_GROUP', text: suppressionMessages.SMALL_GROUP },
    });
    // Otherwise total − S − M = XL.
    expect(rows.find((r) => r.sizeClass === 'M')?.suppressed?.code).toBe('PROTECTS_SMALL_GROUP');
    expect(rows.find((r) => r.sizeClass === 'S')?.suppressed).toBeNull();
    expect(countFindings(findings).totals).toEqual({ cells: cells(0, 14, 0, 0), total: 14, organisations: 10, rounds: 1, suppressed: null });
  });

  it('shows a size class with exactly three municipalities and hides one with two', () => {
    const three = countFindings(spread(3, { prefix: 'x', sizeClass: 'XS' })).bySizeClass[0];
    const two = countFindings(spread(2, { prefix: 'x', sizeClass: 'XS' })).bySizeClass[0];
    expect([three.organisations, three.suppressed]).toEqual([3, null]);
    expect([two.organisations, two.suppressed?.code]).toEqual([null, 'SMALL_GROUP']);
  });

  it('counts round × kind, given rounds first, and applies the same rule to rounds', () => {
    const findings = [
      ...spread(4, { prefix: 'a', roundId: 'round-b', kind: 'STRENGTH' }),
      ...spread(5, { prefix: 'b', roundId: 'round-a', kind: 'CONCERN' }),
      ...spread(2, { prefix: 'c', roundId: 'round-c', kind: 'CONCERN' }),
      ...spread(4, { prefix: 'd', roundId: 'round-d', kind: 'CONCERN' }),
    ];
    const rows = countFindings(findings, { rounds: ['round-b', 'round-x'] }).byRound;
    expect(rows.map((r) => [r.roundId, r.organisations, r.total, r.suppressed?.code ?? null])).toEqual([
      ['round-b', null, null, 'PROTECTS_SMALL_GROUP'],
      ['round-x', 0, 0, null],
      ['round-a', 5, 5, null],
      ['round-c', null, null, 'SMALL_GROUP'],
      ['round-d', 4, 4, null],
    ]);
  });

  it('counts a finding listed twice once', () => {
    const one = finding();
    const others = [finding({ organisationId: 'org-2' }), finding({ organisationId: 'org-3' })];
    expect(countFindings([one, one, { ...one }, ...others]).totals.total).toBe(3);
  });

  it('counts municipalities and rounds in the totals', () => {
    const findings = [
      finding({ organisationId: 'a', roundId: 'r1' }),
      finding({ organisationId: 'a', roundId: 'r1' }),
      finding({ organisationId: 'b', roundId: 'r2' }),
      finding({ organisationId: 'c', roundId: 'r2', kind: 'STRENGTH' }),
    ];
    expect(countFindings(findings).totals).toEqual({ cells: cells(1, 3, 0, 0), total: 4, organisations: 3, rounds: 2, suppressed: null });
  });

  it('hides the totals, with the reason, when the findings come from one or two municipalities: they would describe those', () => {
    const totalsHidden = { cells: hidden, total: null, organisations: null, rounds: null, suppressed: fewMunicipalitiesSuppression() };
    const one = countFindings(
      Array.from({ length: 5 }, () => finding({ organisationId: 'org-leiden', theme: 'Wmo' })),
      { themes: ['Wmo'] },
    );
    expect(one.totals).toEqual(totalsHidden);
    const two = [
      finding({ organisationId: 'org-leiden', roundId: 'r1', kind: 'STRENGTH' }),
      finding({ organisationId: 'org-delft', roundId: 'r2' }),
      finding({ organisationId: 'org-delft', roundId: 'r2', theme: 'Jeugd' }),
    ];
    const counts = countFindings(two, { themes: ['Wmo', 'Jeugd'], rounds: ['r1', 'r2'] });
    expect(counts.totals).toEqual(totalsHidden);
    expect(counts.totals.suppressed!.text).toEqual({
      nl: 'Niet getoond: de getelde bevindingen komen van minder dan 3 gemeenten, dus de totalen zouden naar één gemeente wijzen.',
      en: 'Not shown: the counted findings come from fewer than 3 municipalities, so the totals would point at one municipality.',
    });
    // Every row with findings is hidden already: nothing of the two is shown anywhere.
    for (const rows of [counts.byTheme, counts.bySizeClass, counts.byRound])
      for (const row of rows) expect(row.total === 0 || row.suppressed !== null).toBe(true);
    // Three municipalities are enough.
    expect(countFindings([...two, finding({ organisationId: 'org-ede', roundId: 'r1' })]).totals).toMatchObject({
      total: 4,
      organisations: 3,
      rounds: 2,
      suppressed: null,
    });
  });
});
