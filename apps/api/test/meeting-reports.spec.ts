import { readPdf } from '@kijkje/api/documents/testing';
import { addDays, dutchToday } from '@kijkje/domain';
import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildWorld, signedIn, type Person, type World } from './support/world';

/*
 * Issue 17, the meeting's report: written by the coordinator from the tables' yields, anonymised
 * as harvest quotes are, published to the network or to everyone as numbered versions, with a
 * public page (withdrawn: 410) and PDF/DOCX, and those registered told.
 */
const MEETING = `id status version tables { id name version } report { number visibility text withdrawn publicPath }`;
const CREATE = `mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { ${MEETING} } }`;
const STEP = `mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { ${MEETING} } }`;
const ADD_TABLE = `mutation($input: AddMeetingTableInput!) { addMeetingTable(input: $input) { ${MEETING} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`;
const REGISTER = `mutation($id: ID!) { registerForMeeting(meetingId: $id) { id } }`;
const CHOOSE = `mutation($input: ChooseMeetingTableInput!) { chooseMeetingTable(input: $input) { id } }`;
const POST = `mutation($input: PostMeetingCardInput!) { postMeetingCard(input: $input) { id } }`;
const MARK = `mutation($input: MarkMeetingCardInput!) { markMeetingCard(input: $input) { id } }`;
const REPORT = `meetingId text visibility version publicPath kept flags { text key reason before after } problems { code found nl en }
  versions { number visibility withdrawnAt } serving servingNumber canPublish canWithdraw`;
const DRAFT = `query($id: ID!) { meetingReport(meetingId: $id) { ${REPORT} } }`;
const START = `mutation($id: ID!) { startMeetingReport(meetingId: $id) { ${REPORT} } }`;
const UPDATE = `mutation($input: UpdateMeetingReportInput!) { updateMeetingReport(input: $input) { ${REPORT} } }`;
const DECIDE = `mutation($input: DecideMeetingReportWordInput!) { decideMeetingReportWord(input: $input) { ${REPORT} } }`;
const PUBLISH = `mutation($input: PublishMeetingReportInput!) { publishMeetingReport(input: $input) { ${REPORT} } }`;
const WITHDRAW = `mutation($input: WithdrawMeetingReportInput!) { withdrawMeetingReport(input: $input) { ${REPORT} } }`;

const binary = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

function meetingInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Werkbijeenkomst Sociaal Domein',
    description: null,
    hostOrganisationId: null,
    hostMayEdit: false,
    day: addDays(dutchToday(), 30),
    startTime: '13:30',
    endTime: '17:00',
    place: 'Stadhuis',
    onlineLink: null,
    capacity: 10,
    ...overrides,
  };
}

/** Members of network A with ordinary names (the anonymisation must find them), at the second organisation. */
async function people(t: TestApp, world: World, names: string[]): Promise<Person[]> {
  return withAdmin(async (c) => {
    const out: Person[] = [];
    for (const name of names) {
      const email = `${name.toLowerCase().replace(/\W+/g, '.')}@test.kijkje.nl`;
      const { rows } = await c.query(
        `INSERT INTO app_user (email, name, password_hash) SELECT $1, $2, password_hash FROM app_user WHERE id = $3 RETURNING id`,
        [email, name, world.a.member.id],
      );
      await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
        world.a.id,
        rows[0].id,
        world.a.organisations[1].id,
      ]);
      out.push({ id: rows[0].id, email, name });
    }
    return out;
  }, t.db.ownerUrl);
}

describe('the report of a work meeting', () => {
  let t: TestApp;
  let world: World;
  let coordinator: GqlClient;
  let host: GqlClient;
  let p1: GqlClient;
  let p2: GqlClient;
  let outsider: GqlClient;
  let participants: Person[];
  let meetingId: string;
  let unknownPage: string;
  let slugPath: string;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    participants = await people(t, world, ['Kees Bakker', 'Sanne Visser']);
    [coordinator, host, p1, p2, outsider] = await Promise.all([
      signedIn(t, world.a.coordinator),
      signedIn(t, world.a.member),
      signedIn(t, participants[0]),
      signedIn(t, participants[1]),
      signedIn(t, world.b.coordinator),
    ]);
    unknownPage = (await request(t.http).get('/bijeenkomst/bestaat-niet')).text;
    // A meeting at Utrecht, open, with two tables hosted by the member; each participant at a table with cards marked.
    const created = (await coordinator.ok(CREATE, { input: meetingInput({ capacity: 10, hostOrganisationId: world.a.organisations[0].id }) })).createMeeting;
    meetingId = created.id;
    await coordinator.ok(ADD_TABLE, { input: { meetingId, name: 'Wmo & Jeugd', hostUserId: world.a.member.id, capacity: 5 } });
    const withTables = (await coordinator.ok(ADD_TABLE, { input: { meetingId, name: 'Participatie', hostUserId: world.a.member.id, capacity: 5 } }))
      .addMeetingTable;
    await coordinator.ok(STEP, { input: { id: meetingId, version: withTables.version, step: 'OPEN' } });
    const [wmo, participatie] = withTables.tables;
    for (const [client, table] of [
      [p1, wmo],
      [p2, participatie],
    ] as const) {
      await client.ok(REGISTER, { id: meetingId });
      await client.ok(CHOOSE, { input: { meetingId, tableId: table.id } });
    }
    const cards = [
      [p1, wmo, 'STRENGTH', 'Sanne Visser uit Zwolle houdt de wachtlijst kort.', true, false],
      [p1, wmo, 'CONCERN', 'Het gesprek met Pietersen over de kosten liep vast.', true, false],
      [p2, participatie, 'OWN_RESPONSIBILITY', 'Zoek de dialoog met ketenpartners; mail kees@zwolle.nl.', false, true],
      [p2, participatie, 'STRENGTH', 'Niet gemarkeerd, blijft aan tafel.', false, false],
    ] as const;
    for (const [client, table, kind, text, isYield, isRecommendation] of cards) {
      const { postMeetingCard } = await client.ok(POST, { input: { tableId: table.id, kind, text } });
      if (isYield || isRecommendation) await host.ok(MARK, { input: { cardId: postMeetingCard.id, isYield, isRecommendation } });
    }
  });
  afterAll(() => t.close());

  const draft = async () => (await coordinator.ok(DRAFT, { id: meetingId })).meetingReport;

  it('is the coordinator’s alone, and only once the meeting is held', async () => {
    expect(codeOf(await coordinator.gql(START, { id: meetingId }))).toBe('FORBIDDEN');
    expect(await draft()).toBeNull();
    const { meeting } = await coordinator.ok(READ, { id: meetingId });
    await coordinator.ok(STEP, { input: { id: meetingId, version: meeting.version, step: 'HOLD' } });
    // A member (the table host too), even with the host organisation's edit rights; another network.
    await withAdmin((c) => c.query(`UPDATE meeting SET host_may_edit = true WHERE id = $1`, [meetingId]), t.db.ownerUrl);
    for (const who of [host, p1]) {
      expect(codeOf(await who.gql(START, { id: meetingId }))).toBe('FORBIDDEN');
      expect(codeOf(await who.gql(DRAFT, { id: meetingId }))).toBe('NOT_FOUND');
    }
    for (const op of [START, DRAFT]) expect(codeOf(await outsider.gql(op, { id: meetingId }))).toBe('NOT_FOUND');
    expect(await draft()).toBeNull();
  });

  it('starts from the tables’ yields and recommendations, per table, anonymised as harvest quotes are', async () => {
    const started = (await coordinator.ok(START, { id: meetingId })).startMeetingReport;
    expect(started.text).toContain('## Wmo \\& Jeugd');
    expect(started.text).toContain('- *Wat gaat goed?* \\[naam\\] uit gemeente A houdt de wachtlijst kort.');
    expect(started.text).toContain('### Aanbevelingen\n\n- Zoek de dialoog met ketenpartners; mail \\[verwijderd\\].');
    expect(started.text).not.toContain('Niet gemarkeerd');
    for (const name of ['Zwolle', 'Sanne Visser', 'kees@zwolle.nl']) expect(started.text).not.toContain(name);
    // A word that may be a name holds publishing up until the coordinator decides it.
    expect(started.flags.map((f: { text: string }) => f.text)).toEqual(['Pietersen']);
    expect(started.problems.map((p: { code: string }) => p.code)).toEqual(['UNDECIDED_WORDS']);
    expect(started).toMatchObject({ visibility: 'NETWORK', serving: 'NONE', versions: [], canPublish: true, canWithdraw: false });
    expect(started.publicPath).toMatch(/^\/bijeenkomst\/werkbijeenkomst-sociaal-domein-[a-z2-9]{6}$/);
    slugPath = started.publicPath;
    // Once started it stays as it is: a second start changes nothing.
    expect((await coordinator.ok(START, { id: meetingId })).startMeetingReport).toEqual(started);
  });

  it('saves edits over the version they were made from; a stale version is a conflict and changes nothing', async () => {
    const before = await draft();
    const saved = (await coordinator.ok(UPDATE, { input: { meetingId, version: before.version, text: `${before.text}\nEen middag vol energie.\n` } }))
      .updateMeetingReport;
    expect(saved.version).toBe(before.version + 1);
    const stale = await coordinator.gql(UPDATE, { input: { meetingId, version: before.version, text: 'Overschreven?' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions.currentVersion).toBe(saved.version);
    expect((await draft()).text).toBe(saved.text);
    expect(codeOf(await host.gql(UPDATE, { input: { meetingId, version: saved.version, text: 'Van de tafelvoorzitter' } }))).toBe('FORBIDDEN');
  });

  it('refuses to publish while a name or an undecided word is in the text; replacing and keeping words are audited', async () => {
    let report = await draft();
    const named = (await coordinator.ok(UPDATE, { input: { meetingId, version: report.version, text: `${report.text}\nDank aan Zwolle.\n` } }))
      .updateMeetingReport;
    const refused = await coordinator.gql(PUBLISH, { input: { meetingId, version: named.version } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields!.map((f) => f.messages.nl)).toEqual([
      'Het verslag noemt nog een naam: ‘Zwolle’.',
      'Het verslag bevat woorden die een naam kunnen zijn: ‘Pietersen’. Kies per woord ‘vervangen’ of ‘behouden’.',
    ]);
    report = (
      await coordinator.ok(UPDATE, { input: { meetingId, version: named.version, text: named.text.replace('Dank aan Zwolle.', 'Dank aan de gastgemeente.') } })
    ).updateMeetingReport;
    const notFlagged = await coordinator.gql(DECIDE, { input: { meetingId, version: report.version, word: 'middag', decision: 'KEEP' } });
    expect(notFlagged.errors![0].extensions.fields![0].field).toBe('word');
    expect(codeOf(await coordinator.gql(DECIDE, { input: { meetingId, version: report.version - 1, word: 'Pietersen', decision: 'KEEP' } }))).toBe('CONFLICT');
    const kept = (await coordinator.ok(DECIDE, { input: { meetingId, version: report.version, word: 'Pietersen', decision: 'KEEP' } })).decideMeetingReportWord;
    expect(kept).toMatchObject({ kept: ['pietersen'], flags: [], problems: [] });
    const audit = await withAdmin(
      async (c) =>
        (await c.query(`SELECT action, data FROM audit_event WHERE target_id = $1 AND action LIKE 'meeting.report%' ORDER BY created_at`, [meetingId])).rows,
      t.db.ownerUrl,
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual([
      'meeting.report_started',
      'meeting.report_updated',
      'meeting.report_updated',
      'meeting.report_updated',
      'meeting.report_word_kept',
    ]);
    expect(audit[4].data).toMatchObject({ word: 'Pietersen', key: 'pietersen' });
  });

  it('publishes for the network: members read it on the meeting’s page and as PDF, those registered are told, the public sees nothing', async () => {
    const report = await draft();
    const published = (await coordinator.ok(PUBLISH, { input: { meetingId, version: report.version } })).publishMeetingReport;
    expect(published).toMatchObject({ versions: [{ number: 1, visibility: 'NETWORK', withdrawnAt: null }], serving: 'NONE', version: report.version + 1 });
    // The confirmation clicked twice publishes once.
    expect(codeOf(await coordinator.gql(PUBLISH, { input: { meetingId, version: report.version } }))).toBe('CONFLICT');
    const read = (await p1.ok(READ, { id: meetingId })).meeting;
    expect(read.status).toBe('REPORT_PUBLISHED');
    expect(read.report).toMatchObject({ number: 1, visibility: 'NETWORK', withdrawn: false, publicPath: null, text: report.text });
    const told = await withAdmin(
      async (c) =>
        (await c.query(`SELECT recipient_id AS id FROM notification WHERE kind = 'MEETING_REPORT_PUBLISHED' AND subject_id = $1 ORDER BY 1`, [meetingId])).rows,
      t.db.ownerUrl,
    );
    expect(told.map((r: { id: string }) => r.id).sort()).toEqual(participants.map((p) => p.id).sort());
    const pdf = await binary(request(t.http).get(`/export/bijeenkomstverslag/${meetingId}/pdf`).set('cookie', p2.cookie!));
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const text = (await readPdf(pdf.body)).pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Werkbijeenkomst Sociaal Domein');
    expect(text).toContain('uit gemeente A houdt de wachtlijst kort.');
    expect(text).not.toContain('Zwolle');
    for (const cookie of [outsider.cookie!, '']) {
      const res = await request(t.http).get(`/export/bijeenkomstverslag/${meetingId}/docx`).set('cookie', cookie);
      expect(res.status).toBe(cookie ? 404 : 401);
    }
    for (const path of [slugPath, `${slugPath}/verslag.pdf`]) {
      const res = await request(t.http).get(path);
      expect([path, res.status, res.text]).toEqual([path, 404, unknownPage]);
    }
  });

  it('publishes for everyone: page, PDF and DOCX without signing in, anonymised; a withdrawal answers 410 and keeps it for the network', async () => {
    let report = await draft();
    report = (await coordinator.ok(UPDATE, { input: { meetingId, version: report.version, visibility: 'PUBLIC' } })).updateMeetingReport;
    report = (await coordinator.ok(PUBLISH, { input: { meetingId, version: report.version } })).publishMeetingReport;
    expect(report).toMatchObject({ serving: 'PUBLIC', servingNumber: 2, canWithdraw: true });
    const page = await request(t.http).get(slugPath);
    expect([page.status, page.headers['cache-control']]).toEqual([200, 'public, no-cache']);
    expect((await request(t.http).get(slugPath).set('if-none-match', page.headers['etag'])).status).toBe(304);
    expect(page.text).toContain('<h3>Wmo &amp; Jeugd</h3>');
    expect(page.text).toContain('[naam] uit gemeente A houdt de wachtlijst kort.');
    for (const secret of ['Zwolle', 'Sanne Visser', 'Kees Bakker', 'kees@', 'Niet gemarkeerd']) expect(page.text).not.toContain(secret);
    const pdf = await binary(request(t.http).get(`${slugPath}/verslag.pdf`));
    expect([pdf.status, pdf.headers['content-type'], pdf.body.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    const docx = await binary(request(t.http).get(`${slugPath}/verslag.docx?taal=en`));
    expect([docx.status, docx.body.subarray(0, 2).toString()]).toEqual([200, 'PK']);
    expect((await p1.ok(READ, { id: meetingId })).meeting.report).toMatchObject({ number: 2, visibility: 'PUBLIC', publicPath: slugPath });

    // Only the coordinator withdraws, and only the version the public sees.
    expect(codeOf(await host.gql(WITHDRAW, { input: { meetingId, number: 2, reason: 'Weg ermee' } }))).toBe('FORBIDDEN');
    expect(codeOf(await outsider.gql(WITHDRAW, { input: { meetingId, number: 2, reason: 'Weg ermee' } }))).toBe('NOT_FOUND');
    const wrong = await coordinator.gql(WITHDRAW, { input: { meetingId, number: 1, reason: 'Een naam bleef staan' } });
    expect(wrong.errors![0].extensions.fields![0].field).toBe('number');
    const withdrawn = (await coordinator.ok(WITHDRAW, { input: { meetingId, number: 2, reason: 'Een naam bleef staan' } })).withdrawMeetingReport;
    expect(withdrawn).toMatchObject({ serving: 'WITHDRAWN', servingNumber: 2, canWithdraw: false });
    for (const path of [slugPath, `${slugPath}/verslag.pdf`, `${slugPath}/verslag.docx`]) {
      const gone = await request(t.http).get(path);
      expect([path, gone.status, gone.headers['cache-control']]).toEqual([path, 410, 'no-store']);
      expect(gone.text).not.toContain('Een naam bleef staan');
      expect(gone.text).not.toContain('Werkbijeenkomst Sociaal Domein');
    }
    expect((await p1.ok(READ, { id: meetingId })).meeting.report).toMatchObject({ number: 2, withdrawn: true, publicPath: null });
    expect(codeOf(await coordinator.gql(WITHDRAW, { input: { meetingId, number: 2, reason: 'Nog eens' } }))).toBe('BAD_USER_INPUT');
    // A newer public version is served again.
    report = (await coordinator.ok(PUBLISH, { input: { meetingId, version: withdrawn.version } })).publishMeetingReport;
    expect(report).toMatchObject({ serving: 'PUBLIC', servingNumber: 3 });
    expect((await request(t.http).get(slugPath)).status).toBe(200);
  });

  it('refuses bad input to the report with field messages and stores nothing', async () => {
    const report = await draft();
    const cases: [string, Record<string, unknown>, string][] = [
      [UPDATE, { meetingId, version: report.version, text: 'x'.repeat(20_001) }, 'text'],
      [UPDATE, { meetingId, version: 0, text: 'Kort.' }, 'version'],
      [DECIDE, { meetingId, version: report.version, word: '', decision: 'KEEP' }, 'word'],
      [WITHDRAW, { meetingId, number: 3, reason: '   ' }, 'reason'],
      [PUBLISH, { meetingId: 'geen-id', version: report.version }, 'meetingId'],
    ];
    for (const [doc, input, field] of cases) {
      const res = await coordinator.gql(doc, { input });
      expect([field, codeOf(res), res.errors![0].extensions.fields?.[0]?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    expect(await draft()).toEqual(report);
  });

  it('gives the meeting’s time in Dutch time on the public page', async () => {
    const page = await request(t.http).get(slugPath);
    expect(page.text).toMatch(/13:30 – 17:00/);
  });
});
