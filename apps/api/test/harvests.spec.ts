import { paragraphTexts, readDocx, readPdf } from '@kijkje/api/documents/testing';
import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { buildHarvestWorld, type HarvestWorld } from './support/harvest-world';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type World } from './support/world';

const CREATE = `mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id slug version } }`;
const DRAFT = `query($id: ID!) { harvest(id: $id) {
  id title slug version status visibility narrative
  counts { byTheme { label organisations total cells { kind count } suppressed { nl } } bySizeClass { label organisations total suppressed { nl } } byRound { label organisations total } totals { total organisations } }
  patterns { label type organisations findings rounds { label organisations } }
  quotes { findingId text theme kind consent remainingNames }
  candidates { findingId preview consent }
  problems { nl en }
  versions { number visibility }
} }`;
const ADD = `mutation($input: AddQuoteInput!) { addHarvestQuote(input: $input) { version quotes { findingId text } } }`;
const EDIT = `mutation($input: UpdateQuoteInput!) { updateHarvestQuote(input: $input) { version quotes { findingId text remainingNames } problems { nl } } }`;
const UPDATE = `mutation($input: UpdateHarvestInput!) { updateHarvest(input: $input) { version visibility narrative } }`;
const PUBLISH = `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { harvestId number slug visibility publicPath quotes { text } counts { totals { total } } narrative } }`;
const VERSION = `query($id: ID!, $n: Int) { harvestVersion(harvestId: $id, number: $n) { number title narrative quotes { text } counts { totals { total } } } }`;

/** Folded for comparison: lower case, no diacritics, one kind of apostrophe. */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();

function expectNoNames(text: string, w: HarvestWorld): void {
  const folded = fold(text);
  for (const name of [...w.names.municipalities, ...w.names.persons, 'Den Bosch', 'Kanaleneiland']) {
    expect({ name, found: new RegExp(`(^|[^\\p{L}])${fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(folded) }).toEqual({
      name,
      found: false,
    });
  }
  expect(text).not.toMatch(/06-?12345678/);
}

describe('harvests: tellen, patronen, vertellen, published as immutable versions', () => {
  let t: TestApp;
  let world: World;
  let w: HarvestWorld;
  let coordinator: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    w = await buildHarvestWorld(t, world);
    coordinator = await signedIn(t, world.a.coordinator);
  });
  afterAll(() => t.close());

  const draft = async (id: string) => (await coordinator.ok(DRAFT, { id })).harvest;

  it('counts only released findings, per theme and kind, and only of municipalities whose consent fits the visibility', async () => {
    const { createHarvest } = await coordinator.ok(CREATE, { input: { programmeId: w.programmeId, title: 'Oogst 2025 openbaar', visibility: 'PUBLIC' } });
    const pub = await draft(createHarvest.id);
    // Public: Zwolle gave NETWORK consent, so its two findings are not counted; the withheld one never is.
    expect(pub.counts.totals).toEqual({ total: 5, organisations: 3 });
    // Each theme was raised by two of them (Wmo: Utrecht and Deventer; Jeugd: Deventer and 's-Hertogenbosch): hidden, with the reason
    // (harvest-counts-small-themes.spec.ts tells why).
    type ThemeRow = { label: string; organisations: number | null; total: number | null; suppressed: { nl: string } | null };
    const themes = (rows: ThemeRow[]) => rows.map((r) => [r.label, r.organisations, r.total, r.suppressed !== null]);
    expect(themes(pub.counts.byTheme)).toEqual([
      ['Wmo', null, null, true],
      ['Jeugd', null, null, true],
    ]);
    const network = (await coordinator.ok(UPDATE, { input: { id: createHarvest.id, version: createHarvest.version, visibility: 'NETWORK' } })).updateHarvest;
    const net = await draft(createHarvest.id);
    expect(net.counts.totals).toEqual({ total: 7, organisations: 4 });
    // With Zwolle, each theme has three municipalities.
    expect(themes(net.counts.byTheme)).toEqual([
      ['Wmo', 3, 4, false],
      ['Jeugd', 3, 3, false],
    ]);
    // Three municipalities of 101,000 and Utrecht's world population: the small group is hidden, with the reason.
    const hidden = net.counts.bySizeClass.filter((r: { suppressed: unknown }) => r.suppressed);
    expect(hidden.every((r: { total: unknown; organisations: unknown }) => r.total === null && r.organisations === null)).toBe(true);
    expect(net.counts.byRound).toEqual([{ label: 'Ronde 1', organisations: 4, total: 7 }]);

    // The rollup follows the host's decisions at once: withholding a finding takes it out.
    const host = await withAdmin((c) => c.query(`SELECT id FROM organisation WHERE network_id = $1 AND name = 'Deventer'`, [world.a.id]), t.db.ownerUrl);
    await withAdmin((c) => c.query(`UPDATE finding SET released_for_harvest = false WHERE id = $1`, [w.findings.deventerEigen]), t.db.ownerUrl);
    expect((await draft(createHarvest.id)).counts.totals.total).toBe(6);
    await withAdmin((c) => c.query(`UPDATE finding SET released_for_harvest = true WHERE id = $1`, [w.findings.deventerEigen]), t.db.ownerUrl);
    expect((await draft(createHarvest.id)).counts.totals.total).toBe(7);
    expect(host.rows).toHaveLength(1);
    // And the rollup agrees with a count of the findings themselves.
    const direct = await withAdmin(
      (c) => c.query(`SELECT count(*)::int AS n FROM finding WHERE network_id = $1 AND released_for_harvest AND status IN ('SHARED', 'FINAL')`, [world.a.id]),
      t.db.ownerUrl,
    );
    expect(direct.rows[0].n).toBe(7);
    expect(network.visibility).toBe('NETWORK');
  });

  it('finds patterns across at least three municipalities, never naming them', async () => {
    const { createHarvest } = await coordinator.ok(CREATE, { input: { programmeId: w.programmeId, title: 'Patronen', visibility: 'NETWORK' } });
    const h = await draft(createHarvest.id);
    const labels = h.patterns.map((p: { label: string }) => p.label);
    // wachtlijsten: Utrecht, Zwolle, Deventer (the withheld Bossche one does not count).
    expect(h.patterns.find((p: { label: string }) => p.label === 'wachtlijsten')).toMatchObject({ type: 'TAG', organisations: 3, findings: 3 });
    // huisartsen: only Zwolle and Deventer, so not a pattern.
    expect(labels).not.toContain('huisartsen');
    expect(labels).toEqual(expect.arrayContaining(['Wmo', 'Jeugd']));
    expectNoNames(JSON.stringify(h.patterns), w);
  });

  it('quotes released findings anonymised with the harvest’s letters, catches a name typed back in, and refuses to publish until it is gone', async () => {
    const { createHarvest } = await coordinator.ok(CREATE, { input: { programmeId: w.programmeId, title: 'Vertellen', visibility: 'NETWORK' } });
    let version = createHarvest.version;
    const refused = await coordinator.gql(ADD, { input: { harvestId: createHarvest.id, version, findingId: w.withheld } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields![0].messages.nl).toMatch(/niet door de gastgemeente vrijgegeven/);

    for (const key of ['utrechtWachtlijst', 'zwolleWachtlijst', 'utrechtToegang', 'bossche']) {
      version = (await coordinator.ok(ADD, { input: { harvestId: createHarvest.id, version, findingId: w.findings[key] } })).addHarvestQuote.version;
    }
    const h = await draft(createHarvest.id);
    const texts = h.quotes.map((q: { text: string }) => q.text);
    for (const text of texts) expectNoNames(text, w);
    expect(texts[0]).toMatch(/gemeente A/);
    expect(texts[0]).toMatch(/\[naam\]/);
    expect(texts[1]).toMatch(/gemeente B/);
    expect(texts[1]).toMatch(/\[verwijderd\]/);
    // The same municipality keeps its letter in every quote of the harvest; derived forms go too.
    expect(texts[2]).not.toMatch(/Utrechtse/);
    expect(texts[3]).toMatch(/gemeente C/);
    expect(h.quotes.every((q: { remainingNames: string[] }) => q.remainingNames.length === 0)).toBe(true);
    expect(h.problems).toEqual([]);
    // Candidates preview anonymised too, and never include what was withheld.
    expect(h.candidates.some((c: { findingId: string }) => c.findingId === w.withheld)).toBe(false);
    for (const c of h.candidates) expectNoNames(c.preview, w);

    const edited = (
      await coordinator.ok(EDIT, {
        input: { harvestId: createHarvest.id, version, findingId: w.findings.utrechtWachtlijst, text: 'In Utrecht groeien de wachtlijsten.' },
      })
    ).updateHarvestQuote;
    expect(edited.quotes[0].remainingNames).toEqual(['Utrecht']);
    expect(edited.problems.map((p: { nl: string }) => p.nl).join(' ')).toMatch(/Utrecht/);
    const blocked = await coordinator.gql(PUBLISH, { input: { id: createHarvest.id, version: edited.version } });
    expect(codeOf(blocked)).toBe('BAD_USER_INPUT');
    const fixed = (
      await coordinator.ok(EDIT, {
        input: {
          harvestId: createHarvest.id,
          version: edited.version,
          findingId: w.findings.utrechtWachtlijst,
          text: 'In gemeente A groeien de wachtlijsten.',
        },
      })
    ).updateHarvestQuote;
    const published = (await coordinator.ok(PUBLISH, { input: { id: createHarvest.id, version: fixed.version } })).publishHarvest;
    expect(published).toMatchObject({ number: 1, visibility: 'NETWORK', publicPath: null });
    expect(published.quotes.map((q: { text: string }) => q.text)[0]).toBe('In gemeente A groeien de wachtlijsten.');
  });

  it('keeps a published version as it was: a new publication is a new number, and the app role cannot change a version', async () => {
    const { createHarvest } = await coordinator.ok(CREATE, {
      input: { programmeId: w.programmeId, title: 'Onveranderlijk', visibility: 'NETWORK', narrative: 'Eerste verhaal.' },
    });
    const first = (await coordinator.ok(PUBLISH, { input: { id: createHarvest.id, version: createHarvest.version } })).publishHarvest;
    const changed = (await coordinator.ok(UPDATE, { input: { id: createHarvest.id, version: createHarvest.version, narrative: 'Tweede verhaal.' } }))
      .updateHarvest;
    // A stale version is refused.
    expect(codeOf(await coordinator.gql(PUBLISH, { input: { id: createHarvest.id, version: createHarvest.version } }))).toBe('CONFLICT');
    const second = (await coordinator.ok(PUBLISH, { input: { id: createHarvest.id, version: changed.version } })).publishHarvest;
    expect([first.number, second.number]).toEqual([1, 2]);
    const one = (await coordinator.ok(VERSION, { id: createHarvest.id, n: 1 })).harvestVersion;
    const latest = (await coordinator.ok(VERSION, { id: createHarvest.id })).harvestVersion;
    expect([one.narrative, latest.narrative, latest.number]).toEqual(['Eerste verhaal.', 'Tweede verhaal.', 2]);
    // As the app role, inside the network: a version can be added, never changed or removed.
    const denied = await t.ds.transaction(async (em) => {
      await em.query(`SELECT set_config('app.network_id', $1, true)`, [world.a.id]);
      return em.query(`UPDATE harvest_version SET title = 'Herschreven' WHERE harvest_id = $1`, [createHarvest.id]).then(
        () => 'updated',
        (e: { code?: string }) => e.code,
      );
    });
    expect(denied).toBe('42501');
    expect((await coordinator.ok(VERSION, { id: createHarvest.id, n: 1 })).harvestVersion.title).toBe('Onveranderlijk');
  });

  it('lets the network read published versions, never drafts; another network sees nothing but what is public', async () => {
    const { createHarvest } = await coordinator.ok(CREATE, {
      input: { programmeId: w.programmeId, title: 'Voor het netwerk', visibility: 'NETWORK', narrative: 'Alleen voor ons.' },
    });
    const member = await signedIn(t, world.a.member);
    expect(codeOf(await member.gql(DRAFT, { id: createHarvest.id }))).toBe('FORBIDDEN');
    expect(codeOf(await member.gql(VERSION, { id: createHarvest.id }))).toBe('NOT_FOUND');
    await coordinator.ok(PUBLISH, { input: { id: createHarvest.id, version: createHarvest.version } });
    expect((await member.ok(VERSION, { id: createHarvest.id })).harvestVersion.narrative).toBe('Alleen voor ons.');
    const listed = (await member.ok(`{ publishedHarvests { harvestId title } }`)).publishedHarvests;
    expect(listed.map((h: { harvestId: string }) => h.harvestId)).toContain(createHarvest.id);
    // Of one programme: its harvests, and none of another programme's.
    const OF_PROGRAMME = `query($p: ID) { publishedHarvests(programmeId: $p) { harvestId } }`;
    expect((await member.ok(OF_PROGRAMME, { p: w.programmeId })).publishedHarvests.map((h: { harvestId: string }) => h.harvestId)).toContain(createHarvest.id);
    expect((await member.ok(OF_PROGRAMME, { p: '00000000-0000-4000-8000-000000000000' })).publishedHarvests).toEqual([]);
    const outsider = await signedIn(t, world.b.coordinator);
    expect((await outsider.ok(OF_PROGRAMME, { p: w.programmeId })).publishedHarvests).toEqual([]);
    expect(codeOf(await outsider.gql(VERSION, { id: createHarvest.id }))).toBe('NOT_FOUND');
    expect((await outsider.ok(`{ publishedHarvests { harvestId } }`)).publishedHarvests).toEqual([]);
    const page = await request(t.http).get(`/oogst/${(await draft(createHarvest.id)).slug}`);
    expect(page.status).toBe(404);
  });

  it('publishes publicly: a page without login that names nobody, and PDF and DOCX files with title page, headings, tables and page numbers', async () => {
    const { createHarvest } = await coordinator.ok(CREATE, {
      input: {
        programmeId: w.programmeId,
        title: 'Sturen met Kwaliteit: de oogst',
        visibility: 'PUBLIC',
        narrative: '## Wat we leerden\n\nDe **bedoeling** voorop. <script>alert(1)</script>',
      },
    });
    let version = createHarvest.version;
    version = (await coordinator.ok(ADD, { input: { harvestId: createHarvest.id, version, findingId: w.findings.utrechtWachtlijst } })).addHarvestQuote.version;
    // Zwolle gave network consent only: its quote may not go public.
    version = (await coordinator.ok(ADD, { input: { harvestId: createHarvest.id, version, findingId: w.findings.zwolleJeugd } })).addHarvestQuote.version;
    const blocked = await coordinator.gql(PUBLISH, { input: { id: createHarvest.id, version } });
    expect(codeOf(blocked)).toBe('BAD_USER_INPUT');
    version = (
      await coordinator.ok(`mutation($input: QuoteRefInput!) { removeHarvestQuote(input: $input) { version } }`, {
        input: { harvestId: createHarvest.id, version, findingId: w.findings.zwolleJeugd },
      })
    ).removeHarvestQuote.version;
    const published = (await coordinator.ok(PUBLISH, { input: { id: createHarvest.id, version } })).publishHarvest;
    expect(published.publicPath).toBe(`/oogst/${published.slug}`);

    // Anyone, without a session: the GraphQL query and the page.
    const anonymous = t.client();
    expect(
      (await anonymous.ok(`query($s: String!) { publicHarvest(slug: $s) { title counts { totals { total } } } }`, { s: published.slug })).publicHarvest.title,
    ).toBe('Sturen met Kwaliteit: de oogst');
    const page = await request(t.http).get(published.publicPath);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<html lang="nl">');
    expect(page.text).toContain('Sturen met Kwaliteit: de oogst');
    expect(page.text).toContain('<h2>Tellen</h2>');
    expect(page.text).toContain('<table>');
    expect(page.text).not.toContain('<script>alert(1)</script>');
    expectNoNames(page.text.replace(/Sturen met Kwaliteit 2025/g, ''), w);
    const english = await request(t.http).get(`${published.publicPath}?taal=en`);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('<h2>Counting</h2>');

    const pdf = await request(t.http)
      .get(`${published.publicPath}/oogst.pdf`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-disposition']).toMatch(/attachment; filename=".*\.pdf"/);
    const read = await readPdf(pdf.body as Buffer);
    expect(read.pages[0]).toContain('Sturen met Kwaliteit: de oogst');
    expect(read.pages[0]).not.toMatch(/Pagina/);
    expect(read.pages.slice(1).join('\n')).toMatch(/Tellen[\s\S]*Patronen[\s\S]*Vertellen/);
    expect(read.pages[1]).toMatch(/Pagina 2 van \d+/);
    expectNoNames(read.pages.join('\n').replace(/Sturen met Kwaliteit 2025/g, ''), w);

    const docx = await request(t.http)
      .get(`${published.publicPath}/oogst.docx`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    const word = await readDocx(docx.body as Buffer);
    expect(word.document).toMatch(/w:pStyle w:val="Heading1"/);
    expect(word.document).toContain('<w:tbl>');
    expect(word.footers.join('')).toMatch(/NUMPAGES/);
    expect(paragraphTexts(word.document)).toEqual(expect.arrayContaining(['Tellen', 'Patronen', 'Vertellen', 'Wat we leerden']));
    expectNoNames(
      paragraphTexts(word.document)
        .join('\n')
        .replace(/Sturen met Kwaliteit 2025/g, ''),
      w,
    );

    // Members download any version they can read; without a session, only the public route works.
    expect((await request(t.http).get(`/export/oogst/${createHarvest.id}/pdf`)).status).toBe(401);
    const audit = await withAdmin(
      (c) => c.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'harvest.exported' AND target_id = $1`, [createHarvest.id]),
      t.db.ownerUrl,
    );
    expect(audit.rows[0].n).toBe(2);
  });
});
