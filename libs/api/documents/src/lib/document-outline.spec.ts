import type { DocSection } from './document.model';
import { documentOutline, type OutlineEntry, type OutlineSection } from './document-outline';

describe('documentOutline', () => {
  it('puts sections, subsections and the headings in their text at absolute levels, in reading order', () => {
    const outline = documentOutline([
      {
        heading: 'Bevindingen',
        blocks: [{ kind: 'markdown', source: '# Wmo\n\nGaat **goed**.\n\n## Detail' }],
        subsections: [{ heading: 'Jeugd', blocks: [{ kind: 'heading', level: 1, text: 'Zorgen' }] }],
      },
      { heading: 'Reactie', blocks: [] },
    ]);

    expect(outline).toEqual([
      {
        level: 1,
        heading: 'Bevindingen',
        entries: [
          { kind: 'heading', level: 2, text: 'Wmo' },
          { kind: 'block', block: { kind: 'paragraph', runs: [{ text: 'Gaat ' }, { text: 'goed', bold: true }, { text: '.' }] } },
          { kind: 'heading', level: 3, text: 'Detail' },
          { kind: 'section', section: { level: 2, heading: 'Jeugd', entries: [{ kind: 'heading', level: 3, text: 'Zorgen' }] } },
        ],
      },
      { level: 1, heading: 'Reactie', entries: [] },
    ]);
  });

  it('stops at level 6, however deep sections nest', () => {
    const nest = (depth: number): DocSection =>
      depth === 0
        ? { heading: 'diepst', blocks: [{ kind: 'heading', level: 3, text: 'kop' }] }
        : { heading: `niveau ${depth}`, blocks: [], subsections: [nest(depth - 1)] };
    const levels = (section: OutlineSection): number[] => [
      section.level,
      ...section.entries.flatMap((entry: OutlineEntry) => (entry.kind === 'section' ? levels(entry.section) : entry.kind === 'heading' ? [entry.level] : [])),
    ];
    const all = documentOutline([nest(8)]).flatMap(levels);
    expect(Math.max(...all)).toBe(6);
    expect(all.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
