import { findMunicipality, municipalityList, POPULATION_CLASSES, populationClass, populationClassLabel, PROVINCES, searchMunicipalities } from './index';

// Municipalities per province in the CBS division of 1 January 2025 (342 in all).
const PER_PROVINCE: Record<string, number> = {
  Groningen: 10,
  Fryslân: 18,
  Drenthe: 12,
  Overijssel: 25,
  Flevoland: 6,
  Gelderland: 51,
  Utrecht: 26,
  'Noord-Holland': 44,
  'Zuid-Holland': 50,
  Zeeland: 13,
  'Noord-Brabant': 56,
  Limburg: 31,
};

// CBS StatLine 70072ned, totale bevolking op 1 januari 2024, per province.
const CBS_PROVINCE_POPULATION_2024: Record<string, number> = {
  Groningen: 601_510,
  Fryslân: 661_956,
  Drenthe: 504_116,
  Overijssel: 1_189_079,
  Flevoland: 450_920,
  Gelderland: 2_149_057,
  Utrecht: 1_400_187,
  'Noord-Holland': 2_980_494,
  'Zuid-Holland': 3_840_662,
  Zeeland: 391_657,
  'Noord-Brabant': 2_644_872,
  Limburg: 1_133_174,
};

describe('the municipality data file', () => {
  const items = municipalityList.items;

  it('names its reference dates and source', () => {
    expect(municipalityList.referenceDate).toBe('2025-01-01');
    expect(municipalityList.populationReferenceDate).toBe('2024-01-01');
    expect(municipalityList.source).toMatch(/CBS/);
    expect(municipalityList.source).toMatch(/1 januari 2025/);
    expect(municipalityList.source).toMatch(/1 januari 2024/);
  });

  it('has exactly the 342 municipalities of 1 January 2025', () => {
    expect(items).toHaveLength(342);
  });

  it('has well-formed, unique CBS codes', () => {
    for (const m of items) expect(m.cbsCode).toMatch(/^GM\d{4}$/);
    expect(new Set(items.map((m) => m.cbsCode)).size).toBe(items.length);
  });

  it('has unique, non-empty, trimmed names', () => {
    for (const m of items) {
      expect(m.name.trim()).toBe(m.name);
      expect(m.name.length).toBeGreaterThan(0);
    }
    expect(new Set(items.map((m) => m.name)).size).toBe(items.length);
  });

  it('places every municipality in one of the twelve provinces, with the CBS count per province', () => {
    for (const m of items) expect(PROVINCES).toContain(m.province);
    const counts: Record<string, number> = {};
    for (const m of items) counts[m.province] = (counts[m.province] ?? 0) + 1;
    expect(Object.keys(counts).sort()).toEqual([...PROVINCES].sort());
    expect(counts).toEqual(PER_PROVINCE);
  });

  it('has a positive whole population for every municipality', () => {
    for (const m of items) {
      expect(Number.isInteger(m.population)).toBe(true);
      expect(m.population).toBeGreaterThan(0);
    }
  });

  it('adds up to a plausible Dutch population', () => {
    const total = items.reduce((sum, m) => sum + m.population, 0);
    expect(total).toBeGreaterThan(17_500_000);
    expect(total).toBeLessThan(18_500_000);
  });

  it.each(Object.entries(CBS_PROVINCE_POPULATION_2024))('adds up to within 1%% of the CBS total for %s', (province, cbs) => {
    const total = items.filter((m) => m.province === province).reduce((sum, m) => sum + m.population, 0);
    expect(Math.abs(total - cbs) / cbs).toBeLessThan(0.01);
  });

  it.each([
    ['GM0344', 'Utrecht', 'Utrecht'],
    ['GM0363', 'Amsterdam', 'Noord-Holland'],
    ['GM0599', 'Rotterdam', 'Zuid-Holland'],
    ['GM0518', "'s-Gravenhage", 'Zuid-Holland'],
    ['GM0014', 'Groningen', 'Groningen'],
    ['GM0796', "'s-Hertogenbosch", 'Noord-Brabant'],
    ['GM1900', 'Súdwest-Fryslân', 'Fryslân'],
    ['GM1961', 'Vijfheerenlanden', 'Utrecht'],
    ['GM0893', 'Bergen (L.)', 'Limburg'],
    ['GM0373', 'Bergen (NH.)', 'Noord-Holland'],
    ['GM1980', 'Dijk en Waard', 'Noord-Holland'],
    ['GM1982', 'Land van Cuijk', 'Noord-Brabant'],
    ['GM1991', 'Maashorst', 'Noord-Brabant'],
    ['GM1992', 'Voorne aan Zee', 'Zuid-Holland'],
  ])('knows %s as %s (%s)', (code, name, province) => {
    expect(findMunicipality(code)).toMatchObject({ cbsCode: code, name, province });
  });

  it.each([
    ['GM0457', 'Weesp (into Amsterdam, 2022)'],
    ['GM0370', 'Beemster (into Purmerend, 2022)'],
    ['GM0398', 'Heerhugowaard (into Dijk en Waard, 2022)'],
    ['GM0756', 'Boxmeer (into Land van Cuijk, 2022)'],
    ['GM0856', 'Uden (into Maashorst, 2022)'],
    ['GM0501', 'Brielle (into Voorne aan Zee, 2023)'],
    ['GM0530', 'Hellevoetsluis (into Voorne aan Zee, 2023)'],
    ['GM0614', 'Westvoorne (into Voorne aan Zee, 2023)'],
    ['GM0003', 'Appingedam (into Eemsdelta, 2021)'],
  ])('no longer lists %s: %s', (code) => {
    expect(findMunicipality(code)).toBeNull();
  });

  it('finds a code regardless of case and surrounding spaces', () => {
    expect(findMunicipality(' gm0344 ')?.name).toBe('Utrecht');
    expect(findMunicipality('GM9999')).toBeNull();
  });
});

describe('searchMunicipalities', () => {
  it.each([
    ['utr', ['Utrecht', 'Utrechtse Heuvelrug']],
    ['UTR', ['Utrecht', 'Utrechtse Heuvelrug']],
    ['gm0344', ['Utrecht']],
    ['GM0344', ['Utrecht']],
    ['sudwest', ['Súdwest-Fryslân']],
    ['Súdwest', ['Súdwest-Fryslân']],
    ['noardeast fryslan', ['Noardeast-Fryslân']],
    ['HERTOGENBOSCH', ["'s-Hertogenbosch"]],
    ['den haag', ["'s-Gravenhage"]],
    ['den bosch', ["'s-Hertogenbosch"]],
    ['voorne', ['Voorne aan Zee']],
    ['', []],
    ['   ', []],
    ['xyzxyz', []],
  ])('%j finds %j', (query, names) => {
    expect(searchMunicipalities(query).map((m) => m.name)).toEqual(names);
  });

  it('returns results sorted by name in Dutch order', () => {
    const names = searchMunicipalities('ber', 500).map((m) => m.name);
    expect(names.length).toBeGreaterThan(3);
    expect(names).toEqual([...names].sort(new Intl.Collator('nl').compare));
    expect(names).toEqual(expect.arrayContaining(['Bergen (L.)', 'Bergen (NH.)', 'Bergen op Zoom']));
  });

  it('respects the limit and defaults to 50', () => {
    expect(searchMunicipalities('e', 5)).toHaveLength(5);
    expect(searchMunicipalities('e')).toHaveLength(50);
    expect(searchMunicipalities('e', 0)).toEqual([]);
  });
});

describe('populationClass', () => {
  it.each([
    [972, 'XS'],
    [19_999, 'XS'],
    [20_000, 'S'],
    [49_999, 'S'],
    [50_000, 'M'],
    [99_999, 'M'],
    [100_000, 'L'],
    [249_999, 'L'],
    [250_000, 'XL'],
    [931_298, 'XL'],
  ] as const)('%i inhabitants → %s', (population, cls) => {
    expect(populationClass(population)).toBe(cls);
  });

  it.each([
    ['XS', 'minder dan 20.000 inwoners', 'fewer than 20,000 inhabitants'],
    ['S', '20.000 tot 50.000 inwoners', '20,000 to 50,000 inhabitants'],
    ['M', '50.000 tot 100.000 inwoners', '50,000 to 100,000 inhabitants'],
    ['L', '100.000 tot 250.000 inwoners', '100,000 to 250,000 inhabitants'],
    ['XL', '250.000 inwoners of meer', '250,000 inhabitants or more'],
  ] as const)('labels %s in Dutch and English', (cls, nl, en) => {
    expect(populationClassLabel(cls, 'nl')).toBe(nl);
    expect(populationClassLabel(cls, 'en')).toBe(en);
  });

  it('has a label for every class', () => {
    for (const cls of POPULATION_CLASSES) expect(populationClassLabel(cls, 'nl')).toMatch(/inwoners/);
  });
});
