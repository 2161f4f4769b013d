import type { AnonymisationNames } from './anonymisation-names';
import { findContactDetails } from './contact-details';
import { nameIndex } from './name-index';
import type { NameMatch } from './name-matches';
import { findNameMatches } from './name-matches';
import type { WordList } from './gazetteer';
import { gazetteerIndex } from './gazetteer-index';
import { findPersonPatterns } from './person-patterns';
import { PROVINCE_PLACEHOLDER } from './provinces';
import type { Pseudonyms } from './pseudonyms';
import { letterFor, NO_PSEUDONYMS } from './pseudonyms';
import type { TokenisedText } from './word-tokens';
import { tokenise } from './word-tokens';
import { startsSentence } from './sentences';

/**
 * Vertellen without blaming: quotes in a harvest must not say which municipality, person or place
 * they are about. What replaces what:
 * - a municipality → "gemeente A" (letters per harvest, see pseudonyms.ts); after the word
 *   "gemeente"/"gemeenten" only the letter ("Gemeente Utrecht" → "Gemeente A");
 * - an adjective of a municipality or place → "lokale" / "lokaal" ("de Utrechtse aanpak" → "de
 *   lokale aanpak", "Delfts beleid" → "lokaal beleid"): it keeps the sentence whole and needs no letter;
 * - inhabitants → "inwoner(s) van gemeente A" ("Rotterdammers" → "inwoners van gemeente A");
 *   of a place "inwoner(s) van [plaats]";
 * - a person → "[naam]", a place → "[plaats]", a province → "[provincie]" (its adjective "regionale");
 * - an e-mail address, a phone number, a postcode → "[verwijderd]";
 * - a web address with a name in it ("https://www.utrecht.nl/zorg") → "[verwijderd]", whole: the
 *   address identifies as much as the name, and half a replaced address is neither. Addresses
 *   without a name stay.
 * A replacement at the start of a sentence starts with a capital.
 */
export const REPLACEMENT_KINDS = ['ORGANISATION', 'PERSON', 'PLACE', 'EMAIL', 'PHONE', 'POSTCODE'] as const;
export type ReplacementKind = (typeof REPLACEMENT_KINDS)[number];

export const REMOVED_PLACEHOLDER = '[verwijderd]';
export const PERSON_PLACEHOLDER = '[naam]';
export const PLACE_PLACEHOLDER = '[plaats]';

export interface AnonymisedText {
  text: string;
  /** How many of each kind were replaced; only kinds that occurred, in REPLACEMENT_KINDS order. */
  replaced: { kind: ReplacementKind; count: number }[];
  /** The letters after this text: pass them to the next quote of the same harvest. */
  pseudonyms: Pseudonyms;
}

/** A name or contact detail still in a text, with its range, for the coordinator to fix. */
export interface RemainingName {
  kind: ReplacementKind;
  text: string;
  start: number;
  end: number;
}

/** A contact detail or a named web address (no `name`: replaced whole), or a name. */
export type Found =
  { kind: ReplacementKind; start: number; end: number; name?: undefined } | { kind: NameMatch['kind']; start: number; end: number; name: NameMatch };

/**
 * The text with every name of `names` and every contact detail replaced. Matching ignores case
 * and diacritics ("SUDWEST-FRYSLAN"), works on whole words ("Ede" is not in "mede"), prefers the
 * longest name ("Bergen op Zoom" over "Bergen") and knows derived words ("Utrechtse", "Zwolse",
 * "Amsterdammers"). Names that are ordinary words too ("Leiden", "Buren", "Best") count only when
 * capitalised. Pure: the pseudonyms come in and go out as values.
 */
export function anonymise(text: string, names: AnonymisationNames, pseudonyms: Pseudonyms = NO_PSEUDONYMS): AnonymisedText {
  const tokenised = tokenise(text);
  const found = findAll(tokenised, names);
  const counts = new Map<ReplacementKind, number>();
  let letters = pseudonyms;
  let out = '';
  let at = 0;
  for (const f of found) {
    counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    const replaced = replacementFor(f, tokenised, letters);
    letters = replaced.pseudonyms;
    out += text.slice(at, f.start) + (startsSentence(text, f.start) ? capitalise(replaced.text) : replaced.text);
    at = f.end;
  }
  out += text.slice(at);
  const replaced = REPLACEMENT_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
  return { text: out, replaced, pseudonyms: letters };
}

/** Several quotes of one harvest in order, the letters carried from one to the next. */
export function anonymiseAll(
  texts: readonly string[],
  names: AnonymisationNames,
  pseudonyms: Pseudonyms = NO_PSEUDONYMS,
): { results: Omit<AnonymisedText, 'pseudonyms'>[]; pseudonyms: Pseudonyms } {
  const results: Omit<AnonymisedText, 'pseudonyms'>[] = [];
  let letters = pseudonyms;
  for (const text of texts) {
    const result = anonymise(text, names, letters);
    results.push({ text: result.text, replaced: result.replaced });
    letters = result.pseudonyms;
  }
  return { results, pseudonyms: letters };
}

/**
 * The check before publishing: every name and contact detail `anonymise` would replace, as it
 * stands in the text now. A coordinator's edit after anonymising can bring a name back; this
 * finds it. Empty means the text may be published as far as names go.
 */
export function findRemainingNames(text: string, names: AnonymisationNames): RemainingName[] {
  return findAll(tokenise(text), names).map((f) => ({ kind: f.kind, text: text.slice(f.start, f.end), start: f.start, end: f.end }));
}

/** Web addresses, without trailing punctuation or a Markdown link's closing bracket. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()"'[\]]+?(?=[.,;:!?]*(?:[\s<>()"'[\]]|$))/gu;

function findAll(text: TokenisedText, names: AnonymisationNames): Found[] {
  return analyse(text, names).found;
}

/**
 * Everything to replace, and the names left alone because they may be ordinary words: a place at
 * the start of a sentence ("Best", "Putten": see gazetteer-index.ts) or an initial before an
 * ordinary word ("J. Vos": see person-patterns.ts). word-flags.ts flags those instead. A place
 * named by a common sentence opener ("Een") is neither at the start of a sentence.
 */
export function analyse(text: TokenisedText, names: AnonymisationNames): { found: Found[]; ambiguous: NameMatch[] } {
  const contacts: Found[] = findContactDetails(text.original);
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  const indices = names.gazetteer ? [nameIndex(names), gazetteerIndex(names.gazetteer, names.words ?? NO_WORDS)] : [nameIndex(names)];
  const places = findNameMatches(text, indices);
  const persons = names.gazetteer ? findPersonPatterns(text, places, names.words) : [];
  const all = [...persons, ...places.filter((p) => !persons.some((q) => overlaps(p, q)))]
    .filter((m) => !contacts.some((c) => overlaps(m, c)))
    .filter((m) => !(m.sentenceOpener && startsSentence(text.original, m.start)))
    .sort((a, b) => a.start - b.start);
  const ambiguous = all.filter((m) => m.ordinaryWord && (m.kind === 'PERSON' || startsSentence(text.original, m.start)));
  const nameMatches = all.filter((m) => !ambiguous.includes(m));
  const addresses: Found[] = [];
  for (const m of text.original.matchAll(WEB_ADDRESS)) {
    const address = { start: m.index, end: m.index + m[0].length };
    const named = nameMatches.find((n) => overlaps(n, address));
    if (named && !contacts.some((c) => overlaps(c, address))) addresses.push({ kind: named.kind, ...address });
  }
  const matches: Found[] = nameMatches
    .filter((m) => !addresses.some((a) => overlaps(m, a)))
    .map((m) => ({ kind: m.kind, start: m.start, end: m.end, name: m }));
  return {
    found: [...contacts, ...addresses, ...matches].sort((a, b) => a.start - b.start),
    ambiguous: ambiguous.filter((m) => !addresses.some((a) => overlaps(m, a))),
  };
}

/** Without a word list only the listed ordinary words (ORDINARY_WORD_NAMES) need a capital. */
const NO_WORDS: WordList = { isWord: () => false };

/** What replaces one finding; a municipality (not its adjective) takes a letter. */
function replacementFor(f: Found, text: TokenisedText, pseudonyms: Pseudonyms): { text: string; pseudonyms: Pseudonyms } {
  if (f.name === undefined) return { text: REMOVED_PLACEHOLDER, pseudonyms };
  const needsLetter = f.name.kind === 'ORGANISATION' && f.name.form !== 'ADJECTIVE' && f.name.form !== 'ADJECTIVE_UNINFLECTED';
  const { letter, pseudonyms: next } = needsLetter ? letterFor(pseudonyms, f.name.key) : { letter: '', pseudonyms };
  return { text: nameReplacement(f.name, letter, isGemeenteBefore(text, f.name)), pseudonyms: next };
}

function nameReplacement(match: NameMatch, letter: string, afterGemeente: boolean): string {
  if (match.kind === 'PERSON') return PERSON_PLACEHOLDER;
  const place = match.kind === 'ORGANISATION' ? `gemeente ${letter}` : match.region ? PROVINCE_PLACEHOLDER : PLACE_PLACEHOLDER;
  switch (match.form) {
    case 'NAME':
      return match.kind === 'ORGANISATION' && afterGemeente ? letter : place;
    case 'ADJECTIVE':
      return match.region ? 'regionale' : 'lokale';
    case 'ADJECTIVE_UNINFLECTED':
      return match.region ? 'regionaal' : 'lokaal';
    case 'INHABITANT':
      return `inwoner van ${place}`;
    case 'INHABITANTS':
      return `inwoners van ${place}`;
  }
}

/** "gemeente Utrecht", "Gemeente 's-Hertogenbosch": the word itself, then only spaces. */
function isGemeenteBefore(text: TokenisedText, match: NameMatch): boolean {
  const before = text.tokens[match.firstWord - 1];
  return (
    before !== undefined && (before.word === 'gemeente' || before.word === 'gemeenten') && /^[^\S\n]+$/u.test(text.original.slice(before.end, match.start))
  );
}

function capitalise(replacement: string): string {
  return replacement.charAt(0).toLocaleUpperCase('nl') + replacement.slice(1);
}
