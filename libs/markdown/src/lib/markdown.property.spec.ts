import fc from 'fast-check';
import { markdownToBlocks } from './markdown-to-blocks';
import { markdownToPlainText } from './markdown-to-plain-text';
import { renderMarkdown } from './render-markdown';
import { unsafeParts, withoutAttributeValues } from './inert-html.testing';

/**
 * Random strings rarely form Markdown or HTML; pieces of both, shuffled, reach the odd corners
 * (half-open tags, entities inside link targets, emphasis around links) far more often.
 */
const PIECES = [
  '<',
  '>',
  '</',
  '/>',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '\t',
  '\\',
  '&',
  '#',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '!',
  '*',
  '_',
  '**',
  '`',
  '```',
  '~~',
  '|',
  '-',
  '1.',
  '> ',
  '# ',
  '---',
  'script',
  'img',
  'svg',
  'iframe',
  'style',
  'a',
  'href',
  'src',
  'onerror',
  'onload',
  'on',
  'x',
  'javascript',
  'JaVaScRiPt',
  'data',
  'vbscript',
  'http',
  'https',
  'mailto',
  '//',
  'www.',
  '.nl',
  '&#106;',
  '&#x6A;',
  '&colon;',
  '&lt;',
  '&gt;',
  '&quot;',
  '%0a',
  '\u0000',
  'ë',
  '😀',
];
const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), markdownish);

describe('Markdown outputs for any input', () => {
  it('HTML never holds a script or an event handler, and only tags we write', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const html = renderMarkdown(source);
        expect(html).not.toMatch(/<script/i);
        expect(withoutAttributeValues(html)).not.toMatch(/<[^>]*\son\w+\s*=/i);
        expect(unsafeParts(html)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('plain text holds no tags of ours: no "<" that the author did not type', () => {
    const withoutAngles = anyText.map((text) => text.replace(/[<&]/g, ''));
    fc.assert(
      fc.property(withoutAngles, (source) => {
        expect(markdownToPlainText(source)).not.toContain('<');
      }),
      { numRuns: 500 },
    );
  });

  it('blocks are always well formed', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        for (const block of markdownToBlocks(source)) {
          if (block.kind === 'heading') expect([1, 2, 3]).toContain(block.level);
          if (block.kind === 'paragraph' || block.kind === 'quote') for (const run of block.runs) expect(run.text.length).toBeGreaterThan(0);
          if (block.kind === 'table') for (const row of block.rows) expect(Array.isArray(row)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
