import type { DocRun } from '@kijkje/markdown';
import { HeadingLevel as DocxHeading, Paragraph, type Table } from 'docx';
import type { ContentBlock, HeadingLevel } from '../document-outline';
import { formatNumber, type DocumentLabels } from '../document-labels';
import { numericColumns } from '../numeric-columns';
import { plainRun, textRuns } from './docx-runs';
import { BULLET_LIST, NUMBERED_LIST } from './docx-styles';
import { docxTable } from './docx-table';

const HEADINGS: Record<HeadingLevel, (typeof DocxHeading)[keyof typeof DocxHeading]> = {
  1: DocxHeading.HEADING_1,
  2: DocxHeading.HEADING_2,
  3: DocxHeading.HEADING_3,
  4: DocxHeading.HEADING_4,
  5: DocxHeading.HEADING_5,
  6: DocxHeading.HEADING_6,
};

export function docxHeading(level: HeadingLevel, text: string): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], children: plainRun(text) });
}

/** Turns blocks into Word paragraphs and tables; one per document, as it numbers the lists. */
export class DocxBlocks {
  private numberedLists = 0;

  constructor(private readonly labels: DocumentLabels) {}

  render(block: ContentBlock): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'paragraph':
        return [new Paragraph({ children: textRuns(block.runs) })];
      case 'quote':
        return [new Paragraph({ style: 'Quote', children: textRuns(block.runs) })];
      case 'list':
        return this.list(block.ordered, block.items);
      case 'table':
        return tableWithGap(docxTable({ header: block.header, rows: block.rows, numeric: numericColumns(block.rows) }));
      case 'keyValue':
        return tableWithGap(docxTable({ header: null, rows: block.rows.map(([label, value]) => [label, value]), rowHeaders: true }));
      case 'dataTable':
        return [
          new Paragraph({ style: 'Caption', keepNext: true, children: plainRun(block.caption) }),
          ...tableWithGap(docxTable({ header: block.header, rows: block.rows, rowHeaders: true, numeric: numericColumns(block.rows) })),
        ];
      case 'barChart':
        // Word has no chart the model could describe accessibly; the numbers as a table say it all.
        return [
          new Paragraph({ style: 'Caption', children: plainRun(block.caption) }),
          ...tableWithGap(
            docxTable({
              header: [this.labels.chartLabel, this.labels.chartValue],
              rows: block.rows.map((row) => [row.label, formatNumber(this.labels, row.value)]),
              numeric: [false, true],
            }),
          ),
        ];
    }
  }

  private list(ordered: boolean, items: DocRun[][]): Paragraph[] {
    const instance = ordered ? ++this.numberedLists : 0;
    return items.map(
      (runs) =>
        new Paragraph({
          children: textRuns(runs),
          numbering: { reference: ordered ? NUMBERED_LIST : BULLET_LIST, level: 0, instance },
          spacing: { after: 60 },
        }),
    );
  }
}

/** Word merges two tables that touch; an empty paragraph keeps them apart and gives air. */
function tableWithGap(table: Table | null): (Paragraph | Table)[] {
  return table ? [table, new Paragraph({ children: [] })] : [];
}
