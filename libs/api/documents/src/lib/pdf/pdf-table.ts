import { PDF_THEME } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';
import { columnWidths } from './pdf-column-widths';

export interface PdfTable {
  /** Names the table: tagged as its Caption, drawn above it. */
  caption?: string;
  header: string[] | null;
  rows: string[][];
  /** The first column labels its row (key–value tables): bold, and tagged as a row header. */
  rowHeaders?: boolean;
  /** Columns whose cells are right-aligned (numbers). */
  numeric?: boolean[];
}

const { padding } = PDF_THEME.table;

/**
 * A table with wrapped cell text. A row never straddles a page: it moves whole to the next
 * page, where the header row is drawn again. The repeated header is an artifact, so a screen
 * reader reads it once. A row taller than a whole page is cut off with an ellipsis rather than
 * drawn past the bottom margin.
 */
export function drawTable(writer: PdfWriter, table: PdfTable): void {
  const columnCount = Math.max(table.header?.length ?? 0, ...table.rows.map((row) => row.length));
  if (columnCount === 0) return;
  const pad = (cells: string[]) => Array.from({ length: columnCount }, (_, index) => cells[index] ?? '');
  const header = table.header ? pad(table.header) : null;
  const rows = table.rows.map(pad);
  const rowHeaders = table.rowHeaders ?? false;
  const layout = new TableLayout(writer, rowHeaders, table.numeric ?? [], measureColumns(writer, header, rows, rowHeaders));

  writer.group('Table', () => {
    const headerHeight = header ? layout.rowHeight(header, true) : 0;
    const tallest = writer.bottom - writer.top - headerHeight;
    const heightOf = (row: string[]) => Math.min(layout.rowHeight(row, false), tallest);
    const captionStyle = { size: PDF_THEME.size.table, bold: true };
    const captionHeight = table.caption ? writer.heightOf(table.caption, captionStyle, { width: writer.width }) + padding : 0;
    // The caption, the header and the first row share a page.
    writer.ensureSpace(captionHeight + headerHeight + (rows[0] ? heightOf(rows[0]) : 0));
    if (table.caption) {
      const caption = table.caption;
      writer.tagged('Caption', () => {
        writer.style(captionStyle).text(caption, writer.left, writer.y, { width: writer.width, lineGap: PDF_THEME.lineGap });
      });
      writer.y += padding;
      writer.doc.x = writer.left;
    }
    if (header) layout.drawRow(header, true, headerHeight, 'tagged');
    for (const row of rows) {
      const height = heightOf(row);
      if (!writer.fits(height)) {
        writer.newPage();
        if (header) layout.drawRow(header, true, headerHeight, 'artifact');
      }
      layout.drawRow(row, false, height, 'tagged');
    }
  });
  writer.y += PDF_THEME.blockGap;
}

class TableLayout {
  constructor(
    private readonly writer: PdfWriter,
    private readonly rowHeaders: boolean,
    private readonly numeric: boolean[],
    private readonly widths: number[],
  ) {}

  rowHeight(cells: string[], isHeader: boolean): number {
    const heights = cells.map((cell, index) => (cell ? this.writer.heightOf(cell, this.cellStyle(isHeader, index), { width: this.textWidth(index) }) : 0));
    return Math.max(this.writer.lineHeight(this.cellStyle(isHeader, 0)), ...heights) + 2 * padding;
  }

  drawRow(cells: string[], isHeader: boolean, height: number, as: 'tagged' | 'artifact'): void {
    const { writer } = this;
    const y = writer.y;
    const drawCell = (cell: string, index: number) => () => this.drawCell(cell, index, y, height, isHeader);
    if (as === 'artifact') {
      writer.artifact(() => {
        this.drawFrame(y, height, isHeader);
        cells.forEach((cell, index) => drawCell(cell, index)());
      });
    } else {
      writer.group('TR', () => {
        writer.artifact(() => this.drawFrame(y, height, isHeader));
        cells.forEach((cell, index) => {
          // A header cell says what it heads: its column (header row) or its row (first column).
          if (isHeader) writer.tagged('TH', drawCell(cell, index), { scope: 'Column' });
          else if (this.rowHeaders && index === 0) writer.tagged('TH', drawCell(cell, index), { scope: 'Row' });
          else writer.tagged('TD', drawCell(cell, index));
        });
      });
    }
    writer.y = y + height;
    writer.doc.x = writer.left;
  }

  private drawCell(text: string, index: number, y: number, height: number, isHeader: boolean): void {
    if (!text) return;
    this.writer.style(this.cellStyle(isHeader, index));
    this.writer.text(text, this.x(index) + padding, y + padding, {
      width: this.textWidth(index),
      height: height - 2 * padding + 1,
      ellipsis: true,
      lineGap: PDF_THEME.lineGap,
      align: this.numeric[index] ? 'right' : 'left',
    });
  }

  private drawFrame(y: number, height: number, isHeader: boolean): void {
    const { doc } = this.writer;
    const width = this.widths.reduce((total, w) => total + w, 0);
    doc.save();
    if (isHeader) doc.rect(this.writer.left, y, width, height).fill(PDF_THEME.colour.tableHeader);
    doc.lineWidth(0.5).strokeColor(PDF_THEME.colour.rule);
    this.widths.forEach((w, index) => doc.rect(this.x(index), y, w, height).stroke());
    doc.restore();
  }

  private cellStyle(isHeader: boolean, index: number): TextStyle {
    return { size: PDF_THEME.size.table, bold: isHeader || (this.rowHeaders && index === 0) };
  }

  private x(index: number): number {
    return this.writer.left + this.widths.slice(0, index).reduce((total, w) => total + w, 0);
  }

  private textWidth(index: number): number {
    return this.widths[index] - 2 * padding;
  }
}

function measureColumns(writer: PdfWriter, header: string[] | null, rows: string[][], rowHeaders: boolean): number[] {
  const all = header ? [header, ...rows] : rows;
  const columnCount = all[0]?.length ?? 0;
  const natural: number[] = [];
  const minimum: number[] = [];
  for (let column = 0; column < columnCount; column++) {
    let longestCell = 0;
    let longestWord: number = PDF_THEME.table.minColumnWidth;
    all.forEach((cells, rowIndex) => {
      const style = { size: PDF_THEME.size.table, bold: (header !== null && rowIndex === 0) || (rowHeaders && column === 0) };
      longestCell = Math.max(longestCell, writer.widthOf(cells[column], style) + 2 * padding);
      for (const word of cells[column].split(/\s+/)) longestWord = Math.max(longestWord, writer.widthOf(word, style) + 2 * padding);
    });
    natural.push(longestCell);
    minimum.push(longestWord);
  }
  return columnWidths(natural, minimum, writer.width);
}
