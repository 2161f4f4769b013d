import { pageLabel, type DocumentLabels } from '../document-labels';
import { PDF_THEME } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

/**
 * "Pagina X van Y" and the footer label on every page but the title page, written once all
 * pages exist. The footer sits in the bottom margin; pdfkit starts a new page for text below
 * the margin, so the margin is lifted while writing, the page number never wraps, and a long
 * label is cut to one line (with an ellipsis) short of the page number.
 */
export function drawFooters(writer: PdfWriter, labels: DocumentLabels, footerLabel: string | undefined): void {
  const { doc } = writer;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start + 1; index < start + count; index++) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const bottomMargin = margins.bottom;
    margins.bottom = 0;
    const y = doc.page.height - PDF_THEME.footerOffset;
    const width = writer.width;
    const style = { size: PDF_THEME.size.small, colour: PDF_THEME.colour.muted };
    const pageText = pageLabel(labels, index + 1, count);
    const labelWidth = width - writer.widthOf(pageText, style) - 24;
    writer.artifact(() => {
      writer.style(style);
      if (footerLabel) writer.text(footerLabel, writer.left, y, { width: labelWidth, height: writer.lineHeight(style), ellipsis: true });
      writer.style(style).text(pageText, writer.left, y, { width, align: 'right', lineBreak: false });
    }, 'Pagination');
    margins.bottom = bottomMargin;
  }
}
