/**
 * Names that identify whoever is in the network: every Dutch municipality (current and former) and
 * place. The lists are large and live on the server (`@kijkje/reference-data/gazetteer`); the
 * domain only describes their shape, so the web app never loads them.
 */
export interface Gazetteer {
  /** Municipalities, current and merged away, as CBS writes them: "Bergen (NH.)", "'s-Gravenhage". */
  municipalities: readonly string[];
  /** Woonplaatsen, villages, city districts. */
  places: readonly string[];
}

/**
 * A Dutch word list with hunspell's sense of case: `isWord('best')` and `isWord('Jansen')` are true,
 * `isWord('jansen')` is false. A capitalised word whose lower case is no word is a name.
 */
export interface WordList {
  isWord(word: string): boolean;
}

/** Is this folded or written word an ordinary Dutch word in lower case ("best", "putten")? */
export function isOrdinaryWord(words: WordList, word: string): boolean {
  return words.isWord(word.toLocaleLowerCase('nl'));
}
