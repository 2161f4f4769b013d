import type { KijkjeDocument } from '../document.model';
import { PDF_THEME } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

/**
 * Title, subtitle and the title-page lines, a third of the way down page 1. The title is not
 * tagged as a heading: like Word's Title style it names the document, and the document's
 * headings start with its sections.
 */
export function drawTitlePage(writer: PdfWriter, document: KijkjeDocument): void {
  const { size, colour, lineGap } = PDF_THEME;
  const width = writer.width;
  writer.y = writer.doc.page.height * 0.3;
  writer.tagged('P', () => {
    writer.style({ size: size.title, bold: true, colour: colour.heading }).text(document.title, writer.left, writer.y, { width, lineGap });
  });
  if (document.subtitle) {
    writer.y += 8;
    writer.tagged('P', () => {
      writer.style({ size: size.subtitle, colour: colour.heading }).text(document.subtitle ?? '', writer.left, writer.y, { width, lineGap });
    });
  }
  writer.y += 28;
  for (const line of document.titlePageLines) {
    writer.tagged('P', () => {
      writer.style({ size: size.titleLine, colour: colour.muted }).text(line, writer.left, writer.y, { width, lineGap });
    });
    writer.y += 4;
  }
}
