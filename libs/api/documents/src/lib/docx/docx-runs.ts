import type { DocRun } from '@kijkje/markdown';
import { TextRun } from 'docx';
import { xmlSafe } from '../text-safety';

/** Styled runs as Word runs; a `\n` inside a run becomes a line break, as in the source text. */
export function textRuns(runs: DocRun[], style: { bold?: boolean } = {}): TextRun[] {
  return runs.flatMap((run) =>
    xmlSafe(run.text)
      .split('\n')
      .map(
        (line, index) =>
          new TextRun({
            text: line,
            // Only true is written: `false` would put an explicit "not bold" on every run.
            bold: run.bold || style.bold || undefined,
            italics: run.italic || undefined,
            break: index > 0 ? 1 : undefined,
          }),
      ),
  );
}

export function plainRun(text: string, style: { bold?: boolean } = {}): TextRun[] {
  return textRuns([{ text }], style);
}
