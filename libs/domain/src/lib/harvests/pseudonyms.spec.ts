import { letterFor, NO_PSEUDONYMS, pseudonymLetter } from './pseudonyms';

describe('pseudonyms', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'A2'],
    [51, 'Z2'],
    [52, 'A3'],
  ])('letter %i is %s', (n, letter) => {
    expect(pseudonymLetter(n)).toBe(letter);
  });

  it('keeps a letter once given and gives the next one to a newcomer', () => {
    const a = letterFor(NO_PSEUDONYMS, 'GM0344');
    const b = letterFor(a.pseudonyms, 'GM0193');
    const again = letterFor(b.pseudonyms, 'GM0344');
    expect([a.letter, b.letter, again.letter]).toEqual(['A', 'B', 'A']);
    expect(again.pseudonyms).toBe(b.pseudonyms);
    expect(NO_PSEUDONYMS.letters).toEqual({});
  });

  it('never gives a letter twice, even when letters were removed from the state', () => {
    expect(letterFor({ letters: { x: 'B' } }, 'y').letter).toBe('A');
    expect(letterFor({ letters: { x: 'A', y: 'B' } }, 'z').letter).toBe('C');
    expect(letterFor({ letters: { x: 'A', y: 'C' } }, 'z').letter).toBe('B');
  });

  it('is safe for any organisation id', () => {
    const { letter, pseudonyms } = letterFor(NO_PSEUDONYMS, '__proto__');
    expect(letter).toBe('A');
    expect(Object.hasOwn(pseudonyms.letters, '__proto__')).toBe(true);
    expect(letterFor(NO_PSEUDONYMS, 'constructor').letter).toBe('A');
  });
});
