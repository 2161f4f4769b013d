import type { Gazetteer, WordList } from './gazetteer';

/** A municipality of the network, with the other names people use for it ("Den Bosch"). */
export interface NamedOrganisation {
  id: string;
  name: string;
  aliases?: readonly string[];
}

/** Everything that would identify a municipality, a person or a place in a harvest text. */
export interface AnonymisationNames {
  /** All municipalities of the network, e.g. 'Utrecht', 'Súdwest-Fryslân', "'s-Hertogenbosch", 'Bergen (NH.)'. */
  organisations: readonly NamedOrganisation[];
  /** Full names of people in the network, e.g. 'Jan de Vries'. */
  persons: readonly string[];
  /** Neighbourhoods, villages, wijkteam names, e.g. 'Kanaleneiland', 'Wijkteam Noord'. */
  places: readonly string[];
  /**
   * Every Dutch municipality and place, whoever is in the network (server side only; see
   * gazetteer.ts). With it come the person patterns ("wethouder Bakker") of person-patterns.ts.
   */
  gazetteer?: Gazetteer;
  /** The Dutch word list that tells names from ordinary words; used with the gazetteer and for flags. */
  words?: WordList;
}

export const NAME_KINDS = ['ORGANISATION', 'PERSON', 'PLACE'] as const;
export type NameKind = (typeof NAME_KINDS)[number];
