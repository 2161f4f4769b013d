import { tidy } from './collation';
import { wordsOf } from './word-tokens';

/**
 * How a person's name can appear in a quote, from the full name as the network knows it
 * ("Jan Pieter de Vries"). Decisions:
 * - the full name, and each given name with the surname ("Jan de Vries", "Pieter de Vries"),
 *   in any case;
 * - the surname with its tussenvoegsels ("de Vries", "De Vries"), when its core is capitalised and
 *   has at least SURNAME_ALONE_MIN letters; shorter surnames ("Vos", "Bos", words too) only after
 *   initials or a title ("J. Vos", "mevrouw Vos"). The core alone ("Vries") is not matched: nobody
 *   refers to Van der Meer as "Meer", and "Meer dan de helft" must survive;
 * - each given name alone ("Jan"), when capitalised and at least GIVEN_NAME_ALONE_MIN letters: in
 *   a network of a few hundred people a first name identifies a colleague. A sentence that starts
 *   with a word that is also someone's first name is replaced too: the safe side;
 * - initials before a surname ("J. de Vries", "J.P. de Vries") are swallowed with it (name-matches.ts).
 */
export interface PersonVariant {
  /** Spelling to match; its words are folded when indexed. */
  source: string;
  /** Index of the word that must be capitalised in the text, or null for any case. */
  capitalWord: number | null;
  /** Only when directly preceded by initials or a title. */
  needsPrefix: boolean;
}

export const SURNAME_ALONE_MIN = 4;
export const GIVEN_NAME_ALONE_MIN = 3;

/** Folded tussenvoegsels: lower-case name particles that are part of the surname. */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'op',
  'in',
  'aan',
  'bij',
  'onder',
  'uit',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'el',
  'al',
  'von',
  'zu',
  'vom',
  'zum',
]);

const isParticle = (word: string): boolean => TUSSENVOEGSELS.has(word);

export function personVariants(fullName: string): PersonVariant[] {
  const parts = tidy(fullName)
    .split(' ')
    .filter((part) => wordsOf(part).length > 0);
  if (parts.length === 0) return [];
  if (parts.length === 1) return givenNameAlone(parts[0]);

  // Given names run up to the first part that starts the surname: a particle ("de"), a part with
  // a particle inside ("Jansen-de"), or the last part.
  let g = 0;
  while (g < parts.length - 1 && !startsSurname(parts[g], g)) g++;
  const given = parts.slice(0, g);
  const surname = parts.slice(g).join(' ');
  const surnameWords = wordsOf(surname);

  const variants: PersonVariant[] = [{ source: parts.join(' '), capitalWord: null, needsPrefix: false }];
  if (given.length > 1) for (const name of given) variants.push({ source: `${name} ${surname}`, capitalWord: null, needsPrefix: false });
  variants.push(...surnameVariants(surnameWords));
  for (const name of given) variants.push(...givenNameAlone(name));
  return dedupe(variants);
}

function startsSurname(part: string, index: number): boolean {
  const words = wordsOf(part);
  return (index > 0 && isParticle(words[0])) || words.slice(1).some(isParticle);
}

/** The whole surname, and each of its segments (particles + core) for double names ("Jansen-de Vries"). */
function surnameVariants(words: string[]): PersonVariant[] {
  const segments: string[][] = [];
  let particles: string[] = [];
  for (const word of words) {
    if (isParticle(word)) particles.push(word);
    else {
      segments.push([...particles, word]);
      particles = [];
    }
  }
  if (segments.length === 0) return [];
  const whole = segments.flat();
  const variants = [surnameVariant(whole, segments[0].length - 1)];
  if (segments.length > 1) for (const segment of segments) variants.push(surnameVariant(segment, segment.length - 1));
  return variants;
}

function surnameVariant(words: string[], core: number): PersonVariant {
  return { source: words.join(' '), capitalWord: core, needsPrefix: [...words[core]].length < SURNAME_ALONE_MIN };
}

function givenNameAlone(name: string): PersonVariant[] {
  const letters = wordsOf(name).join('').length;
  return letters >= GIVEN_NAME_ALONE_MIN ? [{ source: name, capitalWord: 0, needsPrefix: false }] : [];
}

function dedupe(variants: PersonVariant[]): PersonVariant[] {
  const seen = new Set<string>();
  return variants.filter((v) => {
    const key = wordsOf(v.source).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
