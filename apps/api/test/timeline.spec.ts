import { MATRIX_ROLES, type MatrixRole } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const TIMELINE = `query($id: ID) { organisationTimeline(organisationId: $id) {
  organisationId name content
  visits { visitId programme round startsOn status fotoVanNu stipAanDeHorizon findings { kind count } actionCounts { status count }
           actions { title status dueOn } reviews { months due submittedAt fotoVanNu } } } }`;

/**
 * The timeline of a host organisation against the real endpoint and database: its own people read
 * the texts of every visit it hosted, a coordinator the figures, nobody else anything.
 */
describe('the timeline of a host organisation', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const as = new Map<MatrixRole, GqlClient>();
  const timelineOf = (role: MatrixRole, id: string | null) => as.get(role)!.gql(TIMELINE, { id });

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[])
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    await withAdmin(async (c) => {
      await c.query(
        `UPDATE visit SET status = 'REPORT_FINAL', starts_on = '2025-03-10', answers = '{"general:FOTO_VAN_NU": "Lange wachtlijsten.", "general:STIP_AAN_DE_HORIZON": "Hulp binnen vier weken."}' WHERE id = $1`,
        [v.visitId],
      );
      await c.query(`INSERT INTO visit_report (network_id, visit_id, summary, sharing) VALUES ($1, $2, 'Samenvatting', 'TEAM')`, [world.a.id, v.visitId]);
      await c.query(`INSERT INTO action_plan (network_id, visit_id, status) VALUES ($1, $2, 'SHARED')`, [world.a.id, v.visitId]);
      const finding = v.findings.find((f) => f.status === 'FINAL')!.id;
      await c.query(
        `INSERT INTO plan_action (network_id, visit_id, title, owner, status, finding_ids) VALUES ($1, $2, 'Geheime actie', 'Teamleider', 'DONE', ARRAY[$3::uuid])`,
        [world.a.id, v.visitId, finding],
      );
      await c.query(
        `INSERT INTO progress_review (network_id, visit_id, months, foto_van_nu, submitted_at) VALUES ($1, $2, 6, 'Korter dan toen.', now()), ($1, $2, 12, 'Nog een concept.', NULL)`,
        [world.a.id, v.visitId],
      );
    }, t.db.ownerUrl);
  });
  afterAll(() => t.close());

  it('shows the host’s own people every visit with its texts, and the reviews it submitted (not a draft)', async () => {
    const res = await timelineOf('hostContact', null);
    const timeline = res.data!.organisationTimeline;
    expect(timeline).toMatchObject({ organisationId: v.organisations.host, name: 'Gastgemeente', content: true });
    const [visit] = timeline.visits;
    expect(visit).toMatchObject({ visitId: v.visitId, startsOn: '2025-03-10', status: 'REPORT_FINAL', fotoVanNu: 'Lange wachtlijsten.' });
    expect(visit.actions).toEqual([{ title: 'Geheime actie', status: 'DONE', dueOn: null }]);
    expect(visit.reviews).toEqual([{ months: 6, due: '2025-09-10', submittedAt: expect.any(String), fotoVanNu: 'Korter dan toen.' }]);
    const counted = Object.fromEntries(visit.findings.map((f: { kind: string; count: number }) => [f.kind, f.count]));
    const [{ n }] = await withAdmin(
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM finding WHERE visit_id = $1 AND status IN ('SHARED', 'FINAL')`, [v.visitId])).rows,
      t.db.ownerUrl,
    );
    expect(Object.values(counted).reduce((a: number, b) => a + (b as number), 0)).toBe(n);
    // The same with its id.
    expect((await timelineOf('hostContact', v.organisations.host)).data!.organisationTimeline).toEqual(timeline);
  });

  it('gives a coordinator figures only, and anyone else nothing', async () => {
    const seen = (await timelineOf('coordinator', v.organisations.host)).data!.organisationTimeline;
    expect(seen.content).toBe(false);
    const body = JSON.stringify(seen);
    for (const text of ['Lange wachtlijsten', 'Hulp binnen vier weken', 'Geheime actie', 'Korter dan toen', 'Nog een concept'])
      expect(body).not.toContain(text);
    expect(seen.visits[0].actionCounts).toContainEqual({ status: 'DONE', count: 1 });
    expect(seen.visits[0].reviews.map((r: { months: number }) => r.months)).toEqual([6]);
    for (const role of ['author', 'lead', 'otherReviewer', 'otherRoundMember', 'networkMember', 'otherNetwork'] as MatrixRole[]) {
      const res = await timelineOf(role, v.organisations.host);
      expect([role, codeOf(res)]).toEqual([role, 'NOT_FOUND']);
      expect(JSON.stringify(res)).not.toContain('Geheime actie');
    }
  });

  it('answers a coordinator without an organisation of its own with a clear error, and a malformed id as bad input', async () => {
    const own = await timelineOf('coordinator', null);
    expect(codeOf(own)).toBe('BAD_USER_INPUT');
    expect(own.errors![0].extensions.fields![0]).toMatchObject({ field: 'organisationId', messages: { nl: expect.any(String), en: expect.any(String) } });
    expect(codeOf(await timelineOf('hostContact', 'geen-id'))).toBe('BAD_USER_INPUT');
  });
});
