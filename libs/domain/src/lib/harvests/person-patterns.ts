import type { WordList } from './gazetteer';
import { isOrdinaryWord } from './gazetteer';
import type { NameMatch } from './name-matches';
import { isInitial, TITLES } from './name-matches';
import { TUSSENVOEGSELS } from './person-variants';
import { startsSentence } from './sentences';
import type { TokenisedText } from './word-tokens';
import { isCapitalised, separatorAfter } from './word-tokens';

/**
 * People who are not in the network's data, found by how Dutch writes a person's name. Each
 * becomes "[naam]"; the title stays ("wethouder [naam]"). Decisions:
 * - after a title or role ("wethouder", "mevrouw", "dhr.", "teamleider", …): initials, particles
 *   and a capitalised word are a name ("wethouder Bakker", "mevrouw J. van der Meer-de Bruin"),
 *   even when the word is an ordinary word too; but not a portfolio ("wethouder Jeugd") and not
 *   "van" + a municipality or place ("burgemeester van Ede" is the mayor of a place);
 * - initials before a capitalised word ("J. Jansen", "J.P. Bakker", "J. de Boer"); a single
 *   initial before an ordinary word ("J. Vos", but also "bijlage B. Daarna") is flagged for the
 *   coordinator instead (`ordinaryWord`);
 * - mid-sentence, a capitalised particle before a capitalised word ("zei De Jong", "met Van der
 *   Laan"), and "van der"/"van den" before one in any case;
 * - a lower-case "de", "der", "den", "ter" or "ten" before a one-word place ("de Vries", "ter
 *   Horst"): a surname, since those places are not written with an article.
 * Places the gazetteer knows as a whole ("De Bilt", "Den Haag", "Ter Apel") stay places.
 */
export function findPersonPatterns(text: TokenisedText, places: readonly NameMatch[], words: WordList | undefined): NameMatch[] {
  const found: NameMatch[] = [];
  const placeAt = new Map(places.map((p) => [p.firstWord, p]));
  const covered = (i: number): NameMatch | undefined => places.find((p) => p.firstWord <= i && i <= p.lastWord);
  const { tokens } = text;
  let i = 0;
  while (i < tokens.length) {
    // Never from inside a place: "Reusel-De Mierden", "Vleuten-De Meern".
    const inPlace = covered(i);
    const span = inPlace && inPlace.firstWord < i ? null : (titled(i) ?? initialled(i) ?? particled(i));
    if (span) {
      found.push(span);
      i = span.lastWord + 1;
    } else i++;
  }
  return found;

  function titled(i: number): NameMatch | null {
    if (!TITLES.has(tokens[i].word) || i + 1 >= tokens.length || !/^(\. ?| )$/u.test(separatorAfter(text, i))) return null;
    const name = nameAfter(i + 1);
    if (!name) return null;
    const { particles, initials, core } = name;
    if (initials === 0 && particles.length === 0 && PORTFOLIOS.has(tokens[core].word)) return null;
    // "burgemeester van Ede", "wethouder van Den Haag": of a place, not a person.
    if (initials === 0 && particles[0] === 'van' && (placeAt.get(i + 2)?.lastWord ?? -1) >= core) return null;
    if (initials === 0 && particles.length === 0 && covered(core)?.kind === 'ORGANISATION') return null;
    return person(i + 1, name.last);
  }

  function initialled(i: number): NameMatch | null {
    if (!isInitial(text, i) || (i > 0 && isInitial(text, i - 1))) return null;
    const name = nameAfter(i);
    if (!name || name.initials === 0) return null;
    // "J. Vos" or "bijlage B. Daarna": left for the coordinator to decide (word-flags.ts).
    const ordinary = words !== undefined && isOrdinaryWord(words, tokens[name.core].word);
    if (ordinary && name.initials < 2 && name.particles.length === 0) return { ...person(i, name.last), ordinaryWord: true };
    return person(i, name.last);
  }

  function particled(i: number): NameMatch | null {
    const word = tokens[i].word;
    if (!SURNAME_PARTICLES.has(word) || placeAt.has(i)) return null;
    const name = nameAfter(i);
    if (!name || name.initials > 0) return null;
    // "van Den Haag", "van De Bilt": a place the gazetteer knows as a whole.
    for (let k = i; k < name.core; k++) if (placeAt.has(k)) return null;
    const capital = isCapitalised(text, i) && !startsSentence(text.original, tokens[i].start);
    const vanDer = name.particles.length >= 2 && name.particles[0] === 'van';
    const articleBeforePlace =
      !isCapitalised(text, i) &&
      name.particles.length === 1 &&
      word !== 'van' &&
      placeAt.get(name.core)?.kind === 'PLACE' &&
      placeAt.get(name.core)?.lastWord === name.core &&
      !placeAt.get(name.core)?.region;
    return capital || vanDer || articleBeforePlace ? person(i, name.last) : null;
  }

  /** Initials, particles, then a capitalised word, with a second surname after a hyphen ("Jansen-de Vries"). */
  function nameAfter(start: number): { initials: number; particles: string[]; core: number; last: number } | null {
    let j = start;
    let initials = 0;
    while (j < tokens.length - 1 && isInitial(text, j) && /^\. ?$/u.test(separatorAfter(text, j))) {
      initials++;
      j++;
    }
    const particles: string[] = [];
    while (j < tokens.length - 1 && TUSSENVOEGSELS.has(tokens[j].word) && / $/u.test(separatorAfter(text, j))) particles.push(tokens[j++].word);
    if (j >= tokens.length || !isCapitalised(text, j) || !/^\p{L}/u.test(tokens[j].word) || tokens[j].word.length < 2) return null;
    const core = j;
    let last = j;
    // "Jansen-de Vries", "Meer-de Bruin"
    while (last + 1 < tokens.length && separatorAfter(text, last) === '-') {
      let k = last + 1;
      while (k < tokens.length - 1 && TUSSENVOEGSELS.has(tokens[k].word) && / $/u.test(separatorAfter(text, k))) k++;
      if (!isCapitalised(text, k)) break;
      last = k;
    }
    return { initials, particles, core, last };
  }

  function person(first: number, last: number): NameMatch {
    return { kind: 'PERSON', key: 'person:pattern', form: 'NAME', firstWord: first, lastWord: last, start: tokens[first].start, end: tokens[last].end };
  }
}

/** Particles that begin a surname written alone: "De Jong", "Van Dijk", "Ter Horst". */
const SURNAME_PARTICLES = new Set(['de', 'der', 'den', 'van', 'ter', 'ten']);

/** What a wethouder can be "of": "wethouder Jeugd", "wethouder Zorg en Welzijn". Folded. */
const PORTFOLIOS = new Set([
  'jeugd',
  'zorg',
  'wmo',
  'onderwijs',
  'financien',
  'sociaal',
  'participatie',
  'werk',
  'inkomen',
  'welzijn',
  'cultuur',
  'sport',
  'wonen',
  'economie',
  'armoede',
  'armoedebeleid',
  'gezondheid',
  'volksgezondheid',
  'ruimte',
  'verkeer',
  'duurzaamheid',
  'financieen',
  'jeugdzorg',
  'schuldhulp',
  'veiligheid',
  'dienstverlening',
  'personeel',
  'organisatie',
  'p&o',
  'ict',
  'informatievoorziening',
]);
