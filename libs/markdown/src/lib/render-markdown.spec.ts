import { MAX_MARKDOWN_LENGTH } from './limits';
import { renderMarkdown } from './render-markdown';
import { unsafeParts } from './inert-html.testing';

const html = (source: string) => renderMarkdown(source).trim();

describe('renderMarkdown', () => {
  it.each([
    ['paragraph', 'Gaat goed', '<p>Gaat goed</p>'],
    ['emphasis and strong', '*zorg* en **eigen rol**', '<p><em>zorg</em> en <strong>eigen rol</strong></p>'],
    ['a single Enter is a line break', 'regel 1\nregel 2', '<p>regel 1<br>\nregel 2</p>'],
    ['bullet list', '- Wmo\n- Jeugd', '<ul>\n<li>Wmo</li>\n<li>Jeugd</li>\n</ul>'],
    ['numbered list keeps its start', '3. drie\n4. vier', '<ol start="3">\n<li>drie</li>\n<li>vier</li>\n</ol>'],
    ['blockquote', '> een citaat', '<blockquote>\n<p>een citaat</p>\n</blockquote>'],
    ['inline code', 'gebruik `GM0344`', '<p>gebruik <code>GM0344</code></p>'],
    ['code block escapes its content', '```\n<b>x</b>\n```', '<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>'],
    ['horizontal rule', '---', '<hr>'],
    ['raw HTML is shown as text', 'a <b>b</b>', '<p>a &lt;b&gt;b&lt;/b&gt;</p>'],
    ['image becomes its alt text', '![organogram gemeente](https://example.nl/o.png)', '<p>organogram gemeente</p>'],
    ['Dutch text is kept as typed', 'Coöperatie ’s-Hertogenbosch – “oogst”', '<p>Coöperatie ’s-Hertogenbosch – “oogst”</p>'],
  ])('%s', (_name, source, expected) => {
    expect(html(source)).toBe(expected);
  });

  describe('headings', () => {
    it.each([
      ['# Stip aan de horizon', '<h3>Stip aan de horizon</h3>'],
      ['## Foto van nu', '<h4>Foto van nu</h4>'],
      ['### Detail', '<h5>Detail</h5>'],
      ['#### Dieper', '<h6>Dieper</h6>'],
      ['###### Diepst', '<h6>Diepst</h6>'],
    ])('never compete with the page: %j → %s', (source, expected) => {
      expect(html(source)).toBe(expected);
    });

    it.each([
      [1, '<h1>a</h1>\n<h2>b</h2>'],
      [2, '<h2>a</h2>\n<h3>b</h3>'],
      [5, '<h5>a</h5>\n<h6>b</h6>'],
      [9, '<h6>a</h6>\n<h6>b</h6>'],
      [0, '<h1>a</h1>\n<h2>b</h2>'],
      [2.5, '<h3>a</h3>\n<h4>b</h4>'],
    ])('start at the level the caller asks for (%d)', (topHeadingLevel, expected) => {
      expect(renderMarkdown('# a\n## b', { topHeadingLevel }).trim()).toBe(expected);
    });
  });

  describe('links', () => {
    it.each([
      ['[VNG](https://vng.nl)', 'https://vng.nl'],
      ['<https://vng.nl/a>', 'https://vng.nl/a'],
      ['zie https://vng.nl/a voor meer', 'https://vng.nl/a'],
      ['[mail](mailto:team@netwerk.nl)', 'mailto:team@netwerk.nl'],
      ['team@netwerk.nl', 'mailto:team@netwerk.nl'],
    ])('%j links to %s, without a referrer or a new window', (source, href) => {
      const output = html(source);
      expect(output).toContain(`<a href="${href}" rel="noopener noreferrer nofollow">`);
      expect(output).not.toContain('target=');
    });

    it.each(['[x](/intern)', '[x](#boven)', '[x](ftp://example.nl)', '[x](//evil.example)'])('does not link %j: only http(s) and mailto targets', (source) =>
      expect(html(source)).not.toContain('<a'),
    );
  });

  it('writes table alignment as a class, as the CSP allows no inline styles', () => {
    const output = html('| Thema | Aantal |\n|:--|--:|\n| Wmo | 12 |');
    expect(output).toContain('<th class="md-align-left">Thema</th>');
    expect(output).toContain('<td class="md-align-right">12</td>');
    expect(output).not.toContain('style=');
    expect(unsafeParts(output)).toEqual([]);
  });

  it('cuts text beyond the maximum length instead of failing', () => {
    const output = renderMarkdown('a'.repeat(MAX_MARKDOWN_LENGTH * 3));
    expect(output).toBe(`<p>${'a'.repeat(MAX_MARKDOWN_LENGTH - 1)}…</p>\n`);
  });

  it('renders deeply nested quotes without blowing up', () => {
    expect(() => renderMarkdown('>'.repeat(5000) + ' diep')).not.toThrow();
  });
});

describe('renderMarkdown outlineFrom', () => {
  it.each([
    ['## Wat we leerden\n\n### Details', '<h3>Wat we leerden</h3>\n<h4>Details</h4>'],
    ['# Titel\n\n## Onder', '<h3>Titel</h3>\n<h4>Onder</h4>'],
    ['#### Diep', '<h3>Diep</h3>'],
  ])('puts the highest heading of %j at the level asked for', (source, expected) => {
    expect(renderMarkdown(source, { outlineFrom: 3 }).trim()).toBe(expected);
  });

  it('leaves text without headings alone', () => {
    expect(renderMarkdown('Alleen tekst.', { outlineFrom: 3 }).trim()).toBe('<p>Alleen tekst.</p>');
  });
});
