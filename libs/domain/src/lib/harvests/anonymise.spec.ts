import type { AnonymisationNames } from './anonymisation-names';
import { anonymise, anonymiseAll, findRemainingNames } from './anonymise';
import { municipality, NETWORK_NAMES } from './harvest.fixtures';
import { NO_PSEUDONYMS } from './pseudonyms';

/** Every case runs against all 342 municipalities of 2025 and the fixture persons and places. */
const run = (text: string): string => anonymise(text, NETWORK_NAMES).text;

describe('anonymise: municipalities', () => {
  it.each([
    ['In Utrecht gaat het goed.', 'In gemeente A gaat het goed.'],
    ['Utrecht investeert in preventie.', 'Gemeente A investeert in preventie.'],
    ['De gemeente Utrecht investeert.', 'De gemeente A investeert.'],
    ['Gemeente Utrecht investeert.', 'Gemeente A investeert.'],
    ['de gemeenten Utrecht en Zwolle', 'de gemeenten A en gemeente B'],
    ['in UTRECHT en in utrecht', 'in gemeente A en in gemeente A'],
    ['Utrecht, Zwolle en weer Utrecht', 'Gemeente A, gemeente B en weer gemeente A'],
    // Apostrophes, hyphens and aliases
    ["In 's-Hertogenbosch", 'In gemeente A'],
    ['In ’s-Hertogenbosch', 'In gemeente A'],
    ['In ´s-Hertogenbosch', 'In gemeente A'],
    ["In 's Hertogenbosch", 'In gemeente A'],
    ["Gemeente 's-Hertogenbosch", 'Gemeente A'],
    ['In Den Bosch en in den bosch', 'In gemeente A en in gemeente A'],
    ["Den Haag, ook wel 's-Gravenhage", 'Gemeente A, ook wel gemeente A'],
    // Diacritics and case
    ['Súdwest-Fryslân', 'Gemeente A'],
    ['in Sudwest-Fryslan', 'in gemeente A'],
    ['in Súdwest Fryslân', 'in gemeente A'],
    ['in SUDWEST-FRYSLAN', 'in gemeente A'],
    ['in Zuidwest-Friesland', 'in gemeente A'],
    ['in IJsselstein en Ijsselstein', 'in gemeente A en gemeente A'],
    // Longest match first
    ['in Bergen op Zoom', 'in gemeente A'],
    ['in Bergen (NH.) en Bergen (L.)', 'in gemeente A en gemeente B'],
    ['in Bergen (NH) en Bergen NH', 'in gemeente A en gemeente A'],
    ['in Utrechtse Heuvelrug', 'in gemeente A'],
    ['in Midden-Groningen en Groningen', 'in gemeente A en gemeente B'],
    ['in Alphen aan den Rijn en Alphen-Chaam', 'in gemeente A en gemeente B'],
    ['in Capelle aan den IJssel', 'in gemeente A'],
    ['in Wijk bij Duurstede', 'in gemeente A'],
    ['in Nuenen, Gerwen en Nederwetten en in Nuenen', 'in gemeente A en in gemeente A'],
    ['in Hof van Twente en Twenterand', 'in gemeente A en gemeente B'],
    // Whole words only
    ['Ede', 'Gemeente A'],
    ['mede namens het team', 'mede namens het team'],
    ['Edelman volgde de procedure', 'Edelman volgde de procedure'],
    ['in Ederveen', 'in Ederveen'],
    ['Epen ligt niet in Epe', 'Epen ligt niet in gemeente A'],
    ['de bossen van Oss', 'de bossen van gemeente A'],
    ['Ossenbrug', 'Ossenbrug'],
    ['urkund', 'urkund'],
    ['Enschede’s aanpak', 'Gemeente A’s aanpak'],
    ['Utrecht-Oost', 'Gemeente A-Oost'],
  ])('%j → %j', (text, expected) => {
    expect(run(text)).toBe(expected);
  });

  it('gives a word that names more than one municipality a letter of its own', () => {
    const result = anonymise('Bergen en Bergen (L.)', NETWORK_NAMES);
    expect(result.text).toBe('Gemeente A en gemeente B');
    expect(result.pseudonyms.letters).toEqual({ 'ambiguous:bergen': 'A', [municipality('Bergen (L.)').id]: 'B' });
  });

  it('treats a word of one municipality as that municipality when it is not ambiguous in the network', () => {
    const names: AnonymisationNames = { organisations: [municipality('Bergen (NH.)'), municipality('Utrecht')], persons: [], places: [] };
    expect(anonymise('Bergen en Bergen (NH.)', names).text).toBe('Gemeente A en gemeente A');
  });
});

describe('anonymise: names that are ordinary words', () => {
  it.each([
    ['Dit kan leiden tot wachtlijsten.', 'Dit kan leiden tot wachtlijsten.'],
    ['In Leiden zagen we het.', 'In gemeente A zagen we het.'],
    ['De buren helpen elkaar.', 'De buren helpen elkaar.'],
    ['De gemeente Buren helpt.', 'De gemeente A helpt.'],
    ['Dat werkt het best.', 'Dat werkt het best.'],
    ['In Best werkt het.', 'In gemeente A werkt het.'],
    ['Gemeenten kampen met tekorten.', 'Gemeenten kampen met tekorten.'],
    ['houten bankjes in de huizen', 'houten bankjes in de huizen'],
    ['Houten en Huizen', 'Gemeente A en gemeente B'],
    ['een beek en een sluis', 'een beek en een sluis'],
    ['de leider van het wijkteam', 'de leider van het wijkteam'],
    ['een berg en dal in de cijfers', 'een berg en dal in de cijfers'],
    ['in Berg en Dal', 'in gemeente A'],
  ])('%j → %j', (text, expected) => {
    expect(run(text)).toBe(expected);
  });
});

describe('anonymise: derived words', () => {
  it.each([
    ['de Utrechtse aanpak', 'de lokale aanpak'],
    ['de utrechtse aanpak', 'de lokale aanpak'],
    ['Utrechts beleid', 'Lokaal beleid'],
    ['Delfts blauw', 'Lokaal blauw'],
    ['de Zwolse wijkteams', 'de lokale wijkteams'],
    ['de Amsterdamse en Rotterdamse cijfers', 'de lokale en lokale cijfers'],
    ['de Leidse en Groningse teams', 'de lokale en lokale teams'],
    ['de Haagse, Bossche en Nijmeegse praktijk', 'de lokale, lokale en lokale praktijk'],
    ['de Goese en Edese aanpak', 'de lokale en lokale aanpak'],
    ['Rotterdammers zijn trots.', 'Inwoners van gemeente A zijn trots.'],
    ['een Utrechter vertelde', 'een inwoner van gemeente A vertelde'],
    ['Amsterdammers en Zwollenaren', 'Inwoners van gemeente A en inwoners van gemeente B'],
    ['een Edenaar en een Groninger', 'een inwoner van gemeente A en een inwoner van gemeente B'],
    ['Hagenaars en Zoetermeerders', 'Inwoners van gemeente A en inwoners van gemeente B'],
    ['de Bergse aanpak', 'de lokale aanpak'],
    ['de bergse aanpak', 'de bergse aanpak'],
  ])('%j → %j', (text, expected) => {
    expect(run(text)).toBe(expected);
  });

  it('gives inhabitants the letter of their municipality', () => {
    expect(run('Utrecht vroeg Utrechters mee te denken.')).toBe('Gemeente A vroeg inwoners van gemeente A mee te denken.');
  });
});

describe('anonymise: persons', () => {
  it.each([
    ['Jan de Vries zei het.', '[naam] zei het.'],
    ['jan de vries zei het', '[naam] zei het'],
    ['J. de Vries zei het.', '[naam] zei het.'],
    ['J.P. de Vries zei het.', '[naam] zei het.'],
    ['De Vries zei het.', '[naam] zei het.'],
    ['volgens de heer De Vries', 'volgens de heer [naam]'],
    ['Jan zei het.', '[naam] zei het.'],
    ['het is jan en alleman, de vries en Vries', 'het is jan en alleman, de vries en Vries'],
    // A sentence that starts with someone's first name is replaced: the safe side.
    ['Jan en alleman', '[naam] en alleman'],
    ['Van der Meer zei: meer dan de helft.', '[naam] zei: meer dan de helft.'],
    ['Meer dan de helft.', 'Meer dan de helft.'],
    ['Lotte van der Meer', '[naam]'],
    ['Pieter van den Berg en Van den Berg', '[naam] en [naam]'],
    ['Noor Bos, mevrouw Bos, N. Bos', '[naam], mevrouw [naam], [naam]'],
    ['Bos en heide, het bos', 'Bos en heide, het bos'],
    ['Anne-Marie Jansen, Anne-Marie en Jansen', '[naam], [naam] en [naam]'],
    ['Mehmet Yilmaz en Mehmet Yılmaz', '[naam] en [naam]'],
    ['Eva Sanchez en Eva', '[naam] en [naam]'],
    ['Pieter Hendriks en Hendriks', '[naam] en [naam]'],
    ['mevrouw Jansen-de Wit en Ingrid', 'mevrouw [naam] en [naam]'],
    ['wethouder Smit en Smit', 'wethouder [naam] en [naam]'],
  ])('%j → %j', (text, expected) => {
    expect(run(text)).toBe(expected);
  });
});

describe('anonymise: places', () => {
  it.each([
    ['in Kanaleneiland en Overvecht', 'in [plaats] en [plaats]'],
    ['Overvechtse jongeren', 'Lokale jongeren'],
    ["op 't Zand en in De Meern", 'op [plaats] en in [plaats]'],
    ['Wijkteam Noord en wijkteam noord', '[plaats] en [plaats]'],
    ['in het noorden, naar noord', 'in het noorden, naar noord'],
    ['Volendammers', 'Inwoners van [plaats]'],
  ])('%j → %j', (text, expected) => {
    expect(run(text)).toBe(expected);
  });
});

describe('anonymise: contact details', () => {
  it.each([
    ['Mail j.devries@utrecht.nl gerust.', 'Mail [verwijderd] gerust.'],
    ['bel 06-12345678', 'bel [verwijderd]'],
    ['bel 06 12345678 of 0612345678', 'bel [verwijderd] of [verwijderd]'],
    ['bel +31 6 1234 5678', 'bel [verwijderd]'],
    ['bel +31612345678 of 0031 6 12345678', 'bel [verwijderd] of [verwijderd]'],
    ['bel +31 (0)30 123 4567', 'bel [verwijderd]'],
    ['bel 030 123 4567 of 030-1234567', 'bel [verwijderd] of [verwijderd]'],
    ['bel (030) 123 4567', 'bel [verwijderd]'],
    ['bel 020 123 45 67 of 0591 123456', 'bel [verwijderd] of [verwijderd]'],
    ['bel 14 030 of 14020', 'bel [verwijderd] of [verwijderd]'],
    ['Postcode 3511 AB of 3511AB of 3511ab.', 'Postcode [verwijderd] of [verwijderd] of [verwijderd].'],
    // Not contact details
    ['In 2024 is het beter, 1500 en meer.', 'In 2024 is het beter, 1500 en meer.'],
    ['op 01-01-2024, 2024-2025, 0,5 fte', 'op 01-01-2024, 2024-2025, 0,5 fte'],
    ['€ 1.234.567 en 12345678901', '€ 1.234.567 en 12345678901'],
    ['14 procent, 140 mensen', '14 procent, 140 mensen'],
    // Web addresses: removed whole when they hold a name, kept otherwise
    ['zie https://www.utrecht.nl/zorg.', 'zie [verwijderd].'],
    ['zie www.zwolle.nl, of [de site](https://wijkteams.example.org/overvecht)', 'zie [verwijderd], of [de site]([verwijderd])'],
    ['zie https://vng.nl/rapport-sociaal-domein.', 'zie https://vng.nl/rapport-sociaal-domein.'],
  ])('%j → %j', (text, expected) => {
    expect(run(text)).toBe(expected);
  });
});

describe('anonymise: the result', () => {
  it('counts what it replaced, per kind, in a fixed order', () => {
    const result = anonymise('Jan de Vries (jan@utrecht.nl, 06-12345678) uit Utrecht en Zwolle, Kanaleneiland 3511 AB.', NETWORK_NAMES);
    expect(result.text).toBe('[naam] ([verwijderd], [verwijderd]) uit gemeente A en gemeente B, [plaats] [verwijderd].');
    expect(result.replaced).toEqual([
      { kind: 'ORGANISATION', count: 2 },
      { kind: 'PERSON', count: 1 },
      { kind: 'PLACE', count: 1 },
      { kind: 'EMAIL', count: 1 },
      { kind: 'PHONE', count: 1 },
      { kind: 'POSTCODE', count: 1 },
    ]);
  });

  it('changes nothing in a text without names', () => {
    const text = 'De wachtlijsten in de Wmo groeien.\n\n- regie\n- vertrouwen';
    expect(anonymise(text, NETWORK_NAMES)).toEqual({ text, replaced: [], pseudonyms: NO_PSEUDONYMS });
  });

  it('capitalises a replacement at the start of a sentence, paragraph or list item only', () => {
    expect(run('Zo. Utrecht! Zwolle? Ede\n\nAssen\n- Emmen en Hoorn')).toBe('Zo. Gemeente A! Gemeente B? Gemeente C\n\nGemeente D\n- Gemeente E en gemeente F');
  });

  it('keeps Markdown around names intact', () => {
    expect(run('**Utrecht** en _Jan de Vries_ in [Overvecht](https://example.org)')).toBe('**Gemeente A** en _[naam]_ in [[plaats]](https://example.org)');
  });
});

describe('anonymise: letters across the quotes of one harvest', () => {
  it('keeps each municipality its letter, in order of first appearance', () => {
    const first = anonymise('Zwolle en Utrecht', NETWORK_NAMES);
    const second = anonymise('Utrecht, Ede en Zwolle', NETWORK_NAMES, first.pseudonyms);
    expect(first.text).toBe('Gemeente A en gemeente B');
    expect(second.text).toBe('Gemeente B, gemeente C en gemeente A');
  });

  it('threads the letters through anonymiseAll', () => {
    const { results, pseudonyms } = anonymiseAll(['Ede', 'Zwolle', 'Ede en Zwolle'], NETWORK_NAMES);
    expect(results.map((r) => r.text)).toEqual(['Gemeente A', 'Gemeente B', 'Gemeente A en gemeente B']);
    expect(Object.values(pseudonyms.letters)).toEqual(['A', 'B']);
  });

  it('does not change the pseudonyms it is given', () => {
    const given = anonymise('Ede', NETWORK_NAMES).pseudonyms;
    const copy = structuredClone(given);
    anonymise('Zwolle', NETWORK_NAMES, given);
    expect(given).toEqual(copy);
  });
});

describe('findRemainingNames', () => {
  it('finds nothing in an anonymised text', () => {
    const result = anonymise('Jan de Vries uit Utrecht, 06-12345678.', NETWORK_NAMES);
    expect(findRemainingNames(result.text, NETWORK_NAMES)).toEqual([]);
  });

  it('finds a name a coordinator typed back in, with its place in the text', () => {
    const edited = 'Gemeente A (Utrecht) vroeg [naam] om hulp; mail jan@example.org.';
    expect(findRemainingNames(edited, NETWORK_NAMES)).toEqual([
      { kind: 'ORGANISATION', text: 'Utrecht', start: 12, end: 19 },
      { kind: 'EMAIL', text: 'jan@example.org', start: 48, end: 63 },
    ]);
  });

  it('reports a web address with a name in it as a whole', () => {
    expect(findRemainingNames('zie https://www.utrecht.nl/zorg', NETWORK_NAMES)).toEqual([
      { kind: 'ORGANISATION', text: 'https://www.utrecht.nl/zorg', start: 4, end: 31 },
    ]);
  });

  it('reports derived words and persons too', () => {
    expect(findRemainingNames('de Zwolse aanpak van De Vries', NETWORK_NAMES).map((n) => [n.kind, n.text])).toEqual([
      ['ORGANISATION', 'Zwolse'],
      ['PERSON', 'De Vries'],
    ]);
  });
});
