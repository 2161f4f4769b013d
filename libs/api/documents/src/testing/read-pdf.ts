import { execFile } from 'node:child_process';
import * as path from 'node:path';

export interface PdfOutlineItem {
  title: string;
  items: PdfOutlineItem[];
}

export interface ReadPdf {
  /** The text of each page, as a reader's text extraction sees it. */
  pages: string[];
  info: Record<string, unknown>;
  outline: PdfOutlineItem[];
}

/** Test support: what pdf.js (through pdf-parse) reads back from a PDF. */
export function readPdf(data: Buffer): Promise<ReadPdf> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'pdf-text.cjs')],
      { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
    );
    child.stdin?.end(data);
  });
}
