import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { buildHarvestWorld, type HarvestWorld } from './support/harvest-world';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type World } from './support/world';

/*
 * Issue 10: a published harvest is under the coordinator's control. /oogst/<slug> and its files
 * serve only the newest version, only while it is PUBLIC; a coordinator can withdraw it (410).
 */
const CREATE = `mutation($input: CreateHarvestInput!) { createHarvest(input: $input) { id slug version } }`;
const UPDATE = `mutation($input: UpdateHarvestInput!) { updateHarvest(input: $input) { version } }`;
const PUBLISH = `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number visibility publicPath } }`;
const WITHDRAW = `mutation($input: WithdrawHarvestInput!) { withdrawHarvest(input: $input) { id publicState { state number withdrawnAt publicPath } } }`;
const STATE = `query($id: ID!) { harvest(id: $id) { version publicState { state number since withdrawnAt publicPath } versions { number visibility withdrawnAt withdrawalReason } } }`;
const PUBLIC = `query($s: String!) { publicHarvest(slug: $s) { number narrative publicPath } }`;
const VERSION = `query($id: ID!, $n: Int) { harvestVersion(harvestId: $id, number: $n) { number narrative publicPath } }`;

const binary = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

describe('a published harvest under the coordinator’s control', () => {
  let t: TestApp;
  let world: World;
  let w: HarvestWorld;
  let coordinator: GqlClient;
  let unknown: { nl: string; en: string };

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    w = await buildHarvestWorld(t, world);
    coordinator = await signedIn(t, world.a.coordinator);
    unknown = { nl: (await request(t.http).get('/oogst/bestaat-niet')).text, en: (await request(t.http).get('/oogst/bestaat-niet?taal=en')).text };
  });
  afterAll(() => t.close());

  /** A harvest published publicly once, with this narrative. */
  async function publishedPublicly(title: string, narrative: string) {
    const { createHarvest } = await coordinator.ok(CREATE, { input: { programmeId: w.programmeId, title, visibility: 'PUBLIC', narrative } });
    const first = (await coordinator.ok(PUBLISH, { input: { id: createHarvest.id, version: createHarvest.version } })).publishHarvest;
    expect(first).toMatchObject({ number: 1, visibility: 'PUBLIC', publicPath: `/oogst/${createHarvest.slug}` });
    return {
      id: createHarvest.id as string,
      slug: createHarvest.slug as string,
      path: `/oogst/${createHarvest.slug}`,
      version: createHarvest.version as number,
    };
  }

  /** Page, PDF and DOCX, in Dutch and English. */
  const answers = async (path: string) => ({
    page: await request(t.http).get(path),
    pageEn: await request(t.http).get(`${path}?taal=en`),
    pdf: await binary(request(t.http).get(`${path}/oogst.pdf`)),
    docx: await binary(request(t.http).get(`${path}/oogst.docx?taal=en`)),
  });

  it('gives the public page and files an entity tag to revalidate against (304 while unchanged); GraphQL answers carry none', async () => {
    const h = await publishedPublicly('Oogst met een etiket', 'Wat we leerden.');
    for (const path of [h.path, `${h.path}?taal=en`, `${h.path}/oogst.docx`]) {
      const first = await request(t.http).get(path);
      expect([path, first.status, first.headers['cache-control'], first.headers['etag']]).toEqual([
        path,
        200,
        'public, no-cache',
        expect.stringMatching(/^W\/"/),
      ]);
      if (path.endsWith('.docx')) continue; // rendered anew each time: a new tag
      const again = await request(t.http).get(path).set('if-none-match', first.headers['etag']);
      expect([path, again.status, again.text ?? '']).toEqual([path, 304, '']);
    }
    const gql = await request(t.http).post('/graphql').set('content-type', 'application/json').send({ query: '{ viewer { user { id } } }' });
    expect([gql.status, gql.headers['etag']]).toEqual([200, undefined]);
  });

  it('stops serving the public version once a NETWORK version is published over it: page, PDF, DOCX and query look like an unknown slug', async () => {
    const h = await publishedPublicly('Openbaar, daarna alleen netwerk', 'Het openbare verhaal.');
    const before = await answers(h.path);
    expect([before.page.status, before.pdf.status, before.docx.status]).toEqual([200, 200, 200]);
    expect(before.page.text).toContain('Het openbare verhaal.');

    const { updateHarvest } = await coordinator.ok(UPDATE, {
      input: { id: h.id, version: h.version, visibility: 'NETWORK', narrative: 'Het verhaal voor het netwerk.' },
    });
    const second = (await coordinator.ok(PUBLISH, { input: { id: h.id, version: updateHarvest.version } })).publishHarvest;
    expect(second).toMatchObject({ number: 2, visibility: 'NETWORK', publicPath: null });

    const after = await answers(h.path);
    expect([after.page.status, after.pageEn.status, after.pdf.status, after.docx.status]).toEqual([404, 404, 404, 404]);
    // Exactly the page of a slug that never existed: nothing tells that this one did.
    expect(after.page.text).toBe(unknown.nl);
    expect(after.pageEn.text).toBe(unknown.en);
    expect(after.page.text).not.toContain('Het openbare verhaal.');
    expect((await t.client().ok(PUBLIC, { s: h.slug })).publicHarvest).toBeNull();
    // The editor says nothing is public; version 1 keeps its content for the network but no public address.
    const state = (await coordinator.ok(STATE, { id: h.id })).harvest;
    expect(state.publicState).toEqual({ state: 'NONE', number: null, since: null, withdrawnAt: null, publicPath: null });
    expect((await coordinator.ok(VERSION, { id: h.id, n: 1 })).harvestVersion).toEqual({ number: 1, narrative: 'Het openbare verhaal.', publicPath: null });
  });

  it('withdraws the public version with a reason: the page, PDF and DOCX answer 410 with a short notice in Dutch and English, audited', async () => {
    const h = await publishedPublicly('Openbaar en ingetrokken', 'Wat ingetrokken wordt.');
    expect((await coordinator.ok(STATE, { id: h.id })).harvest.publicState).toMatchObject({
      state: 'PUBLIC',
      number: 1,
      publicPath: h.path,
      withdrawnAt: null,
    });

    // A reason is required, in both languages; nothing is stored and the page is still there.
    const empty = await coordinator.gql(WITHDRAW, { input: { harvestId: h.id, number: 1, reason: '   ' } });
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0].extensions.fields).toEqual([
      { field: 'reason', messages: { nl: expect.stringMatching(/verplicht/), en: expect.stringMatching(/required/) } },
    ]);
    // The coordinator names the version the public sees: another number is refused.
    const wrong = await coordinator.gql(WITHDRAW, { input: { harvestId: h.id, number: 2, reason: 'Er staat een naam in.' } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions.fields![0]).toMatchObject({
      field: 'number',
      messages: { nl: expect.stringMatching(/versie 1/), en: expect.stringMatching(/version 1/) },
    });
    // Only coordinators: a member of the network is refused as elsewhere for harvest drafts.
    const member = await signedIn(t, world.a.member);
    expect(codeOf(await member.gql(WITHDRAW, { input: { harvestId: h.id, number: 1, reason: 'Weg ermee.' } }))).toBe('FORBIDDEN');
    expect(codeOf(await t.client().gql(WITHDRAW, { input: { harvestId: h.id, number: 1, reason: 'Weg ermee.' } }))).toBe('UNAUTHENTICATED');
    expect((await request(t.http).get(h.path)).status).toBe(200);
    const none = await withAdmin((c) => c.query(`SELECT count(*)::int AS n FROM harvest_withdrawal WHERE harvest_id = $1`, [h.id]), t.db.ownerUrl);
    expect(none.rows[0].n).toBe(0);

    const withdrawn = (await coordinator.ok(WITHDRAW, { input: { harvestId: h.id, number: 1, reason: 'Er staat toch een herkenbare situatie in.' } }))
      .withdrawHarvest;
    expect(withdrawn.publicState).toMatchObject({ state: 'WITHDRAWN', number: 1, publicPath: null });
    expect(withdrawn.publicState.withdrawnAt).toBeTruthy();

    const after = await answers(h.path);
    expect([after.page.status, after.pageEn.status, after.pdf.status, after.docx.status]).toEqual([410, 410, 410, 410]);
    expect(after.page.text).toContain('<html lang="nl">');
    expect(after.page.text).toMatch(/<h1>Oogst ingetrokken<\/h1>/);
    expect(after.page.text).toContain('is ingetrokken');
    expect(after.pageEn.text).toContain('<html lang="en">');
    expect(after.pageEn.text).toMatch(/<h1>Harvest withdrawn<\/h1>/);
    expect(after.pdf.headers['content-type']).toMatch(/text\/html/);
    expect(String(after.docx.body)).toContain('withdrawn');
    for (const res of [after.page, after.pageEn]) expect(res.text).not.toContain('Wat ingetrokken wordt.');
    expect(after.page.headers['cache-control']).toBe('no-store');
    expect((await t.client().ok(PUBLIC, { s: h.slug })).publicHarvest).toBeNull();
    // Only its own slug says "withdrawn": an unknown one still reads as unknown.
    expect((await request(t.http).get(`${h.path}-2`)).status).toBe(404);

    const state = (await coordinator.ok(STATE, { id: h.id })).harvest;
    expect(state.versions).toEqual([
      { number: 1, visibility: 'PUBLIC', withdrawnAt: expect.any(String), withdrawalReason: 'Er staat toch een herkenbare situatie in.' },
    ]);
    const audit = await withAdmin(
      (c) => c.query(`SELECT actor_user_id, data FROM audit_event WHERE action = 'harvest.withdrawn' AND target_id = $1`, [h.id]),
      t.db.ownerUrl,
    );
    expect(audit.rows).toEqual([{ actor_user_id: world.a.coordinator.id, data: { number: 1, reason: 'Er staat toch een herkenbare situatie in.' } }]);
    // Twice is refused, plainly.
    const again = await coordinator.gql(WITHDRAW, { input: { harvestId: h.id, number: 1, reason: 'Nog eens.' } });
    expect(again.errors![0].extensions.fields![0].messages.nl).toMatch(/al ingetrokken/);
  });

  it('serves again once a newer version is published publicly after a withdrawal', async () => {
    const h = await publishedPublicly('Ingetrokken en opnieuw openbaar', 'De eerste versie.');
    await coordinator.ok(WITHDRAW, { input: { harvestId: h.id, number: 1, reason: 'Tekst herschrijven.' } });
    expect((await request(t.http).get(h.path)).status).toBe(410);
    const { updateHarvest } = await coordinator.ok(UPDATE, { input: { id: h.id, version: h.version, narrative: 'De herschreven versie.' } });
    expect((await coordinator.ok(PUBLISH, { input: { id: h.id, version: updateHarvest.version } })).publishHarvest).toMatchObject({
      number: 2,
      publicPath: h.path,
    });

    const after = await answers(h.path);
    expect([after.page.status, after.pdf.status, after.docx.status]).toEqual([200, 200, 200]);
    expect(after.page.text).toContain('De herschreven versie.');
    expect(after.page.text).not.toContain('De eerste versie.');
    expect((await t.client().ok(PUBLIC, { s: h.slug })).publicHarvest).toEqual({ number: 2, narrative: 'De herschreven versie.', publicPath: h.path });
    const state = (await coordinator.ok(STATE, { id: h.id })).harvest;
    expect(state.publicState).toMatchObject({ state: 'PUBLIC', number: 2, publicPath: h.path });
    // The withdrawn version stays withdrawn, and without a public address.
    expect((await coordinator.ok(VERSION, { id: h.id, n: 1 })).harvestVersion.publicPath).toBeNull();
    expect(state.versions.map((v: { number: number; withdrawnAt: string | null }) => [v.number, v.withdrawnAt !== null])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('shows the coordinator exactly what the public will see before publishing, and nobody else', async () => {
    const { createHarvest } = await coordinator.ok(CREATE, {
      input: { programmeId: w.programmeId, title: 'Eerst bekijken', visibility: 'PUBLIC', narrative: 'Het **verhaal** vooraf.' },
    });
    const path = `/export/oogst-voorbeeld/${createHarvest.id}`;
    const preview = await request(t.http).get(path).set('cookie', coordinator.cookie!);
    expect(preview.status).toBe(200);
    expect(preview.headers['cache-control']).toBe('private, no-store');
    expect(preview.text).toContain('<meta name="robots" content="noindex">');
    expect(preview.text).toContain('nog niet gepubliceerd');
    expect(preview.text).not.toContain('oogst.pdf');
    const published = (await coordinator.ok(PUBLISH, { input: { id: createHarvest.id, version: createHarvest.version } })).publishHarvest;
    const page = await request(t.http).get(published.publicPath);
    // The same page but for the preview note, the downloads and the moment of publication.
    const main = (html: string) =>
      html
        .replace(/^[\s\S]*<main[^>]*>|<\/main>[\s\S]*$/g, '')
        .replace(/<p class="(preview|downloads)"[\s\S]*?<\/p>/g, '')
        .replace(/gepubliceerd [^<]*/i, '');
    expect(main(preview.text)).toBe(main(page.text));
    expect(main(page.text)).toContain('<strong>verhaal</strong>');

    const member = await signedIn(t, world.a.member);
    const outsider = await signedIn(t, world.b.coordinator);
    expect((await request(t.http).get(path).set('cookie', member.cookie!)).status).toBe(403);
    expect((await request(t.http).get(path).set('cookie', outsider.cookie!)).status).toBe(404);
    expect((await request(t.http).get(path)).status).toBe(401);
  });
});
