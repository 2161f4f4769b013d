import { xmlSafe } from './text-safety';

describe('xmlSafe', () => {
  it.each([
    ['keeps ordinary text, tabs and line breaks', 'Coöperatie\t“oogst”\n😀', 'Coöperatie\t“oogst”\n😀'],
    ['drops characters XML forbids', 'a\u0000b\u0008c\u000Bd\uFFFFe', 'abcde'],
    ['drops unpaired surrogates but keeps pairs', 'a\uD83D b\uDE00 😀', 'a b 😀'],
  ])('%s', (_name, input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });
});
