/**
 * A small, neutral block model of user Markdown, for document exports (PDF, DOCX) that cannot
 * take HTML. It carries only what every output format can show faithfully.
 */

/** A stretch of text with one style. Line breaks inside a run are written as `\n`. */
export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Levels are relative to where the block is placed: 1 is the highest heading within it. */
export type DocHeadingLevel = 1 | 2 | 3;

export interface DocHeadingBlock {
  kind: 'heading';
  level: DocHeadingLevel;
  text: string;
}

export interface DocParagraphBlock {
  kind: 'paragraph';
  runs: DocRun[];
}

export interface DocListBlock {
  kind: 'list';
  ordered: boolean;
  /** One entry per list item; nested lists are folded into their parent item as extra lines. */
  items: DocRun[][];
}

export interface DocQuoteBlock {
  kind: 'quote';
  runs: DocRun[];
}

export interface DocTableBlock {
  kind: 'table';
  header: string[];
  rows: string[][];
}

export type DocBlock = DocHeadingBlock | DocParagraphBlock | DocListBlock | DocQuoteBlock | DocTableBlock;
