import PDFDocument from 'pdfkit';
import type { KijkjeDocument } from '../document.model';
import { labelsFor, type DocumentLabels } from '../document-labels';
import { documentOutline, type OutlineSection } from '../document-outline';
import { drawBlock, drawHeading } from './pdf-blocks';
import { drawFooters } from './pdf-footer';
import { PDF_THEME } from './pdf-theme';
import { drawTitlePage } from './pdf-title-page';
import { PdfWriter } from './pdf-writer';

/**
 * The document as a tagged A4 PDF: a title page, then the sections with real headings (also
 * as bookmarks), lists and tables, and "Pagina X van Y" in the footer of every later page.
 */
export async function renderPdf(document: KijkjeDocument): Promise<Buffer> {
  const labels = labelsFor(document.language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: PDF_THEME.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: labels.locale,
    displayTitle: true,
    info: { Title: document.title, Author: 'Kijkje', Creator: 'Kijkje', ...(document.subtitle && { Subject: document.subtitle }) },
  });
  const done = collect(doc);

  const writer = new PdfWriter(doc);
  drawTitlePage(writer, document);
  const sections = documentOutline(document.sections);
  if (sections.length > 0) writer.newPage();
  for (const section of sections) drawSection(writer, section, labels);
  drawFooters(writer, labels, document.footerLabel);
  writer.finish();
  doc.end();
  return done;
}

function drawSection(writer: PdfWriter, section: OutlineSection, labels: DocumentLabels): void {
  writer.group('Sect', () => {
    drawHeading(writer, section.level, section.heading);
    for (const entry of section.entries) {
      if (entry.kind === 'section') drawSection(writer, entry.section, labels);
      else if (entry.kind === 'heading') drawHeading(writer, entry.level, entry.text);
      else drawBlock(writer, entry.block, labels);
    }
  });
}

function collect(doc: InstanceType<typeof PDFDocument>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
