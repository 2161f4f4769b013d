import fc from 'fast-check';
import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it.each([
    ['plain ASCII', 'rapport.pdf', `attachment; filename="rapport.pdf"; filename*=UTF-8''rapport.pdf`],
    [
      'Dutch diacritics keep UTF-8, fall back to plain letters',
      'Oogst Coöperatie.pdf',
      `attachment; filename="Oogst Cooperatie.pdf"; filename*=UTF-8''Oogst%20Co%C3%B6peratie.pdf`,
    ],
    ['typographic apostrophe', '’s-Hertogenbosch.docx', `attachment; filename="_s-Hertogenbosch.docx"; filename*=UTF-8''%E2%80%99s-Hertogenbosch.docx`],
    ['quotes and backslashes cannot end the quoted string', 'a"b\\c.pdf', `attachment; filename="a_b-c.pdf"; filename*=UTF-8''a%22b-c.pdf`],
    ['path separators cannot leave the downloads folder', '../../etc/passwd', `attachment; filename="-..-etc-passwd"; filename*=UTF-8''-..-etc-passwd`],
    [
      'line breaks cannot inject a header',
      'a.pdf\r\nSet-Cookie: x=1',
      `attachment; filename="a.pdfSet-Cookie: x=1"; filename*=UTF-8''a.pdfSet-Cookie%3A%20x%3D1`,
    ],
    ['characters outside attr-char are encoded', "it's (1)*.pdf", `attachment; filename="it's (1)*.pdf"; filename*=UTF-8''it%27s%20%281%29%2A.pdf`],
    ['percent signs are not left to be decoded', '100%.pdf', `attachment; filename="100_.pdf"; filename*=UTF-8''100%25.pdf`],
    ['emoji', 'top 👍.pdf', `attachment; filename="top _.pdf"; filename*=UTF-8''top%20%F0%9F%91%8D.pdf`],
    ['no hidden files', '.env', `attachment; filename="env"; filename*=UTF-8''env`],
    ['empty name', '   ', `attachment; filename="download"; filename*=UTF-8''download`],
  ])('%s', (_name, filename, expected) => {
    expect(contentDisposition(filename)).toBe(expected);
  });

  it('can ask the browser to show the file instead of saving it', () => {
    expect(contentDisposition('rapport.pdf', 'inline')).toBe(`inline; filename="rapport.pdf"; filename*=UTF-8''rapport.pdf`);
  });

  it('shortens very long names but keeps the extension', () => {
    const header = contentDisposition(`${'lang '.repeat(100)}.pdf`);
    const fallback = /filename="([^"]*)"/.exec(header)?.[1] ?? '';
    expect(fallback.length).toBeLessThanOrEqual(150);
    expect(fallback.endsWith('.pdf')).toBe(true);
  });

  it('is always a single line of printable ASCII with a well-formed quoted fallback, whatever the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (filename) => {
        const header = contentDisposition(filename);
        expect(header).toMatch(/^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
        const encoded = /filename\*=UTF-8''(.*)$/.exec(header)?.[1] ?? '';
        expect(decodeURIComponent(encoded)).not.toMatch(/[/\\\r\n]/);
      }),
    );
  });
});
