import type { PersonVariant } from './person-variants';
import { personVariants } from './person-variants';

const v = (source: string, capitalWord: number | null = null, needsPrefix = false): PersonVariant => ({ source, capitalWord, needsPrefix });

describe('personVariants', () => {
  it.each<[string, PersonVariant[]]>([
    ['Jan de Vries', [v('Jan de Vries'), v('de vries', 1), v('Jan', 0)]],
    ['Jan Pieter de Vries', [v('Jan Pieter de Vries'), v('Jan de Vries'), v('Pieter de Vries'), v('de vries', 1), v('Jan', 0), v('Pieter', 0)]],
    ['Lotte van der Meer', [v('Lotte van der Meer'), v('van der meer', 2), v('Lotte', 0)]],
    ['Noor Bos', [v('Noor Bos'), v('bos', 0, true), v('Noor', 0)]],
    ['Anne-Marie Jansen', [v('Anne-Marie Jansen'), v('jansen', 0), v('Anne-Marie', 0)]],
    ['Ingrid Jansen-de Wit', [v('Ingrid Jansen-de Wit'), v('jansen de wit', 0), v('jansen', 0), v('de wit', 1, true), v('Ingrid', 0)]],
    ['J. de Vries', [v('J. de Vries'), v('de vries', 1)]],
    ['Bo de Vries', [v('Bo de Vries'), v('de vries', 1)]],
    ['Fatima', [v('Fatima', 0)]],
    ['  Jan   de  Vries ', [v('Jan de Vries'), v('de vries', 1), v('Jan', 0)]],
    ['', []],
    ['-', []],
  ])('%j', (name, variants) => {
    expect(personVariants(name)).toEqual(variants);
  });
});
