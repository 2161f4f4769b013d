import { paragraphTexts, readDocx, readPdf } from '@kijkje/api/documents/testing';
import request from 'supertest';
import { addFinishedProgramme, buildSectionsScene, download, type SectionsScene } from './support/harvest-sections-world';
import { startTestApp, type TestApp } from './support/test-app';
import { signedIn } from './support/world';

const PATTERNS = `patterns { programmes patterns { key type label organisations findings totalOrganisations totalFindings change changeLabel { nl en } } notes { nl en } }`;
const DRAFT = `query($id: ID!) { harvest(id: $id) { comparison { programmes { name } ${PATTERNS} } } }`;
const VERSION = `query($id: ID!) { harvestVersion(harvestId: $id) { number comparison { programmes { name } ${PATTERNS} } } }`;
const PUBLISH = `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number } }`;

interface Row {
  label: string;
  organisations: (number | null)[];
  findings: (number | null)[];
  totalOrganisations: number;
  totalFindings: number;
  change: string | null;
}
const rows = (patterns: { patterns: Row[] }) =>
  patterns.patterns.map((p) => [p.label, p.organisations, p.findings, p.totalOrganisations, p.totalFindings, p.change]);

describe('patterns across the programmes of a harvest (Patronen door de jaren heen)', () => {
  let t: TestApp;
  let s0: SectionsScene;
  let p2026: string;
  let nijmegen: string;

  beforeAll(async () => {
    t = await startTestApp();
    s0 = await buildSectionsScene(t);
    // 2026: "regie" at four municipalities (Zwolle for the network only), Wmo at three; Nijmegen's one finding is not released.
    const later = await s0.owner((c) =>
      addFinishedProgramme(c, s0.world.a.id, s0.world.a.member.id, 'Sturen met Kwaliteit 2026', [
        { name: 'Utrecht', consent: 'PUBLIC', findings: [['Wmo', 'CONCERN', true, ['regie']]] },
        { name: 'Zwolle', consent: 'NETWORK', findings: [['Wmo', 'CONCERN', true, ['Regie']]] },
        {
          name: 'Deventer',
          consent: 'PUBLIC',
          findings: [
            ['Wmo', 'STRENGTH', true, ['regie', 'wachtlijsten']],
            ['Jeugd', 'CONCERN', true],
          ],
        },
        { name: 'Arnhem', consent: 'PUBLIC', findings: [['Jeugd', 'RECOMMENDATION', true, ['#regie']]] },
        { name: 'Nijmegen', consent: 'PUBLIC', findings: [['Wmo', 'CONCERN', false, ['wachtlijsten']]] },
      ]),
    );
    p2026 = later.programmeId;
    nijmegen = later.organisations.Nijmegen;
    // Each programme's period starts in its own year; the harvest's own is 2025.
    await s0.owner(async (c) => {
      for (const [id, opens] of [
        [s0.small, '2023-01-01'],
        [s0.p2024, '2024-01-01'],
        [s0.w.programmeId, '2025-01-01'],
        [p2026, '2026-01-01'],
      ])
        await c.query(`UPDATE programme SET sign_up_opens_at = $2 WHERE id = $1`, [id, opens]);
    });
  });
  afterAll(() => t.close());

  it('sets the patterns of the programmes side by side, earliest first, hiding a cell of two municipalities so that the total does not give it back', async () => {
    const h = await s0.create('Oogst met patronen door de jaren', 'NETWORK');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [p2026, s0.p2024] })).data!.updateHarvestSections;
    const draft = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest.comparison;
    // The counts keep the harvest's own programme first; the patterns read by period.
    expect(draft.programmes.map((p: { name: string }) => p.name)).toEqual([
      'Sturen met Kwaliteit 2025',
      'Sturen met Kwaliteit 2026',
      'Sturen met Kwaliteit 2024',
    ]);
    expect(draft.patterns.programmes).toEqual(['Sturen met Kwaliteit 2024', 'Sturen met Kwaliteit 2025', 'Sturen met Kwaliteit 2026']);
    expect(rows(draft.patterns)).toEqual([
      // Jeugd: two municipalities in 2024 and two in 2026, hidden; together four, so 2025's three can show.
      ['Jeugd', [null, 3, null], [null, 3, null], 6, 7, 'NO_LONGER'],
      // Wmo in 2024: Arnhem and Apeldoorn (Nijmegen's Wmo finding was not released). Hidden, and 2025 with it:
      // otherwise 10 − 4 − 3 would give 2024's three findings back.
      ['Wmo', [null, null, 3], [null, null, 3], 5, 10, 'PERSISTING'],
      ['regie', [0, null, null], [0, null, null], 5, 6, 'NEW'],
      ['wachtlijsten', [0, null, null], [0, null, null], 3, 4, 'NO_LONGER'],
      ['Wmo · regie', [0, null, null], [0, null, null], 3, 4, 'NEW'],
    ]);
    expect(draft.patterns.patterns[1].changeLabel).toEqual({ nl: 'Blijft een patroon', en: 'Persisting' });
    expect(draft.patterns.notes.map((n: { nl: string }) => n.nl)).toEqual([
      'Niet getoond: deze groep heeft minder dan 3 gemeenten, dus het getal zou naar één gemeente wijzen.',
      'Niet getoond: anders is een verborgen kleine groep uit de totalen terug te rekenen.',
    ]);
    expect(s.version).toBe(h.version + 1);
    expect(JSON.stringify(draft)).not.toMatch(/Arnhem|Apeldoorn|Nijmegen|Utrecht|Zwolle|Deventer/);
  });

  it('counts only consenting municipalities: for the public, Zwolle’s network consent leaves one pattern, and a small programme is left out, saying why', async () => {
    const h = await s0.create('Openbare oogst met patronen', 'PUBLIC');
    await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [s0.small, p2026, s0.p2024] });
    const patterns = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest.comparison.patterns;
    expect(patterns.programmes).toEqual(['Sturen met Kwaliteit 2024', 'Sturen met Kwaliteit 2025', 'Sturen met Kwaliteit 2026']);
    expect(rows(patterns)).toEqual([['regie', [0, null, null], [0, null, null], 4, 5, 'NEW']]);
    expect(patterns.notes.map((n: { en: string }) => n.en)).toEqual([
      'Proefronde 2023: Not shown: this group has fewer than 3 municipalities, so the number would point at one municipality.',
      'Not shown: this group has fewer than 3 municipalities, so the number would point at one municipality.',
      'Not shown: otherwise a hidden small group could be worked out from the totals.',
    ]);
  });

  it('shows the table on the public page and in the files, in Dutch and English, with a caption and headers and no names', async () => {
    const h = await s0.create('Openbare oogst met patronentabel', 'PUBLIC');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [p2026, s0.p2024] })).data!.updateHarvestSections;
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: s.version } });
    const page = await request(t.http).get(`/oogst/${h.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h2 id="deel-patterns">Patronen door de jaren heen</h2>');
    expect(page.text).toContain('<caption>Patronen per programma</caption>');
    for (const header of ['Patroon', 'Sturen met Kwaliteit 2024: gemeenten', 'Sturen met Kwaliteit 2026: bevindingen', 'Samen: gemeenten', 'Verandering'])
      expect(page.text).toMatch(new RegExp(`<th scope="col"[^>]*>${header}</th>`));
    expect(page.text).toContain('<th scope="row">regie</th>');
    expect(page.text).toContain('<td>Nieuw in het latere programma</td>');
    // The comparison's table comes first, then the patterns.
    expect(page.text.indexOf('Bevindingen per programma en soort')).toBeLessThan(page.text.indexOf('Patronen per programma'));
    const english = await request(t.http).get(`/oogst/${h.slug}?taal=en`);
    expect(english.text).toContain('<caption>Patterns by programme</caption>');
    expect(english.text).toContain('<td>New in the later programme</td>');
    for (const text of [page.text, english.text]) expect(text).not.toMatch(/Arnhem|Nijmegen|Apeldoorn|Zwolle|Deventer/);

    const docx = paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx`))).document);
    expect(docx).toEqual(
      expect.arrayContaining([
        'Patronen door de jaren heen',
        'Patronen per programma',
        'Sturen met Kwaliteit 2026: gemeenten',
        'regie',
        'Nieuw in het latere programma',
      ]),
    );
    const englishDocx = paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx?taal=en`))).document);
    expect(englishDocx).toEqual(
      expect.arrayContaining(['Patterns across programmes', 'Patterns by programme', 'Together: findings', 'New in the later programme']),
    );
    const pdf = (await readPdf(await download(t, `/oogst/${h.slug}/oogst.pdf`))).pages.join('\n');
    for (const words of ['Patronen door de jaren heen', 'Patronen per programma']) expect(pdf).toContain(words);
  });

  it('freezes the patterns with the version: findings released later change the draft, not what was published', async () => {
    const h = await s0.create('Oogst waarvan de patronen bevriezen', 'NETWORK');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [p2026, s0.p2024] })).data!.updateHarvestSections;
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: s.version } });
    // A member of the network reads the version as the coordinator does.
    const member = await signedIn(t, s0.world.a.member);
    const before = (await member.ok(VERSION, { id: h.id })).harvestVersion;
    expect(before.comparison.patterns.patterns.find((p: Row) => p.label === 'Wmo').organisations).toEqual([null, null, 3]);
    expect((await s0.coordinator.ok(VERSION, { id: h.id })).harvestVersion).toEqual(before);

    // Since: Nijmegen releases its 2026 finding (Wmo, "wachtlijsten").
    await s0.owner((c) =>
      c.query(
        `UPDATE finding SET released_for_harvest = true WHERE visit_id IN (
           SELECT v.id FROM visit v JOIN round r ON r.id = v.round_id WHERE r.programme_id = $1 AND v.host_organisation_id = $2)`,
        [p2026, nijmegen],
      ),
    );
    const draft = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest.comparison.patterns;
    expect(draft.patterns.find((p: Row) => p.label === 'Wmo').organisations).toEqual([null, null, 4]);
    expect((await member.ok(VERSION, { id: h.id })).harvestVersion).toEqual(before);
  });

  it('shows no patterns table for a version published before patterns were compared, and its page and files still render', async () => {
    const h = await s0.create('Oogst van voor de patronen', 'PUBLIC');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [s0.p2024] })).data!.updateHarvestSections;
    await s0.coordinator.ok(PUBLISH, { input: { id: h.id, version: s.version } });
    // As such a version was frozen: a comparison without patterns.
    await s0.owner((c) => c.query(`UPDATE harvest_version SET content = content #- '{comparison,patterns}' WHERE harvest_id = $1`, [h.id]));
    const v = (await s0.coordinator.ok(VERSION, { id: h.id })).harvestVersion;
    expect(v.comparison.programmes.map((p: { name: string }) => p.name)).toEqual(['Sturen met Kwaliteit 2025', 'Sturen met Kwaliteit 2024']);
    expect(v.comparison.patterns).toBeNull();
    const page = await request(t.http).get(`/oogst/${h.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<caption>Bevindingen per programma en soort</caption>');
    expect(page.text).not.toContain('Patronen door de jaren heen');
    const docx = await download(t, `/oogst/${h.slug}/oogst.docx`);
    const texts = paragraphTexts((await readDocx(docx)).document);
    expect(texts).toContain('Bevindingen per programma en soort');
    expect(texts).not.toContain('Patronen door de jaren heen');
  });
});
