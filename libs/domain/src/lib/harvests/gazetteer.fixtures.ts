import { dutchWordList, gazetteerData } from '@kijkje/reference-data/gazetteer';
import type { AnonymisationNames } from './anonymisation-names';
import type { Gazetteer } from './gazetteer';

/** The real gazetteer and word list, as the API uses them (tests only: the domain does not load them). */
export const GAZETTEER: Gazetteer = {
  municipalities: [...gazetteerData.municipalities, ...gazetteerData.formerMunicipalities.map((m) => m.name)],
  places: gazetteerData.places,
};

export const WORDS = dutchWordList();

/** A network that knows nobody: only the gazetteer and the patterns can help. */
export const EMPTY_NETWORK: AnonymisationNames = { organisations: [], persons: [], places: [], gazetteer: GAZETTEER, words: WORDS };
