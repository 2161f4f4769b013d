import { paragraphTexts, readDocx, readPdf } from '@kijkje/api/documents/testing';
import request from 'supertest';
import { download, insertEarlyVersion } from './support/harvest-sections-world';
import { addMeeting, addReport, buildMeetingsScene, SECTIONS, type MeetingsScene } from './support/harvest-meetings-world';
import { codeOf } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { signedIn } from './support/world';

const PUBLISH = `mutation($input: HarvestStepInput!) { publishHarvest(input: $input) { number } }`;
const MEETINGS = `meetings { state meetings tables participants cells { kind count } total topics { topic tables participants total suppressed { nl } } }`;
const VERSION = `query($id: ID!) { harvestVersion(harvestId: $id) { number ${MEETINGS} } }`;
const PUBLIC = `query($s: String!) { publicHarvest(slug: $s) { title ${MEETINGS} } }`;

describe('the work meetings in a published harvest: frozen with the version, on the public page and in the files', () => {
  let t: TestApp;
  let s: MeetingsScene;

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildMeetingsScene(t);
  });
  afterAll(() => t.close());

  it('freezes the counts at publication: a report published later, a yield added later, leave the version as it was', async () => {
    const h = await s.create('Oogst die de tafels bevriest', 'NETWORK');
    const u = (await s.coordinator.ok(SECTIONS, { input: { id: h.id, version: h.version, meetings: true } })).updateHarvestSections;
    await s.coordinator.ok(PUBLISH, { input: { id: h.id, version: u.version } });
    const member = await signedIn(t, s.world.a.member);
    const before = (await member.ok(VERSION, { id: h.id })).harvestVersion;
    expect(before.meetings).toMatchObject({ state: 'SHOWN', meetings: 2, tables: 4, participants: 10, total: 9 });

    // Since: the Utrecht meeting's report comes out, a yield is added at Zwolle, a new meeting is reported.
    await s.owner(async (c) => {
      await addReport(c, s.world.a.id, s.meetings.unreported, 'Werkbijeenkomst Utrecht', ['NETWORK']);
      await c.query(
        `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id, is_yield)
         SELECT network_id, meeting_id, id, 'STRENGTH', 'Nagekomen kaartje.', host_user_id, true FROM meeting_table WHERE meeting_id = $1`,
        [s.meetings.zwolle],
      );
      await addMeeting(c, s.people, {
        title: 'Werkbijeenkomst Amersfoort',
        networkId: s.world.a.id,
        daysAgo: 5,
        status: 'HELD',
        report: ['NETWORK'],
        tables: [{ name: 'Participatie', seated: [0, 1, 2], cards: [[0, 'CONCERN', 'yield']] }],
      });
    });
    // The draft moves with the meetings …
    const draft = (await s.coordinator.ok(`query($id: ID!) { harvest(id: $id) { ${MEETINGS} } }`, { id: h.id })).harvest.meetings;
    expect(draft).toMatchObject({ meetings: 4, total: 12 });
    // … the published version does not: not for its readers, not for the coordinator.
    expect((await member.ok(VERSION, { id: h.id })).harvestVersion).toEqual(before);
    expect((await s.coordinator.ok(VERSION, { id: h.id })).harvestVersion).toEqual(before);
    // A facilitator of the network reads no version for the network.
    const facilitator = await signedIn(t, s.facilitator);
    const refused = await facilitator.gql(VERSION, { id: h.id });
    expect([codeOf(refused), refused.data]).toEqual(['NOT_FOUND', null]);
    // The next version takes the new counts.
    const latest = (await s.coordinator.ok(`query($id: ID!) { harvest(id: $id) { version } }`, { id: h.id })).harvest;
    await s.coordinator.ok(PUBLISH, { input: { id: h.id, version: latest.version } });
    expect((await member.ok(VERSION, { id: h.id })).harvestVersion).toMatchObject({ number: 2, meetings: { meetings: 4, total: 12 } });
  });

  it('shows the section on the public page and in the PDF and DOCX as a captioned table, in Dutch and English, naming nobody', async () => {
    const h = await s.create('Openbare oogst uit de werkbijeenkomsten', 'PUBLIC');
    const u = (await s.coordinator.ok(SECTIONS, { input: { id: h.id, version: h.version, meetings: true } })).updateHarvestSections;
    await s.coordinator.ok(PUBLISH, { input: { id: h.id, version: u.version } });

    // Anyone, a facilitator too, reads the public version with its counts.
    const facilitator = await signedIn(t, s.facilitator);
    const shown = (await facilitator.ok(PUBLIC, { s: h.slug })).publicHarvest.meetings;
    expect(shown).toMatchObject({ state: 'SHOWN', meetings: 1, tables: 3, total: 7 });

    const page = await request(t.http).get(`/oogst/${h.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h2 id="deel-meetings">Uit de werkbijeenkomsten</h2>');
    expect(page.text).toContain('<caption>Opbrengsten en aanbevelingen per thematafel</caption>');
    expect(page.text).toMatch(/<th scope="col"[^>]*>Wat gaat goed<\/th>.*<th scope="col"[^>]*>Aanbevelingen<\/th>/s);
    expect(page.text).toContain('<th scope="row">Wmo en Jeugd</th>');
    expect(page.text).toContain('<th scope="row">Overige tafels</th>');
    expect(page.text).toContain('1 werkbijeenkomst telt mee.');
    // Not a meeting's title, a table named after a place, nor a card's words.
    expect(page.text).not.toMatch(/Werkbijeenkomst|Tafel Deventer|geheime zin/);
    const english = await request(t.http).get(`/oogst/${h.slug}?taal=en`);
    expect(english.text).toContain('<caption>Yields and recommendations by theme table</caption>');
    expect(english.text).toContain('<th scope="row">Other tables</th>');

    const pdf = (await readPdf(await download(t, `/oogst/${h.slug}/oogst.pdf`))).pages.join('\n');
    // The table's cells wrap in the PDF's columns; its figures stay on their row.
    for (const words of [
      'Uit de werkbijeenkomsten',
      'Opbrengsten en aanbevelingen per thematafel',
      'Participatie 1 3 0 0 1 1 2',
      '1 werkbijeenkomst telt mee.',
    ])
      expect(pdf).toContain(words);
    expect(pdf).not.toMatch(/Tafel Deventer|geheime zin/);
    const docx = paragraphTexts((await readDocx(await download(t, `/oogst/${h.slug}/oogst.docx?taal=en`))).document);
    expect(docx).toEqual(expect.arrayContaining(['From the work meetings', 'Yields and recommendations by theme table']));
  });

  it('reads a version published before the section existed as having none', async () => {
    const h = await s.create('Oude oogst', 'NETWORK');
    await insertEarlyVersion(s, h);
    expect((await s.coordinator.ok(VERSION, { id: h.id })).harvestVersion.meetings).toBeNull();
  });
});
