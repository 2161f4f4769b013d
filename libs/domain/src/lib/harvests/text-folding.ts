/**
 * Folding for name matching: lower case, diacritics removed, apostrophes and hyphens unified,
 * whitespace runs collapsed. "Súdwest-Fryslân", "SUDWEST-FRYSLAN" and "sudwest‐fryslan" all fold
 * to "sudwest-fryslan". Every folded character remembers where it came from, so a match found in
 * the folded text can be replaced in the original.
 */

export interface FoldedText {
  text: string;
  /** For each folded character: the index in the original of the character it came from. */
  from: number[];
  /** For each folded character: the index just after that original character. */
  to: number[];
}

/** Letters that Unicode decomposition does not reduce to ASCII (as in slug.ts). */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const APOSTROPHE = /^['’‘`´ʼʻ′]$/u;
const HYPHEN = /^[\u2010\u2011]$/u;
const MARKS = /\p{M}/gu;
const WHITESPACE = /^\s$/u;

const cache = new Map<string, string>();

function foldCharacter(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  // An apostrophe as typed ("´" decomposes into a space and an accent); then decompose and map
  // what comes out: "″" decomposes into two primes, "¨" into a space.
  const folded = APOSTROPHE.test(ch)
    ? "'"
    : [...ch.normalize('NFKD').replace(MARKS, '').toLocaleLowerCase('nl').normalize('NFKD').replace(MARKS, '')]
        .map((c) => (APOSTROPHE.test(c) ? "'" : HYPHEN.test(c) ? '-' : WHITESPACE.test(c) ? ' ' : (SPECIAL_LETTERS[c] ?? c)))
        .join('');
  cache.set(ch, folded);
  return folded;
}

/** The folded text with, per folded character, the original range it came from. */
export function foldText(original: string): FoldedText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const next = i + ch.length;
    // Per UTF-16 unit, as string indices count; a run of spaces becomes one.
    for (const unit of foldCharacter(ch).split('')) {
      if (unit === ' ' && text.endsWith(' ')) continue;
      text += unit;
      from.push(i);
      to.push(next);
    }
    i = next;
  }
  return { text, from, to };
}

/** Only the folded text. */
export function fold(text: string): string {
  return foldText(text).text;
}
