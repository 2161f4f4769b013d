import type { DocBlock } from '@kijkje/markdown';

/**
 * A neutral model of an exported document (a visit report, a harvest). Feature libs build one;
 * `renderPdf` and `renderDocx` turn the same model into files, so both formats always say the
 * same thing.
 */
export interface KijkjeDocument {
  language: DocumentLanguage;
  title: string;
  subtitle?: string;
  /** Shown under the title on the title page: network, programme, date, confidentiality. */
  titlePageLines: string[];
  /** Printed in every page footer after the title page, e.g. "Vertrouwelijk – alleen voor de ronde". */
  footerLabel?: string;
  sections: DocSection[];
}

export type DocumentLanguage = 'nl' | 'en';

/** A section's heading is level 1, its subsections' level 2, and so on down. */
export interface DocSection {
  heading: string;
  blocks: DocumentBlock[];
  subsections?: DocSection[];
}

/** User Markdown, turned into blocks when the document is rendered. */
export interface MarkdownBlock {
  kind: 'markdown';
  source: string;
}

/** Label–value pairs, such as the facts of a visit (host, date, team). */
export interface KeyValueBlock {
  kind: 'keyValue';
  rows: [label: string, value: string][];
}

/**
 * Counts drawn as horizontal bars in PDF and as a table in DOCX. The numbers are always
 * printed: a bar alone (or its colour) does not tell everyone the value.
 */
export interface BarChartBlock {
  kind: 'barChart';
  caption: string;
  rows: { label: string; value: number }[];
}

/**
 * A table of figures with a caption that names it: the header row names the columns and the first
 * column names each row, so both are marked as headers (PDF TH with their Scope, Word's header row).
 */
export interface DataTableBlock {
  kind: 'dataTable';
  caption: string;
  header: string[];
  rows: string[][];
}

/**
 * What a section may contain. Heading blocks are relative to their section: level 1 is the
 * first level below the section's own heading.
 */
export type DocumentBlock = DocBlock | MarkdownBlock | KeyValueBlock | BarChartBlock | DataTableBlock;

/** A block as renderers see it: Markdown already expanded. */
export type RenderBlock = Exclude<DocumentBlock, MarkdownBlock>;
