/**
 * Test support: facts about a PDF read straight from its bytes. pdfkit writes dictionaries
 * (the tag tree, fonts, catalog) uncompressed; only page content streams are compressed.
 */
export function structureTypeCounts(pdf: Buffer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, type] of pdf.toString('latin1').matchAll(/\/S \/([A-Za-z0-9]+)/g)) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

export function fontNames(pdf: Buffer): string[] {
  return [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)/g)].map(([, name]) => name))].sort();
}

export function catalogFacts(pdf: Buffer): { marked: boolean; structTree: boolean; displayDocTitle: boolean } {
  const raw = pdf.toString('latin1');
  return {
    marked: raw.includes('/Marked true'),
    structTree: /\/StructTreeRoot \d+ 0 R/.test(raw),
    displayDocTitle: raw.includes('/DisplayDocTitle true'),
  };
}
