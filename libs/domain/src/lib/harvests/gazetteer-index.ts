import type { NameKind } from './anonymisation-names';
import type { NameForm } from './derived-forms';
import { ORDINARY_WORD_NAMES, WELL_KNOWN_NAMES } from './derived-forms';
import type { Gazetteer, WordList } from './gazetteer';
import { isOrdinaryWord } from './gazetteer';
import type { NameIndex, Variant } from './name-index';
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
 *   Lier" and "de Lier" are both the place.
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
  const add = (kind: NameKind, key: string, spelling: string): void => {
    for (const v of placeVariants(kind, key, spelling, capitalWordOf(spelling, words))) variants.push(guard(v, words));
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
  for (const place of gazetteer.places) add('PLACE', `place:${fold(place)}`, place);
  for (const province of PROVINCE_NAMES) {
    const key = `provincie:${fold(province.names[0])}`;
    for (const name of province.names) for (const v of placeVariants('PLACE', key, name, capitalWordOf(name, words))) variants.push(regional(guard(v, words)));
    for (const [form, derived] of Object.entries(province.derived) as [NameForm, readonly string[]][])
      for (const word of derived) {
        const v = variant('PLACE', key, word, form, capitalWordOf(word, words), false);
        if (v) variants.push(regional(guard(v, words)));
      }
  }
  markAmbiguous(variants);
  return variants;
}

/**
 * The word that must be capitalised when the name is ordinary words only ("Best", "Den Ham"): the
 * first that is not a particle; null when any word is a name ("Lisse", "Bergen op Zoom").
 */
function capitalWordOf(spelling: string, words: WordList): number | null {
  const parts = wordsOf(spelling);
  if (parts.length === 0) return null;
  const ordinary = ORDINARY_WORD_NAMES.has(parts.join(' ')) || parts.every((w) => PARTICLES.has(w) || isOrdinaryWord(words, w));
  if (!ordinary) return null;
  const first = parts.findIndex((w) => !PARTICLES.has(w));
  return first === -1 ? 0 : first;
}

/** A derived word that is an ordinary word ("brander") needs its capital too; any that does is ambiguous at a sentence start. */
function guard(v: Variant, words: WordList): Variant {
  const last = v.words.length - 1;
  let { capitalWord } = v.entry;
  if (capitalWord === null && v.entry.form !== 'NAME' && isOrdinaryWord(words, v.words[last])) capitalWord = last;
  return { ...v, entry: { ...v.entry, capitalWord, ordinaryWord: capitalWord !== null } };
}

function regional(v: Variant): Variant {
  return { ...v, entry: { ...v.entry, region: true } };
}
