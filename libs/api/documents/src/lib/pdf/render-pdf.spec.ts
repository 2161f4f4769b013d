import type { KijkjeDocument } from '../document.model';
import { readPdf } from '../../testing/read-pdf';
import { catalogFacts, fontNames, structureTypeCounts } from '../../testing/pdf-structure';
import { longTable, visitReport } from '../../testing/sample-documents';
import { renderPdf } from './render-pdf';

const FOOTER_LABEL = 'Vertrouwelijk – alleen voor de ronde';

/** Page text without the footer line, to see what a page holds besides its number. */
const body = (page: string) =>
  page
    .split('\n')
    .filter((line) => !/(Pagina|Page) \d+ (van|of) \d+/.test(line))
    .join('\n')
    .trim();

const oneSection = (source: string): KijkjeDocument => visitReport({ sections: [{ heading: 'Bevindingen', blocks: [{ kind: 'markdown', source }] }] });

describe('renderPdf', () => {
  describe('a visit report', () => {
    let pages: string[];
    let pdf: Buffer;

    beforeAll(async () => {
      pdf = await renderPdf(visitReport());
      pages = (await readPdf(pdf)).pages;
    });

    it('opens with a title page holding the title, subtitle and title-page lines, without a page number', () => {
      expect(pages[0]).toContain('Visitatierapport Coöperatie Zuid-');
      expect(pages[0]).toContain('Sturen met Kwaliteit – ronde 3');
      expect(pages[0]).toContain('Netwerk Directeuren Sociaal Domein');
      expect(pages[0]).toContain('12 maart 2020');
      expect(pages[0]).not.toMatch(/Pagina/);
      expect(pages[0]).not.toContain(FOOTER_LABEL);
    });

    it('numbers every later page "Pagina X van Y" next to the footer label', () => {
      expect(pages.length).toBeGreaterThan(1);
      pages.slice(1).forEach((page, index) => {
        expect(page).toContain(`Pagina ${index + 2} van ${pages.length}`);
        expect(page).toContain(FOOTER_LABEL);
      });
    });

    it('holds the section headings, paragraphs, lists, table cells and chart numbers as text', () => {
      const text = pages.slice(1).join('\n');
      for (const expected of [
        'Samenvatting',
        'Bevindingen per thema',
        'Wmo',
        'Wat gaat goed?',
        'Gastgemeente ’s-Hertogenbosch',
        'De gemeente werkt integraal en durft te kiezen.',
        '• Stip aan de horizon',
        '1. Eerste punt',
        '“We kennen onze inwoners.”',
        'Vraag Antwoord',
        'Wat zorgt? Wachtlijst',
        'Gaat goed 12',
        'Eigen rol 0',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toMatch(/\*\*|^#/m);
    });

    it('is a tagged PDF 1.7 with language, title and author, whose tags follow the headings', async () => {
      const { info } = await readPdf(pdf);
      expect(info).toMatchObject({ PDFFormatVersion: '1.7', Language: 'nl-NL', Title: 'Visitatierapport Coöperatie Zuid-Limburg', Author: 'Kijkje' });
      expect(catalogFacts(pdf)).toEqual({ marked: true, structTree: true, displayDocTitle: true });
      expect(structureTypeCounts(pdf)).toMatchObject({ Document: 1, Sect: 4, H1: 2, H2: 2, H3: 1, L: 2, LI: 4, Table: 2, TH: 5, Figure: 1, BlockQuote: 1 });
    });

    it('bookmarks sections under their parents', async () => {
      const { outline } = await readPdf(pdf);
      expect(outline).toEqual([
        { title: 'Samenvatting', items: [] },
        {
          title: 'Bevindingen per thema',
          items: [
            { title: 'Wmo', items: [{ title: 'Wat gaat goed?', items: [] }] },
            { title: 'Jeugd', items: [] },
          ],
        },
      ]);
    });
  });

  it('speaks English when asked', async () => {
    const { pages, info } = await readPdf(await renderPdf(visitReport({ language: 'en' })));
    expect(pages[1]).toContain(`Page 2 of ${pages.length}`);
    expect(pages[1]).not.toContain('Pagina');
    expect(info.Language).toBe('en-GB');
  });

  describe('a table longer than a page', () => {
    let pages: string[];

    beforeAll(async () => {
      pages = (await readPdf(await renderPdf(longTable(60)))).pages;
    });

    it('continues over several pages, and no page is left empty', () => {
      expect(pages.length).toBeGreaterThanOrEqual(4);
      for (const page of pages) expect(body(page).length).toBeGreaterThan(0);
      expect(pages[pages.length - 1]).toContain(`Pagina ${pages.length} van ${pages.length}`);
    });

    it('repeats the header row at the top of every page it covers', () => {
      for (const page of pages.slice(1)) expect(page).toMatch(/^(Alle bevindingen\n)?Nr Thema Bevinding\n/);
    });

    it('shows every row exactly once, in order, each row whole on one page', () => {
      const rowNumbers = pages.slice(1).flatMap((page) => [...page.matchAll(/^(\d+) (?:Wmo|Jeugd|Participatie) Bevinding (\d+):/gm)].map((m) => Number(m[1])));
      expect(rowNumbers).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
      for (const page of pages.slice(1)) {
        const starts = (page.match(/Bevinding \d+:/g) ?? []).length;
        const ends = (page.match(/rond de overdracht\./g) ?? []).length;
        expect(ends).toBe(starts);
      }
    });
  });

  it('keeps Dutch diacritics and typography', async () => {
    const text = 'Coöperatie ’s-Hertogenbosch: “oogst” – ë é ï ü ‘ja’ … € 5';
    const { pages } = await readPdf(await renderPdf(oneSection(text)));
    expect(pages[1]).toContain(text);
  });

  describe('keeps every character people type, in embedded Noto faces', () => {
    const LINES = {
      dutch: 'Coöperatie ’s-Hertogenbosch: “oogst” – ë é ï ü ‘ja’ … € 5, de ĳsbaan in IJmuiden',
      polish: 'Zażółć gęślą jaźń – Łódź, Gdańsk, Kraków',
      turkish: 'Şırnak, İstanbul, Iğdır: ığ şç ÖÜ',
      greekCyrillic: 'Αθήνα, Київ, Москва',
      symbols: 'klaar ✓, ★ ster, pijl → en ≤ ≥ ≠',
    };

    it.each(Object.entries(LINES))('%s', async (_name, line) => {
      const { pages } = await readPdf(await renderPdf(oneSection(line)));
      expect(pages[1]).toContain(line);
    });

    it('sets Arabic and Hebrew from the right, every word kept', async () => {
      const arabic = 'مرحبا بالعالم';
      const hebrew = 'שלום עולם';
      const { pages } = await readPdf(await renderPdf(oneSection(`${arabic}\n\n${hebrew}\n\nEn weer Nederlands.`)));
      // Each line is drawn from the right, so the text layer lists its words right to left, each
      // word in reading order; the dot of ب is a glyph of its own without a character.
      // eslint-disable-next-line no-control-regex -- that glyph reads as a control character
      const lines = pages[1].split('\n').map((line) => line.replace(/[\u0000-\u001f]/g, ''));
      const words = (phrase: string) => phrase.split(' ').reverse().join('');
      expect(lines).toEqual(expect.arrayContaining([words(arabic), words(hebrew), 'En weer Nederlands.']));
    });

    it('puts "?" where no face has the character and leaves out what is invisible', async () => {
      const { pages } = await readPdf(await renderPdf(oneSection('Top 👍🏽 日本\u200b klaar')));
      expect(pages[1]).toContain('Top ? ?? klaar');
    });

    it('embeds only the faces it needs', async () => {
      const names = fontNames(await renderPdf(oneSection('Gewoon Nederlands, en **vet**.')));
      expect(names.every((name) => name.startsWith('NotoSans-'))).toBe(true);
      expect(names).not.toContain('NotoSansArabic-Regular');
    });
  });

  it('cuts off a table row taller than a page rather than drawing past the margin', async () => {
    const huge = 'woord '.repeat(4000);
    const { pages } = await readPdf(
      await renderPdf(visitReport({ sections: [{ heading: 'Lang', blocks: [{ kind: 'table', header: ['Kop'], rows: [[huge], ['na']] }] }] })),
    );
    expect(pages).toHaveLength(4);
    expect(pages[2]).toContain('…');
    expect(pages[3]).toMatch(/^Kop\nna\n/);
  });

  it('lets a bar chart run on over pages, every bar with its number', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => ({ label: `Gemeente ${index + 1}`, value: index * 2 }));
    const { pages } = await readPdf(
      await renderPdf(visitReport({ sections: [{ heading: 'Grafiek', blocks: [{ kind: 'barChart', caption: 'Bevindingen', rows }] }] })),
    );
    expect(pages.length).toBeGreaterThan(3);
    const bars = pages.flatMap((page) => [...page.matchAll(/^Gemeente (\d+) (\d+)$/gm)].map((m) => [Number(m[1]), Number(m[2])]));
    expect(bars).toEqual(rows.map((row, index) => [index + 1, row.value]));
  });

  it('lets a long quote run on over pages', async () => {
    const { pages } = await readPdf(await renderPdf(oneSection(`> ${'Een lang citaat uit het gesprek. '.repeat(300)}`)));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(body(page).length).toBeGreaterThan(0);
  });

  describe('Markdown blocks', () => {
    it('become real headings, lists and emphasis', async () => {
      const pdf = await renderPdf(oneSection('# Wat gaat goed\n\nDe toegang is _dichtbij_.\n\n- een\n- twee\n\n1. eerste'));
      const { pages, outline } = await readPdf(pdf);
      expect(pages[1]).toContain('Wat gaat goed\nDe toegang is dichtbij.\n• een\n• twee\n1. eerste');
      expect(outline).toEqual([{ title: 'Bevindingen', items: [{ title: 'Wat gaat goed', items: [] }] }]);
      expect(structureTypeCounts(pdf)).toMatchObject({ H1: 1, H2: 1, L: 2, LI: 3, Lbl: 3, LBody: 3 });
      expect(fontNames(pdf)).toContain('NotoSans-Italic');
    });

    it('use the italic font only for italic text', async () => {
      expect(fontNames(await renderPdf(oneSection('Geen nadruk hier.')))).not.toContain('NotoSans-Italic');
    });

    it('never carry raw HTML or scripts into the document as anything but text', async () => {
      const { pages } = await readPdf(await renderPdf(oneSection('<script>alert(1)</script> [x](javascript:alert(1))')));
      expect(pages[1]).toContain('<script>alert(1)</script> [x](javascript:alert(1))');
    });
  });

  it('cuts a footer label too long for one line, without adding pages', async () => {
    const footerLabel = `Vertrouwelijk ${'en nog meer woorden '.repeat(30)}`;
    const { pages } = await readPdf(await renderPdf(visitReport({ footerLabel })));
    expect(pages).toHaveLength(2);
    expect(pages[1]).toMatch(/Vertrouwelijk en nog meer woorden .*… Pagina 2 van 2$/);
  });

  it('gives a table of figures its caption and marks its header row and first column as headers with their scope', async () => {
    const pdf = await renderPdf(
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
    );
    expect(structureTypeCounts(pdf)).toMatchObject({ Table: 1, Caption: 1, TH: 4, TD: 2 });
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/Scope \/Column/g)).toHaveLength(2);
    expect(raw.match(/\/Scope \/Row/g)).toHaveLength(2);
    const { pages } = await readPdf(pdf);
    expect(pages[1]).toContain('Bevindingen per programma');
  });

  it('has just the title page when there are no sections', async () => {
    const { pages } = await readPdf(await renderPdf(visitReport({ sections: [] })));
    expect(pages).toHaveLength(1);
  });
});
