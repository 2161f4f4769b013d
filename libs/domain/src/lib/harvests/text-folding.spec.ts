import fc from 'fast-check';
import { fold, foldText } from './text-folding';
import { isCapitalised, tokenise, wordsOf } from './word-tokens';

describe('fold', () => {
  it.each([
    ['Súdwest-Fryslân', 'sudwest-fryslan'],
    ['SÚDWEST‐FRYSLÂN', 'sudwest-fryslan'],
    ['’s-Hertogenbosch', "'s-hertogenbosch"],
    ['`s-Hertogenbosch', "'s-hertogenbosch"],
    ['´s-Hertogenbosch', "'s-hertogenbosch"],
    ['IJsselstein', 'ijsselstein'],
    ['ĳsselstein', 'ijsselstein'],
    ['Financiële  \t beheersbaarheid', 'financiele beheersbaarheid'],
    ['Yılmaz', 'yilmaz'],
    ['İstanbul', 'istanbul'],
    ['Straße', 'strasse'],
    ['Cafe\u0301', 'cafe'],
    // Decompositions are folded too: a double prime is two apostrophes, a lone diaeresis a space.
    ['″', "''"],
    ['a¨ ¨b', 'a b'],
  ])('%j → %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('remembers for every folded character where in the original it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const { text: folded, from, to } = foldText(text);
        expect(from).toHaveLength(folded.length);
        expect(to).toHaveLength(folded.length);
        for (let j = 0; j < folded.length; j++) {
          expect(0 <= from[j] && from[j] < to[j] && to[j] <= text.length).toBe(true);
          if (j > 0) expect(from[j]).toBeGreaterThanOrEqual(from[j - 1]);
        }
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => expect(fold(fold(text))).toBe(fold(text))));
  });
});

describe('tokenise', () => {
  it('splits into folded words at spaces, apostrophes, hyphens and punctuation', () => {
    expect(wordsOf("Gemeente 's-Hertogenbosch (Den Bosch), Bergen (NH.)")).toEqual(['gemeente', 's', 'hertogenbosch', 'den', 'bosch', 'bergen', 'nh']);
  });

  it('gives each word its range in the original', () => {
    const text = 'In  Súdwest-Fryslân!';
    expect(tokenise(text).tokens.map((t) => text.slice(t.start, t.end))).toEqual(['In', 'Súdwest', 'Fryslân']);
  });

  it('knows which words are capitalised', () => {
    const text = tokenise('utrecht Utrecht ÉDE ’s');
    expect([0, 1, 2, 3].map((i) => isCapitalised(text, i))).toEqual([false, true, true, false]);
  });
});
