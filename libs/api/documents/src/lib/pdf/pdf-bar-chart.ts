import type { BarChartBlock } from '../document.model';
import { formatNumber, type DocumentLabels } from '../document-labels';
import { PDF_THEME } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

const BAR_HEIGHT = 9;
const ROW_GAP = 5;
const GAP = 8;

/**
 * Horizontal bars, each with its label before it and its number after it, so the value is
 * read, not guessed from a length or a colour. Tagged as a figure whose alternative text lists
 * every label and value. Negative values draw no bar; their number still shows.
 */
export function drawBarChart(writer: PdfWriter, chart: BarChartBlock, labels: DocumentLabels): void {
  const size = PDF_THEME.size.table;
  const values = chart.rows.map((row) => formatNumber(labels, row.value));
  const max = Math.max(0, ...chart.rows.map((row) => row.value));
  const labelWidth = writer.width * 0.35;
  const valueWidth = Math.max(0, ...values.map((value) => writer.widthOf(value, { size }))) + GAP;
  const barSpace = Math.max(0, writer.width - labelWidth - GAP - valueWidth);
  const alt = `${chart.caption}: ${chart.rows.map((row, index) => `${row.label} ${values[index]}`).join('; ')}`;

  writer.ensureSpace(writer.lineHeight({ size, bold: true }) + BAR_HEIGHT + ROW_GAP * 2);
  writer.tagged('Caption', () => {
    writer.style({ size, bold: true }).text(chart.caption, writer.left, writer.y, { width: writer.width });
  });
  writer.y += ROW_GAP;

  writer.tagged(
    'Figure',
    () => {
      chart.rows.forEach((row, index) => {
        const height = Math.max(writer.heightOf(row.label, { size }, { width: labelWidth }), BAR_HEIGHT) + ROW_GAP;
        writer.ensureSpace(height);
        const y = writer.y;
        writer.style({ size }).text(row.label, writer.left, y, { width: labelWidth, lineGap: PDF_THEME.lineGap });
        const barWidth = max > 0 && row.value > 0 ? Math.max(1, (row.value / max) * barSpace) : 0;
        const barX = writer.left + labelWidth + GAP;
        if (barWidth > 0)
          writer.doc
            .save()
            .rect(barX, y + 1, barWidth, BAR_HEIGHT)
            .fill(PDF_THEME.colour.bar)
            .restore();
        writer.style({ size }).text(values[index], barX + barWidth + 4, y, { lineBreak: false });
        writer.y = y + height;
      });
    },
    { alt },
  );
  writer.doc.x = writer.left;
  writer.y += PDF_THEME.blockGap;
}
