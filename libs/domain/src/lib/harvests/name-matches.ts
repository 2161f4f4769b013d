import type { NameKind } from './anonymisation-names';
import type { NameForm } from './derived-forms';
import { gazetteerCapital } from './gazetteer-index';
import type { IndexEntry, NameIndex } from './name-index';
import type { TokenisedText } from './word-tokens';
import { isCapitalised, separatorAfter } from './word-tokens';

/** A name found in a text: its kind, who it is, and its range in the original. */
export interface NameMatch {
  kind: NameKind;
  key: string;
  form: NameForm;
  /** Indices of the first and last word of the match. */
  firstWord: number;
  lastWord: number;
  start: number;
  end: number;
  /** A province (see IndexEntry). */
  region?: boolean;
  /** From the gazetteer and an ordinary word too (see IndexEntry). */
  ordinaryWord?: boolean;
  /** A place named by a common sentence opener (see IndexEntry). */
  sentenceOpener?: boolean;
}

/** "'t" and "'s", folded without their apostrophe. */
const ELIDED_ARTICLES: ReadonlySet<string> = new Set(['t', 's']);

/** What may stand between the words of one name: "Bergen op Zoom", "Súdwest-Fryslân", "Bergen (NH.)". */
const LIGHT_SEPARATOR = /^[ \-'.(),]{1,3}$/u;

/** Words before a surname that make even a short one a name: "mevrouw Vos", "wethouder Bos". */
export const TITLES: ReadonlySet<string> = new Set([
  'meneer',
  'mevrouw',
  'mevr',
  'mw',
  'dhr',
  'heer',
  'dr',
  'drs',
  'ir',
  'ing',
  'mr',
  'prof',
  'wethouder',
  'burgemeester',
  'directeur',
  'teamleider',
  'coordinator',
  'collega',
  'mijnheer',
  'mvr',
  'juffrouw',
  'manager',
  'beleidsmedewerker',
  'beleidsadviseur',
  'adviseur',
  'consulent',
  'voorzitter',
  'secretaris',
  'griffier',
  'raadslid',
  'gemeentesecretaris',
  'regisseur',
  'casemanager',
  'wijkcoach',
  'projectleider',
  'programmamanager',
  'kwartiermaker',
  'huisarts',
  'wijkagent',
  'opbouwwerker',
  'gedeputeerde',
  'minister',
  'staatssecretaris',
]);

/**
 * Every name in the text, left to right, never overlapping. At each word the longest name wins
 * ("Bergen op Zoom" over "Bergen", "Utrechtse Heuvelrug" over "Utrechtse"); among names of the
 * same words a municipality wins over a place over a person, and the name over a derived word.
 */
export function findNameMatches(text: TokenisedText, index: NameIndex | readonly NameIndex[]): NameMatch[] {
  const indices = Array.isArray(index) ? (index as readonly NameIndex[]) : [index as NameIndex];
  const matches: NameMatch[] = [];
  const { tokens } = text;
  let firstFree = 0;
  for (let i = 0; i < tokens.length;) {
    // The longest name of any index; of equal length, the first index's (the network's own names).
    let match: NameMatch | null = null;
    for (const idx of indices) {
      const found = longestAt(text, idx, i, firstFree);
      if (found && (!match || found.lastWord > match.lastWord)) match = found;
    }
    if (!match) {
      i++;
      continue;
    }
    matches.push(match);
    firstFree = match.lastWord + 1;
    i = firstFree;
  }
  return matches;
}

function longestAt(text: TokenisedText, index: NameIndex, i: number, firstFree: number): NameMatch | null {
  const { tokens } = text;
  const reached: { last: number; entries: IndexEntry[] }[] = [];
  let node = index.root;
  for (let j = i; j < tokens.length && j - i < index.maxWords; j++) {
    if (j > i && !LIGHT_SEPARATOR.test(separatorAfter(text, j - 1))) break;
    const child = node.next.get(tokens[j].word);
    if (!child) break;
    node = child;
    if (node.entries.length > 0) reached.push({ last: j, entries: node.entries });
  }
  for (let r = reached.length - 1; r >= 0; r--) {
    const { last, entries } = reached[r];
    const entry = entries.find((e) => accepts(text, e, i, last, firstFree));
    if (entry) return toMatch(text, entry, i, last, firstFree);
  }
  return null;
}

function accepts(text: TokenisedText, entry: IndexEntry, first: number, last: number, firstFree: number): boolean {
  for (let k = first; k < last; k++) {
    const own = entry.separators[k - first];
    const actual = separatorAfter(text, k);
    if (actual.length > Math.max(3, own.length + 1) || [...actual].some((c) => c !== ' ' && c !== '-' && !own.includes(c))) return false;
  }
  const capital = capitalWordOf(text, entry, first, last);
  if (capital !== null && !isCapitalised(text, first + capital)) return false;
  if (entry.needsPrefix && !hasPrefix(text, first, firstFree)) return false;
  return true;
}

/** The word of the match that must be capitalised, if any; a gazetteer name asks its word list (once). */
function capitalWordOf(text: TokenisedText, entry: IndexEntry, first: number, last: number): number | null {
  if (entry.capitalWord !== null || !entry.ordinaryBy) return entry.capitalWord;
  return gazetteerCapital(
    entry,
    text.tokens.slice(first, last + 1).map((t) => t.word),
  );
}

/** Directly after initials ("J. Vos") or a title ("mevrouw Vos", "dhr. Vos"). */
function hasPrefix(text: TokenisedText, first: number, firstFree: number): boolean {
  const before = first - 1;
  if (before < firstFree) return false;
  if (!/^\.? $|^\.$/u.test(separatorAfter(text, before))) return false;
  return TITLES.has(text.tokens[before].word) || isInitial(text, before);
}

/** One or two letters followed by a full stop, capitalised: "J.", "Th.". */
export function isInitial(text: TokenisedText, i: number): boolean {
  const token = text.tokens[i];
  return token.word.length <= 2 && /^\p{L}+$/u.test(token.word) && text.folded[token.foldedEnd] === '.' && isCapitalised(text, i);
}

function toMatch(text: TokenisedText, entry: IndexEntry, first: number, last: number, firstFree: number): NameMatch {
  const { tokens, folded } = text;
  let firstWord = first;
  // Initials belong to the person: "J.P. de Vries" is one name.
  if (entry.kind === 'PERSON')
    while (firstWord - 1 >= firstFree && isInitial(text, firstWord - 1) && /^\. ?$/u.test(separatorAfter(text, firstWord - 1))) firstWord--;

  let foldedStart = tokens[firstWord].foldedStart;
  if (entry.leading !== '' && folded.slice(foldedStart - entry.leading.length, foldedStart) === entry.leading) foldedStart -= entry.leading.length;
  // The apostrophe of an elided article belongs to the name even where a list spells it without
  // ("t Veld"): "in 't Veld" becomes "in [plaats]", not "in '[plaats]".
  else if (ELIDED_ARTICLES.has(tokens[firstWord].word) && folded[foldedStart - 1] === "'") foldedStart -= 1;
  let foldedEnd = tokens[last].foldedEnd;
  for (let n = 0; n < entry.trailing.length && foldedEnd < folded.length && entry.trailing.includes(folded[foldedEnd]); n++) foldedEnd++;

  return {
    kind: entry.kind,
    key: entry.key,
    form: entry.form,
    firstWord,
    lastWord: last,
    start: text.from[foldedStart],
    end: text.to[foldedEnd - 1],
    ...(entry.region ? { region: true } : {}),
    ...(entry.ordinaryWord || (entry.ordinaryBy && capitalWordOf(text, entry, first, last) !== null) ? { ordinaryWord: true } : {}),
    ...(entry.sentenceOpener ? { sentenceOpener: true } : {}),
  };
}
