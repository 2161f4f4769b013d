import { Document, HeadingLevel, Packer, Paragraph, SectionType, type ISectionOptions, type Table } from 'docx';
import type { KijkjeDocument } from '../document.model';
import { labelsFor } from '../document-labels';
import { documentOutline, type OutlineSection } from '../document-outline';
import { xmlSafe } from '../text-safety';
import { DocxBlocks, docxHeading } from './docx-blocks';
import { pageFooter } from './docx-footer';
import { plainRun } from './docx-runs';
import { documentStyles, numbering } from './docx-styles';

// A4 in twentieths of a point, with 2.25 cm side margins.
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1276, right: 1276, footer: 567 } };

/**
 * The document as a Word file: a title page in a section of its own (so it carries no page
 * number), then the content in a second section whose footer numbers the pages with fields.
 */
export async function renderDocx(document: KijkjeDocument): Promise<Buffer> {
  const labels = labelsFor(document.language);
  const blocks = new DocxBlocks(labels);
  const content = documentOutline(document.sections).flatMap((section) => sectionContent(section, blocks));

  const titlePage: ISectionOptions = { properties: { page: PAGE }, children: titlePageContent(document) };
  const body: ISectionOptions = {
    properties: { type: SectionType.NEXT_PAGE, page: PAGE },
    footers: { default: pageFooter(labels, document.footerLabel, PAGE.size.width - PAGE.margin.left - PAGE.margin.right) },
    children: content,
  };

  const file = new Document({
    title: xmlSafe(document.title),
    subject: document.subtitle ? xmlSafe(document.subtitle) : undefined,
    creator: 'Kijkje',
    lastModifiedBy: 'Kijkje',
    styles: documentStyles(labels.locale),
    numbering,
    sections: content.length > 0 ? [titlePage, body] : [titlePage],
  });
  return Packer.toBuffer(file);
}

function titlePageContent(document: KijkjeDocument): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: plainRun(document.title) }),
    ...(document.subtitle ? [new Paragraph({ style: 'Subtitle', children: plainRun(document.subtitle) })] : []),
    ...document.titlePageLines.map((line) => new Paragraph({ children: plainRun(line) })),
  ];
}

function sectionContent(section: OutlineSection, blocks: DocxBlocks): (Paragraph | Table)[] {
  return [
    docxHeading(section.level, section.heading),
    ...section.entries.flatMap((entry) => {
      if (entry.kind === 'section') return sectionContent(entry.section, blocks);
      if (entry.kind === 'heading') return [docxHeading(entry.level, entry.text)];
      return blocks.render(entry.block);
    }),
  ];
}
