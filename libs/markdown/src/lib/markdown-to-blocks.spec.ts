import type { DocBlock } from './doc-blocks';
import { markdownToBlocks } from './markdown-to-blocks';

describe('markdownToBlocks', () => {
  it.each<[string, string, DocBlock[]]>([
    [
      'heading levels relative to the text',
      '# a\n## b\n### c\n#### d',
      [
        { kind: 'heading', level: 1, text: 'a' },
        { kind: 'heading', level: 2, text: 'b' },
        { kind: 'heading', level: 3, text: 'c' },
        { kind: 'heading', level: 3, text: 'd' },
      ],
    ],
    ['heading text without marks', '# **Stip** aan de _horizon_', [{ kind: 'heading', level: 1, text: 'Stip aan de horizon' }]],
    [
      'paragraph with styled runs',
      'Een **vet** _schuin_ ***beide*** woord',
      [
        {
          kind: 'paragraph',
          runs: [
            { text: 'Een ' },
            { text: 'vet', bold: true },
            { text: ' ' },
            { text: 'schuin', italic: true },
            { text: ' ' },
            { text: 'beide', bold: true, italic: true },
            { text: ' woord' },
          ],
        },
      ],
    ],
    ['line break inside a run', 'a\nb', [{ kind: 'paragraph', runs: [{ text: 'a\nb' }] }]],
    ['link as text (url)', '[VNG](https://vng.nl)', [{ kind: 'paragraph', runs: [{ text: 'VNG (https://vng.nl)' }] }]],
    [
      'bold link keeps the address plain',
      '**[VNG](https://vng.nl)**',
      [{ kind: 'paragraph', runs: [{ text: 'VNG', bold: true }, { text: ' (https://vng.nl)' }] }],
    ],
    [
      'bullet list',
      '- **Wmo**: goed\n- Jeugd',
      [{ kind: 'list', ordered: false, items: [[{ text: 'Wmo', bold: true }, { text: ': goed' }], [{ text: 'Jeugd' }]] }],
    ],
    ['numbered list', '1. een\n2. twee', [{ kind: 'list', ordered: true, items: [[{ text: 'een' }], [{ text: 'twee' }]] }]],
    ['nested list folded into its item', '- a\n  - b\n  - c\n- d', [{ kind: 'list', ordered: false, items: [[{ text: 'a\n  • b\n  • c' }], [{ text: 'd' }]] }]],
    ['quote', '> Wat **gaat** goed?\n>\n> Veel.', [{ kind: 'quote', runs: [{ text: 'Wat ' }, { text: 'gaat', bold: true }, { text: ' goed?\nVeel.' }] }]],
    [
      'table',
      '| Thema | Aantal |\n|---|--:|\n| **Wmo** | 12 |\n| Jeugd | 7 |',
      [
        {
          kind: 'table',
          header: ['Thema', 'Aantal'],
          rows: [
            ['Wmo', '12'],
            ['Jeugd', '7'],
          ],
        },
      ],
    ],
    ['code block as a plain paragraph', '```\nregel 1\nregel 2\n```', [{ kind: 'paragraph', runs: [{ text: 'regel 1\nregel 2' }] }]],
    ['rule, empty heading and empty code dropped', '---\n\n#\n\n```\n```', []],
    ['raw html as text', '<script>x</script>', [{ kind: 'paragraph', runs: [{ text: '<script>x</script>' }] }]],
    ['image as its alt text', '![schema](https://x.nl/s.png)', [{ kind: 'paragraph', runs: [{ text: 'schema' }] }]],
  ])('%s', (_name, source, expected) => {
    expect(markdownToBlocks(source)).toEqual(expected);
  });
});
