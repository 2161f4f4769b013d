import type { Gazetteer, WordList } from '@kijkje/domain';
import { dutchWordList, gazetteerData } from '@kijkje/reference-data/gazetteer';

/**
 * Every Dutch municipality and place (about 70 KB of names) and the Dutch word list, for
 * anonymising (SEC-15). The word list (about a second and 70 MB) is read on the first harvest
 * operation that needs it, not at boot, and the domain builds its index of the gazetteer then too.
 * One copy per process, shared by every request (the domain caches its index per copy).
 */
let reference: { gazetteer: Gazetteer; words: WordList } | null = null;

export function anonymisationReference(): { gazetteer: Gazetteer; words: WordList } {
  reference ??= {
    gazetteer: {
      municipalities: [...gazetteerData.municipalities, ...gazetteerData.formerMunicipalities.map((m) => m.name)],
      places: gazetteerData.places,
    },
    words: dutchWordList(),
  };
  return reference;
}

/**
 * The person in an agenda's conversation partner, if it names one: "wethouder Jan Jansen" → "Jan
 * Jansen". A role alone ("wijkteam Noord", "ketenpartners") names nobody and is left out, as a
 * first name alone would otherwise match every sentence that starts with "Wijkteam".
 */
export function personInPartner(partner: string): string | null {
  const words = partner.trim().split(/\s+/u);
  while (words.length > 0 && /^\p{Ll}/u.test(words[0])) words.shift();
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  const particlesOnly = words.every((w) => /^\p{Lu}/u.test(w) || /^(van|de|der|den|ter|ten|het|in|op|'t)$/u.test(w));
  return capitalised.length >= 2 && particlesOnly ? words.join(' ') : null;
}
