import { paragraphTexts, readDocx, readPdf } from '@kijkje/api/documents/testing';
import request from 'supertest';
import { addFinishedProgramme, buildSectionsScene, download, type SectionsScene } from './support/harvest-sections-world';
import { startTestApp, type TestApp } from './support/test-app';
import { signedIn } from './support/world';

const COUNTS = `counts { byTheme { label organisations total cells { kind count } suppressed { nl en } } totals { total organisations rounds cells { kind count } suppressed { nl en } } }`;
const COMPARISON = `comparison { programmes { name organisations } themes { theme cells { perOrganisation suppressed { nl en } } } }`;
const DRAFT = `query($id: ID!) { harvest(id: $id) { version ${COUNTS} ${COMPARISON} } }`;
const VERSION = `query($id: ID!) { harvestVersion(harvestId: $id) { number ${COUNTS} } }`;
const CREATE = `mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id slug version } }`;
const PUBLISH = `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number } }`;

const SMALL = {
  nl: 'Niet getoond: deze groep heeft minder dan 3 gemeenten, dus het getal zou naar één gemeente wijzen.',
  en: 'Not shown: this group has fewer than 3 municipalities, so the number would point at one municipality.',
};
const PROTECTS = {
  nl: 'Niet getoond: anders is een verborgen kleine groep uit de totalen terug te rekenen.',
  en: 'Not shown: otherwise a hidden small group could be worked out from the totals.',
};
const UNPROVEN = /^Niet getoond: deze versie is gepubliceerd voordat per thema werd nagegaan/;
const FEW = {
  nl: 'Niet getoond: de getelde bevindingen komen van minder dan 3 gemeenten, dus de totalen zouden naar één gemeente wijzen.',
  en: 'Not shown: the counted findings come from fewer than 3 municipalities, so the totals would point at one municipality.',
};

type KindCount = { kind: string; count: number | null };
type Row = { label: string; organisations: number | null; total: number | null; cells: KindCount[]; suppressed: { nl: string; en: string } | null };
type Totals = { total: number | null; organisations: number | null; rounds: number | null; cells: KindCount[]; suppressed: { nl: string; en: string } | null };
type Counts = { byTheme: Row[]; totals: Totals };

const rows = (c: Counts) => c.byTheme.map((r) => [r.label, r.organisations, r.total, r.suppressed?.nl ?? null]);
const byKind = (counts: { kind: string; count: number }[]) => Object.fromEntries(counts.filter((k) => k.count > 0).map((k) => [k.kind, k.count]));

/** The theme table of the counts on the public page: from its heading to the next one. */
const themePart = (html: string, heading: string, next: string) => html.slice(html.indexOf(`<h3>${heading}</h3>`), html.indexOf(`<h3>${next}</h3>`));
/** The same part of a file's text. */
const between = (texts: string[], from: string, to: string) => texts.slice(texts.indexOf(from), texts.indexOf(to));

describe('a harvest’s counts by theme name nobody: a theme one or two municipalities raised is hidden, and so is what gives it back', () => {
  let t: TestApp;
  let s0: SectionsScene;
  let p2022: string;

  beforeAll(async () => {
    t = await startTestApp();
    s0 = await buildSectionsScene(t);
    // Seven municipalities. Only Leiden raised Financiële beheersbaarheid (three concerns: what the review found at Leiden);
    // Armoede was Leiden's and Nijmegen's: the two small themes are three rows of municipalities but two municipalities.
    p2022 = (
      await s0.owner((c) =>
        addFinishedProgramme(c, s0.world.a.id, s0.world.a.member.id, 'Sturen met Kwaliteit 2022', [
          {
            name: 'Leiden',
            consent: 'PUBLIC',
            findings: [
              ['Financiële beheersbaarheid', 'CONCERN', true],
              ['Financiële beheersbaarheid', 'CONCERN', true],
              ['Financiële beheersbaarheid', 'CONCERN', true],
              ['Armoede', 'RECOMMENDATION', true],
              ['Wmo', 'STRENGTH', true],
            ],
          },
          {
            name: 'Nijmegen',
            consent: 'PUBLIC',
            findings: [
              ['Armoede', 'RECOMMENDATION', true],
              ['Wmo', 'STRENGTH', true],
            ],
          },
          { name: 'Apeldoorn', consent: 'PUBLIC', findings: [['Wmo', 'CONCERN', true]] },
          ...['Ede', 'Tiel', 'Epe', 'Oss'].map((name) => ({
            name,
            consent: 'PUBLIC' as const,
            findings: [['Jeugd', 'CONCERN', true]] as [string, 'CONCERN', boolean][],
          })),
        ]),
      )
    ).programmeId;
  });
  afterAll(() => t.close());

  /** A public harvest of the 2022 programme that compares it with 2024. */
  const harvest = async (title: string) => {
    const h = (await s0.coordinator.ok(CREATE, { input: { programmeId: p2022, title, visibility: 'PUBLIC', narrative: 'Wat de ronde zag.' } })).createHarvest;
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [s0.p2024] })).data!.updateHarvestSections;
    return { ...h, version: s.version as number };
  };

  it('hides the small themes and the smallest other one in the draft, with the reasons in Dutch and English, as the comparison does for the programme', async () => {
    const h = await harvest('Oogst 2022');
    const draft = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest;
    const counts: Counts = draft.counts;
    expect(rows(counts)).toEqual([
      ['Wmo', null, null, PROTECTS.nl],
      ['Jeugd', 4, 4, null],
      ['Armoede', null, null, SMALL.nl],
      ['Financiële beheersbaarheid', null, null, SMALL.nl],
    ]);
    expect(counts.byTheme[3]).toEqual({
      label: 'Financiële beheersbaarheid',
      organisations: null,
      total: null,
      cells: ['STRENGTH', 'CONCERN', 'RECOMMENDATION', 'OWN_RESPONSIBILITY'].map((kind) => ({ kind, count: null })),
      suppressed: SMALL,
    });
    expect(counts.byTheme[0].suppressed).toEqual(PROTECTS);
    // The totals minus what is shown give the hidden themes together (Leiden, Nijmegen and Apeldoorn), never Leiden's three concerns.
    expect(counts.totals).toMatchObject({ total: 12, organisations: 7, rounds: 1, suppressed: null });
    const shown = counts.byTheme.flatMap((r) => r.cells.filter((k) => k.count !== null) as { kind: string; count: number }[]);
    const rest = counts.totals.cells.map((k) => ({ kind: k.kind, count: k.count! - shown.filter((s) => s.kind === k.kind).reduce((a, s) => a + s.count, 0) }));
    expect(byKind(rest)).toEqual({ CONCERN: 4, STRENGTH: 2, RECOMMENDATION: 2 });

    // The comparison's column of this programme hides the same themes for the same reasons.
    const comparison = draft.comparison;
    expect(comparison.programmes[0]).toEqual({ name: 'Sturen met Kwaliteit 2022', organisations: 7 });
    const own = new Map(
      comparison.themes.map((th: { theme: string; cells: { perOrganisation: number | null; suppressed: { nl: string } | null }[] }) => [
        th.theme,
        th.cells[0].suppressed?.nl ?? null,
      ]),
    );
    for (const row of counts.byTheme) expect([row.label, own.get(row.label)]).toEqual([row.label, row.suppressed?.nl ?? null]);
  });

  it('publishes the hidden themes as hidden: the version, the public page and the files in Dutch and English show the mark and the reasons', async () => {
    const h = await harvest('Openbare oogst 2022');
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: h.version } });
    const member = await signedIn(t, s0.world.a.member);
    const v: Counts = (await member.ok(VERSION, { id: h.id })).harvestVersion.counts;
    expect(rows(v)).toEqual([
      ['Wmo', null, null, PROTECTS.nl],
      ['Jeugd', 4, 4, null],
      ['Armoede', null, null, SMALL.nl],
      ['Financiële beheersbaarheid', null, null, SMALL.nl],
    ]);

    const page = themePart((await request(t.http).get(`/oogst/${h.slug}`)).text, 'Bevindingen per thema en soort', 'Bevindingen per grootteklasse');
    const hiddenRow = (theme: string, word: string) => `<tr><th scope="row">${theme}</th>${`<td class="n">${word}</td>`.repeat(5)}</tr>`;
    expect(page).toContain(hiddenRow('Financiële beheersbaarheid', 'verborgen'));
    expect(page).toContain(hiddenRow('Wmo', 'verborgen'));
    expect(page).toContain(
      '<tr><th scope="row">Jeugd</th><td class="n">0</td><td class="n">4</td><td class="n">0</td><td class="n">0</td><td class="n">4</td></tr>',
    );
    expect(page).toContain(`<p class="src">${SMALL.nl}</p>`);
    expect(page).toContain(`<p class="src">${PROTECTS.nl}</p>`);
    // The chart has no bar for a hidden theme.
    expect(page).not.toMatch(/aria-label="[^"]*Financiële beheersbaarheid/);
    const english = themePart((await request(t.http).get(`/oogst/${h.slug}?taal=en`)).text, 'Findings by theme and kind', 'Findings by size class');
    expect(english).toContain(hiddenRow('Financiële beheersbaarheid', 'hidden'));
    expect(english).toContain(`<p class="src">${SMALL.en}</p>`);
    expect(english).toContain(`<p class="src">${PROTECTS.en}</p>`);

    const docx = between(
      paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx`))).document),
      'Bevindingen per thema en soort',
      'Bevindingen per grootteklasse',
    );
    expect(docx).toEqual(expect.arrayContaining(['Financiële beheersbaarheid', 'verborgen', SMALL.nl, PROTECTS.nl]));
    expect(docx.slice(docx.indexOf('Financiële beheersbaarheid'), docx.indexOf('Financiële beheersbaarheid') + 6)).toEqual([
      'Financiële beheersbaarheid',
      ...Array(5).fill('verborgen'),
    ]);
    const englishDocx = between(
      paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx?taal=en`))).document),
      'Findings by theme and kind',
      'Findings by size class',
    );
    expect(englishDocx).toEqual(expect.arrayContaining(['hidden', SMALL.en, PROTECTS.en]));
    const pdf = (await readPdf(await download(t, `/oogst/${h.slug}/oogst.pdf`))).pages.join('\n').replace(/\s+/g, ' ');
    const pdfThemes = pdf.slice(pdf.indexOf('Bevindingen per thema en soort'), pdf.indexOf('Bevindingen per grootteklasse'));
    expect(pdfThemes).toContain('Financiële beheersbaarheid verborgen verborgen verborgen verborgen verborgen');
    expect(pdfThemes).toContain('anders is een verborgen kleine groep uit de totalen terug te rekenen');
    expect(pdfThemes).toContain('deze groep heeft minder dan 3 gemeenten');
  });

  it('reads a version published before the rule through it: its stored figures stay, but no theme row it cannot prove is shown', async () => {
    const h = await harvest('Oogst 2022 van voor de regel');
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: h.version } });
    // As versions published before froze it: every theme's figures, no municipalities, no reasons.
    const kinds = (k: Record<string, number>) => ['STRENGTH', 'CONCERN', 'RECOMMENDATION', 'OWN_RESPONSIBILITY'].map((kind) => ({ kind, count: k[kind] ?? 0 }));
    const leaked = [
      { theme: 'Wmo', cells: kinds({ STRENGTH: 2, CONCERN: 1 }), total: 3 },
      { theme: 'Jeugd', cells: kinds({ CONCERN: 4 }), total: 4 },
      { theme: 'Armoede', cells: kinds({ RECOMMENDATION: 2 }), total: 2 },
      { theme: 'Financiële beheersbaarheid', cells: kinds({ CONCERN: 3 }), total: 3 },
    ];
    await s0.owner((c) =>
      c.query(`UPDATE harvest_version SET content = jsonb_set(content, '{counts,byTheme}', $2::jsonb) WHERE harvest_id = $1`, [h.id, JSON.stringify(leaked)]),
    );
    const stored = async () => (await s0.owner((c) => c.query(`SELECT content FROM harvest_version WHERE harvest_id = $1`, [h.id]))).rows[0].content;
    const before = await stored();

    const member = await signedIn(t, s0.world.a.member);
    const v: Counts = (await member.ok(VERSION, { id: h.id })).harvestVersion.counts;
    // Its frozen patterns prove Wmo (three municipalities, its three findings) and Jeugd (four); Armoede and Financiële
    // beheersbaarheid are no pattern: hidden, and Wmo, the smallest proven theme, with them.
    expect(v.byTheme.map((r) => [r.label, r.organisations, r.total, r.suppressed?.nl.match(UNPROVEN) ? 'UNPROVEN' : (r.suppressed?.nl ?? null)])).toEqual([
      ['Wmo', null, null, PROTECTS.nl],
      ['Jeugd', 4, 4, null],
      ['Armoede', null, null, 'UNPROVEN'],
      ['Financiële beheersbaarheid', null, null, 'UNPROVEN'],
    ]);
    expect(v.byTheme[3].suppressed!.en).toMatch(/^Not shown: this version was published before each theme was checked/);
    expect(v.totals).toMatchObject({ total: 12, organisations: 7, suppressed: null });

    const page = themePart((await request(t.http).get(`/oogst/${h.slug}`)).text, 'Bevindingen per thema en soort', 'Bevindingen per grootteklasse');
    expect(page).toContain(`<tr><th scope="row">Financiële beheersbaarheid</th>${'<td class="n">verborgen</td>'.repeat(5)}</tr>`);
    expect(page).toMatch(/<p class="src">Niet getoond: deze versie is gepubliceerd voordat/);
    const docx = between(
      paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx`))).document),
      'Bevindingen per thema en soort',
      'Bevindingen per grootteklasse',
    );
    expect(docx).toEqual(expect.arrayContaining([expect.stringMatching(UNPROVEN), PROTECTS.nl]));
    expect(docx.slice(docx.indexOf('Financiële beheersbaarheid'), docx.indexOf('Financiële beheersbaarheid') + 6)).toEqual([
      'Financiële beheersbaarheid',
      ...Array(5).fill('verborgen'),
    ]);
    // Read, never rewritten.
    expect(await stored()).toEqual(before);
  });

  describe('a harvest whose findings come from two municipalities shows no totals either: they would describe those two', () => {
    const HIDDEN_TOTALS: Totals = {
      total: null,
      organisations: null,
      rounds: null,
      cells: ['STRENGTH', 'CONCERN', 'RECOMMENDATION', 'OWN_RESPONSIBILITY'].map((kind) => ({ kind, count: null })),
      suppressed: FEW,
    };
    let pTwo: string;
    beforeAll(async () => {
      pTwo = (
        await s0.owner((c) =>
          addFinishedProgramme(c, s0.world.a.id, s0.world.a.member.id, 'Proef met twee gemeenten', [
            {
              name: 'Leiden',
              consent: 'PUBLIC',
              findings: [
                ['Wmo', 'CONCERN', true],
                ['Wmo', 'CONCERN', true],
                ['Jeugd', 'STRENGTH', true],
              ],
            },
            { name: 'Delft', consent: 'PUBLIC', findings: [['Wmo', 'RECOMMENDATION', true]] },
          ]),
        )
      ).programmeId;
    });
    const twoHarvest = async (title: string) =>
      (await s0.coordinator.ok(CREATE, { input: { programmeId: pTwo, title, visibility: 'PUBLIC', narrative: 'Wat de proef zag.' } })).createHarvest as {
        id: string;
        slug: string;
        version: number;
      };
    /** The footer of the theme table on the public page. */
    const footer = (html: string) => html.slice(html.indexOf('<tfoot>'), html.indexOf('</tfoot>'));

    it('hides the totals with the reason in the draft, the version, the public page and the files, in Dutch and English', async () => {
      const h = await twoHarvest('Oogst van twee');
      const draft: Counts = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest.counts;
      expect(draft.totals).toEqual(HIDDEN_TOTALS);
      expect(rows(draft)).toEqual([
        ['Wmo', null, null, SMALL.nl],
        ['Jeugd', null, null, SMALL.nl],
      ]);
      await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: h.version } });
      const member = await signedIn(t, s0.world.a.member);
      expect(((await member.ok(VERSION, { id: h.id })).harvestVersion.counts as Counts).totals).toEqual(HIDDEN_TOTALS);

      const page = themePart((await request(t.http).get(`/oogst/${h.slug}`)).text, 'Bevindingen per thema en soort', 'Bevindingen per grootteklasse');
      expect(footer(page)).toContain(`<tr><th scope="row">Totaal</th>${'<td class="n">verborgen</td>'.repeat(5)}</tr>`);
      expect(page).toContain(`<p class="src">${FEW.nl}</p>`);
      // Neither the number of findings nor of municipalities is anywhere in the table.
      expect(page).not.toMatch(/<td class="n">[1-9]/);
      const english = themePart((await request(t.http).get(`/oogst/${h.slug}?taal=en`)).text, 'Findings by theme and kind', 'Findings by size class');
      expect(footer(english)).toContain(`<tr><th scope="row">Total</th>${'<td class="n">hidden</td>'.repeat(5)}</tr>`);
      expect(english).toContain(`<p class="src">${FEW.en}</p>`);

      const docx = between(
        paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx`))).document),
        'Bevindingen per thema en soort',
        'Bevindingen per grootteklasse',
      );
      expect(docx.slice(docx.lastIndexOf('Totaal'), docx.lastIndexOf('Totaal') + 6)).toEqual(['Totaal', ...Array(5).fill('verborgen')]);
      expect(docx).toContain(FEW.nl);
      expect(docx.filter((text) => /^\d+$/.test(text))).toEqual([]);
      const englishDocx = between(
        paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx?taal=en`))).document),
        'Findings by theme and kind',
        'Findings by size class',
      );
      expect(englishDocx).toContain(FEW.en);
      const pdf = (await readPdf(await download(t, `/oogst/${h.slug}/oogst.pdf`))).pages.join('\n').replace(/\s+/g, ' ');
      const pdfThemes = pdf.slice(pdf.indexOf('Bevindingen per thema en soort'), pdf.indexOf('Bevindingen per grootteklasse'));
      expect(pdfThemes).toContain('Totaal verborgen verborgen verborgen verborgen verborgen');
      expect(pdfThemes).toContain('de getelde bevindingen komen van minder dan 3 gemeenten');
    });

    it('hides the totals of a version published before the rule, as it froze two municipalities behind them; never rewriting it', async () => {
      const h = await twoHarvest('Oogst van twee, van voor de regel');
      await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: h.version } });
      // As versions published before froze them: every figure, the municipalities, no reason.
      const kinds = (k: Record<string, number>) =>
        ['STRENGTH', 'CONCERN', 'RECOMMENDATION', 'OWN_RESPONSIBILITY'].map((kind) => ({ kind, count: k[kind] ?? 0 }));
      const leaked = { cells: kinds({ CONCERN: 2, STRENGTH: 1, RECOMMENDATION: 1 }), total: 4, organisations: 2, rounds: 1 };
      await s0.owner((c) =>
        c.query(`UPDATE harvest_version SET content = jsonb_set(content, '{counts,totals}', $2::jsonb) WHERE harvest_id = $1`, [h.id, JSON.stringify(leaked)]),
      );
      const stored = async () => (await s0.owner((c) => c.query(`SELECT content FROM harvest_version WHERE harvest_id = $1`, [h.id]))).rows[0].content;
      const before = await stored();

      const member = await signedIn(t, s0.world.a.member);
      expect(((await member.ok(VERSION, { id: h.id })).harvestVersion.counts as Counts).totals).toEqual(HIDDEN_TOTALS);
      const page = themePart((await request(t.http).get(`/oogst/${h.slug}`)).text, 'Bevindingen per thema en soort', 'Bevindingen per grootteklasse');
      expect(footer(page)).toContain(`<tr><th scope="row">Totaal</th>${'<td class="n">verborgen</td>'.repeat(5)}</tr>`);
      expect(page).toContain(`<p class="src">${FEW.nl}</p>`);
      const pdf = (await readPdf(await download(t, `/oogst/${h.slug}/oogst.pdf`))).pages.join('\n').replace(/\s+/g, ' ');
      expect(pdf.slice(pdf.indexOf('Bevindingen per thema en soort'), pdf.indexOf('Bevindingen per grootteklasse'))).toContain(
        'Totaal verborgen verborgen verborgen verborgen verborgen',
      );
      expect(await stored()).toEqual(before);
    });
  });
});
