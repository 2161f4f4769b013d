import { Scheduler } from '@kijkje/api/core';
import { withAdmin } from './support/database';
import { codeOf } from './support/gql-client';
import { buildHarvestWorld, type HarvestWorld } from './support/harvest-world';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const SET = `mutation($years: Int!) { setRetention(years: $years) { id retentionYears } }`;
const RETENTION = `query($id: ID!) { programmeRetention(programmeId: $id) { closedAt retentionYears keptUntil removedAt } }`;
const YEAR = 365.25 * 24 * 3_600_000;

/**
 * Retention of visit material: the coordinator's setting (validated, audited), and the daily job
 * on a clock the test moves: an expired closed programme loses its material (counted and
 * recorded), a closed one within its network's term and a running one keep theirs, published
 * harvests stay byte for byte, and two racing ticks remove once.
 */
describe('retention of visit material', () => {
  let t: TestApp;
  let world: World;
  /** Network A: a finished programme with reports, findings and a published harvest. */
  let hw: HarvestWorld;
  /** Network A: a running programme with findings in every state. */
  let running: VisitWorld;
  /** Network B: a programme that closes as well, under B's longer retention. */
  let other: VisitWorld;
  let harvestId: string;

  const admin = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    withAdmin(async (c) => (await c.query(sql, params)).rows as T[], t.db.ownerUrl);
  const count = async (sql: string, params: unknown[]) => Number((await admin<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`, params))[0].n);
  const visitsOf = (programmeId: string) => `(SELECT v.id FROM visit v JOIN round r ON r.id = v.round_id WHERE r.programme_id = '${programmeId}')`;
  const materialOf = async (programmeId: string) => ({
    findings: await count(`finding WHERE visit_id IN ${visitsOf(programmeId)}`, []),
    reports: await count(`visit_report WHERE visit_id IN ${visitsOf(programmeId)}`, []),
    revisions: await count(`visit_report_revision WHERE visit_id IN ${visitsOf(programmeId)}`, []),
    prepared: await count(`visit WHERE id IN ${visitsOf(programmeId)} AND (answers <> '{}' OR agenda <> '[]')`, []),
    visits: await count(`visit WHERE id IN ${visitsOf(programmeId)}`, []),
  });
  const harvestBytes = () =>
    admin(
      `SELECT (SELECT row_to_json(h)::text FROM harvest h WHERE h.id = $1) AS harvest,
              (SELECT json_agg(v ORDER BY number)::text FROM harvest_version v WHERE v.harvest_id = $1) AS versions,
              (SELECT row_to_json(p)::text FROM harvest_public p WHERE p.harvest_id = $1) AS public`,
      [harvestId],
    );

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULE_TICK_MS: '0' });
    world = await buildWorld(t);
    hw = await buildHarvestWorld(t, world);
    running = await buildVisitWorld(t, world);
    other = await buildVisitWorld(t, { ...world, a: world.b }, 'w');
    const [visit] = Object.values(hw.visits);
    // A preparation, a draft, a comment and a reply, as the app would have left them.
    await admin(`UPDATE visit SET answers = '{"foto":"Wij sturen op wachtlijsten."}', agenda = '[{"title":"Gesprek met Jan"}]' WHERE id = $1`, [visit]);
    await admin(`INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text) VALUES ($1, $2, $3, 'CONCERN', 'Wmo', 'Nog een concept')`, [
      world.a.id,
      visit,
      world.a.member.id,
    ]);
    const finding = hw.findings['utrechtWachtlijst'];
    await admin(`INSERT INTO finding_comment (network_id, finding_id, author_id, text) VALUES ($1, $2, $3, 'Eens, Jan')`, [
      world.a.id,
      finding,
      world.a.member.id,
    ]);
    await admin(`INSERT INTO host_response (network_id, finding_id, kind, text, responded_by) VALUES ($1, $2, 'COMMENT', 'Klopt', $3)`, [
      world.a.id,
      finding,
      world.a.member.id,
    ]);
    const [harvest] = await admin<{ id: string }>(
      `INSERT INTO harvest (network_id, programme_id, title, slug, visibility, narrative) VALUES ($1, $2, 'Oogst 2025', 'oogst-2025', 'PUBLIC', 'Wat wij leerden') RETURNING id`,
      [world.a.id, hw.programmeId],
    );
    harvestId = harvest.id;
    await admin(
      `INSERT INTO harvest_version (network_id, harvest_id, number, title, slug, visibility, content) VALUES ($1, $2, 1, 'Oogst 2025', 'oogst-2025', 'PUBLIC', '{"narrative":"Wat wij leerden","counts":[3,2]}')`,
      [world.a.id, harvestId],
    );
    await admin(`INSERT INTO harvest_public (network_id, harvest_id, slug, number, state) VALUES ($1, $2, 'oogst-2025', 1, 'PUBLIC')`, [world.a.id, harvestId]);
  });
  afterAll(() => t.close());

  it('lets a coordinator set the retention within 1 to 20 years, audited, and refuses others', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    expect((await coordinator.ok(`{ viewer { currentNetwork { retentionYears } } }`)).viewer.currentNetwork.retentionYears).toBe(5);
    for (const years of [0, 21, -3]) {
      const res = await coordinator.gql(SET, { years });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const fields = res.errors![0].extensions.fields as { field: string; messages: { nl: string; en: string } }[];
      expect(fields[0].field).toBe('years');
      expect(fields[0].messages.nl).toContain('1 tot en met 20 jaar');
      expect(fields[0].messages.en).toContain('1 to 20 years');
    }
    expect((await coordinator.ok(SET, { years: 7 })).setRetention.retentionYears).toBe(7);
    const [audit] = await admin<{ data: { from: number; to: number } }>(
      `SELECT data FROM audit_event WHERE action = 'network.retention_set' AND network_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [world.a.id],
    );
    expect(audit.data).toEqual({ from: 5, to: 7 });
    expect((await coordinator.ok(SET, { years: 5 })).setRetention.retentionYears).toBe(5);

    const member = await signedIn(t, world.a.member);
    expect(codeOf(await member.gql(SET, { years: 1 }))).toBe('FORBIDDEN');
    expect(codeOf(await t.client().gql(SET, { years: 1 }))).toBe('UNAUTHENTICATED');
    const [row] = await admin<{ retention_years: number }>(`SELECT retention_years FROM network WHERE id = $1`, [world.a.id]);
    expect(row.retention_years).toBe(5);
  });

  it('notes when a programme closes and tells until when its material is kept', async () => {
    const coordinator = await signedIn(t, world.a.coordinator);
    expect((await coordinator.ok(RETENTION, { id: hw.programmeId })).programmeRetention).toBeNull();
    await admin(`UPDATE programme SET status = 'CLOSED' WHERE id = $1`, [hw.programmeId]);
    const [p] = await admin<{ closed_at: Date }>(`SELECT closed_at FROM programme WHERE id = $1`, [hw.programmeId]);
    expect(Date.now() - p.closed_at.getTime()).toBeLessThan(60_000);
    const seen = (await (await signedIn(t, world.a.member)).ok(RETENTION, { id: hw.programmeId })).programmeRetention;
    expect(seen).toMatchObject({ retentionYears: 5, removedAt: null });
    expect(seen.keptUntil.slice(0, 4)).toBe(String(p.closed_at.getFullYear() + 5));
  });

  it('removes the material of an expired closed programme once, keeps the rest, and records what it did', async () => {
    const b = await signedIn(t, world.b.coordinator);
    await b.ok(SET, { years: 20 });
    await admin(`UPDATE programme SET status = 'CLOSED' WHERE id = $1`, [other.programmeId]);
    const runningBefore = await materialOf(running.programmeId);
    const otherBefore = await materialOf(other.programmeId);
    const harvestBefore = await harvestBytes();
    // What followed one of its reports: an action plan with an action and a comment, and a progress review.
    const planned = Object.values(hw.visits)[0];
    await admin(`INSERT INTO action_plan (network_id, visit_id, status) VALUES ($1, $2, 'SHARED')`, [world.a.id, planned]);
    const [action] = await admin<{ id: string }>(
      `INSERT INTO plan_action (network_id, visit_id, title, owner, finding_ids) VALUES ($1, $2, 'Actie', 'Teamleider', ARRAY[$3::uuid]) RETURNING id`,
      [world.a.id, planned, hw.findings['utrechtWachtlijst']],
    );
    await admin(`INSERT INTO plan_action_comment (network_id, action_id, text) VALUES ($1, $2, 'Goed plan.')`, [world.a.id, action.id]);
    await admin(`INSERT INTO progress_review (network_id, visit_id, months, foto_van_nu) VALUES ($1, $2, 6, 'Beter.')`, [world.a.id, planned]);
    // A participant's evaluation of its round, with a comment.
    await admin(
      `INSERT INTO round_evaluation (network_id, round_id, user_id, usefulness, comment) SELECT $1, round_id, $3, 4, 'Leerzaam.' FROM visit WHERE id = $2`,
      [world.a.id, planned, world.a.coordinator.id],
    );
    const hwBefore = await materialOf(hw.programmeId);
    expect(hwBefore.findings).toBe(9);
    const scheduler = t.app.get(Scheduler);

    // Within the term nothing goes.
    await scheduler.runDue(new Date(Date.now() + 4 * YEAR));
    expect(await materialOf(hw.programmeId)).toEqual(hwBefore);

    // Two processes tick at the same moment, past the term: one of them removes.
    const later = new Date(Date.now() + 6 * YEAR);
    const [one, two] = await Promise.all([scheduler.runDue(later), scheduler.runDue(later)]);
    expect([...one, ...two].filter((n) => n === 'retention')).toHaveLength(1);

    expect(await materialOf(hw.programmeId)).toEqual({ findings: 0, reports: 0, revisions: 0, prepared: 0, visits: hwBefore.visits });
    expect(await count(`finding_comment WHERE finding_id = $1`, [hw.findings['utrechtWachtlijst']])).toBe(0);
    for (const table of ['action_plan', 'plan_action', 'progress_review'])
      expect([table, await count(`${table} WHERE visit_id = $1`, [planned])]).toEqual([table, 0]);
    expect(await count(`round_evaluation WHERE round_id = $1`, [hw.roundId])).toBe(0);
    expect(await materialOf(running.programmeId)).toEqual(runningBefore);
    expect(await materialOf(other.programmeId)).toEqual(otherBefore);
    expect(await harvestBytes()).toEqual(harvestBefore);

    const records = await admin<{ programme_id: string; counts: Record<string, number>; retention_years: number }>(
      `SELECT programme_id, counts, retention_years FROM retention_record`,
    );
    expect(records).toEqual([
      {
        programme_id: hw.programmeId,
        retention_years: 5,
        counts: {
          preparations: 1,
          agendas: 1,
          reviewers: 0,
          findings: 9,
          comments: 1,
          replies: 1,
          reports: 4,
          reportVersions: 4,
          actionPlans: 1,
          planActions: 1,
          planComments: 1,
          progressReviews: 1,
          roundEvaluations: 1,
        },
      },
    ]);
    const audits = await admin<{ data: { counts: Record<string, number> } }>(
      `SELECT data FROM audit_event WHERE action = 'programme.material_expired' AND target_id = $1`,
      [hw.programmeId],
    );
    expect(audits).toHaveLength(1);
    expect(audits[0].data.counts['findings']).toBe(9);

    // A later day finds nothing more to do.
    await scheduler.runDue(new Date(later.getTime() + 2 * 24 * 3_600_000));
    expect(await count(`retention_record`, [])).toBe(1);
    const after = (await (await signedIn(t, world.a.coordinator)).ok(RETENTION, { id: hw.programmeId })).programmeRetention;
    expect(new Date(after.removedAt).getTime()).toBe(later.getTime());
  });
});
