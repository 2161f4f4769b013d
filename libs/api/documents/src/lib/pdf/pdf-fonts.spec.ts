import { faceChain, fontRuns, MISSING, startsRightToLeft } from './pdf-fonts';

const runs = (text: string, style: 'regular' | 'italic' = 'regular') => fontRuns(text, style).map((r) => [r.face.name, r.text]);

describe('the PDF fonts', () => {
  it('has a chain of faces per style, Noto Sans first, all readable', () => {
    for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      const chain = faceChain(style);
      expect(chain[0].name).toMatch(/^noto-sans-latin-[47]00-(normal|italic)$/);
      expect(chain.map((f) => f.data.toString('latin1', 0, 4))).not.toContain('wOFF');
    }
  });

  it.each<[string, string[][]]>([
    ['Gewoon Nederlands, € 5 – “ja”', [['noto-sans-latin-400-normal', 'Gewoon Nederlands, € 5 – “ja”']]],
    [
      'Łódź',
      [
        ['noto-sans-latin-ext-400-normal', 'Ł'],
        ['noto-sans-latin-400-normal', 'ód'],
        ['noto-sans-latin-ext-400-normal', 'ź'],
      ],
    ],
    [
      'ĳs en ş',
      [
        ['noto-sans-latin-ext-400-normal', 'ĳ'],
        ['noto-sans-latin-400-normal', 's en '],
        ['noto-sans-latin-ext-400-normal', 'ş'],
      ],
    ],
  ])('cuts %s into runs per face', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it('keeps a right-to-left phrase, its spaces included, in one run', () => {
    expect(runs('مرحبا بالعالم')).toEqual([['noto-sans-arabic-arabic-400-normal', 'مرحبا بالعالم']]);
    expect(runs('שלום עולם')).toEqual([['noto-sans-hebrew-hebrew-400-normal', 'שלום עולם']]);
  });

  it('uses the upright Arabic face in italic text, and symbol faces for symbols', () => {
    expect(runs('سلام', 'italic')[0][0]).toBe('noto-sans-arabic-arabic-400-normal');
    expect(runs('✓')[0][0]).toBe('noto-sans-symbols-2-symbols-400-normal');
    expect(runs('≤')[0][0]).toBe('noto-sans-math-latin-400-normal');
  });

  it('leaves out invisible characters and marks what no face has', () => {
    expect(
      runs('a\u200bb 日 👍🏽')
        .map(([, t]) => t)
        .join(''),
    ).toBe(`ab ${MISSING} ${MISSING}`);
  });

  it.each([
    ['مرحبا', true],
    ['2024: שלום', true],
    ['Utrecht مرحبا', false],
    ['123 …', false],
  ])('%s starts right to left: %s', (text, rtl) => {
    expect(startsRightToLeft(text)).toBe(rtl);
  });
});
