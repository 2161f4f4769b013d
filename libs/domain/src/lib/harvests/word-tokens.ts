import { foldText } from './text-folding';

/**
 * A word of a text: a maximal run of letters and digits after folding. Working in whole words is
 * what keeps "Ede" out of "mede", "Edelman" and "procedure"; apostrophes and hyphens separate
 * words, so "'s-Hertogenbosch" is the words "s" and "hertogenbosch", whatever the apostrophe.
 */
export interface WordToken {
  /** Folded: lower case, without diacritics. */
  word: string;
  /** Range in the folded text. */
  foldedStart: number;
  foldedEnd: number;
  /** Range in the original text. */
  start: number;
  end: number;
}

export interface TokenisedText {
  original: string;
  folded: string;
  /** Original range of each folded character (see text-folding.ts). */
  from: number[];
  to: number[];
  tokens: WordToken[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenise(original: string): TokenisedText {
  const { text, from, to } = foldText(original);
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const foldedStart = m.index;
    const foldedEnd = foldedStart + m[0].length;
    tokens.push({ word: m[0], foldedStart, foldedEnd, start: from[foldedStart], end: to[foldedEnd - 1] });
  }
  return { original, folded: text, from, to, tokens };
}

/** The folded words of a name, e.g. "Bergen (NH.)" → ['bergen', 'nh']. */
export function wordsOf(name: string): string[] {
  return tokenise(name).tokens.map((t) => t.word);
}

/** The folded text between word i and word i + 1. */
export function separatorAfter(text: TokenisedText, i: number): string {
  return text.folded.slice(text.tokens[i].foldedEnd, text.tokens[i + 1].foldedStart);
}

/** Does the original spelling of this word start with a capital letter? */
export function isCapitalised(text: TokenisedText, i: number): boolean {
  const first = text.original.slice(text.tokens[i].start, text.tokens[i].end);
  const letter = [...first].find((c) => /\p{L}/u.test(c));
  return letter !== undefined && letter !== letter.toLocaleLowerCase('nl');
}
