import { winAnsiSafe, xmlSafe } from './text-safety';

describe('winAnsiSafe', () => {
  it.each([
    ['Dutch text is kept', 'Coöperatie ’s-Hertogenbosch: “oogst” – ë é ï ü … € ĳ', 'Coöperatie ’s-Hertogenbosch: “oogst” – ë é ï ü … € ij'],
    ['decomposed accents are composed first', 'e\u0301', 'é'],
    ['accents outside WinAnsi lose the accent, not the letter', 'Şahin Ğül Ōsaka Dvořák', 'Sahin Gül Osaka Dvorák'],
    ['letters without a decomposition get a stand-in', 'Łódź, Bıçak', 'Lódz, Biçak'],
    ['ligatures are spelled out', 'ﬁnancieel', 'financieel'],
    ['symbols get readable stand-ins', '≥ 4 → 5 ✓ ✔', '>= 4 -> 5 v v'],
    ['emoji, skin tones, flags and joiners are dropped', 'top 👍🏽 en 👩‍👩‍👧 🇳🇱 😀!', 'top  en   !'],
    ['odd spaces become spaces', 'a\u2009b\u202Fc', 'a b c'],
    ['control characters are dropped, line breaks kept', 'a\u0000b\u0007\nc', 'ab\nc'],
    ['tabs become spaces', 'a\tb', 'a    b'],
    ['unknown scripts become "?"', '日本', '??'],
    ['a lone surrogate becomes "?"', 'a\uD83Db', 'a?b'],
  ])('%s', (_name, input, expected) => {
    expect(winAnsiSafe(input)).toBe(expected);
  });
});

describe('xmlSafe', () => {
  it.each([
    ['keeps ordinary text, tabs and line breaks', 'Coöperatie\t“oogst”\n😀', 'Coöperatie\t“oogst”\n😀'],
    ['drops characters XML forbids', 'a\u0000b\u0008c\u000Bd\uFFFFe', 'abcde'],
    ['drops unpaired surrogates but keeps pairs', 'a\uD83D b\uDE00 😀', 'a b 😀'],
  ])('%s', (_name, input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });
});
