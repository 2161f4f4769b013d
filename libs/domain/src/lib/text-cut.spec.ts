import fc from 'fast-check';
import { cutText } from './text-cut';

describe('cutText', () => {
  it.each([
    ['kort', 10, '', 'kort'],
    ['precies tien', 12, '…', 'precies tien'],
    ['een lange zin', 8, '…', 'een lan…'],
    // 😀 is two code units: cut before it rather than through it
    [`${'a'.repeat(9)}😀b`, 10, '', 'a'.repeat(9)],
    [`${'a'.repeat(8)}😀b`, 10, '', `${'a'.repeat(8)}😀`],
    // a family emoji (8 code units) and a letter with a combining accent stay whole or go whole
    ['ab👩‍👩‍👧cd', 6, '', 'ab'],
    ['cafe\u0301 en meer', 4, '', 'caf'],
  ])('%j cut to %d with %j → %j', (text, max, mark, expected) => {
    expect(cutText(text, max, mark)).toBe(expected);
  });

  it('never exceeds the bound and always leaves well-formed text that begins the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 60 }), fc.constantFrom('', '…'), (text, max, mark) => {
        const cut = cutText(text, max, mark);
        const short = text.length <= max;
        expect(cut.length).toBeLessThanOrEqual(short ? text.length : max);
        expect(cut.isWellFormed()).toBe(true);
        expect(text.startsWith(short ? cut : cut.slice(0, cut.length - mark.length))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
