import { clampMarkdownSource, MAX_MARKDOWN_LENGTH } from './limits';

describe('clampMarkdownSource', () => {
  it('keeps text up to the limit untouched', () => {
    const text = 'a'.repeat(MAX_MARKDOWN_LENGTH);
    expect(clampMarkdownSource(text)).toBe(text);
  });

  it('cuts longer text to the limit and marks the cut', () => {
    const clamped = clampMarkdownSource('a'.repeat(MAX_MARKDOWN_LENGTH + 500));
    expect(clamped).toHaveLength(MAX_MARKDOWN_LENGTH);
    expect(clamped.endsWith('…')).toBe(true);
  });

  it('never cuts a character in half', () => {
    // 😀 is two UTF-16 code units; the cut must fall before it, not inside it.
    const clamped = clampMarkdownSource('ab😀cd', 4);
    expect(clamped).toBe('ab…');
    expect(clamped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it.each([null, undefined])('treats %s as empty text', (value) => {
    expect(clampMarkdownSource(value)).toBe('');
  });
});
