import type { HeadingLevel } from '../document-outline';

/** Layout and type for exported PDFs: A4, in the embedded Noto faces of pdf-fonts.ts. */
export const PDF_THEME = {
  margins: { top: 64, bottom: 72, left: 64, right: 64 },
  /** Baseline area of the footer, inside the bottom margin. */
  footerOffset: 44,
  size: { body: 10.5, small: 8.5, table: 9.5, title: 28, subtitle: 16, titleLine: 12 },
  headingSize: { 1: 18, 2: 14.5, 3: 12.5, 4: 11, 5: 11, 6: 11 } satisfies Record<HeadingLevel, number>,
  lineGap: 2,
  paragraphGap: 6,
  /** Space after tables and charts, which have no line spacing of their own. */
  blockGap: 12,
  /** Contrast of every text colour on white is above WCAG's 4.5:1. */
  colour: {
    text: '#1b1b1b',
    muted: '#4a4a4a',
    heading: '#0b3d64',
    rule: '#8a99a8',
    tableHeader: '#e6edf3',
    bar: '#2f6392',
  },
  table: { padding: 4, minColumnWidth: 36 },
  list: { indent: 16 },
  quote: { indent: 14 },
} as const;

export type PdfTheme = typeof PDF_THEME;
