import type { NameForm } from './derived-forms';

/**
 * The twelve provinces, the names people use for them and their derived words. A province narrows
 * a round of four or five municipalities down to one or two, so it is replaced like a place:
 * "[provincie]", "regionale" ("de Brabantse aanpak" → "de regionale aanpak"), "inwoners van
 * [provincie]". Utrecht and Groningen are municipalities too: as names they become "gemeente A"
 * (a municipality wins over a province); only their adjectives read as "lokale".
 */
export const PROVINCE_NAMES: readonly { names: readonly string[]; derived: Readonly<Partial<Record<Exclude<NameForm, 'NAME'>, readonly string[]>>> }[] = [
  { names: ['Groningen', 'Stad en Ommelanden'], derived: { ADJECTIVE: ['Groningse'], INHABITANT: ['Groninger'], INHABITANTS: ['Groningers'] } },
  { names: ['Fryslân', 'Friesland'], derived: { ADJECTIVE: ['Friese'], ADJECTIVE_UNINFLECTED: ['Fries'], INHABITANTS: ['Friezen'] } },
  { names: ['Drenthe'], derived: { ADJECTIVE: ['Drentse'], ADJECTIVE_UNINFLECTED: ['Drents'], INHABITANT: ['Drent'], INHABITANTS: ['Drenten'] } },
  {
    names: ['Overijssel'],
    derived: { ADJECTIVE: ['Overijsselse'], ADJECTIVE_UNINFLECTED: ['Overijssels'], INHABITANT: ['Overijsselaar'], INHABITANTS: ['Overijsselaars'] },
  },
  {
    names: ['Flevoland'],
    derived: { ADJECTIVE: ['Flevolandse'], ADJECTIVE_UNINFLECTED: ['Flevolands'], INHABITANT: ['Flevolander'], INHABITANTS: ['Flevolanders'] },
  },
  {
    names: ['Gelderland'],
    derived: { ADJECTIVE: ['Gelderse'], ADJECTIVE_UNINFLECTED: ['Gelders'], INHABITANT: ['Gelderlander'], INHABITANTS: ['Gelderlanders'] },
  },
  { names: ['Utrecht'], derived: {} },
  {
    names: ['Noord-Holland'],
    derived: { ADJECTIVE: ['Noord-Hollandse'], ADJECTIVE_UNINFLECTED: ['Noord-Hollands'], INHABITANT: ['Noord-Hollander'], INHABITANTS: ['Noord-Hollanders'] },
  },
  {
    names: ['Zuid-Holland'],
    derived: { ADJECTIVE: ['Zuid-Hollandse'], ADJECTIVE_UNINFLECTED: ['Zuid-Hollands'], INHABITANT: ['Zuid-Hollander'], INHABITANTS: ['Zuid-Hollanders'] },
  },
  { names: ['Zeeland'], derived: { ADJECTIVE: ['Zeeuwse'], ADJECTIVE_UNINFLECTED: ['Zeeuws'], INHABITANT: ['Zeeuw'], INHABITANTS: ['Zeeuwen'] } },
  {
    names: ['Noord-Brabant', 'Brabant'],
    derived: { ADJECTIVE: ['Brabantse', 'Noord-Brabantse'], ADJECTIVE_UNINFLECTED: ['Brabants'], INHABITANT: ['Brabander'], INHABITANTS: ['Brabanders'] },
  },
  { names: ['Limburg'], derived: { ADJECTIVE: ['Limburgse'], ADJECTIVE_UNINFLECTED: ['Limburgs'], INHABITANT: ['Limburger'], INHABITANTS: ['Limburgers'] } },
];

export const PROVINCE_PLACEHOLDER = '[provincie]';
