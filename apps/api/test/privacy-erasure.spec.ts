import { locationsErasedBy } from '@kijkje/domain';
import { paragraphTexts, readDocx, readPdf } from '@kijkje/api/documents/testing';
import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, PASSWORD, signedIn, type Person, type World } from './support/world';
import { distinctivePerson, download, searchEverywhere } from './privacy-support';

/*
 * The AVG's right to erasure: what is personal goes, what the network's records need stays,
 * attributed to "voormalig lid (gemeente X)"; published harvests are untouched; afterwards the
 * name and e-mail appear nowhere in the database.
 */

const CREATE = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;
const SUBMIT = `mutation($input: FindingStepInput!) { submitFinding(input: $input) { status } }`;
const COMMENT = `mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`;
const ERASE = `mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`;
const ERASE_MEMBER = `mutation($id: ID!) { eraseMemberOnRequest(membershipId: $id) }`;
const FINDING = `query($id: ID!) { finding(id: $id) { text author { name } comments { text author { name } } } }`;
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const REPORT_TEXT = '## Wmo & Jeugd\n\n- [naam] uit gemeente A houdt de wachtlijst kort.';

describe('erasure of an account (AVG right to erasure)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let person: Person;
  let client: GqlClient;
  let findingId: string;
  let meetingId: string;
  const renamed = 'Zwaantje Nieuwenaam-Privacy';
  const admin = async (sql: string, params: unknown[] = []) => (await withAdmin((c) => c.query(sql, params), t.db.ownerUrl)).rows;

  beforeAll(async () => {
    t = await startTestApp({ RATE_SIGNIN_PER_MINUTE: '100' });
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    person = await distinctivePerson(t, world, v, 'erase');
  });
  afterAll(() => t.close());

  it('refuses a wrong password and changes nothing', async () => {
    client = await signedIn(t, person);
    const res = await client.gql(ERASE, { input: { currentPassword: 'niet-het-wachtwoord' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toEqual([
      { field: 'currentPassword', messages: { nl: 'Het wachtwoord klopt niet.', en: 'The password is not correct.' } },
    ]);
    expect(await admin(`SELECT name, active FROM app_user WHERE id = $1`, [person.id])).toEqual([{ name: person.name, active: true }]);
    expect(codeOf(await t.client().gql(ERASE, { input: { currentPassword: PASSWORD } }))).toBe('UNAUTHENTICATED');
  });

  it('removes the name and e-mail from every column of every table, keeps the findings as "voormalig lid (gemeente B)", leaves harvests alone', async () => {
    // The person writes, comments, replies, renames themselves, asks for a reset link, downloads their data.
    findingId = (await client.ok(CREATE, { input: { visitId: v.visitId, kind: 'CONCERN', theme: 'Wmo', text: 'De toegang is traag.', tags: ['toegang'] } }))
      .createFinding.id;
    await client.ok(SUBMIT, { input: { id: findingId, version: 1 } });
    await client.ok(COMMENT, { input: { findingId, text: 'Aangevuld na het gesprek.' } });
    const [{ version }] = await admin(`SELECT version FROM app_user WHERE id = $1`, [person.id]);
    await client.ok(`mutation($input: UpdateMyNameInput!) { updateMyName(input: $input) { name } }`, { input: { name: renamed, version } });
    await t.client().gql(`mutation { requestPasswordReset(input: { email: "${person.email}" }) }`);
    await t.client().signIn(person.email, 'fout-wachtwoord');
    expect((await download(t, client.cookie, '/export/mijn-gegevens/json')).status).toBe(200);
    const [harvest] = await withAdmin(async (c) => {
      await c.query(`INSERT INTO host_response (network_id, finding_id, kind, text, responded_by) VALUES ($1, $2, 'AGREE', 'Herkenbaar.', $3)`, [
        world.a.id,
        findingId,
        person.id,
      ]);
      // Second factors: an authenticator app, recovery codes and a passkey the person named after themselves.
      await c.query(`INSERT INTO user_totp (user_id, secret_encrypted, confirmed_at) VALUES ($1, 'v1.x.y.z', now())`, [person.id]);
      await c.query(`INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, repeat('c', 64))`, [person.id]);
      await c.query(`INSERT INTO passkey (user_id, credential_id, public_key, name) VALUES ($1, 'sleutel-1', 'pk', $2)`, [person.id, person.name.slice(0, 60)]);
      await c.query(`INSERT INTO visit_report (network_id, visit_id) VALUES ($1, $2)`, [world.a.id, v.visitId]);
      await c.query(
        `INSERT INTO visit_report_revision (network_id, visit_id, number, status, content, created_by) VALUES ($1, $2, 1, 'REPORT_SHARED', $3, $4)`,
        [
          world.a.id,
          v.visitId,
          JSON.stringify({ team: [{ name: renamed, organisation: 'Gemeente B', lead: false }], summary: 'Kort.' }),
          world.a.coordinator.id,
        ],
      );
      await c.query(
        `INSERT INTO invitation (network_id, email, name, role, organisation_id, token_hash, expires_at)
                     VALUES ($1, $2, $3, 'MEMBER', $4, repeat('e', 64), now() + interval '1 day')`,
        [world.b.id, person.email.toUpperCase(), person.name, world.b.organisations[0].id],
      );
      // The network names the person in free text: a speaker (by an earlier name, in capitals; and by the current one, with a title),
      // the owner of an action, a conversation partner on the visit's agenda. Another speaker is named too.
      const meeting = await c.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Werkbijeenkomst', now() + interval '7 days', now() + interval '7 days 3 hours', 20, 'OPEN') RETURNING id`,
        [world.a.id],
      );
      meetingId = meeting.rows[0].id;
      for (const [atTime, speaker] of [
        ['13:30', person.name.toUpperCase()],
        ['14:00', `Dr. ${renamed} (VU)`],
        ['14:30', 'Dr. Pieter Veen (Zijlstra Centrum)'],
      ])
        await c.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, speaker, talk) VALUES ($1, $2, $3, $4, 'Een verhaal')`, [
          world.a.id,
          meetingId,
          atTime,
          speaker,
        ]);
      // The meeting's report was published for everyone: the version froze the programme with its speakers.
      await c.query(`INSERT INTO meeting_report (network_id, meeting_id, slug, text, visibility) VALUES ($1, $2, 'verslag-privacy', $3, 'PUBLIC')`, [
        world.a.id,
        meetingId,
        REPORT_TEXT,
      ]);
      const frozen = {
        title: 'Werkbijeenkomst',
        network: world.a.name,
        host: null,
        startsAt: new Date().toISOString(),
        endsAt: new Date().toISOString(),
        place: 'Stadhuis',
        items: [
          { atTime: '13:30', speaker: person.name.toUpperCase(), talk: 'Een verhaal' },
          { atTime: '14:00', speaker: `Dr. ${renamed} (VU)`, talk: 'Een verhaal' },
          { atTime: '14:30', speaker: 'Dr. Pieter Veen (Zijlstra Centrum)', talk: 'Een verhaal' },
        ],
        text: REPORT_TEXT,
        visibility: 'PUBLIC',
        number: 1,
        publishedAt: new Date().toISOString(),
        next: null,
      };
      await c.query(
        `INSERT INTO meeting_report_version (network_id, meeting_id, number, slug, visibility, content, published_by) VALUES ($1, $2, 1, 'verslag-privacy', 'PUBLIC', $3, $4)`,
        [world.a.id, meetingId, JSON.stringify(frozen), world.a.coordinator.id],
      );
      await c.query(`INSERT INTO meeting_report_public (network_id, meeting_id, slug, number, state) VALUES ($1, $2, 'verslag-privacy', 1, 'PUBLIC')`, [
        world.a.id,
        meetingId,
      ]);
      // The person hosts a table of the meeting: their calendar has it and they were reminded of it.
      await c.query(`INSERT INTO meeting_table (network_id, meeting_id, name, host_user_id, capacity) VALUES ($1, $2, 'Wmo', $3, 8)`, [
        world.a.id,
        meetingId,
        person.id,
      ]);
      await c.query(`INSERT INTO meeting_calendar (network_id, meeting_id, user_id, sequence, in_calendar) VALUES ($1, $2, $3, 2, true)`, [
        world.a.id,
        meetingId,
        person.id,
      ]);
      await c.query(`INSERT INTO meeting_reminder (network_id, meeting_id, user_id, starts_at, stage) VALUES ($1, $2, $3, now(), 'WEEK_BEFORE')`, [
        world.a.id,
        meetingId,
        person.id,
      ]);
      await c.query(`INSERT INTO action_plan (network_id, visit_id) VALUES ($1, $2)`, [world.a.id, v.visitId]);
      await c.query(`INSERT INTO plan_action (network_id, visit_id, title, owner, finding_ids) VALUES ($1, $2, 'Wachttijden terugdringen', $3, $4)`, [
        world.a.id,
        v.visitId,
        `${renamed}, teamleider Wmo`,
        [findingId],
      ]);
      await c.query(`UPDATE visit SET agenda = $2 WHERE id = $1`, [
        v.visitId,
        JSON.stringify([{ startTime: '09:00', endTime: '10:00', topic: 'Ontvangst', partners: [`wethouder ${renamed}`, 'wijkteam'] }]),
      ]);
      const h = await c.query(
        `INSERT INTO harvest (network_id, programme_id, title, slug, visibility) VALUES ($1, $2, 'Oogst', 'oogst', 'PUBLIC') RETURNING id`,
        [world.a.id, v.programmeId],
      );
      await c.query(
        `INSERT INTO harvest_version (network_id, harvest_id, number, title, slug, visibility, content, published_by) VALUES ($1, $2, 1, 'Oogst', 'oogst', 'PUBLIC', $3, $4)`,
        [world.a.id, h.rows[0].id, JSON.stringify({ narrative: 'Wat wij leerden.', quotes: ['De toegang is traag.'] }), world.a.coordinator.id],
      );
      return (await c.query(`SELECT h::text AS row FROM harvest_version h WHERE harvest_id = $1`, [h.rows[0].id])).rows;
    }, t.db.ownerUrl);
    const needles = [person.name, renamed, person.email];
    expect((await searchEverywhere(t, needles)).length).toBeGreaterThan(5);

    expect(await client.ok(ERASE, { input: { currentPassword: PASSWORD } })).toEqual({ eraseMyAccount: true });

    expect(await searchEverywhere(t, needles)).toEqual([]);
    // Every location the catalogue deletes holds no row of the person any more (tables of later migrations included once they exist).
    for (const l of locationsErasedBy('delete').filter((x) => ['user_id', 'recipient_id'].includes(x.personColumn))) {
      const [{ present }] = await admin(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${l.table}`]);
      if (present)
        expect([l.table, (await admin(`SELECT count(*)::int AS n FROM ${l.table} WHERE ${l.personColumn} = $1`, [person.id]))[0].n]).toEqual([l.table, 0]);
    }
    // The table they hosted stays, with nobody as its host: the person is taken off it, as the catalogue says.
    for (const l of locationsErasedBy('unlink'))
      expect([l.table, (await admin(`SELECT count(*)::int AS n FROM ${l.table} WHERE ${l.personColumn} = $1`, [person.id]))[0].n]).toEqual([l.table, 0]);
    expect(await admin(`SELECT name, host_user_id FROM meeting_table WHERE meeting_id = $1`, [meetingId])).toEqual([{ name: 'Wmo', host_user_id: null }]);
    // The findings stay, attributed to a former member of their municipality.
    const reader = await signedIn(t, v.people.lead);
    const seen = (await reader.ok(FINDING, { id: findingId })).finding;
    expect(seen.author.name).toBe('voormalig lid (gemeente B)');
    expect(seen.comments.map((c: { text: string; author: { name: string } }) => [c.text, c.author.name])).toEqual([
      ['Aangevuld na het gesprek.', 'voormalig lid (gemeente B)'],
    ]);
    // Signed out everywhere; cannot sign in again.
    expect(codeOf(await client.gql(`{ mySessions { id } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.client().signIn(person.email, PASSWORD))).not.toBe('OK');
    expect(await admin(`SELECT count(*)::int AS n FROM session WHERE user_id = $1`, [person.id])).toEqual([{ n: 0 }]);
    // A published harvest is byte for byte what it was.
    expect(await admin(`SELECT h::text AS row FROM harvest_version h WHERE title = 'Oogst'`)).toEqual([harvest]);
    // The minimal record: who, when, by whom, which networks; no name, no e-mail.
    expect(await admin(`SELECT user_id, erased_by, erased_by_user_id, network_ids FROM account_erasure`)).toEqual([
      { user_id: person.id, erased_by: 'self', erased_by_user_id: null, network_ids: [world.a.id] },
    ]);
    expect((await admin(`SELECT action FROM audit_event WHERE target_id = $1 AND action = 'account.erased'`, [person.id])).length).toBe(1);
  });

  it('puts the former member in their place where the network named them in free text; other names stay', async () => {
    const reader = await signedIn(t, v.people.lead);
    const { meeting } = await reader.ok(`query($id: ID!) { meeting(id: $id) { items { atTime speaker } } }`, { id: meetingId });
    expect(meeting.items).toEqual([
      { atTime: '13:30', speaker: 'voormalig lid (gemeente B)' },
      { atTime: '14:00', speaker: 'Dr. voormalig lid (gemeente B) (VU)' },
      { atTime: '14:30', speaker: 'Dr. Pieter Veen (Zijlstra Centrum)' },
    ]);
    // The published report's frozen programme: only the speakers' names give way, its text stays the network's record; page and files follow.
    const [version] = await admin(`SELECT content FROM meeting_report_version WHERE meeting_id = $1`, [meetingId]);
    expect(version.content.items.map((i: { speaker: string }) => i.speaker)).toEqual([
      'voormalig lid (gemeente B)',
      'Dr. voormalig lid (gemeente B) (VU)',
      'Dr. Pieter Veen (Zijlstra Centrum)',
    ]);
    expect(version.content.text).toBe(REPORT_TEXT);
    const page = await request(t.http).get('/bijeenkomst/verslag-privacy');
    expect(page.status).toBe(200);
    expect(page.text).toContain('13:30 · Een verhaal (voormalig lid (gemeente B))');
    expect(page.text).toContain('Dr. Pieter Veen (Zijlstra Centrum)');
    for (const name of [person.name, person.name.toUpperCase(), renamed]) expect(page.text).not.toContain(name);
    const files = await Promise.all(['pdf', 'docx'].map((kind) => binary(request(t.http).get(`/bijeenkomst/verslag-privacy/verslag.${kind}`))));
    const texts = [(await readPdf(files[0].body)).pages.join('\n').replace(/\s+/g, ' '), paragraphTexts((await readDocx(files[1].body)).document).join('\n')];
    for (const text of texts) {
      expect(text).toContain('voormalig lid (gemeente B)');
      for (const name of [person.name, person.name.toUpperCase(), renamed]) expect(text).not.toContain(name);
    }
    // The rewrite of a frozen version takes nothing but the former member in a speaker's place, and only inside the network in scope.
    const rewrite = (network: string, speakers: string[]) =>
      withAdmin(async (c) => {
        await c.query(`SELECT set_config('app.network_id', $1, false)`, [network]);
        return c.query(`SELECT kijkje_erase_report_speakers($1, 1, $2::text[], 'voormalig lid (gemeente B)')`, [meetingId, speakers]);
      }, t.db.ownerUrl);
    const kept = version.content.items.map((i: { speaker: string }) => i.speaker);
    await expect(rewrite(world.a.id, ['Iemand anders', ...kept.slice(1)])).rejects.toThrow(/only gives way to the former member/);
    await expect(rewrite(world.a.id, kept.slice(1))).rejects.toThrow(/another programme/);
    await expect(rewrite(world.b.id, kept)).rejects.toThrow(/no such version/);
    // The change is in the network's log, without the name.
    expect(await admin(`SELECT actor_user_id, target_id, data FROM audit_event WHERE action = 'meeting.report_speaker_erased'`)).toEqual([
      { actor_user_id: person.id, target_id: meetingId, data: { numbers: [1], erasedBy: 'self' } },
    ]);
    expect(await admin(`SELECT owner, version FROM plan_action WHERE visit_id = $1`, [v.visitId])).toEqual([
      { owner: 'voormalig lid (gemeente B), teamleider Wmo', version: 2 },
    ]);
    expect((await admin(`SELECT agenda FROM visit WHERE id = $1`, [v.visitId]))[0].agenda[0].partners).toEqual([
      'wethouder voormalig lid (gemeente B)',
      'wijkteam',
    ]);
  });

  describe('by a coordinator, on the member’s request', () => {
    it('erases the account of someone only in networks they coordinate', async () => {
      const coordinator = await signedIn(t, world.a.coordinator);
      expect(await coordinator.ok(ERASE_MEMBER, { id: world.a.membershipId })).toEqual({ eraseMemberOnRequest: 'ACCOUNT' });
      expect(await searchEverywhere(t, [world.a.member.email, world.a.member.name])).toEqual([]);
      expect(await admin(`SELECT erased_by, erased_by_user_id FROM account_erasure WHERE user_id = $1`, [world.a.member.id])).toEqual([
        { erased_by: 'coordinator', erased_by_user_id: world.a.coordinator.id },
      ]);
      expect(codeOf(await t.client().signIn(world.a.member.email, PASSWORD))).not.toBe('OK');
    });

    it('ends only the membership of someone also in another network', async () => {
      const coordinator = await signedIn(t, world.b.coordinator);
      const [m] = await admin(`SELECT id FROM membership WHERE network_id = $1 AND user_id = $2`, [world.b.id, world.both.id]);
      expect(await coordinator.ok(ERASE_MEMBER, { id: m.id })).toEqual({ eraseMemberOnRequest: 'MEMBERSHIP' });
      expect(
        await admin(`SELECT n.name, m.active FROM membership m JOIN network n ON n.id = m.network_id WHERE m.user_id = $1 ORDER BY n.name`, [world.both.id]),
      ).toEqual([
        { name: world.a.name, active: true },
        { name: world.b.name, active: false },
      ]);
      expect(await admin(`SELECT email, active FROM app_user WHERE id = $1`, [world.both.id])).toEqual([{ email: world.both.email, active: true }]);
    });

    it('is refused for themselves, a fellow coordinator, a plain member and another network', async () => {
      const coordinator = await signedIn(t, world.b.coordinator);
      const [own] = await admin(`SELECT id FROM membership WHERE network_id = $1 AND user_id = $2`, [world.b.id, world.b.coordinator.id]);
      const self = await coordinator.gql(ERASE_MEMBER, { id: own.id });
      expect([codeOf(self), self.errors?.[0]?.extensions.fields?.[0]?.messages.nl]).toEqual([
        'BAD_USER_INPUT',
        'Uw eigen account verwijdert u op de pagina Mijn account.',
      ]);
      const [fellow] = await admin(`SELECT id FROM membership WHERE network_id = $1 AND user_id = $2`, [world.a.id, world.both.id]);
      const ofA = await signedIn(t, world.a.coordinator);
      const refused = await ofA.gql(ERASE_MEMBER, { id: fellow.id });
      expect([codeOf(refused), refused.errors?.[0]?.extensions.fields?.[0]?.messages.en]).toEqual([
        'BAD_USER_INPUT',
        'A coordinator erases their own account.',
      ]);
      expect(codeOf(await coordinator.gql(ERASE_MEMBER, { id: world.a.membershipId }))).toBe('NOT_FOUND');
      const member = await signedIn(t, world.b.member);
      expect(codeOf(await member.gql(ERASE_MEMBER, { id: world.b.membershipId }))).toBe('FORBIDDEN');
      expect(await admin(`SELECT active FROM app_user WHERE id = $1`, [world.b.member.id])).toEqual([{ active: true }]);
    });
  });
});
