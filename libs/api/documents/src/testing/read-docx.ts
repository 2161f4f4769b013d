import JSZip from 'jszip';

export interface ReadDocx {
  document: string;
  styles: string;
  core: string;
  numbering: string;
  footers: string[];
  files: string[];
}

/** Test support: the XML parts of a .docx that say what Word will show. */
export async function readDocx(data: Buffer): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(data);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const files = Object.keys(zip.files);
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
    numbering: await read('word/numbering.xml'),
    footers: await Promise.all(
      files
        .filter((file) => /^word\/footer\d*\.xml$/.test(file))
        .sort()
        .map(read),
    ),
    files,
  };
}

/** The visible text of each paragraph in a part, in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>|<w:p\/>/gs)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map(([tag, text]) => (tag === '<w:br/>' ? '\n' : decodeXml(text))).join(''),
  );
}

/** The paragraph whose text is `text`, as XML, to inspect its style and runs. */
export function paragraphWithText(xml: string, text: string): string | undefined {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([paragraph]) => paragraph).find((paragraph) => paragraphTexts(paragraph)[0] === text);
}

export function count(xml: string, pattern: RegExp): number {
  return (xml.match(new RegExp(pattern.source, 'g')) ?? []).length;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
