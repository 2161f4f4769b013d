import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type World } from './support/world';

const OVERVIEW = `{ processingOverview { retentionYears activities { key category { nl en } legalBasis { nl en } retention { nl en } recipients { nl } } } }`;

/**
 * The processing overview (verwerkingsoverzicht): for the coordinators of the current network
 * only, with that network's retention, as a query and as CSV and JSON downloads that no cache keeps.
 */
describe('processing overview', () => {
  let t: TestApp;
  let world: World;
  let coordinatorA: GqlClient;

  const download = (client: GqlClient | null, path: string) => {
    const req = request(t.http).get(path);
    return client?.cookie ? req.set('cookie', client.cookie) : req;
  };

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    coordinatorA = await signedIn(t, world.a.coordinator);
    await coordinatorA.ok(`mutation { setRetention(years: 13) { id } }`);
  });
  afterAll(() => t.close());

  it("shows the coordinator every category with the network's retention of visit material", async () => {
    const { processingOverview } = await coordinatorA.ok(OVERVIEW);
    expect(processingOverview.retentionYears).toBe(13);
    expect(processingOverview.activities.map((a: { key: string }) => a.key)).toContain('secondFactors');
    const visit = processingOverview.activities.find((a: { key: string }) => a.key === 'visitMaterial');
    expect(visit.retention.nl).toMatch(/^13 jaar na het sluiten van het programma/);
    expect(visit.retention.en).toMatch(/^13 years after the programme closes/);
    const signIn = processingOverview.activities.find((a: { key: string }) => a.key === 'signIn');
    expect(signIn.retention.nl).toContain(`${t.config.session.idleMinutes} minuten`);
  });

  it('refuses members, people without a session, and shows another network only its own', async () => {
    expect(codeOf(await (await signedIn(t, world.a.member)).gql(OVERVIEW))).toBe('FORBIDDEN');
    expect(codeOf(await t.client().gql(OVERVIEW))).toBe('UNAUTHENTICATED');
    const b = await (await signedIn(t, world.b.coordinator)).ok(OVERVIEW);
    expect(b.processingOverview.retentionYears).toBe(5);
    expect(JSON.stringify(b)).not.toContain('13 jaar');
  });

  it('downloads as CSV and JSON for the coordinator, audited and never cached', async () => {
    const csv = await download(coordinatorA, '/export/verwerkingsoverzicht/csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['cache-control']).toBe('no-store');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="verwerkingsoverzicht.csv"');
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('"Categorie";"Betrokkenen";"Persoonsgegevens";"Doel";"Grondslag";"Bewaartermijn";"Ontvangers"');
    expect(csv.text).toContain('"13 jaar na het sluiten van het programma');

    const english = await download(coordinatorA, '/export/verwerkingsoverzicht/csv?taal=en');
    expect(english.text.split('\r\n')[0]).toContain('"Legal basis"');

    const json = await download(coordinatorA, '/export/verwerkingsoverzicht/json');
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(json.text);
    expect(body.retentionYears).toBe(13);
    expect(body.activities.find((a: { key: string }) => a.key === 'visitMaterial').retention.nl).toMatch(/^13 jaar/);

    const audits = await withAdmin(
      async (c) => (await c.query(`SELECT data FROM audit_event WHERE action = 'network.processing_overview_exported' AND network_id = $1`, [world.a.id])).rows,
      t.db.ownerUrl,
    );
    expect(audits.map((a) => a.data)).toEqual([
      { format: 'csv', language: 'nl' },
      { format: 'csv', language: 'en' },
      { format: 'json', language: 'nl' },
    ]);
  });

  it('refuses the downloads to members, to no session and for an unknown format; another network gets its own', async () => {
    const member = await signedIn(t, world.a.member);
    for (const format of ['csv', 'json']) {
      expect((await download(member, `/export/verwerkingsoverzicht/${format}`)).status).toBe(403);
      expect((await download(null, `/export/verwerkingsoverzicht/${format}`)).status).toBe(401);
    }
    expect((await download(coordinatorA, '/export/verwerkingsoverzicht/xlsx')).status).toBe(400);
    const b = await download(await signedIn(t, world.b.coordinator), '/export/verwerkingsoverzicht/csv');
    expect(b.status).toBe(200);
    expect(b.text).toContain('"5 jaar na het sluiten');
    expect(b.text).not.toContain('13 jaar');
  });
});
