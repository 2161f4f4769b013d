import { paragraphTexts, readDocx, readPdf } from '@kijkje/api/documents/testing';
import request from 'supertest';
import { addFinishedProgramme, buildSectionsScene, download, type SectionsScene } from './support/harvest-sections-world';
import { startTestApp, type TestApp } from './support/test-app';
import { signedIn } from './support/world';

const COMPARISON = `comparison { programmes { name organisations total totals { kind count } }
  themes { theme cells { perOrganisation counts { kind count } suppressed { nl en } } } notes { nl en } }`;
const DRAFT = `query($id: ID!) { harvest(id: $id) { ${COMPARISON} } }`;
const VERSION = `query($id: ID!) { harvestVersion(harvestId: $id) { number ${COMPARISON} } }`;
const UPDATE = `mutation($input: UpdateHarvestInput!) { updateHarvest(input: $input) { version } }`;
const PUBLISH = `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number } }`;

const SMALL = {
  nl: 'Niet getoond: deze groep heeft minder dan 3 gemeenten, dus het getal zou naar één gemeente wijzen.',
  en: 'Not shown: this group has fewer than 3 municipalities, so the number would point at one municipality.',
};
const PROTECTS = {
  nl: 'Niet getoond: anders is een verborgen kleine groep uit de totalen terug te rekenen.',
  en: 'Not shown: otherwise a hidden small group could be worked out from the totals.',
};

type KindCount = { kind: string; count: number };
type Cell = { perOrganisation: number | null; counts: KindCount[] | null; suppressed: { nl: string; en: string } | null };
type Comparison = {
  programmes: { name: string; organisations: number | null; total: number | null; totals: KindCount[] | null }[];
  themes: { theme: string; cells: Cell[] }[];
  notes: { nl: string; en: string }[];
};

const column = (c: Comparison, i: number) => c.themes.map((t) => [t.theme, t.cells[i].perOrganisation, t.cells[i].suppressed?.nl ?? null]);
const byKind = (counts: KindCount[]) => Object.fromEntries(counts.filter((k) => k.count > 0).map((k) => [k.kind, k.count]));

/** The comparison's part of the public page: from its heading to the next part. */
const comparisonPart = (html: string) =>
  html.slice(html.indexOf('<section aria-labelledby="deel-comparison">'), html.indexOf('</section>', html.indexOf('deel-comparison')));

describe('the programme comparison names nobody: a theme one or two municipalities of a programme raised is hidden, and so is what gives it back', () => {
  let t: TestApp;
  let s0: SectionsScene;
  let p2022: string;

  beforeAll(async () => {
    t = await startTestApp();
    s0 = await buildSectionsScene(t);
    // Seven municipalities: Wmo raised by three, Armoede by four, Jeugd by Arnhem alone (three findings: 3/7 shows as 0.4,
    // and 0.4 × 7 gives them back).
    p2022 = (
      await s0.owner((c) =>
        addFinishedProgramme(c, s0.world.a.id, s0.world.a.member.id, 'Sturen met Kwaliteit 2022', [
          {
            name: 'Arnhem',
            consent: 'PUBLIC',
            findings: [
              ['Wmo', 'RECOMMENDATION', true],
              ['Jeugd', 'CONCERN', true],
              ['Jeugd', 'CONCERN', true],
              ['Jeugd', 'RECOMMENDATION', true],
            ],
          },
          { name: 'Nijmegen', consent: 'PUBLIC', findings: [['Wmo', 'STRENGTH', true]] },
          { name: 'Apeldoorn', consent: 'PUBLIC', findings: [['Wmo', 'CONCERN', true]] },
          ...['Ede', 'Tiel', 'Epe', 'Oss'].map((name) => ({
            name,
            consent: 'PUBLIC' as const,
            findings: [['Armoede', 'CONCERN', true]] as [string, 'CONCERN', boolean][],
          })),
        ]),
      )
    ).programmeId;
  });
  afterAll(() => t.close());

  it('hides the small theme and the smallest other one of its programme, with the reasons in Dutch and English, so that no total gives it back', async () => {
    const h = await s0.create('Oogst zonder kleine cellen', 'PUBLIC');
    await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [p2022] });
    const c: Comparison = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest.comparison;
    expect(c.programmes.map((p) => [p.name, p.organisations, p.total])).toEqual([
      ['Sturen met Kwaliteit 2025', 3, 5],
      ['Sturen met Kwaliteit 2022', 7, 10],
    ]);
    // 2022: Jeugd is Arnhem's alone; Wmo, the smallest other theme, is hidden with it; Armoede's four show.
    expect(column(c, 1)).toEqual([
      ['Wmo', null, PROTECTS.nl],
      ['Jeugd', null, SMALL.nl],
      ['Armoede', 0.6, null],
    ]);
    // 2025 for the public: Wmo (Utrecht, Deventer) and Jeugd (Deventer, 's-Hertogenbosch) have two municipalities each.
    expect(column(c, 0)).toEqual([
      ['Wmo', null, SMALL.nl],
      ['Jeugd', null, SMALL.nl],
      ['Armoede', 0, null],
    ]);
    expect(c.themes[1].cells[1]).toEqual({ perOrganisation: null, counts: null, suppressed: SMALL });
    expect(c.themes[0].cells[1].suppressed).toEqual(PROTECTS);
    expect(c.notes).toEqual([SMALL, PROTECTS]);

    // What is shown gives back only what the hidden themes have together, never one of them: the 2022 totals minus
    // Armoede are Wmo and Jeugd together (five municipalities), not Jeugd's two concerns and one recommendation.
    const [, totals2022] = c.programmes;
    const shown = c.themes.flatMap((th) => th.cells[1].counts ?? []);
    const rest = Object.fromEntries(totals2022.totals!.map((k) => [k.kind, k.count - shown.filter((s) => s.kind === k.kind).reduce((a, s) => a + s.count, 0)]));
    expect(byKind(totals2022.totals!.map((k) => ({ kind: k.kind, count: rest[k.kind] })))).toEqual({ CONCERN: 3, STRENGTH: 1, RECOMMENDATION: 2 });
    expect(byKind(totals2022.totals!.map((k) => ({ kind: k.kind, count: rest[k.kind] })))).not.toEqual({ CONCERN: 2, RECOMMENDATION: 1 });
    for (const [i] of c.programmes.entries()) expect(c.themes.filter((th) => th.cells[i].perOrganisation === null).length).not.toBe(1);
    expect(JSON.stringify(c.themes)).not.toContain('0.4');

    // For the network, Zwolle's findings count too: 2025's themes have three municipalities each and show.
    const draft = (await s0.coordinator.ok(`query($id: ID!) { harvest(id: $id) { version } }`, { id: h.id })).harvest;
    await s0.coordinator.ok(UPDATE, { input: { id: h.id, version: draft.version, visibility: 'NETWORK' } });
    const network: Comparison = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest.comparison;
    expect(column(network, 0)).toEqual([
      ['Wmo', 1, null],
      ['Jeugd', 0.8, null],
      ['Armoede', 0, null],
    ]);
    expect(network.themes[0].cells[0].counts).toContainEqual({ kind: 'CONCERN', count: 3 });
  });

  it('publishes the hidden cells as hidden: the version, the public page and the files in Dutch and English show the mark and the reasons', async () => {
    const h = await s0.create('Openbare oogst zonder kleine cellen', 'PUBLIC');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [p2022] })).data!.updateHarvestSections;
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: s.version } });
    const member = await signedIn(t, s0.world.a.member);
    const v: Comparison = (await member.ok(VERSION, { id: h.id })).harvestVersion.comparison;
    expect(column(v, 1)).toEqual([
      ['Wmo', null, PROTECTS.nl],
      ['Jeugd', null, SMALL.nl],
      ['Armoede', 0.6, null],
    ]);
    expect(v.notes).toEqual([SMALL, PROTECTS]);

    const page = comparisonPart((await request(t.http).get(`/oogst/${h.slug}`)).text);
    expect(page).toContain('<tr><th scope="row">Jeugd</th><td class="n">verborgen</td><td class="n">verborgen</td></tr>');
    expect(page).toContain('<tr><th scope="row">Armoede</th><td class="n">0</td><td class="n">0,6</td></tr>');
    expect(page).toContain(`<p class="src">${SMALL.nl}</p>`);
    expect(page).toContain(`<p class="src">${PROTECTS.nl}</p>`);
    expect(page).not.toContain('0,4');
    const english = comparisonPart((await request(t.http).get(`/oogst/${h.slug}?taal=en`)).text);
    expect(english).toContain('<tr><th scope="row">Jeugd</th><td class="n">hidden</td><td class="n">hidden</td></tr>');
    expect(english).toContain(`<p class="src">${SMALL.en}</p>`);

    const docx = paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx`))).document);
    expect(docx).toEqual(expect.arrayContaining([SMALL.nl, PROTECTS.nl, 'verborgen']));
    expect(docx).not.toContain('0,4');
    const englishDocx = paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx?taal=en`))).document);
    expect(englishDocx).toEqual(expect.arrayContaining([SMALL.en, PROTECTS.en]));
    const pdf = (await readPdf(await download(t, `/oogst/${h.slug}/oogst.pdf`))).pages.join('\n');
    expect(pdf.replace(/\s+/g, ' ')).toContain('anders is een verborgen kleine groep uit de totalen terug te rekenen');
  });

  it('reads a version published before the rule through it: its stored figures stay, but no cell it cannot prove is shown', async () => {
    const h = await s0.create('Oogst van voor de regel', 'PUBLIC');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [p2022] })).data!.updateHarvestSections;
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: s.version } });
    // As versions published before froze it: every figure, and no reasons.
    const leaked = [
      ['Wmo', [1, 0.4], { CONCERN: 1 }, { RECOMMENDATION: 1 }],
      ['Jeugd', [0.7, 0.4], { STRENGTH: 1 }, { CONCERN: 2 }],
      ['Armoede', [0, 0.6], {}, { CONCERN: 4 }],
    ].map(([theme, perOrganisation, ...cells]) => ({
      theme,
      perOrganisation,
      counts: (cells as Record<string, number>[]).map((k) =>
        ['CONCERN', 'STRENGTH', 'RECOMMENDATION', 'OWN_RESPONSIBILITY'].map((kind) => ({ kind, count: k[kind] ?? 0 })),
      ),
    }));
    await s0.owner((c) =>
      c.query(`UPDATE harvest_version SET content = jsonb_set(content, '{comparison,themes}', $2::jsonb) WHERE harvest_id = $1`, [
        h.id,
        JSON.stringify(leaked),
      ]),
    );
    const stored = async () => (await s0.owner((c) => c.query(`SELECT content FROM harvest_version WHERE harvest_id = $1`, [h.id]))).rows[0].content;
    const before = await stored();

    const member = await signedIn(t, s0.world.a.member);
    const v: Comparison = (await member.ok(VERSION, { id: h.id })).harvestVersion.comparison;
    const UNPROVEN = /^Niet getoond: deze versie is gepubliceerd voordat per thema werd nagegaan/;
    // Its frozen patterns prove only 2022's Armoede (four municipalities): hidden with the unproven themes it would give back.
    expect(v.themes.map((th) => th.cells.map((cell) => cell.perOrganisation))).toEqual([
      [null, null],
      [null, null],
      [0, null],
    ]);
    expect(v.themes[1].cells[1].suppressed!.nl).toMatch(UNPROVEN);
    expect(v.themes[1].cells[1].suppressed!.en).toMatch(/^Not shown: this version was published before each theme was checked/);
    expect(v.themes[2].cells[1].suppressed).toEqual(PROTECTS);
    expect(v.notes.map((n) => n.nl)).toEqual([expect.stringMatching(UNPROVEN), PROTECTS.nl]);
    // The programmes' own rows are as they were.
    expect(v.programmes.map((p) => [p.name, p.organisations, p.total])).toEqual([
      ['Sturen met Kwaliteit 2025', 3, 5],
      ['Sturen met Kwaliteit 2022', 7, 10],
    ]);

    const page = comparisonPart((await request(t.http).get(`/oogst/${h.slug}`)).text);
    expect(page).toContain('<tr><th scope="row">Jeugd</th><td class="n">verborgen</td><td class="n">verborgen</td></tr>');
    expect(page).toMatch(/<p class="src">Niet getoond: deze versie is gepubliceerd voordat/);
    expect(page).not.toMatch(/0,4|0,7|0,6/);
    const docx = paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx`))).document);
    expect(docx).not.toContain('0,4');
    expect(docx).toEqual(expect.arrayContaining([expect.stringMatching(UNPROVEN)]));
    // Read, never rewritten.
    expect(await stored()).toEqual(before);
  });
});
