import type { WordList } from './gazetteer';

/**
 * The shortest parts a compound is split into: shorter ones make every name a compound. The last
 * part is longer, because surnames end in short words ("Jan-sen", "Bos-man").
 */
const MIN_PART = 3;
const MIN_HEAD = 4;
/** Dutch compounds link their parts with nothing, -s-, -e- or -en-: "toegang-s-medewerkers", "pann-en-koek". */
const LINKS = ['', 's', 'e', 'en'] as const;
const MAX_PARTS = 4;

/**
 * Is a lower-case word a Dutch compound of words the list knows: "ketenpartners" (keten +
 * partners), "toegangsmedewerkers" (toegang + s + medewerkers), "keukentafelgesprekken" (keuken +
 * tafel + gesprekken)? The hunspell word list holds few compounds, while Dutch makes them freely.
 * Dutch compounds are head-final, so the last part must be a word of its own (or a compound).
 * It cannot tell a place named like a compound ("kanaleneiland") from an ordinary one; that is why
 * only a word at the start of a sentence, whose capital says nothing, is judged this way.
 */
export function isCompoundOfWords(words: WordList, word: string): boolean {
  const memo = new Map<string, boolean>();
  const known = (part: string, parts: number): boolean => words.isWord(part) || (parts < MAX_PARTS && compound(part, parts + 1));
  function compound(w: string, parts: number): boolean {
    const key = `${parts}:${w}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let found = false;
    for (let split = MIN_PART; split <= w.length - MIN_HEAD && !found; split++) {
      const head = w.slice(split);
      if (!known(head, parts)) continue;
      const modifier = w.slice(0, split);
      found = LINKS.some(
        (link) => modifier.endsWith(link) && modifier.length - link.length >= MIN_PART && words.isWord(modifier.slice(0, modifier.length - link.length)),
      );
    }
    memo.set(key, found);
    return found;
  }
  return word.length >= MIN_PART + MIN_HEAD && compound(word, 2);
}
