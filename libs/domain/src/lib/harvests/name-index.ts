import type { AnonymisationNames, NameKind } from './anonymisation-names';
import type { WordList } from './gazetteer';
import type { NameForm } from './derived-forms';
import { derivedForms, ORDINARY_WORD_NAMES, WELL_KNOWN_NAMES } from './derived-forms';
import { personVariants } from './person-variants';
import { fold } from './text-folding';
import { tokenise, wordsOf } from './word-tokens';

/** One way a name can appear, stored at the node of its last word. */
export interface IndexEntry {
  kind: NameKind;
  /** Who it is: the organisation id for a municipality (what its pseudonym letter is kept under). */
  key: string;
  form: NameForm;
  /** Folded text between the words in the source spelling ("(" in "bergen (nh"). */
  separators: string[];
  /** Folded punctuation before the first word ("'" of "'s-Hertogenbosch") and after the last (".)"). */
  leading: string;
  trailing: string;
  capitalWord: number | null;
  needsPrefix: boolean;
  /** A province: replaced by "[provincie]", "regionale", not by a place. */
  region?: boolean;
  /**
   * A name from the gazetteer that is also an ordinary word ("Best", "Putten"): capitalised at the
   * start of a sentence it may be either, so it is flagged for the coordinator, not replaced.
   */
  ordinaryWord?: boolean;
  /**
   * A place named by a word that starts countless sentences ("Een": SENTENCE_OPENER_NAMES): at the
   * start of a sentence it is read as the word, neither replaced nor flagged; elsewhere, capitalised,
   * it is the place.
   */
  sentenceOpener?: boolean;
  /**
   * Whether the name is an ordinary word is asked of this word list when the name is first met in
   * a text, not when the index is built (thousands of names, each with a dozen derived words):
   * see `capitalWordOf` in name-matches.ts. `baseWords`: the words of the name it derives from.
   */
  ordinaryBy?: WordList;
  baseWords?: readonly string[];
  /** The answer, once asked (a cache on the shared index). */
  resolvedCapital?: number | null;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: IndexEntry[];
}

/** Every name variant by its sequence of folded words; walked word by word for the longest match. */
export interface NameIndex {
  root: TrieNode;
  maxWords: number;
}

const KIND_ORDER: Readonly<Record<NameKind, number>> = { ORGANISATION: 0, PLACE: 1, PERSON: 2 };

const cache = new WeakMap<AnonymisationNames, NameIndex>();

/** The index of these names; built once per names object. */
export function nameIndex(names: AnonymisationNames): NameIndex {
  let index = cache.get(names);
  if (!index) {
    index = buildIndex(names);
    cache.set(names, index);
  }
  return index;
}

export interface Variant {
  words: string[];
  entry: IndexEntry;
  /** The words of the name it derives from; one pseudonym per name when a word is ambiguous. */
  base: string;
}

function buildIndex(names: AnonymisationNames): NameIndex {
  const variants: Variant[] = [];
  const wellKnown = new Map(Object.entries(WELL_KNOWN_NAMES).map(([name, known]) => [fold(name), known]));
  for (const org of names.organisations) {
    const known = wellKnown.get(fold(org.name));
    const spellings = [org.name, withoutQualifier(org.name), ...(org.aliases ?? []), ...(known?.aliases ?? [])];
    for (const spelling of spellings) variants.push(...placeVariants('ORGANISATION', org.id, spelling));
    for (const [form, words] of Object.entries(known?.derived ?? {}) as [NameForm, readonly string[]][])
      for (const word of words) {
        const v = variant('ORGANISATION', org.id, word, form, null, false);
        if (v) variants.push({ ...v, base: wordsOf(org.name).join(' ') });
      }
  }
  for (const place of names.places) variants.push(...placeVariants('PLACE', `place:${fold(place)}`, place));
  for (const person of names.persons)
    for (const p of personVariants(person)) {
      const v = variant('PERSON', `person:${fold(person)}`, p.source, 'NAME', p.capitalWord, p.needsPrefix);
      if (v) variants.push(v);
    }

  markAmbiguous(variants);
  return trieOf(variants);
}

/** The trie of these variants, for the longest match word by word. */
export function trieOf(variants: readonly Variant[]): NameIndex {
  const root: TrieNode = { next: new Map(), entries: [] };
  let maxWords = 0;
  for (const { words, entry } of variants) {
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), entries: [] }));
      node = child;
    }
    if (!node.entries.some((e) => sameEntry(e, entry))) node.entries.push(entry);
    maxWords = Math.max(maxWords, words.length);
  }
  sortEntries(root);
  return { root, maxWords };
}

/** "Bergen (NH.)" is mostly written "Bergen". */
export function withoutQualifier(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/u, '');
}

/**
 * A municipality or place name and its derived words. `capitalWord`: the word that must be
 * capitalised because the name is an ordinary word too (by default only the listed ones).
 */
export function placeVariants(kind: NameKind, key: string, spelling: string, capitalWord?: number | null): Variant[] {
  const words = tokenise(spelling).tokens.map((t) => t.word);
  if (words.length === 0) return [];
  const ordinary = capitalWord !== undefined ? capitalWord : ORDINARY_WORD_NAMES.has(words.join(' ')) ? 0 : null;
  const plain = variant(kind, key, spelling, 'NAME', ordinary, false);
  if (!plain) return [];
  const out: Variant[] = [plain];
  const last = words[words.length - 1];
  for (const [derived, form] of derivedForms(last))
    out.push({
      words: [...words.slice(0, -1), derived],
      // Derived words of an ordinary word ("Bergse", "Kamper") also need their capital.
      entry: { ...plain.entry, form, trailing: '' },
      base: plain.base,
    });
  return out;
}

export function variant(kind: NameKind, key: string, spelling: string, form: NameForm, capitalWord: number | null, needsPrefix: boolean): Variant | null {
  const text = tokenise(spelling);
  const { tokens, folded } = text;
  if (tokens.length === 0) return null;
  const words = tokens.map((t) => t.word);
  const separators = tokens.slice(1).map((t, i) => folded.slice(tokens[i].foldedEnd, t.foldedStart));
  const leading = folded.slice(0, tokens[0].foldedStart).trim();
  const trailing = folded.slice(tokens[tokens.length - 1].foldedEnd).trim();
  return { words, base: words.join(' '), entry: { kind, key, form, separators, leading, trailing, capitalWord, needsPrefix } };
}

/**
 * A word sequence that belongs to more than one municipality ("Bergen" for Bergen (NH.) and
 * Bergen (L.)) cannot be told apart: it gets a pseudonym of its own, not one of theirs.
 */
export function markAmbiguous(variants: Variant[]): void {
  const owners = new Map<string, Set<string>>();
  const keyOf = (v: Variant): string => `${v.words.join(' ')}|${v.entry.form}`;
  for (const v of variants)
    if (v.entry.kind === 'ORGANISATION') {
      const set = owners.get(keyOf(v)) ?? new Set<string>();
      set.add(v.entry.key);
      owners.set(keyOf(v), set);
    }
  for (const v of variants) if (v.entry.kind === 'ORGANISATION' && (owners.get(keyOf(v))?.size ?? 0) > 1) v.entry = { ...v.entry, key: `ambiguous:${v.base}` };
}

function sameEntry(a: IndexEntry, b: IndexEntry): boolean {
  return (
    a.kind === b.kind &&
    a.key === b.key &&
    a.form === b.form &&
    a.capitalWord === b.capitalWord &&
    a.needsPrefix === b.needsPrefix &&
    a.region === b.region &&
    a.ordinaryWord === b.ordinaryWord &&
    a.sentenceOpener === b.sentenceOpener &&
    a.ordinaryBy === b.ordinaryBy &&
    (a.baseWords ?? []).join(' ') === (b.baseWords ?? []).join(' ') &&
    a.leading === b.leading &&
    a.trailing === b.trailing &&
    a.separators.join('|') === b.separators.join('|')
  );
}

/** Municipalities before places before persons, the name before derived words, the most permissive first. */
function sortEntries(node: TrieNode): void {
  node.entries.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      // The province Zeeland over the village Zeeland.
      Number(!a.region) - Number(!b.region) ||
      Number(a.form !== 'NAME') - Number(b.form !== 'NAME') ||
      Number(a.capitalWord !== null) - Number(b.capitalWord !== null) ||
      Number(a.needsPrefix) - Number(b.needsPrefix),
  );
  for (const child of node.next.values()) sortEntries(child);
}
