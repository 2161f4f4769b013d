import { paragraphTexts, readDocx, readPdf } from '@kijkje/api/documents/testing';
import request from 'supertest';
import { buildSectionsScene, download, insertEarlyVersion, type SectionsScene } from './support/harvest-sections-world';
import { startTestApp, type TestApp } from './support/test-app';
import { signedIn } from './support/world';

const PUBLISH = `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number } }`;
const VERSION = `query($id: ID!) { harvestVersion(harvestId: $id) { number
  comparison { programmes { name organisations total } themes { theme cells { perOrganisation } } }
  indicators { code organisations median } evaluation { state respondents } systemSignals { theme category count texts } counts { totals { total } } } }`;
const SIGNALS = `query($id: ID!) { harvestSystemSignals(harvestId: $id) { theme category count } }`;

type Programme = { name: string };

describe('a harvest’s extra parts once published: frozen with the version, on the public page and in the files', () => {
  let t: TestApp;
  let s0: SectionsScene;

  beforeAll(async () => {
    t = await startTestApp();
    s0 = await buildSectionsScene(t);
  });
  afterAll(() => t.close());

  it('freezes every part at publication: later changes to findings leave the published version, its page and its files as they were', async () => {
    await s0.owner((c) =>
      c.query(`UPDATE finding SET system_issue = 'LAW' WHERE id = ANY($1)`, [
        [s0.w.findings.utrechtWachtlijst, s0.w.findings.zwolleWachtlijst, s0.w.findings.deventerWachtlijst],
      ]),
    );
    await s0.threeEvaluations();
    const h = await s0.create('Oogst die bevriest', 'NETWORK');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [s0.p2024], indicators: true, evaluation: true })).data!
      .updateHarvestSections;
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: s.version } });
    const member = await signedIn(t, s0.world.a.member);
    const before = (await member.ok(VERSION, { id: h.id })).harvestVersion;
    expect(before.systemSignals).toEqual([{ theme: 'Wmo', category: 'LAW', count: 3, texts: expect.any(Array) }]);
    expect(before.comparison.programmes.map((p: Programme) => p.name)).toEqual(['Sturen met Kwaliteit 2025', 'Sturen met Kwaliteit 2024']);
    expect(before.evaluation).toEqual({ state: 'SHOWN', respondents: 3 });
    const csvBefore = (await request(t.http).get(`/export/systeemsignalen/${h.id}?versie=1`).set('cookie', s0.coordinator.cookie!)).text;

    // Since: one signal unmarked, a finding withheld, a 2024 finding released, an evaluation withdrawn.
    await s0.owner(async (c) => {
      await c.query(`UPDATE finding SET system_issue = NULL WHERE id = $1`, [s0.w.findings.deventerWachtlijst]);
      await c.query(`UPDATE finding SET released_for_harvest = false WHERE id = $1`, [s0.w.findings.utrechtToegang]);
      await c.query(`UPDATE finding SET released_for_harvest = true WHERE theme = 'Wmo' AND kind = 'STRENGTH' AND text = 'Een bevinding van vorig jaar.'`);
      await c.query(`DELETE FROM round_evaluation WHERE user_id = $1`, [s0.w.janDeVries.id]);
    });
    // The draft moves with the findings …
    const live = (await s0.coordinator.ok(SIGNALS, { id: h.id })).harvestSystemSignals;
    expect(live).toEqual([{ theme: 'Wmo', category: 'LAW', count: null }]);
    // … the published version does not: not for its readers, not for the s0.coordinator, not in the CSV.
    expect((await member.ok(VERSION, { id: h.id })).harvestVersion).toEqual(before);
    expect((await s0.coordinator.ok(VERSION, { id: h.id })).harvestVersion).toEqual(before);
    expect((await member.ok(SIGNALS, { id: h.id })).harvestSystemSignals).toEqual([{ theme: 'Wmo', category: 'LAW', count: 3 }]);
    expect((await request(t.http).get(`/export/systeemsignalen/${h.id}?versie=1`).set('cookie', s0.coordinator.cookie!)).text).toBe(csvBefore);
  });

  it('shows the comparison, cijfers and evaluation on the public page and in the files as captioned tables with headers', async () => {
    await s0.threeEvaluations();
    await s0.figures();
    const h = await s0.create('Openbare oogst met vergelijking', 'PUBLIC');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [s0.p2024, s0.small], indicators: true, evaluation: true })).data!
      .updateHarvestSections;
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: s.version } });
    const page = await request(t.http).get(`/oogst/${h.slug}`);
    expect(page.status).toBe(200);
    for (const caption of [
      'Bevindingen per programma en soort',
      'Bevindingen per thema, per gemeente, per programma',
      'Cijfers per grootteklasse',
      'Evaluatie per vraag',
    ])
      expect(page.text).toContain(`<caption>${caption}</caption>`);
    expect(page.text).toContain('<th scope="row">Sturen met Kwaliteit 2024</th>');
    expect(page.text).toMatch(/<th scope="col"[^>]*>Sturen met Kwaliteit 2024<\/th>/);
    expect(page.text).toMatch(/Proefronde 2023: Niet getoond: deze groep heeft minder dan 3 gemeenten/);
    expect(page.text).not.toContain('Geheime toelichting');
    const english = await request(t.http).get(`/oogst/${h.slug}?taal=en`);
    expect(english.text).toContain('<caption>Findings by programme and kind</caption>');

    const pdf = await readPdf(await download(t, `/oogst/${h.slug}/oogst.pdf`));
    const text = pdf.pages.join('\n');
    for (const words of [
      'Vergelijking van programma’s',
      'Bevindingen per programma en soort',
      'Sturen met Kwaliteit 2024',
      'Cijfers per grootteklasse',
      'Evaluatie per vraag',
    ])
      expect(text).toContain(words);
    const docx = await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx`));
    expect(paragraphTexts(docx.document)).toEqual(
      expect.arrayContaining(['Vergelijking van programma’s', 'Bevindingen per programma en soort', 'Sturen met Kwaliteit 2024']),
    );
  });

  it('reads a version published before these parts existed as having none of them', async () => {
    const h = await s0.create('Oude oogst', 'NETWORK');
    await insertEarlyVersion(s0, h);
    const v = (await s0.coordinator.ok(VERSION, { id: h.id })).harvestVersion;
    expect([v.comparison, v.indicators, v.evaluation, v.systemSignals]).toEqual([null, null, null, []]);
  });
});
