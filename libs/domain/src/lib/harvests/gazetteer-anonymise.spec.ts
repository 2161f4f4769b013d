import type { AnonymisationNames } from './anonymisation-names';
import { anonymise, findRemainingNames } from './anonymise';
import { EMPTY_NETWORK, GAZETTEER, WORDS } from './gazetteer.fixtures';
import { municipality } from './harvest.fixtures';
import { findFlaggedWords, replaceFlaggedWord } from './word-flags';
import { canPublish } from './harvest-lifecycle';

// Loading the word list and building the gazetteer's index take seconds on a busy machine.
jest.setTimeout(60_000);

const run = (text: string): string => anonymise(text, EMPTY_NETWORK).text;
const flags = (text: string, kept: string[] = []): string[] => findFlaggedWords(text, EMPTY_NETWORK, kept).map((f) => `${f.text}:${f.reason}`);

/** Tricky Dutch sentences, anonymised by a network that has none of these names in its data. */
describe('anonymise with the gazetteer: municipalities and places outside the network', () => {
  it.each([
    ["In Den Haag en in 's-Hertogenbosch zagen we het.", 'In gemeente A en in gemeente B zagen we het.'],
    ['Den Bosch, ’s-Hertogenbosch en ´s Hertogenbosch', 'Gemeente A, gemeente A en gemeente A'],
    // Bergen (NH.) and Bergen (L.) are two municipalities; "Bergen" alone could be either: a letter of its own.
    ['Bergen (NH) en Bergen (L) werken samen, Bergen ook.', 'Gemeente A en gemeente B werken samen, gemeente C ook.'],
    ['in Bergen op Zoom', 'in gemeente A'],
    // Former municipalities
    ['In Zevenhuizen-Moerkapelle en Giessenlanden gebeurde het.', 'In gemeente A en gemeente B gebeurde het.'],
    ['in Haarlemmerliede en Spaarnwoude', 'in gemeente A'],
    // Places (woonplaatsen), also inside a municipality of the network
    ['In de Utrechtse wijk Lunetten.', 'In de lokale wijk [plaats].'],
    ['Het team uit Drachten en Ederveen.', 'Het team uit [plaats] en [plaats].'],
    // Derived words
    ['De Rotterdammers en de Amsterdamse aanpak, Haagse bluf.', 'De inwoners van gemeente A en de lokale aanpak, lokale bluf.'],
    ['Het team uit Goes en de Goese aanpak.', 'Het team uit gemeente A en de lokale aanpak.'],
    // Provinces
    ['De Brabantse aanpak in Noord-Brabant en de Friezen.', 'De regionale aanpak in [provincie] en de inwoners van [provincie].'],
    ['In Zeeland en Drenthe, Zeeuwse nuchterheid.', 'In [provincie] en [provincie], regionale nuchterheid.'],
    ['De provincie Utrecht en de stad Groningen', 'De provincie gemeente A en de stad gemeente B'],
    // Diacritics and capitals
    ['in SÚDWEST-FRYSLÂN en Sudwest-Fryslan', 'in gemeente A en gemeente A'],
    // Names that are ordinary words: only capitalised, and at a sentence start flagged, not replaced
    ['Best is dat de wijkteams in Best het best doen.', 'Best is dat de wijkteams in gemeente A het best doen.'],
    ['Putten heeft geen wachtlijst, in Putten ook niet; we putten moed.', 'Putten heeft geen wachtlijst, in gemeente A ook niet; we putten moed.'],
    ['Dit kan leiden tot problemen bij de buren.', 'Dit kan leiden tot problemen bij de buren.'],
    ['Ede en Lisse, mede door de Edese aanpak.', 'Ede en gemeente A, mede door de lokale aanpak.'],
    // "Oost" alone names a part of every city and identifies none: kept (a network lists its own wijkteam Oost)
    ['In Oost werkt het wijkteam oost goed.', 'In Oost werkt het wijkteam oost goed.'],
    // … also where a village bears the word as its whole name (Oost in Eijsden-Margraten, Noord)
    ['Wijkteam Noord en Zuid, en de teams in Centrum en West.', 'Wijkteam Noord en Zuid, en de teams in Centrum en West.'],
    // The village Een: the article at the start of a sentence, the place where capitalised elsewhere
    ['Een wijkteam in Een en een team in Roden. Een goed idee.', 'Een wijkteam in [plaats] en een team in [plaats]. Een goed idee.'],
    // The apostrophe of an elided article goes with the name, however a list spells it ("t Veld", "'t Zand")
    ["Wij zagen in 't Veld en ’t Zand dat het werkt.", 'Wij zagen in [plaats] en [plaats] dat het werkt.'],
    // Villages of 500 to 1,000 inhabitants (GeoNames cities500)
    ['Het team uit Britsum en Aldtsjerk kwam ook.', 'Het team uit [plaats] en [plaats] kwam ook.'],
    // No mangling inside words: street names, compounds, dialect words
    ['aan de Utrechtseweg en de Amsterdamsestraatweg', 'aan de Utrechtseweg en de Amsterdamsestraatweg'],
    ['Edelman volgde de procedure mede namens Goessens', 'Edelman volgde de procedure mede namens Goessens'],
  ])('%j → %j', (text, expected) => {
    expect(run(text)).toBe(expected);
    expect(findRemainingNames(run(text), EMPTY_NETWORK)).toEqual([]);
  });

  it('prefers the network’s own organisation (and its letter) over the gazetteer’s', () => {
    const names: AnonymisationNames = { ...EMPTY_NETWORK, organisations: [municipality('Bergen (NH.)')] };
    const result = anonymise('Bergen en Bergen (L.)', names);
    expect(result.text).toBe('Gemeente A en gemeente B');
    expect(result.pseudonyms.letters).toEqual({ [municipality('Bergen (NH.)').id]: 'A', 'gemeente:bergen l': 'B' });
  });

  it('without a gazetteer, knows only the network’s names (the web app and old callers)', () => {
    expect(anonymise('In Lisse en Zeist', { organisations: [], persons: [], places: [] }).text).toBe('In Lisse en Zeist');
  });
});

describe('anonymise with the gazetteer: people by how their names are written', () => {
  it.each([
    ['Wethouder Bakker en mevrouw De Vries spraken met dhr. J. van der Meer-de Bruin.', 'Wethouder [naam] en mevrouw [naam] spraken met dhr. [naam].'],
    ['De burgemeester van Ede en wethouder Jeugd.', 'De burgemeester van gemeente A en wethouder Jeugd.'],
    ['burgemeester van Den Haag', 'burgemeester van gemeente A'],
    ['Teamleider Anouk zei: "Wij doen het samen."', 'Teamleider [naam] zei: "Wij doen het samen."'],
    ['Het gesprek met De Jong en van den Berg was goed.', 'Het gesprek met [naam] en [naam] was goed.'],
    ['Inwoners van Vries en de familie de Vries.', 'Inwoners van [plaats] en de familie [naam].'],
    ['J.P. Bakker en J. Jansen, en Th. de Wit', '[naam] en [naam], en [naam]'],
    // One initial before an ordinary word is flagged, not replaced (see below)
    ['J. Vos zei het', 'J. Vos zei het'],
    ['Zie bijlage B. Daarna volgt het plan.', 'Zie bijlage B. Daarna volgt het plan.'],
    ['de heer Van Zanten, directeur Smit-Mulder', 'de heer [naam], directeur [naam]'],
    ['In De Bilt en De Ronde Venen', 'In gemeente A en gemeente B'],
  ])('%j → %j', (text, expected) => {
    expect(run(text)).toBe(expected);
  });
});

describe('flagged words', () => {
  it.each([
    ['Volgens Pietersen werkt de Wmo goed in Kanaleneiland.', ['Pietersen:UNKNOWN_NAME', 'Kanaleneiland:UNKNOWN_NAME']],
    ['Best is dat het wijkteam werkt.', ['Best:AMBIGUOUS_NAME']],
    ['Putten heeft geen wachtlijst.', ['Putten:AMBIGUOUS_NAME']],
    // The village Een is no reason to flag every sentence that starts with the article
    ['Een wijkteam werkt. Een tweede ook.', []],
    ['Het plan van J. Vos, zie bijlage B. Daarna volgt het.', ['J. Vos:AMBIGUOUS_NAME', 'B. Daarna:AMBIGUOUS_NAME']],
    // A capital at the start of a sentence says nothing, but a word no Dutch word list knows still does
    ['Pietersen zei het. Daarna gingen we door.', ['Pietersen:UNKNOWN_NAME']],
    ['Het werkt. Jansen en Kanaleneiland bleven over.', ['Jansen:UNKNOWN_NAME', 'Kanaleneiland:UNKNOWN_NAME']],
    // … while ordinary words and compounds of Dutch words at the start of a sentence are not flagged
    ['Ketenpartners zeggen het. Toegangsmedewerkers ook. Keukentafelgesprekken duren lang.', []],
    ['Jeugdhulpverleners en wijkteamleden. Schuldhulpverlening werkt.', []],
    ['Daarna volgde de Wmo. Opvallend was de samenwerking.', []],
    // The words of the trade, known acronyms and our own placeholders are not flagged
    ['We spraken de GGD, de VNG en het CJG over de Wmo en de Jeugdwet.', []],
    ['[Naam] zei dat gemeente A en [plaats] meedoen.', []],
    ['Het gaat om Jeugd, Participatie en Informatievoorziening.', []],
  ])('%j → %j', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it('drops the words the coordinator decided to keep, by their folded form', () => {
    expect(flags('Volgens Pietersen werkt het in Kanaleneiland.', ['kanaleneiland'])).toEqual(['Pietersen:UNKNOWN_NAME']);
    expect(flags('Best is dat.', ['BEST'])).toEqual([]);
  });

  it('replaces every flagged occurrence of a word, and nothing else, when the coordinator chooses "vervangen"', () => {
    const text = 'Best is dat Pietersen werkt. Pietersen weet het best.';
    expect(replaceFlaggedWord(text, EMPTY_NETWORK, 'pietersen', '[naam]')).toBe('Best is dat [naam] werkt. [naam] weet het best.');
    expect(replaceFlaggedWord(text, EMPTY_NETWORK, 'best', '[plaats]')).toBe('[plaats] is dat Pietersen werkt. Pietersen weet het best.');
  });

  it('flags nothing without a word list', () => {
    expect(findFlaggedWords('Volgens Pietersen', { organisations: [], persons: [], places: [], gazetteer: GAZETTEER })).toEqual([]);
    expect(WORDS.isWord('gemeente')).toBe(true);
  });
});

describe('canPublish with flagged words', () => {
  const draft = (text: string, kept: string[] = []) => ({
    title: 'Oogst',
    visibility: 'PUBLIC' as const,
    narrative: '',
    counted: [],
    patternLabels: [],
    quotes: [{ findingId: 'f1', text, consent: 'PUBLIC' as const, kept }],
  });

  it('refuses while a quote holds a word nobody decided on, and names the words in Dutch and English', () => {
    const violations = canPublish(draft('Volgens Pietersen werkt het in Kanaleneiland.'), EMPTY_NETWORK);
    expect(violations.map((v) => [v.code, v.position, v.found])).toEqual([['UNDECIDED_WORDS', 1, ['Pietersen', 'Kanaleneiland']]]);
    expect(violations[0].text.nl).toContain('‘Pietersen’, ‘Kanaleneiland’');
    expect(violations[0].text.en).toContain('may be names');
  });

  it('allows it once every word is kept or replaced', () => {
    expect(canPublish(draft('Volgens Pietersen werkt het in Kanaleneiland.', ['pietersen', 'kanaleneiland']), EMPTY_NETWORK)).toEqual([]);
    expect(canPublish(draft('Volgens [naam] werkt het in [plaats].'), EMPTY_NETWORK)).toEqual([]);
  });

  it('refuses a title, narrative or pattern label that names a municipality, place or person outside the network', () => {
    const d = { ...draft('Het werkt.'), title: 'Oogst Lisse', narrative: 'In Drachten zei wethouder Bakker het al.', patternLabels: ['Zeeuwse aanpak'] };
    expect(canPublish(d, EMPTY_NETWORK).map((v) => [v.code, v.found])).toEqual([
      ['NAME_IN_TITLE', ['Lisse']],
      ['NAME_IN_NARRATIVE', ['Drachten', 'Bakker']],
      ['NAME_IN_PATTERN', ['Zeeuwse']],
    ]);
  });

  it('refuses a municipality outside the network that an edit brought back', () => {
    expect(canPublish(draft('Het werkt in Lisse.'), EMPTY_NETWORK).map((v) => [v.code, v.found])).toEqual([['NAME_IN_QUOTE', ['Lisse']]]);
  });
});
