/**
 * The letters of one harvest: the first municipality named becomes "gemeente A", the next
 * "gemeente B", and the same municipality keeps its letter in every quote of the harvest. The
 * state is a plain value the caller keeps with the harvest draft and passes to every call, so
 * letters stay stable while the coordinator edits. It maps letters back to organisations: keep it
 * with the draft, never in a published version.
 */
export interface Pseudonyms {
  /** Letter per organisation id, in order of first appearance. */
  readonly letters: Readonly<Record<string, string>>;
}

export const NO_PSEUDONYMS: Pseudonyms = Object.freeze({ letters: Object.freeze({}) });

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The n-th letter (0-based): A … Z, then A2 … Z2, A3 … A digit rather than "AA" so that no
 * pseudonym is ever a word that could complete a name ("gemeente AA en Hunze").
 */
export function pseudonymLetter(n: number): string {
  const round = Math.floor(n / ALPHABET.length);
  return `${ALPHABET[n % ALPHABET.length]}${round === 0 ? '' : round + 1}`;
}

/** The letter of this organisation, assigning the first free one when it has none yet. */
export function letterFor(pseudonyms: Pseudonyms, key: string): { letter: string; pseudonyms: Pseudonyms } {
  if (Object.hasOwn(pseudonyms.letters, key)) return { letter: pseudonyms.letters[key], pseudonyms };
  const taken = new Set(Object.values(pseudonyms.letters));
  let n = 0;
  while (taken.has(pseudonymLetter(n))) n++;
  const letter = pseudonymLetter(n);
  return { letter, pseudonyms: { letters: Object.fromEntries([...Object.entries(pseudonyms.letters), [key, letter]]) } };
}
