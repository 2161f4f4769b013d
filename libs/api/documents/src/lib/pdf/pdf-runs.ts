import type { DocRun } from '@kijkje/markdown';
import { PDF_THEME } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

export interface RunsLayout {
  x: number;
  width: number;
  size: number;
  colour?: string;
  /** Italic for every run, as in quotes. */
  italic?: boolean;
}

/**
 * Styled runs as one flowing paragraph starting at the writer's y. Text that reaches the
 * bottom margin continues on a new page (pdfkit's own flow), so paragraphs never overflow.
 */
export function drawRuns(writer: PdfWriter, runs: DocRun[], layout: RunsLayout): void {
  const visible = runs.filter((run) => run.text.length > 0);
  visible.forEach((run, index) => {
    writer.style({ bold: run.bold, italic: run.italic || layout.italic, size: layout.size, colour: layout.colour });
    const options = { width: layout.width, lineGap: PDF_THEME.lineGap, continued: index < visible.length - 1 };
    if (index === 0) writer.text(run.text, layout.x, writer.y, options);
    else writer.text(run.text, undefined, undefined, options);
  });
  writer.doc.x = writer.left;
}
