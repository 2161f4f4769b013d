import { exportedLocations } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type Person, type World } from './support/world';
import { distinctivePerson, download } from './privacy-support';

/*
 * The AVG's rights of access and portability: a person downloads everything Kijkje keeps about
 * them, from every network they are in, as JSON and as PDF; only their own, never secrets, audited.
 */

const CREATE = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;

describe('my data: the download (AVG access and portability)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let person: Person;
  let client: GqlClient;
  let findingId: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_SIGNIN_PER_MINUTE: '100' });
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    person = await distinctivePerson(t, world, v, 'export');
    client = await signedIn(t, person);
    findingId = (
      await client.ok(CREATE, {
        input: { visitId: v.visitId, kind: 'STRENGTH', theme: 'Jeugd', text: 'De **wijkteams** werken goed samen.', tags: ['samenwerking'] },
      })
    ).createFinding.id;
    await withAdmin(async (c) => {
      // A membership in network B too, and a calendar feed: the download spans both, the feed's token never shows.
      await c.query(`INSERT INTO membership (network_id, user_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER')`, [
        world.b.id,
        person.id,
        world.b.organisations[1].id,
      ]);
      await c.query(`INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, repeat('f', 64))`, [person.id]);
      // An entry in network A's log naming somebody else's address.
      await c.query(`INSERT INTO audit_event (network_id, actor_user_id, action, data) VALUES ($1, $2, 'invitation.sent', $3)`, [
        world.a.id,
        person.id,
        JSON.stringify({ email: 'iemand.anders@example.nl' }),
      ]);
    }, t.db.ownerUrl);
  });
  afterAll(() => t.close());

  it('is refused without a session', async () => {
    const res = await download(t, null, '/export/mijn-gegevens/json');
    expect(res.status).toBe(401);
    expect((await download(t, client.cookie, '/export/mijn-gegevens/docx')).status).toBe(404);
  });

  it('downloads the person’s own data as JSON: account, memberships in every network, their finding, sessions, log; no secrets', async () => {
    const res = await download(t, client.cookie, '/export/mijn-gegevens/json');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mijn-gegevens-kijkje-\d{4}-\d{2}-\d{2}\.json"/);
    const text = (res.body as Buffer).toString('utf8');
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ id: person.id, name: person.name, email: person.email, language: 'nl' });
    expect(data.memberships.map((m: { network: string; organisation: string }) => [m.network, m.organisation])).toEqual([
      [world.a.name, 'Gemeente B'],
      [world.b.name, world.b.organisations[1].name],
    ]);
    const a = data.networks.find((n: { networkId: string }) => n.networkId === world.a.id);
    expect(a.findings.map((f: { id: string; text: string }) => [f.id, f.text])).toEqual([[findingId, 'De **wijkteams** werken goed samen.']]);
    expect(a.auditEntries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['finding.created', 'invitation.sent']));
    expect(data.networks.find((n: { networkId: string }) => n.networkId === world.b.id).findings).toEqual([]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.calendarFeeds).toHaveLength(1);
    expect(data.accountAuditEntries.map((e: { action: string }) => e.action)).toContain('auth.signed_in');
    // Secrets and other people's addresses never appear.
    expect(text).not.toMatch(/password_hash|passwordHash|token_hash|tokenHash|ffffffffff/);
    expect(text).not.toContain('iemand.anders@example.nl');
    expect(text).not.toContain(world.a.member.email);
    // Every location the catalogue says is downloaded has its section, on the account or per network.
    const sections = new Set([...Object.keys(data), ...Object.keys(a)]);
    expect(
      exportedLocations()
        .map((l) => l.key)
        .filter((key) => !sections.has(key)),
    ).toEqual([]);
  });

  it('downloads a readable PDF and audits every download', async () => {
    const res = await download(t, client.cookie, '/export/mijn-gegevens/pdf');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mijn-gegevens-kijkje-\d{4}-\d{2}-\d{2}\.pdf"/);
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const audits = await withAdmin(
      (c) =>
        c.query(`SELECT data->>'format' AS format FROM audit_event WHERE action = 'account.data_exported' AND actor_user_id = $1 ORDER BY created_at`, [
          person.id,
        ]),
      t.db.ownerUrl,
    );
    expect(audits.rows.map((r) => r.format)).toEqual(['json', 'pdf']);
  });

  it('lists where the network names the person in free text: as a speaker, an action’s owner, a conversation partner; nobody else’s', async () => {
    await withAdmin(async (c) => {
      const m = await c.query(
        `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, 'Werkbijeenkomst', now() + interval '7 days', now() + interval '7 days 3 hours', 20, 'OPEN') RETURNING id`,
        [world.a.id],
      );
      for (const [atTime, speaker] of [
        ['13:30', `${person.name} (Gemeente B)`],
        ['14:00', 'Dr. Pieter Veen (Zijlstra Centrum)'],
      ])
        await c.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, speaker, talk) VALUES ($1, $2, $3, $4, 'Sturen op vertrouwen')`, [
          world.a.id,
          m.rows[0].id,
          atTime,
          speaker,
        ]);
      await c.query(`INSERT INTO action_plan (network_id, visit_id) VALUES ($1, $2)`, [world.a.id, v.visitId]);
      for (const owner of [person.name.toUpperCase(), 'teamleider Wmo'])
        await c.query(`INSERT INTO plan_action (network_id, visit_id, title, owner, finding_ids) VALUES ($1, $2, 'Wachttijden terugdringen', $3, $4)`, [
          world.a.id,
          v.visitId,
          owner,
          [findingId],
        ]);
      await c.query(`UPDATE visit SET agenda = $2 WHERE id = $1`, [
        v.visitId,
        JSON.stringify([{ startTime: '09:00', endTime: '10:00', topic: 'Ontvangst', partners: ['wijkteam', `wethouder ${person.name}`] }]),
      ]);
    }, t.db.ownerUrl);
    const data = JSON.parse(((await download(t, client.cookie, '/export/mijn-gegevens/json')).body as Buffer).toString('utf8'));
    const a = data.networks.find((n: { networkId: string }) => n.networkId === world.a.id);
    expect(a.namedAsSpeaker).toEqual([expect.objectContaining({ title: 'Werkbijeenkomst', atTime: '13:30', text: `${person.name} (Gemeente B)` })]);
    expect(a.namedAsActionOwner).toEqual([expect.objectContaining({ title: 'Wachttijden terugdringen', text: person.name.toUpperCase() })]);
    expect(a.namedOnVisitAgendas).toEqual([expect.objectContaining({ visitId: v.visitId, topic: 'Ontvangst', text: `wethouder ${person.name}` })]);
    // Someone else's download does not list them.
    const other = await signedIn(t, v.people.lead);
    const theirs = JSON.parse(((await download(t, other.cookie, '/export/mijn-gegevens/json')).body as Buffer).toString('utf8'));
    expect(theirs.networks[0]).toMatchObject({ namedAsSpeaker: [], namedAsActionOwner: [], namedOnVisitAgendas: [] });
  });

  it('lists the theme tables the person hosts, per meeting; not the tables others host', async () => {
    const meetings = await withAdmin(async (c) => {
      const meeting = async (title: string, days: number) =>
        (
          await c.query(
            `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status) VALUES ($1, $2, now() + make_interval(days => $3), now() + make_interval(days => $3, hours => 3), 20, 'OPEN') RETURNING id`,
            [world.a.id, title, days],
          )
        ).rows[0].id as string;
      const ids = { amersfoort: await meeting('Werkbijeenkomst Amersfoort', 10), zeist: await meeting('Werkbijeenkomst Zeist', 20) };
      for (const [meetingId, name, host] of [
        [ids.amersfoort, 'Wonen', person.id],
        [ids.amersfoort, 'Jeugd', person.id],
        [ids.amersfoort, 'Zorg', world.a.member.id],
        [ids.zeist, 'Armoede', person.id],
      ])
        await c.query(`INSERT INTO meeting_table (network_id, meeting_id, name, host_user_id, capacity) VALUES ($1, $2, $3, $4, 8)`, [
          world.a.id,
          meetingId,
          name,
          host,
        ]);
      return ids;
    }, t.db.ownerUrl);
    const data = JSON.parse(((await download(t, client.cookie, '/export/mijn-gegevens/json')).body as Buffer).toString('utf8'));
    const a = data.networks.find((n: { networkId: string }) => n.networkId === world.a.id);
    expect(a.meetingTableHosting.map((h: { meetingId: string; title: string; tables: string[] }) => [h.meetingId, h.title, h.tables])).toEqual([
      [meetings.amersfoort, 'Werkbijeenkomst Amersfoort', ['Jeugd', 'Wonen']],
      [meetings.zeist, 'Werkbijeenkomst Zeist', ['Armoede']],
    ]);
    expect(data.networks.find((n: { networkId: string }) => n.networkId === world.b.id).meetingTableHosting).toEqual([]);
    const pdf = await download(t, client.cookie, '/export/mijn-gegevens/pdf');
    expect(pdf.status).toBe(200);
  });

  it('is only ever the signed-in person’s own', async () => {
    const other = await signedIn(t, world.a.member);
    const data = JSON.parse(((await download(t, other.cookie, '/export/mijn-gegevens/json')).body as Buffer).toString('utf8'));
    expect(data.account.email).toBe(world.a.member.email);
    expect(JSON.stringify(data)).not.toContain(person.email);
    expect(JSON.stringify(data)).not.toContain(findingId);
  });

  it('leaves the operation’s own network scope as it was', async () => {
    await download(t, client.cookie, '/export/mijn-gegevens/json');
    const res = await client.gql(`{ viewer { currentNetwork { id } } }`);
    expect([codeOf(res), res.data?.viewer?.currentNetwork?.id]).toEqual(['OK', world.a.id]);
  });

  it('is rate-limited modestly', async () => {
    const other = await signedIn(t, world.b.member);
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await download(t, other.cookie, '/export/mijn-gegevens/json')).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
