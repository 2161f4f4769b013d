import { markdownToPlainText } from './markdown-to-plain-text';

describe('markdownToPlainText', () => {
  it.each([
    ['emphasis marks go', 'Dit *gaat* **goed** en ~~niet~~', 'Dit gaat goed en niet'],
    ['underscore emphasis goes', '__vet__ en _schuin_', 'vet en schuin'],
    ['heading marks go', '# Stip aan de horizon\n\nWe willen…', 'Stip aan de horizon\n\nWe willen…'],
    ['setext heading', 'Foto van nu\n===', 'Foto van nu'],
    ['bullets on their own lines', '- Wmo\n- Jeugd\n- Participatie', '• Wmo\n• Jeugd\n• Participatie'],
    ['numbers kept, from their start', '3. drie\n4. vier', '3. drie\n4. vier'],
    ['nested list indented', '- a\n  - b\n    - c', '• a\n  • b\n    • c'],
    ['loose list item continues under its text', '1. eerste\n\n   vervolg\n2. tweede', '1. eerste\n   vervolg\n2. tweede'],
    ['link as text (url)', 'Zie [de handreiking](https://vng.nl/h).', 'Zie de handreiking (https://vng.nl/h).'],
    ['bare link not repeated', 'Zie https://vng.nl/h', 'Zie https://vng.nl/h'],
    ['autolink not repeated', '<https://vng.nl/h>', 'https://vng.nl/h'],
    ['e-mail address not repeated', 'Mail team@netwerk.nl', 'Mail team@netwerk.nl'],
    ['encoded letters shown as letters', '[x](https://example.nl/coöperatie)', 'x (https://example.nl/coöperatie)'],
    ['unsafe link keeps its text only', '[klik](javascript:alert(1))', '[klik](javascript:alert(1))'],
    ['image as its alt text', '![organogram](https://x.nl/o.png)', 'organogram'],
    ['quote prefixed as in e-mail', '> Wat gaat goed?\n> Veel.', '> Wat gaat goed?\n> Veel.'],
    ['code kept verbatim', 'Code `a*b*c` en\n\n```\n**niet vet**\n```', 'Code a*b*c en\n\n**niet vet**'],
    ['escaped marks stay as typed', '\\*geen nadruk\\*', '*geen nadruk*'],
    ['entities decoded', 'R&amp;D &eacute;', 'R&D é'],
    ['line breaks kept', 'regel 1\nregel 2', 'regel 1\nregel 2'],
    ['hard breaks without trailing spaces', 'regel 1  \nregel 2', 'regel 1\nregel 2'],
    ['rule dropped', 'boven\n\n---\n\nonder', 'boven\n\nonder'],
    ['table as lines of cells', '| Thema | Aantal |\n|---|---|\n| **Wmo** | 12 |', 'Thema | Aantal\nWmo | 12'],
    ['raw html stays the text typed', 'a <b>b</b>', 'a <b>b</b>'],
    ['empty', '', ''],
    ['only whitespace', '  \n\n  ', ''],
  ])('%s', (_name, source, expected) => {
    expect(markdownToPlainText(source)).toBe(expected);
  });

  it('separates blocks by one blank line', () => {
    expect(markdownToPlainText('# Titel\n\n\n\nTekst\n- a\n- b\n\n> c')).toBe('Titel\n\nTekst\n\n• a\n• b\n\n> c');
  });
});
