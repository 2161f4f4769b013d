import type { NameKind } from './anonymisation-names';
import type { NameForm } from './derived-forms';
import { GENERIC_PART_NAMES, ORDINARY_WORD_NAMES, SENTENCE_OPENER_NAMES, WELL_KNOWN_NAMES } from './derived-forms';
import type { Gazetteer, WordList } from './gazetteer';
import { isOrdinaryWord } from './gazetteer';
import type { IndexEntry, NameIndex, Variant } from './name-index';
import { markAmbiguous, placeVariants, trieOf, variant, withoutQualifier } from './name-index';
import { PROVINCE_NAMES } from './provinces';
import { fold } from './text-folding';
import { wordsOf } from './word-tokens';

/**
 * The index of every municipality (current and former), place and province, whoever is in the
 * network. Built once per gazetteer and word list (a few thousand names, each with its derived
 * words) and kept. Decisions:
 * - a municipality outside the network is "gemeente A" like a member; its letter is kept under its
 *   folded name, so "Bergen" (NH. or L.) is one municipality here, as in a sentence it is;
 * - a name that is also an ordinary lower-case Dutch word ("Best", "Putten", "Ede", "Oost", "De
 *   Lier") counts only when capitalised, and at the start of a sentence, where everything is
 *   capitalised, it is flagged for the coordinator rather than replaced (see `ordinaryWord`);
 * - the same for a derived word that is an ordinary word ("Brander" of Brand);
 * - words of Dutch particles ("de", "den", "ter") are never the word that must be capitalised: "De
 *   Lier" and "de Lier" are both the place;
 * - a place named only by a word for a part of any town ("Oost", "Noord": GENERIC_PART_NAMES) is no
 *   place here: alone, the word identifies nobody;
 * - a place named by a common sentence opener ("Een": SENTENCE_OPENER_NAMES) is the word at the
 *   start of a sentence, and the place only where it is capitalised elsewhere.
 */
export function gazetteerIndex(gazetteer: Gazetteer, words: WordList): NameIndex {
  let byWords = cache.get(gazetteer);
  if (!byWords) cache.set(gazetteer, (byWords = new WeakMap()));
  let index = byWords.get(words);
  if (!index) byWords.set(words, (index = trieOf(gazetteerVariants(gazetteer, words))));
  return index;
}

const cache = new WeakMap<Gazetteer, WeakMap<WordList, NameIndex>>();

const PARTICLES = new Set(['de', 'den', 'der', 'het', 't', 's', 'ter', 'ten', 'te', 'op', 'aan', 'bij', 'van', 'en', 'in', 'onder', 'over', 'sint']);

function gazetteerVariants(gazetteer: Gazetteer, words: WordList): Variant[] {
  const variants: Variant[] = [];
  const wellKnown = new Map(Object.entries(WELL_KNOWN_NAMES).map(([name, known]) => [fold(name), known]));
  const add = (kind: NameKind, key: string, spelling: string): Variant[] => {
    const listed = ORDINARY_WORD_NAMES.has(wordsOf(spelling).join(' '));
    const base = wordsOf(spelling);
    const added = placeVariants(kind, key, spelling, listed ? firstNotParticle(base) : null).map((v) => lazy(v, words, base, listed));
    variants.push(...added);
    return added;
  };
  for (const municipality of gazetteer.municipalities) {
    const key = `gemeente:${wordsOf(municipality).join(' ')}`;
    const known = wellKnown.get(fold(municipality));
    for (const spelling of new Set([municipality, withoutQualifier(municipality), ...(known?.aliases ?? [])])) add('ORGANISATION', key, spelling);
    for (const [form, derived] of Object.entries(known?.derived ?? {}) as [NameForm, readonly string[]][])
      for (const word of derived) {
        const v = variant('ORGANISATION', key, word, form, null, false);
        if (v) variants.push({ ...v, base: wordsOf(municipality).join(' ') });
      }
  }
  for (const place of gazetteer.places) {
    const named = wordsOf(place).join(' ');
    if (GENERIC_PART_NAMES.has(named)) continue;
    const added = add('PLACE', `place:${fold(place)}`, place);
    if (SENTENCE_OPENER_NAMES.has(named)) for (const v of added) v.entry = { ...v.entry, sentenceOpener: true };
  }
  for (const province of PROVINCE_NAMES) {
    const key = `provincie:${fold(province.names[0])}`;
    for (const name of province.names) for (const v of add('PLACE', key, name)) v.entry = { ...v.entry, region: true };
    for (const [form, derived] of Object.entries(province.derived) as [NameForm, readonly string[]][])
      for (const word of derived) {
        const v = variant('PLACE', key, word, form, null, false);
        if (v) variants.push(regional(lazy(v, words, v.words, false)));
      }
  }
  markAmbiguous(variants);
  return variants;
}

/** The first word that is not a particle: the one that carries the capital ("Den *Ham*", "De *Lier*"). */
function firstNotParticle(parts: readonly string[]): number {
  const first = parts.findIndex((w) => !PARTICLES.has(w));
  return first === -1 ? 0 : first;
}

/**
 * A listed ordinary word ("Buren", "Oost") needs its capital now; any other name asks the word list
 * when it is first met in a text (name-matches.ts), so that building the index asks it nothing.
 */
function lazy(v: Variant, words: WordList, baseWords: readonly string[], listed: boolean): Variant {
  if (listed) return { ...v, entry: { ...v.entry, ordinaryWord: true } };
  return { ...v, entry: { ...v.entry, ordinaryBy: words, baseWords } };
}

/**
 * The word that must be capitalised when a gazetteer name is met: when the name is ordinary words
 * and particles only ("Best", "Den Ham"), its first word that is not a particle; for a derived word
 * that is an ordinary word ("Brander" of Brand), that word; otherwise none ("Lisse").
 */
export function gazetteerCapital(entry: IndexEntry, matched: readonly string[]): number | null {
  if (entry.resolvedCapital !== undefined) return entry.resolvedCapital;
  const words = entry.ordinaryBy!;
  const base = entry.baseWords ?? matched;
  let capital: number | null = base.every((w) => PARTICLES.has(w) || isOrdinaryWord(words, w)) ? firstNotParticle(base) : null;
  if (capital === null && entry.form !== 'NAME' && isOrdinaryWord(words, matched[matched.length - 1])) capital = matched.length - 1;
  entry.resolvedCapital = capital;
  return capital;
}

function regional(v: Variant): Variant {
  return { ...v, entry: { ...v.entry, region: true } };
}
