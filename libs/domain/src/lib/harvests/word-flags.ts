import type { AnonymisationNames } from './anonymisation-names';
import { analyse } from './anonymise';
import { isCompoundOfWords } from './compounds';
import { isOrdinaryWord } from './gazetteer';
import { startsSentence } from './sentences';
import { fold } from './text-folding';
import { isCapitalised, tokenise } from './word-tokens';

/**
 * Words anonymising did not replace but that may well be a name: the coordinator decides each
 * ("vervangen" or "behouden") before the harvest can be published. Decisions:
 * - UNKNOWN_NAME: a capitalised word in the middle of a sentence whose lower case is no Dutch word
 *   ("zei Pietersen", "in Kanaleneiland"), or an acronym the word list does not know ("SWA");
 * - AMBIGUOUS_NAME: a place that is an ordinary word too, capitalised at the start of a sentence
 *   ("Best is dat …", "Putten heeft …"), where the capital says nothing; an initial before an
 *   ordinary word ("J. Vos", "bijlage B. Daarna");
 * - UNKNOWN_NAME too: a word at the start of a sentence that is no Dutch word in lower case and no
 *   compound of Dutch words ("Pietersen vertelde …"), since every sentence starts with a capital,
 *   the capital says nothing but the word itself still does ("Ketenpartners zeggen …" is not flagged);
 * - not flagged: one-letter words (initials, "gemeente A"), words with digits, acronyms the word
 *   list knows ("GGD", "VNG") and the words of the trade in KNOWN_TERMS ("Wmo", "Jeugdwet").
 * Without a word list nothing is flagged: the web app has none.
 */
export const FLAG_REASONS = ['UNKNOWN_NAME', 'AMBIGUOUS_NAME'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export interface FlaggedWord {
  /** As written. */
  text: string;
  /** Folded: what a decision is kept under. */
  key: string;
  start: number;
  end: number;
  reason: FlagReason;
}

/** The flagged words of a text, left to right, without those the coordinator decided to keep. */
export function findFlaggedWords(text: string, names: AnonymisationNames, kept: readonly string[] = []): FlaggedWord[] {
  const { words } = names;
  if (!words) return [];
  const tokenised = tokenise(text);
  const { found, ambiguous } = analyse(tokenised, names);
  const keep = new Set(kept.map(flagKey));
  const flags: FlaggedWord[] = ambiguous.map((m) => flag(text, m.start, m.end, 'AMBIGUOUS_NAME'));
  const inside = (start: number): boolean => found.some((f) => f.start <= start && start < f.end) || ambiguous.some((m) => m.start <= start && start < m.end);
  tokenised.tokens.forEach((token, i) => {
    if (inside(token.start) || !isCapitalised(tokenised, i)) return;
    const written = text.slice(token.start, token.end);
    if (token.word.length < 2 || /\p{N}/u.test(token.word) || KNOWN_TERMS.has(token.word)) return;
    if (isPlaceholder(text, token.start)) return;
    const acronym = written === written.toLocaleUpperCase('nl');
    if (acronym ? words.isWord(written) || isOrdinaryWord(words, written) : isOrdinaryWord(words, written)) return;
    if (startsSentence(text, token.start) && isCompoundOfWords(words, written.toLocaleLowerCase('nl'))) return;
    flags.push(flag(text, token.start, token.end, 'UNKNOWN_NAME'));
  });
  return flags.filter((f) => !keep.has(f.key)).sort((a, b) => a.start - b.start);
}

/** What a decision on a word is kept under: "Kanaleneiland", "KANALENEILAND" → "kanaleneiland". */
export function flagKey(word: string): string {
  return fold(word.trim());
}

function flag(text: string, start: number, end: number, reason: FlagReason): FlaggedWord {
  const written = text.slice(start, end);
  return { text: written, key: flagKey(written), start, end, reason };
}

/** The capital of "[Naam]" or "[Plaats]" at the start of a sentence is ours. */
function isPlaceholder(text: string, start: number): boolean {
  return text[start - 1] === '[';
}

/** Capitalised words of the social domain that name nobody. Folded. */
const KNOWN_TERMS: ReadonlySet<string> = new Set([
  'wmo',
  'jeugdwet',
  'participatiewet',
  'zvw',
  'wlz',
  'wsw',
  'wet',
  'bzk',
  'vws',
  'szw',
  'vng',
  'ndsd',
  'cbs',
  'ggd',
  'cjg',
  'uwv',
  'svb',
  'wijkteam',
  'wijkteams',
  'sociaal',
  'domein',
  'nederland',
  'nederlandse',
  'nederlanders',
  'rijk',
  'rijksoverheid',
  'kamer',
  'tweede',
  'europa',
  'europese',
  'kijkje',
  'covid',
  'corona',
  'naam',
  'plaats',
  'provincie',
  'verwijderd',
  'gemeente',
  'gemeenten',
]);

/**
 * The text with every occurrence of a flagged word (by its key) replaced by a placeholder: what
 * "vervangen" does. Only flagged occurrences: "Best" at the start of a sentence, not "best".
 */
export function replaceFlaggedWord(text: string, names: AnonymisationNames, key: string, placeholder: string): string {
  let out = '';
  let at = 0;
  for (const f of findFlaggedWords(text, names)) {
    if (f.key !== flagKey(key)) continue;
    out += text.slice(at, f.start) + placeholder;
    at = f.end;
  }
  return out + text.slice(at);
}
