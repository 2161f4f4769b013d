import { Footer, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { DocumentLabels } from '../document-labels';
import { xmlSafe } from '../text-safety';

/**
 * The footer label on the left and "Pagina {PAGE} van {NUMPAGES}" on the right, as fields that
 * Word fills in for whatever pagination the reader's printer and fonts produce.
 */
export function pageFooter(labels: DocumentLabels, footerLabel: string | undefined, rightTab: number): Footer {
  const [before, between] = labels.page;
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: rightTab }],
        children: [
          new TextRun({ text: xmlSafe(footerLabel ?? ''), size: 17, color: '4A4A4A' }),
          new TextRun({ children: ['\t', before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES], size: 17, color: '4A4A4A' }),
        ],
      }),
    ],
  });
}
