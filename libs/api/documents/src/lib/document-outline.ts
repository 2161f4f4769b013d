import { markdownToBlocks, type DocHeadingBlock } from '@kijkje/markdown';
import type { DocSection, DocumentBlock, RenderBlock } from './document.model';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A block that is not a heading; headings come out of the outline as their own entries. */
export type ContentBlock = Exclude<RenderBlock, DocHeadingBlock>;

/**
 * A section with every heading at its absolute level: a section is level 1, its subsections 2,
 * and a heading inside a section's text sits below the section that holds it. Both renderers
 * walk this, so they cannot disagree about the heading hierarchy that screen readers and
 * Word's navigation pane rely on.
 */
export interface OutlineSection {
  level: HeadingLevel;
  heading: string;
  entries: OutlineEntry[];
}

export type OutlineEntry =
  { kind: 'heading'; level: HeadingLevel; text: string } | { kind: 'block'; block: ContentBlock } | { kind: 'section'; section: OutlineSection };

export function documentOutline(sections: DocSection[]): OutlineSection[] {
  return sections.map((section) => outlineSection(section, 1));
}

function outlineSection(section: DocSection, depth: number): OutlineSection {
  return {
    level: headingLevel(depth),
    heading: section.heading,
    entries: [
      ...expandMarkdown(section.blocks).map((block): OutlineEntry =>
        block.kind === 'heading' ? { kind: 'heading', level: headingLevel(depth + block.level), text: block.text } : { kind: 'block', block },
      ),
      ...(section.subsections ?? []).map((subsection): OutlineEntry => ({
        kind: 'section',
        section: outlineSection(subsection, depth + 1),
      })),
    ],
  };
}

export function expandMarkdown(blocks: DocumentBlock[]): RenderBlock[] {
  return blocks.flatMap((block) => (block.kind === 'markdown' ? markdownToBlocks(block.source) : [block]));
}

/** Six levels is as deep as both PDF heading tags and Word's built-in heading styles we use go. */
function headingLevel(depth: number): HeadingLevel {
  return Math.min(6, Math.max(1, depth)) as HeadingLevel;
}
