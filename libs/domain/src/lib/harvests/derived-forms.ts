/**
 * Words derived from a place name: "Utrechtse", "Zwolse", "Amsterdammers", "Edenaar". Dutch builds
 * them by a handful of regular patterns, so they are generated from the name rather than listed;
 * the few irregular ones of large municipalities ("Haagse", "Nijmeegse") are in WELL_KNOWN_NAMES.
 * Over-generating is harmless (a word like "assenner" never occurs); generating a real ordinary
 * word is not, hence NOT_DERIVED. Like the name itself, a derived word of a name that is also an
 * ordinary word (ORDINARY_WORD_NAMES) counts only when capitalised.
 */

/** What a matched word is, which decides what replaces it. */
export type NameForm =
  /** The name itself: "Utrecht". */
  | 'NAME'
  /** Inflected adjective: "Utrechtse", "Goese", "Bossche". */
  | 'ADJECTIVE'
  /** Uninflected adjective: "Utrechts", "Delfts". */
  | 'ADJECTIVE_UNINFLECTED'
  /** One inhabitant: "Utrechter", "Edenaar", "Amsterdammer". */
  | 'INHABITANT'
  /** Inhabitants: "Utrechters", "Edenaren", "Amsterdammers". */
  | 'INHABITANTS';

/** Ordinary Dutch words the patterns would produce ("leider" from Leiden). */
const NOT_DERIVED = new Set(['leider', 'leiders', 'putter', 'putters', 'steiner', 'steiners', 'hoorns']);

/** Derived words of one folded word, e.g. 'utrecht' → utrechtse, utrechts, utrechter, … */
export function derivedForms(word: string): Map<string, NameForm> {
  const forms = new Map<string, NameForm>();
  if (!/^\p{L}{3,}$/u.test(word)) return forms;
  const add = (derived: string, form: NameForm): void => {
    if (!NOT_DERIVED.has(derived) && !forms.has(derived)) forms.set(derived, form);
  };

  add(`${word}se`, 'ADJECTIVE');
  if (word.endsWith('s'))
    add(`${word}e`, 'ADJECTIVE'); // Goese, Osse
  else add(`${word}s`, 'ADJECTIVE_UNINFLECTED'); // Utrechts, Delfts
  for (const suffix of ['er', 'aar', 'naar', 'enaar']) add(`${word}${suffix}`, 'INHABITANT');
  for (const suffix of ['ers', 'aars', 'aren', 'naars', 'naren', 'enaars', 'enaren']) add(`${word}${suffix}`, 'INHABITANTS');
  if (word.endsWith('r')) {
    add(`${word}der`, 'INHABITANT'); // Zoetermeerder, Alkmaarder
    add(`${word}ders`, 'INHABITANTS');
  }
  // A short vowel before one consonant doubles it: Amsterdammer, Arnhemmer, Haarlemmer.
  if (/[^aeiouy][aeiou][bdfgklmnprst]$/.test(word)) {
    const last = word.slice(-1);
    add(`${word}${last}er`, 'INHABITANT');
    add(`${word}${last}ers`, 'INHABITANTS');
  }
  // A shortened stem: Zeewold-er, Leid-se, Groning-er, Zwol-se. At least four letters, so that
  // "Emmen" does not yield "emmer" (bucket).
  for (const stem of shortenedStems(word)) {
    add(`${stem}se`, 'ADJECTIVE');
    add(`${stem}er`, 'INHABITANT');
    add(`${stem}ers`, 'INHABITANTS');
  }
  forms.delete(word);
  return forms;
}

function shortenedStems(word: string): string[] {
  const stems: string[] = [];
  if (word.endsWith('lle')) stems.push(word.slice(0, -2)); // Zwolle → zwol, Kapelle → kapel
  if (word.endsWith('en'))
    stems.push(word.slice(0, -2)); // Leiden → leid
  else if (word.endsWith('e')) stems.push(word.slice(0, -1)); // Zeewolde → zeewold
  return stems.filter((stem) => stem.length >= 4);
}

/** Common names and irregular derived words of municipalities, by official name. */
export interface WellKnownName {
  aliases?: readonly string[];
  derived?: Readonly<Partial<Record<Exclude<NameForm, 'NAME'>, readonly string[]>>>;
}

/**
 * Keyed by the official CBS name. Aliases get the regular derived words too ("Dordt" → "Dordtse",
 * "Dordtenaar"). Callers add their own aliases per organisation.
 */
export const WELL_KNOWN_NAMES: Readonly<Record<string, WellKnownName>> = {
  "'s-Gravenhage": {
    aliases: ['Den Haag', 'The Hague'],
    derived: { ADJECTIVE: ['Haagse'], INHABITANT: ['Hagenaar'], INHABITANTS: ['Hagenaars', 'Hagenezen'] },
  },
  "'s-Hertogenbosch": {
    aliases: ['Den Bosch'],
    derived: { ADJECTIVE: ['Bossche'], INHABITANT: ['Bosschenaar'], INHABITANTS: ['Bosschenaren'] },
  },
  Almere: { derived: { ADJECTIVE: ['Almeerse'], INHABITANT: ['Almeerder'], INHABITANTS: ['Almeerders'] } },
  Dordrecht: { aliases: ['Dordt'] },
  Deventer: { derived: { INHABITANT: ['Deventenaar'], INHABITANTS: ['Deventenaren'] } },
  Gouda: { derived: { ADJECTIVE: ['Goudse'], INHABITANT: ['Gouwenaar'], INHABITANTS: ['Gouwenaars'] } },
  Nijmegen: { derived: { ADJECTIVE: ['Nijmeegse'] } },
  Zaanstad: { derived: { ADJECTIVE: ['Zaanse'] } },
  Leeuwarden: { aliases: ['Ljouwert'] },
  'Nuenen, Gerwen en Nederwetten': { aliases: ['Nuenen'] },
  'Súdwest-Fryslân': { aliases: ['Zuidwest-Friesland'] },
  'Noardeast-Fryslân': { aliases: ['Noordoost-Friesland'] },
  'De Fryske Marren': { aliases: ['De Friese Meren'] },
  Tytsjerksteradiel: { aliases: ['Tietjerksteradeel'] },
  Dantumadiel: { aliases: ['Dantumadeel'] },
};

/**
 * Words that name a part of many places (a neighbourhood, a wijkteam: "Oost", "Centrum") and so
 * identify none alone, even where a village bears the word as its whole name ("Oost", "Noord").
 * Folded. A network that lists its own wijkteam by such a name still has it replaced, capitalised.
 */
export const GENERIC_PART_NAMES: ReadonlySet<string> = new Set([
  'centrum',
  'noord',
  'oost',
  'zuid',
  'west',
  'dorp',
  'stad',
  'haven',
  'markt',
  'park',
  'kern',
  'wijk',
]);

/**
 * Places named by a word that starts countless Dutch sentences: the village Een (Noordenveld). At
 * the start of a sentence the word is read as the word ("Een wijkteam …"), neither replaced nor
 * flagged; capitalised elsewhere ("in Een") it is the place. Folded.
 */
export const SENTENCE_OPENER_NAMES: ReadonlySet<string> = new Set(['een']);

/**
 * Names that are also ordinary Dutch words, folded. They match only when capitalised, so that
 * "dit kan leiden tot", "de buren" and "het beste" stay as they are, while "Leiden", "Buren" and
 * "Best" are still caught (a sentence that starts with the word is replaced: the safe side).
 */
export const ORDINARY_WORD_NAMES: ReadonlySet<string> = new Set([
  // Municipalities
  'assen',
  'beek',
  'bergen',
  'berg en dal',
  'best',
  'buren',
  'delft',
  'duiven',
  'hoorn',
  'houten',
  'huizen',
  'hulst',
  'kampen',
  'leiden',
  'losser',
  'putten',
  'sluis',
  'voorst',
  'weert',
  'woerden',
  ...GENERIC_PART_NAMES,
]);
