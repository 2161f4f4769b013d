import request from 'supertest';
import { withAdmin } from './support/database';
import { loadNetwork, ruleViolations } from './support/demo-rules';
import { loadTracks, trackRuleViolations } from './support/demo-track-rules';
import { startTestApp, type TestApp } from './support/test-app';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from '../src/demo/seed-demo';

/**
 * The demo is what a newcomer tries first, and what the browser journeys walk: it must obey the
 * same rules as data the product makes itself (libs/domain), and say of itself what README.md says.
 */
describe('the demo data', () => {
  let t: TestApp;
  let publicHarvest: string | null;

  beforeAll(async () => {
    t = await startTestApp();
    publicHarvest = await seedDemo(t.app);
  }, 120_000);
  afterAll(() => t.close());

  it('obeys every life-cycle rule in each network', async () => {
    const networks = await withAdmin(
      async (c) => (await c.query(`SELECT id, name FROM network ORDER BY name`)).rows as { id: string; name: string }[],
      t.db.ownerUrl,
    );
    expect(networks.map((n) => n.name)).toEqual(['Grip op het Sociaal Domein', 'Netwerk Directeuren Sociaal Domein']);
    for (const network of networks) {
      const data = await withAdmin((c) => loadNetwork(c, network.id), t.db.ownerUrl);
      expect({ network: network.name, problems: ruleViolations(data) }).toEqual({ network: network.name, problems: [] });
    }
  });

  it('would see work meetings that break a rule', async () => {
    const [network] = await withAdmin(
      async (c) => (await c.query(`SELECT id FROM network WHERE name = 'Netwerk Directeuren Sociaal Domein'`)).rows,
      t.db.ownerUrl,
    );
    const data = await withAdmin((c) => loadNetwork(c, network.id), t.db.ownerUrl);
    const broken = structuredClone(data);
    const held = broken.meetings.meetings.find((m) => m.status === 'REPORT_PUBLISHED')!;
    const upcoming = broken.meetings.meetings.find((m) => m.status === 'OPEN')!;
    held.capacity = 2;
    upcoming.host_organisation_id = held.host_organisation_id;
    broken.meetings.versions[0].text += ' Dank aan Delft.';
    const [assigned] = broken.meetings.facilitators;
    assigned.role = 'MEMBER';
    broken.meetings.registrations.push({ meeting_id: assigned.meeting_id, user_id: assigned.user_id, status: 'REGISTERED', table_id: null });
    expect(
      ruleViolations(broken)
        .filter((p) => p.startsWith('meeting'))
        .sort(),
    ).toEqual([
      `meeting Werkbijeenkomst datagedreven sturen: facilitator ${assigned.user_id} is no active facilitator of the network`,
      `meeting Werkbijeenkomst datagedreven sturen: facilitator ${assigned.user_id} takes part as a member`,
      'meeting Werkbijeenkomst sturing en control in het sociaal domein: 8 registered for 2 places',
      'meeting Werkbijeenkomst sturing en control in het sociaal domein: a published report that names someone',
      'meeting Werkbijeenkomst sturing en control in het sociaal domein: its next meeting is SAME_HOST',
    ]);
  });

  it('holds a learning track in progress, within its rules: a facilitator, six participants, sessions past and to come, cases with entries and feedback', async () => {
    const network = await withAdmin(
      async (c) => (await c.query(`SELECT id FROM network WHERE name = 'Netwerk Directeuren Sociaal Domein'`)).rows[0].id as string,
      t.db.ownerUrl,
    );
    const data = await withAdmin((c) => loadTracks(c, network), t.db.ownerUrl);
    expect(trackRuleViolations(data)).toEqual([]);
    expect(data.tracks.map((x) => [x.title, x.status])).toEqual([['Veranderlab Sturing Sociaal Domein', 'RUNNING']]);
    expect(data.participants.filter((p) => p.status === 'ACCEPTED').length).toBe(6);
    const now = Date.now();
    expect(data.sessions.filter((s) => new Date(s.starts_at).getTime() < now).length).toBeGreaterThanOrEqual(2);
    expect(data.sessions.filter((s) => new Date(s.starts_at).getTime() > now).length).toBeGreaterThanOrEqual(2);
    expect(data.entries.length).toBeGreaterThanOrEqual(2);
    expect(data.feedback.length).toBeGreaterThanOrEqual(2);
    // Workshop 1, behind us, was held with theme tables: a table per feedback group, the cohort seated at its group's, cards on the three questions and a yield per table.
    const [held] = data.meetings.meetings;
    expect(data.meetings.meetings).toHaveLength(1);
    expect([held.title, held.status, new Date(held.session_ends_at).getTime() < now]).toEqual(['Workshop 1: duiden en verbinden', 'HELD', true]);
    const tables = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT t.name, (SELECT array_agg(p.feedback_group) FROM meeting_registration r JOIN track_participant p ON p.user_id = r.user_id AND p.track_id = $2
                              WHERE r.table_id = t.id AND r.status = 'REGISTERED') AS seated,
                    (SELECT array_agg(DISTINCT k.kind ORDER BY k.kind) FROM meeting_card k WHERE k.table_id = t.id) AS questions,
                    (SELECT count(*)::int FROM meeting_card k WHERE k.table_id = t.id AND k.is_yield) AS yields,
                    (SELECT bool_and(k.created_at BETWEEN $3 AND $4) FROM meeting_card k WHERE k.table_id = t.id) AS "duringSession"
               FROM meeting_table t WHERE t.meeting_id = $1 ORDER BY t.position`,
            [held.id, held.track_id, held.session_starts_at, held.session_ends_at],
          )
        ).rows,
      t.db.ownerUrl,
    );
    const questions = ['CONCERN', 'OWN_RESPONSIBILITY', 'STRENGTH'];
    expect(tables).toEqual([
      { name: 'Groep A', seated: ['Groep A', 'Groep A', 'Groep A'], questions, yields: 1, duringSession: true },
      { name: 'Groep B', seated: ['Groep B', 'Groep B', 'Groep B'], questions, yields: 1, duringSession: true },
    ]);
    const facilitator = DEMO_LOGINS.find((l) => l.email === 'begeleider@kijkje.test')!;
    const client = t.client();
    expect(codeOf(await client.signIn(facilitator.email, DEMO_PASSWORD))).toBe('OK');
    expect(codeOf(await client.gql(`{ programmes { id } }`))).toBe('NOT_FOUND');
    expect((await client.gql(`{ tracks { title isFacilitator } }`)).data!.tracks).toEqual([
      { title: 'Veranderlab Sturing Sociaal Domein', isFacilitator: true },
    ]);
  });

  it('would see a session held with theme tables that leaves its track', async () => {
    const network = await withAdmin(
      async (c) => (await c.query(`SELECT id FROM network WHERE name = 'Netwerk Directeuren Sociaal Domein'`)).rows[0].id as string,
      t.db.ownerUrl,
    );
    const broken = structuredClone(await withAdmin((c) => loadTracks(c, network), t.db.ownerUrl));
    const { meetings, registrations, reports, harvested, cards } = broken.meetings;
    const [m] = meetings;
    const outsider = broken.participants.find((p) => p.status === 'WAITLISTED')!.user_id;
    const [seat] = registrations;
    seat.status = 'CANCELLED';
    registrations.push({ ...seat, user_id: outsider, status: 'REGISTERED' });
    cards[0].created_at = new Date(new Date(m.created_at).getTime() - 60_000);
    reports.push({ meeting_id: m.id, visibility: 'PUBLIC' });
    harvested.push({ meeting_id: m.id });
    m.session_starts_at = new Date(Date.now() + 86_400_000);
    expect(trackRuleViolations(broken).sort()).toEqual(
      [
        `meeting ${m.title}: does not follow its session`,
        `meeting ${m.title}: HELD with 6 cards before its session began`,
        `meeting ${m.title}: a place for ${outsider}, who is not of the cohort`,
        `meeting ${m.title}: no place for ${seat.user_id} of the cohort`,
        `meeting ${m.title}: a card from before the meeting or from the future`,
        `meeting ${m.title}: a public report`,
        `meeting ${m.title}: in a harvest`,
      ].sort(),
    );
  });

  it('has the network’s facilitator run the coming work meeting: an active facilitator, assigned by the coordinator, who finds it among their meetings', async () => {
    const assigned = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT m.title, m.status, u.email, ms.role, ms.active, b.email AS "assignedBy"
               FROM meeting_facilitator f JOIN meeting m ON m.id = f.meeting_id JOIN app_user u ON u.id = f.user_id
               JOIN membership ms ON ms.network_id = f.network_id AND ms.user_id = f.user_id JOIN app_user b ON b.id = f.assigned_by`,
          )
        ).rows,
      t.db.ownerUrl,
    );
    expect(assigned).toEqual([
      {
        title: 'Werkbijeenkomst datagedreven sturen',
        status: 'OPEN',
        email: 'begeleider@kijkje.test',
        role: 'FACILITATOR',
        active: true,
        assignedBy: 'coordinator@kijkje.test',
      },
    ]);
    const client = t.client();
    expect(codeOf(await client.signIn('begeleider@kijkje.test', DEMO_PASSWORD))).toBe('OK');
    // Besides it, the session of their learning track held with theme tables.
    const { meetings } = await client.ok<{ meetings: { id: string; title: string }[] }>(`{ meetings { id title } }`);
    expect(meetings.map((m) => m.title)).toEqual(['Werkbijeenkomst datagedreven sturen', 'Workshop 1: duiden en verbinden']);
    const { plenary } = await client.ok(`query($id: ID!) { plenary(meetingId: $id) { tables { name yields { text authorName } } } }`, { id: meetings[1].id });
    expect(plenary.tables).toEqual([
      { name: 'Groep A', yields: [{ text: 'Verhalen van inwoners naast de cijfers leggen opent het gesprek met de raad.', authorName: null }] },
      { name: 'Groep B', yields: [{ text: 'Niemand voelt zich eigenaar van de gezamenlijke afspraken.', authorName: null }] },
    ]);
    const { meeting } = await client.ok(`query($id: ID!) { meeting(id: $id) { isFacilitator canEdit canRegister } }`, { id: meetings[0].id });
    expect(meeting).toEqual({ isFacilitator: true, canEdit: true, canRegister: false });
  });

  it('holds what README.md describes', async () => {
    expect(publicHarvest).toBe('/oogst/oogst-sturen-met-kwaliteit-2025');
    const programmes = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT p.name, p.status, p.places,
                    (SELECT count(*)::int FROM application a WHERE a.programme_id = p.id AND a.status = 'ACCEPTED') AS accepted,
                    (SELECT count(*)::int FROM application a WHERE a.programme_id = p.id AND a.status = 'WAITLISTED') AS waitlisted,
                    (SELECT json_agg(json_build_object('status', r.status, 'size', (SELECT count(*)::int FROM round_member m WHERE m.round_id = r.id)) ORDER BY r.name)
                       FROM round r WHERE r.programme_id = p.id) AS rounds,
                    (SELECT json_agg(v.status ORDER BY v.status) FROM visit v JOIN round r ON r.id = v.round_id WHERE r.programme_id = p.id) AS visits
               FROM programme p ORDER BY p.name`,
          )
        ).rows,
      t.db.ownerUrl,
    );
    const final = (n: number) => Array.from({ length: n }, () => 'REPORT_FINAL');
    expect(programmes).toEqual([
      {
        name: 'Kijkje in de keuken 2026 – voorjaar',
        status: 'RUNNING',
        places: 4,
        accepted: 0,
        waitlisted: 0,
        rounds: [{ status: 'PREPARING', size: 4 }],
        visits: ['PLANNED', 'PLANNED', 'PLANNED', 'PREPARED'],
      },
      {
        name: 'Sturen met Kwaliteit 2024',
        status: 'CLOSED',
        places: 4,
        accepted: 0,
        waitlisted: 0,
        rounds: [{ status: 'CLOSED', size: 4 }],
        visits: final(4),
      },
      {
        name: 'Sturen met Kwaliteit 2025',
        status: 'RUNNING',
        places: 8,
        accepted: 0,
        waitlisted: 0,
        rounds: [
          { status: 'REPORTING', size: 4 },
          { status: 'REPORTING', size: 4 },
        ],
        visits: ['HELD', 'HELD', ...final(6)],
      },
      { name: 'Sturen met Kwaliteit 2026', status: 'OPEN', places: 10, accepted: 10, waitlisted: 1, rounds: null, visits: null },
    ]);
    // Zwolle's final report has a shared action plan: one action done, one under way; and a progress review at six months, written when it was open.
    const plans = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT o.name, p.status, (SELECT json_agg(a.status ORDER BY a.status) FROM plan_action a WHERE a.visit_id = p.visit_id) AS actions,
                    (SELECT json_agg(r.months) FROM progress_review r WHERE r.visit_id = p.visit_id AND r.submitted_at IS NOT NULL
                        AND r.submitted_at::date >= v.starts_on + make_interval(months => r.months) - interval '14 days') AS reviews
               FROM action_plan p JOIN visit v ON v.id = p.visit_id JOIN organisation o ON o.id = v.host_organisation_id`,
          )
        ).rows,
      t.db.ownerUrl,
    );
    expect(plans).toEqual([{ name: 'Zwolle', status: 'SHARED', actions: ['DONE', 'IN_PROGRESS'], reviews: [6] }]);
    // Two work meetings in one series: one held with a public report from its yields, one open for registration.
    const meetings = await withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT m.title, m.status, o.name AS host, (SELECT n.title FROM meeting n WHERE n.id = m.next_meeting_id) AS next,
                    (SELECT count(*)::int FROM meeting_table t WHERE t.meeting_id = m.id) AS tables,
                    (SELECT count(*)::int FROM meeting_registration r WHERE r.meeting_id = m.id AND r.status = 'REGISTERED') AS registered,
                    (SELECT count(*)::int FROM meeting_card k WHERE k.meeting_id = m.id AND (k.is_yield OR k.is_recommendation)) AS yields,
                    (SELECT p.state FROM meeting_report_public p WHERE p.meeting_id = m.id) AS public
               FROM meeting m JOIN organisation o ON o.id = m.host_organisation_id ORDER BY m.starts_at`,
          )
        ).rows,
      t.db.ownerUrl,
    );
    expect(meetings).toEqual([
      {
        title: 'Werkbijeenkomst sturing en control in het sociaal domein',
        status: 'REPORT_PUBLISHED',
        host: 'Delft',
        next: 'Werkbijeenkomst datagedreven sturen',
        tables: 3,
        registered: 8,
        yields: 10,
        public: 'PUBLIC',
      },
      { title: 'Werkbijeenkomst datagedreven sturen', status: 'OPEN', host: 'Utrecht', next: null, tables: 3, registered: 5, yields: 0, public: null },
    ]);
    const report = await request(t.http).get('/bijeenkomst/werkbijeenkomst-sturing-en-control');
    expect(report.status).toBe(200);
    expect(report.text).toContain('In gemeente A werken beleid en control samen aan één dashboard.');
    expect(report.text).not.toContain('Goede koffie');
    // Every login the README lists signs in with the one demo password.
    for (const login of DEMO_LOGINS) expect(codeOf(await t.client().signIn(login.email, DEMO_PASSWORD))).toBe('OK');
  });
});

const codeOf = (res: { errors?: { extensions: { code: string } }[] }) => res.errors?.[0]?.extensions.code ?? 'OK';
