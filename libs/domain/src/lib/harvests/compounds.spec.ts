import { isCompoundOfWords } from './compounds';

const words = {
  isWord: (w: string) =>
    ['keten', 'partners', 'toegang', 'medewerkers', 'keuken', 'tafel', 'gesprekken', 'pan', 'koek', 'jan', 'sen', 'bos', 'man', 'en'].includes(w),
};

describe('isCompoundOfWords', () => {
  it.each(['ketenpartners', 'toegangsmedewerkers', 'keukentafelgesprekken'])('%s is a compound', (w) => {
    expect(isCompoundOfWords(words, w)).toBe(true);
  });

  it('links parts only with nothing, -s-, -e- or -en-', () => {
    expect(isCompoundOfWords(words, 'pannenkoek')).toBe(false);
    expect(isCompoundOfWords(words, 'ketenxpartners')).toBe(false);
  });

  it('needs parts of at least three letters and a known last part', () => {
    expect(isCompoundOfWords(words, 'jansen')).toBe(false);
    expect(isCompoundOfWords(words, 'ketenpartner')).toBe(false);
    expect(isCompoundOfWords(words, 'partnersketen')).toBe(true);
    expect(isCompoundOfWords(words, 'ketenen')).toBe(false);
  });

  it('is not fooled by a name that merely ends in a word', () => {
    expect(isCompoundOfWords(words, 'xyzpartners')).toBe(false);
    expect(isCompoundOfWords(words, 'pietersen')).toBe(false);
    // Surnames end in short words: the last part needs four letters.
    expect(isCompoundOfWords(words, 'jansen')).toBe(false);
    expect(isCompoundOfWords(words, 'bosman')).toBe(false);
  });
});
