import { codeOf } from './support/gql-client';
import { signedIn } from './support/world';
import { buildSectionsScene, SECTIONS_FIELDS, type SectionsScene } from './support/harvest-sections-world';
import { startTestApp, type TestApp } from './support/test-app';

const DRAFT = `query($id: ID!) { harvest(id: $id) { ${SECTIONS_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateHarvestInput!) { updateHarvest(input: $input) { version } }`;

type Programme = { name: string; organisations: number | null; total: number | null; suppressed: { nl: string; en: string } | null };

describe('a harvest’s extra parts in the draft: other programmes compared, cijfers, evaluation counts', () => {
  let t: TestApp;
  let s0: SectionsScene;

  beforeAll(async () => {
    t = await startTestApp();
    s0 = await buildSectionsScene(t);
  });
  afterAll(() => t.close());

  it('compares the programme with another of the network, from released findings of consenting municipalities, per municipality', async () => {
    const h = await s0.create('Oogst met vergelijking', 'PUBLIC');
    const res = await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [s0.p2024] });
    expect(res.errors).toBeUndefined();
    const s = res.data!.updateHarvestSections;
    expect(s.comparedProgrammes.map((p: { name: string }) => p.name)).toEqual(['Sturen met Kwaliteit 2024']);
    // Public: Zwolle (2025) and Enschede (2024) gave network consent only; Nijmegen's unreleased finding never counts.
    expect(s.comparison.programmes.map((p: Programme) => [p.name, p.organisations, p.total])).toEqual([
      ['Sturen met Kwaliteit 2025', 3, 5],
      ['Sturen met Kwaliteit 2024', 3, 4],
    ]);
    // For the public every theme of either programme was raised by two municipalities or fewer: no figure per theme
    // (harvest-comparison-small-cells.spec.ts tells why).
    const perTheme = (c: { themes: { theme: string; cells: { perOrganisation: number | null }[] }[] }) =>
      c.themes.map((th) => [th.theme, th.cells.map((cell) => cell.perOrganisation)]);
    expect(perTheme(s.comparison)).toEqual([
      ['Wmo', [null, null]],
      ['Jeugd', [null, null]],
    ]);
    // For the network, the network-only municipalities count too.
    const net = (await s0.coordinator.ok(UPDATE, { input: { id: h.id, version: s.version, visibility: 'NETWORK' } })).updateHarvest;
    const draft = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest;
    expect(draft.version).toBe(net.version);
    expect(draft.comparison.programmes.map((p: Programme) => [p.organisations, p.total])).toEqual([
      [4, 7],
      [4, 5],
    ]);
    // 2025's themes now have three municipalities each; 2024's still two.
    expect(perTheme(draft.comparison)).toEqual([
      ['Wmo', [1, null]],
      ['Jeugd', [0.8, null]],
    ]);
    // Taken away again, the comparison is gone.
    const none = (await s0.sections({ id: h.id, version: net.version, comparedProgrammeIds: [] })).data!.updateHarvestSections;
    expect([none.comparedProgrammes, none.comparison]).toEqual([[], null]);
  });

  it('shows nothing of a compared programme of fewer than three municipalities, and says why', async () => {
    const h = await s0.create('Oogst met een kleine vergelijking', 'PUBLIC');
    const s = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [s0.small, s0.p2024] })).data!.updateHarvestSections;
    expect(s.comparedProgrammes.map((p: { name: string }) => p.name)).toEqual(['Proefronde 2023', 'Sturen met Kwaliteit 2024']);
    const [, hidden] = s.comparison.programmes as Programme[];
    expect(hidden).toMatchObject({ name: 'Proefronde 2023', organisations: null, total: null, totals: null });
    expect(hidden.suppressed!.nl).toMatch(/minder dan 3 gemeenten/);
    expect(hidden.suppressed!.en).toMatch(/fewer than 3 municipalities/);
    for (const theme of s.comparison.themes) expect(theme.cells[1]).toEqual({ perOrganisation: null, counts: null });
  });

  it('refuses a programme of another network, an unknown one, its own, one twice and too many, in Dutch and English, changing nothing', async () => {
    const h = await s0.create('Oogst die streng kiest', 'NETWORK');
    const extra = await s0.owner(async (c) => {
      const ids: string[] = [];
      for (const name of ['Extra 1', 'Extra 2', 'Extra 3', 'Extra 4']) {
        const r = await c.query(
          `INSERT INTO programme (network_id, name, themes, framework, places, default_sharing) VALUES ($1, $2, '[]', '{}', 4, 'NETWORK') RETURNING id`,
          [s0.world.a.id, name],
        );
        ids.push(r.rows[0].id);
      }
      return ids;
    });
    const unknown = '6f1c1b36-8f59-4a57-9a3e-1f0b1f7a0c11';
    const cases: [string[], RegExp, RegExp][] = [
      [[s0.world.b.programmeId], /programma’s van dit netwerk/, /programmes of this network/],
      [[unknown], /programma’s van dit netwerk/, /programmes of this network/],
      [[s0.p2024, s0.world.b.programmeId], /programma’s van dit netwerk/, /programmes of this network/],
      [[s0.w.programmeId], /programma van de oogst zelf/, /harvest’s own programme/],
      [[s0.p2024, s0.p2024], /maar één keer/, /only once/],
      [[s0.p2024, ...extra], /hoogstens 4 andere/, /at most 4 other/],
    ];
    for (const [ids, nl, en] of cases) {
      const res = await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: ids });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const [field] = res.errors![0].extensions.fields!;
      expect(field.field).toBe('comparedProgrammeIds');
      expect(field.messages.nl).toMatch(nl);
      expect(field.messages.en).toMatch(en);
      // Another network's programme reads exactly as one that does not exist.
      expect(JSON.stringify(res.errors)).not.toContain(s0.world.b.programmeId);
    }
    const after = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest;
    expect([after.version, after.comparedProgrammes]).toEqual([h.version, []]);
    expect((await s0.owner((c) => c.query(`SELECT count(*)::int AS n FROM harvest_programme WHERE harvest_id = $1`, [h.id]))).rows[0].n).toBe(0);
    // A stale version is a conflict, as every edit of the draft.
    const ok = (await s0.sections({ id: h.id, version: h.version, comparedProgrammeIds: [s0.p2024] })).data!.updateHarvestSections;
    expect(codeOf(await s0.sections({ id: h.id, version: h.version, indicators: true }))).toBe('CONFLICT');
    const audit = await s0.owner((c) => c.query(`SELECT data FROM audit_event WHERE action = 'harvest.updated' AND target_id = $1`, [h.id]));
    expect(audit.rows).toEqual([{ data: { comparedProgrammeIds: [s0.p2024], indicators: null, evaluation: null, meetings: null, meetingIds: null } }]);
    expect(ok.version).toBe(h.version + 1);
  });

  it('shows the cijfers by size class only of consenting municipalities, and hides a small group', async () => {
    await s0.figures();
    const h = await s0.create('Oogst met cijfers', 'PUBLIC');
    const s = (await s0.sections({ id: h.id, version: h.version, indicators: true })).data!.updateHarvestSections;
    expect(s.showIndicators).toBe(true);
    // Public: Zwolle's 9000 is left out (network consent only): the median and mean of 100, 200 and 300.
    expect(s.indicators).toEqual([
      {
        code: 'JEUGD_BEREIK',
        label: 'Jeugdhulp bereik',
        unit: '€',
        sizeClass: 'L',
        organisations: null,
        median: null,
        mean: null,
        suppressed: expect.anything(),
      },
      { code: 'WMO_KOSTEN', label: 'Wmo-kosten per inwoner', unit: '€', sizeClass: 'L', organisations: 3, median: 200, mean: 200, suppressed: null },
    ]);
    expect(s.indicators[0].suppressed.nl).toMatch(/minder dan 3 gemeenten/);
    const net = (await s0.coordinator.ok(UPDATE, { input: { id: h.id, version: s.version, visibility: 'NETWORK' } })).updateHarvest;
    const wmo = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest.indicators.find((i: { code: string }) => i.code === 'WMO_KOSTEN');
    expect(wmo).toMatchObject({ organisations: 4, median: 250, mean: 2400 });
    expect((await s0.sections({ id: h.id, version: net.version, indicators: false })).data!.updateHarvestSections.indicators).toBeNull();
  });

  it('counts the round evaluations only from three submitted answers on, and never shows a comment', async () => {
    const h = await s0.create('Oogst met evaluatie', 'NETWORK');
    const s = (await s0.sections({ id: h.id, version: h.version, evaluation: true })).data!.updateHarvestSections;
    expect(s.evaluation).toMatchObject({ state: 'NONE', respondents: null, questions: [] });
    await s0.evaluate(s0.world.a.member.id, 4);
    await s0.evaluate(s0.world.a.coordinator.id, 2);
    await s0.evaluate(s0.world.both.id, 1, false);
    const two = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest.evaluation;
    expect(two).toMatchObject({ state: 'SUPPRESSED', respondents: null, questions: [], recommendYes: null });
    expect(two.message.nl).toMatch(/minder dan 3/);
    await s0.evaluate(s0.w.janDeVries.id, 5);
    const res = await s0.coordinator.gql(DRAFT, { id: h.id });
    const three = res.data!.harvest.evaluation;
    expect(three).toMatchObject({ state: 'SHOWN', respondents: 3, recommendYes: 3, recommendNo: 0 });
    expect(three.questions[0]).toEqual({ scale: 'usefulness', count: 3, average: 3.7, distribution: [0, 1, 0, 1, 1], suppressed: null });
    expect(JSON.stringify(res.data)).not.toContain('Geheime toelichting');
  });
  it('lets only the coordinator choose the parts: a member of the network is refused and nothing changes', async () => {
    const h = await s0.create('Oogst van de coördinator', 'NETWORK');
    const member = await signedIn(t, s0.world.a.member);
    const res = await member.gql(`mutation($input: UpdateHarvestSectionsInput!) { updateHarvestSections(input: $input) { id } }`, {
      input: { id: h.id, version: h.version, comparedProgrammeIds: [s0.p2024], indicators: true, evaluation: true },
    });
    expect(codeOf(res)).toBe('FORBIDDEN');
    const after = (await s0.coordinator.ok(DRAFT, { id: h.id })).harvest;
    expect([after.version, after.showIndicators, after.showEvaluation, after.comparedProgrammes]).toEqual([h.version, false, false, []]);
  });
});
