import type { KijkjeDocument } from '../document.model';
import { count, paragraphTexts, paragraphWithText, readDocx, type ReadDocx } from '../../testing/read-docx';
import { longTable, visitReport } from '../../testing/sample-documents';
import { renderDocx } from './render-docx';

const oneSection = (source: string): KijkjeDocument => visitReport({ sections: [{ heading: 'Bevindingen', blocks: [{ kind: 'markdown', source }] }] });

const styleOf = (docx: ReadDocx, text: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraphWithText(docx.document, text) ?? '')?.[1];

describe('renderDocx', () => {
  describe('a visit report', () => {
    let docx: ReadDocx;

    beforeAll(async () => {
      docx = await readDocx(await renderDocx(visitReport()));
    });

    it('opens with the title page: Title and Subtitle styles, then the title-page lines', () => {
      const texts = paragraphTexts(docx.document);
      expect(texts.slice(0, 6)).toEqual([
        'Visitatierapport Coöperatie Zuid-Limburg',
        'Sturen met Kwaliteit – ronde 3',
        'Netwerk Directeuren Sociaal Domein',
        'Programma Sturen met Kwaliteit 2019-2020',
        '12 maart 2020',
        'Vertrouwelijk',
      ]);
      expect(styleOf(docx, 'Visitatierapport Coöperatie Zuid-Limburg')).toBe('Title');
      expect(styleOf(docx, 'Sturen met Kwaliteit – ronde 3')).toBe('Subtitle');
    });

    it('puts the title page in a section of its own without a footer, and numbers the pages of the next', () => {
      const sections = [...docx.document.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map(([section]) => section);
      expect(sections).toHaveLength(2);
      expect(sections[0]).not.toContain('w:footerReference');
      expect(sections[1]).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
      expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
      expect(sections[0]).toContain('<w:pgSz w:w="11906" w:h="16838"');
    });

    it('writes "Pagina {PAGE} van {NUMPAGES}" as fields, beside the footer label', () => {
      expect(docx.footers).toHaveLength(1);
      const [footer] = docx.footers;
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
      expect(paragraphTexts(footer)).toEqual(['Vertrouwelijk – alleen voor de ronde\tPagina  van ']);
      expect(footer.indexOf('Pagina ')).toBeLessThan(footer.indexOf('>PAGE<'));
      expect(footer.indexOf('>PAGE<')).toBeLessThan(footer.indexOf(' van '));
      expect(footer.indexOf(' van ')).toBeLessThan(footer.indexOf('>NUMPAGES<'));
    });

    it('gives sections Heading1, subsections Heading2 and headings in their text Heading3', () => {
      expect(styleOf(docx, 'Samenvatting')).toBe('Heading1');
      expect(styleOf(docx, 'Bevindingen per thema')).toBe('Heading1');
      expect(styleOf(docx, 'Wmo')).toBe('Heading2');
      expect(styleOf(docx, 'Jeugd')).toBe('Heading2');
      expect(styleOf(docx, 'Wat gaat goed?')).toBe('Heading3');
      expect(count(docx.document, /<w:pStyle w:val="Heading1"\/>/)).toBe(2);
    });

    it('builds real tables; a header row is marked to repeat and key–value tables have none', () => {
      const tables = [...docx.document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([table]) => table);
      expect(tables).toHaveLength(3);
      const [facts, questions, chart] = tables;
      expect(facts).not.toContain('<w:tblHeader/>');
      expect(paragraphTexts(facts)).toEqual(['Gastgemeente', '’s-Hertogenbosch', 'Datum', '12 maart 2020', 'Teamleider', 'Anouk de Vries']);
      const firstRow = /<w:tr>.*?<\/w:tr>/s.exec(questions)?.[0] ?? '';
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(paragraphTexts(firstRow)).toEqual(['Vraag', 'Antwoord']);
      expect(count(questions, /<w:tblHeader\/>/)).toBe(1);
      expect(paragraphTexts(chart)).toEqual(['Onderdeel', 'Aantal', 'Gaat goed', '12', 'Zorg', '7', 'Eigen rol', '0']);
    });

    it('shows the chart as a captioned table with its numbers right-aligned', () => {
      expect(styleOf(docx, 'Bevindingen per soort')).toBe('Caption');
      expect(paragraphWithText(docx.document, '12')).toContain('<w:jc w:val="right"/>');
    });

    it('records the title and creator, and sets Dutch as the language', () => {
      expect(docx.core).toContain('<dc:title>Visitatierapport Coöperatie Zuid-Limburg</dc:title>');
      expect(docx.core).toContain('<dc:creator>Kijkje</dc:creator>');
      expect(docx.styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="nl-NL"\/>.*<\/w:rPr><\/w:rPrDefault>/s);
    });

    it('defines the heading styles with outline levels, for the navigation pane', () => {
      for (const level of [1, 2, 3]) {
        const style = new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${level}">.*?</w:style>`, 's').exec(docx.styles)?.[0];
        expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
      }
    });
  });

  it('speaks English when asked', async () => {
    const docx = await readDocx(await renderDocx(visitReport({ language: 'en' })));
    expect(paragraphTexts(docx.footers[0])).toEqual(['Vertrouwelijk – alleen voor de ronde\tPage  of ']);
    expect(docx.styles).toContain('<w:lang w:val="en-GB"/>');
    expect(paragraphTexts(docx.document)).toContain('Item');
  });

  it('writes a long table as one table with one repeating header row', async () => {
    const docx = await readDocx(await renderDocx(longTable(60)));
    expect(count(docx.document, /<w:tbl>/)).toBe(1);
    expect(count(docx.document, /<w:tr>/)).toBe(61);
    expect(count(docx.document, /<w:tblHeader\/>/)).toBe(1);
    expect(count(docx.document, /<w:cantSplit\/>/)).toBe(61);
  });

  describe('Markdown blocks', () => {
    it('become real headings, lists and bold and italic runs', async () => {
      const docx = await readDocx(await renderDocx(oneSection('# Wat gaat goed\n\nDe toegang is **dichtbij** en _snel_.\n\n- een\n- twee\n\n> citaat')));
      expect(styleOf(docx, 'Wat gaat goed')).toBe('Heading2');
      const paragraph = paragraphWithText(docx.document, 'De toegang is dichtbij en snel.') ?? '';
      expect(paragraph).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">dichtbij<\/w:t><\/w:r>/);
      expect(paragraph).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">snel<\/w:t><\/w:r>/);
      expect(paragraphWithText(docx.document, 'een')).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
      expect(styleOf(docx, 'citaat')).toBe('Quote');
      expect(docx.document).not.toContain('**');
    });

    it('number each list from 1 again, and bullets are not numbers', async () => {
      const docx = await readDocx(await renderDocx(oneSection('1. a\n2. b\n\ntussendoor\n\n1. c\n\n- d')));
      const numId = (text: string) => /<w:numId w:val="(\d+)"\/>/.exec(paragraphWithText(docx.document, text) ?? '')?.[1];
      expect(numId('a')).toBe(numId('b'));
      expect(numId('c')).not.toBe(numId('a'));
      expect(numId('d')).not.toBe(numId('a'));
      expect(docx.numbering).toContain('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>');
      expect(docx.numbering).toContain('<w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>');
    });

    it('keep line breaks as breaks', async () => {
      const docx = await readDocx(await renderDocx(oneSection('regel 1\nregel 2')));
      expect(paragraphTexts(docx.document)).toContain('regel 1\nregel 2');
    });

    it('keep raw HTML as text, escaped in the XML', async () => {
      const docx = await readDocx(await renderDocx(oneSection('<script>alert(1)</script>')));
      expect(docx.document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(docx.document).not.toContain('<script>');
    });
  });

  it('keeps Dutch text and emoji, and drops characters XML cannot hold', async () => {
    const docx = await readDocx(
      await renderDocx(
        visitReport({
          title: 'Oogst\u0000 Coöperatie 👍',
          sections: [{ heading: 'A\u0007B', blocks: [{ kind: 'paragraph', runs: [{ text: '“ë” \uFFFF–' }] }] }],
        }),
      ),
    );
    expect(paragraphTexts(docx.document)).toEqual(expect.arrayContaining(['Oogst Coöperatie 👍', 'AB', '“ë” –']));
    expect(docx.core).toContain('<dc:title>Oogst Coöperatie 👍</dc:title>');
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(docx.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFF]/);
  });

  it('writes a table of figures with its caption before it, a repeating header row and bold row names', async () => {
    const docx = await readDocx(
      await renderDocx(
        visitReport({
          sections: [
            {
              heading: 'Vergelijking',
              blocks: [
                {
                  kind: 'dataTable',
                  caption: 'Bevindingen per programma',
                  header: ['Programma', 'Gemeenten'],
                  rows: [
                    ['2025', '4'],
                    ['2026', '3'],
                  ],
                },
              ],
            },
          ],
        }),
      ),
    );
    expect(styleOf(docx, 'Bevindingen per programma')).toBe('Caption');
    const [table] = [...docx.document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([t]) => t);
    expect(paragraphTexts(table)).toEqual(['Programma', 'Gemeenten', '2025', '4', '2026', '3']);
    expect(count(table, /<w:tblHeader\/>/)).toBe(1);
    expect(paragraphWithText(table, '2025')).toContain('<w:b/>');
  });

  it('has just the title page section when there are no sections', async () => {
    const docx = await readDocx(await renderDocx(visitReport({ sections: [] })));
    expect(count(docx.document, /<w:sectPr>/)).toBe(1);
    expect(docx.footers).toHaveLength(0);
  });
});
