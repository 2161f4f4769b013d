import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import { plainRun } from './docx-runs';

export interface DocxTable {
  header: string[] | null;
  rows: string[][];
  /** The first column labels its row (key–value tables): bold. */
  rowHeaders?: boolean;
  /** Columns whose cells are right-aligned (numbers). */
  numeric?: boolean[];
}

const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E6EDF3' };

/**
 * A real Word table at full width. The header row is marked as such, so Word repeats it on
 * every page and screen readers announce it; no row splits across a page break.
 */
export function docxTable(table: DocxTable): Table | null {
  const columnCount = Math.max(table.header?.length ?? 0, ...table.rows.map((row) => row.length));
  if (columnCount === 0) return null;
  const pad = (cells: string[]) => Array.from({ length: columnCount }, (_, index) => cells[index] ?? '');
  const cell = (text: string, index: number, isHeader: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: plainRun(text, { bold: isHeader || (table.rowHeaders === true && index === 0) }),
          alignment: table.numeric?.[index] ? AlignmentType.RIGHT : undefined,
          spacing: { after: 0 },
        }),
      ],
      shading: isHeader ? HEADER_SHADING : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  const row = (cells: string[], isHeader: boolean) =>
    new TableRow({ tableHeader: isHeader || undefined, cantSplit: true, children: pad(cells).map((text, index) => cell(text, index, isHeader)) });

  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...(table.header ? [row(table.header, true)] : []), ...table.rows.map((cells) => row(cells, false))],
  });
}
