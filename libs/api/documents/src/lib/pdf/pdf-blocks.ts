import type { DocRun } from '@kijkje/markdown';
import type { ContentBlock, HeadingLevel } from '../document-outline';
import type { DocumentLabels } from '../document-labels';
import { numericColumns } from '../numeric-columns';
import { drawBarChart } from './pdf-bar-chart';
import { drawRuns } from './pdf-runs';
import { drawTable } from './pdf-table';
import { PDF_THEME } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

const { size, colour, lineGap, paragraphGap } = PDF_THEME;

/**
 * A heading, kept on the same page as at least a few lines of what follows it, tagged `H1`–`H6`
 * and added to the bookmarks.
 */
export function drawHeading(writer: PdfWriter, level: HeadingLevel, text: string): void {
  const style = { size: PDF_THEME.headingSize[level], bold: true, colour: colour.heading };
  const spaceAbove = level === 1 ? 14 : 10;
  const height = writer.heightOf(text, style, { width: writer.width });
  writer.ensureSpace(spaceAbove + height + 3 * writer.lineHeight({ size: size.body }));
  if (!writer.atTopOfPage) writer.y += spaceAbove;
  writer.tagged(`H${level}`, () => {
    writer.style(style).text(text, writer.left, writer.y, { width: writer.width, lineGap });
  });
  writer.bookmark(level, text);
  writer.y += level === 1 ? 6 : 4;
}

export function drawBlock(writer: PdfWriter, block: ContentBlock, labels: DocumentLabels): void {
  switch (block.kind) {
    case 'paragraph':
      return drawParagraph(writer, block.runs);
    case 'list':
      return drawList(writer, block.ordered, block.items);
    case 'quote':
      return drawQuote(writer, block.runs);
    case 'table':
      return drawTable(writer, { header: block.header, rows: block.rows, numeric: numericColumns(block.rows) });
    case 'keyValue':
      return drawTable(writer, { header: null, rows: block.rows.map(([label, value]) => [label, value]), rowHeaders: true });
    case 'barChart':
      return drawBarChart(writer, block, labels);
    case 'dataTable':
      return drawTable(writer, { caption: block.caption, header: block.header, rows: block.rows, rowHeaders: true, numeric: numericColumns(block.rows) });
  }
}

function drawParagraph(writer: PdfWriter, runs: DocRun[]): void {
  if (!runs.some((run) => run.text.trim())) return;
  writer.ensureSpace(writer.lineHeight({ size: size.body }));
  writer.tagged('P', () => drawRuns(writer, runs, { x: writer.left, width: writer.width, size: size.body }));
  writer.y += paragraphGap;
}

function drawList(writer: PdfWriter, ordered: boolean, items: DocRun[][]): void {
  const indent = PDF_THEME.list.indent + (ordered && items.length >= 10 ? 6 : 0);
  writer.group('L', () => {
    items.forEach((runs, index) => {
      // The marker and the first line of its text always share a page.
      writer.ensureSpace(writer.lineHeight({ size: size.body }));
      const y = writer.y;
      writer.group('LI', () => {
        writer.tagged('Lbl', () => {
          writer.style({ size: size.body }).text(ordered ? `${index + 1}.` : '•', writer.left, y, { width: indent, lineBreak: false });
        });
        writer.y = y;
        writer.tagged('LBody', () => drawRuns(writer, runs, { x: writer.left + indent, width: writer.width - indent, size: size.body }));
      });
      writer.y += 2;
    });
  });
  writer.y += paragraphGap;
}

/** Indented, italic, with a rule down its left side on every page it covers. */
function drawQuote(writer: PdfWriter, runs: DocRun[]): void {
  if (!runs.some((run) => run.text.trim())) return;
  const { indent } = PDF_THEME.quote;
  writer.ensureSpace(writer.lineHeight({ size: size.body }));
  const start = { page: writer.pageIndex, y: writer.y };
  writer.tagged('BlockQuote', () =>
    drawRuns(writer, runs, { x: writer.left + indent, width: writer.width - indent, size: size.body, italic: true, colour: colour.muted }),
  );
  drawLeftRule(writer, start, { page: writer.pageIndex, y: writer.y });
  writer.y += paragraphGap;
}

function drawLeftRule(writer: PdfWriter, from: { page: number; y: number }, to: { page: number; y: number }): void {
  const x = writer.left + 3;
  for (let page = from.page; page <= to.page; page++) {
    writer.doc.switchToPage(page);
    const top = page === from.page ? from.y : writer.top;
    const bottom = page === to.page ? to.y : writer.bottom;
    writer.artifact(() => {
      writer.doc.save().moveTo(x, top).lineTo(x, bottom).lineWidth(2).strokeColor(colour.rule).stroke().restore();
    }, 'Layout');
  }
}
