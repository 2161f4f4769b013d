import { MATRIX_ROLES, type MatrixRole } from '@kijkje/domain';
import { withAdmin } from './support/database';
import type { GqlClient } from './support/gql-client';
import { kindsOn, tasksOf } from './support/tasks';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

/*
 * "Mijn taken" through the real endpoint, for the tasks of a visit: each appears for exactly the
 * person who may take the step (the policy matrix's people), and disappears once it is done.
 */

const roles = Object.keys(MATRIX_ROLES) as MatrixRole[];

describe('myTasks: the tasks of a visit', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const as = new Map<MatrixRole, GqlClient>();
  const sql = (text: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(text, params)).rows, t.db.ownerUrl);
  const visitTasks = async (role: MatrixRole, visitId = v.visitId) => kindsOn(as.get(role)!, visitId);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of roles) {
      const who = role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role];
      as.set(role, await signedIn(t, who));
    }
  });
  afterAll(() => t.close());

  it('gives each person of the policy matrix exactly the step that is theirs on a held visit', async () => {
    const got: Record<string, string[]> = {};
    for (const role of roles) got[role] = await visitTasks(role);
    expect(got).toEqual({
      author: ['SUBMIT_FINDINGS'],
      otherReviewer: [],
      lead: ['SHARE_FINDINGS'],
      hostContact: ['REPLY_TO_FINDINGS'],
      otherRoundMember: [],
      coordinator: [],
      networkMember: [],
      facilitator: [],
      otherNetwork: [],
    });
  });

  it('shows a task with its deadline, context, count and link', async () => {
    const [deadline] = await sql(`SELECT reply_deadline FROM visit WHERE id = $1`, [v.visitId]);
    const reply = (await tasksOf(as.get('hostContact')!)).find((x) => x.kind === 'REPLY_TO_FINDINGS')!;
    expect(reply).toMatchObject({
      due: new Date(deadline.reply_deadline).toISOString(),
      overdue: false,
      programmeId: v.programmeId,
      roundId: v.roundId,
      visitId: v.visitId,
      context: { programme: 'Programma met bezoek', round: 'Ronde 1', organisation: 'Gastgemeente' },
      count: 4,
      path: `/bezoeken/${v.visitId}/bevindingen`,
    });
  });

  it('gives a person of another network nothing of this one, nor a person with a membership in both', async () => {
    const outsider = JSON.stringify(await tasksOf(as.get('otherNetwork')!));
    for (const id of [v.visitId, v.roundId, v.programmeId, world.a.programmeId]) expect(outsider).not.toContain(id);
    const both = await signedIn(t, world.both);
    await both.ok(`mutation($id: ID!) { switchNetwork(networkId: $id) { user { id } } }`, { id: world.b.id });
    const inB = JSON.stringify(await tasksOf(both));
    for (const id of [v.visitId, v.programmeId, world.a.programmeId]) expect(inB).not.toContain(id);
  });

  it('asks the host to prepare and the coordinator to assign a team, and stops once each is done', async () => {
    const [planned] = await sql(
      `INSERT INTO visit (network_id, round_id, host_organisation_id, starts_on, starts_at, ends_at, location, agenda, answers)
       VALUES ($1, $2, $3, current_date + 30, (current_date + 30 + time '09:00') AT TIME ZONE 'Europe/Amsterdam',
               (current_date + 30 + time '16:00') AT TIME ZONE 'Europe/Amsterdam', 'Stadhuis', '[{"startTime":"09:00","endTime":"10:00","topic":"Welkom","partners":[]}]',
               '{"general:FOTO_VAN_NU":"Zo staan we ervoor.","general:STIP_AAN_DE_HORIZON":"Daar willen we heen."}') RETURNING id`,
      [world.a.id, v.roundId, v.organisations.d],
    );
    expect(await visitTasks('otherReviewer', planned.id)).toEqual(['PREPARE_VISIT']);
    expect(await visitTasks('coordinator', planned.id)).toEqual(['ASSIGN_TEAM']);
    for (const role of ['author', 'lead', 'hostContact', 'otherRoundMember', 'networkMember', 'otherNetwork'] as const)
      expect(await visitTasks(role, planned.id)).toEqual([]);

    const hasDeadline = (x: { due: string | null }) => x.due !== null;
    expect((await tasksOf(as.get('otherReviewer')!)).filter((x) => x.visitId === planned.id).every(hasDeadline)).toBe(true);
    await as.get('otherReviewer')!.ok(`mutation($input: VisitStepInput!) { submitPreparation(input: $input) { id } }`, {
      input: { visitId: planned.id, version: 1 },
    });
    expect(await visitTasks('otherReviewer', planned.id)).toEqual([]);

    const coordinator = as.get('coordinator')!;
    const assign = `mutation($input: AssignReviewerInput!) { assignReviewer(input: $input) { id } }`;
    await coordinator.ok(assign, { input: { visitId: planned.id, userId: v.people.author.id, lead: true } });
    expect(await visitTasks('coordinator', planned.id)).toEqual(['ASSIGN_TEAM']);
    await coordinator.ok(assign, { input: { visitId: planned.id, userId: v.people.lead.id } });
    expect(await visitTasks('coordinator', planned.id)).toEqual([]);
  });

  it('submitting, sharing and replying move the tasks from one person to the next', async () => {
    const draft = v.findings.find((f) => f.status === 'DRAFT')!;
    await as.get('author')!.ok(`mutation($input: FindingStepInput!) { submitFinding(input: $input) { id } }`, { input: { id: draft.id, version: 1 } });
    expect(await visitTasks('author')).toEqual([]);
    expect((await tasksOf(as.get('lead')!)).find((x) => x.kind === 'SHARE_FINDINGS')?.count).toBe(2);

    await as.get('lead')!.ok(`mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { id } }`, { input: { visitId: v.visitId, replyDays: 14 } });
    expect(await visitTasks('lead')).toEqual([]);
    expect((await tasksOf(as.get('hostContact')!)).find((x) => x.kind === 'REPLY_TO_FINDINGS')?.count).toBe(6);

    const open = await sql(`SELECT id FROM finding WHERE visit_id = $1 AND status IN ('SHARED', 'FINAL')`, [v.visitId]);
    for (const f of open)
      await as.get('hostContact')!.ok(`mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`, {
        input: { findingId: f.id, kind: 'AGREE' },
      });
    expect(await visitTasks('hostContact')).toEqual([]);
    // Every finding answered: the lead may write the report now.
    expect(await visitTasks('lead')).toEqual(['WRITE_REPORT']);
  });

  it('asks the host to decide on the harvest once replying is done, until a finding is released', async () => {
    await sql(`UPDATE finding SET released_for_harvest = false WHERE visit_id = $1`, [v.visitId]);
    expect(await visitTasks('hostContact')).toEqual(['RELEASE_FINDINGS']);
    for (const role of roles.filter((r) => r !== 'hostContact')) expect(await visitTasks(role)).not.toContain('RELEASE_FINDINGS');
    const [shared] = await sql(`SELECT id FROM finding WHERE visit_id = $1 AND status = 'SHARED' LIMIT 1`, [v.visitId]);
    await as.get('hostContact')!.ok(`mutation($input: SetFindingReleaseInput!) { setFindingRelease(input: $input) { id } }`, {
      input: { findingId: shared.id, released: true },
    });
    expect(await visitTasks('hostContact')).toEqual([]);
  });

  it('leads the report from writing to sharing, the host to commenting, and the lead to finalising after the reply period', async () => {
    const lead = as.get('lead')!;
    const host = as.get('hostContact')!;
    const version = async () => (await sql(`SELECT version FROM visit_report WHERE visit_id = $1`, [v.visitId]))[0]?.version;
    await lead.ok(`mutation($id: ID!) { startVisitReport(visitId: $id) { visitId } }`, { id: v.visitId });
    expect(await visitTasks('lead')).toEqual(['WRITE_REPORT']);
    await lead.ok(`mutation($input: SaveReportInput!) { saveVisitReport(input: $input) { visitId } }`, {
      input: { visitId: v.visitId, version: await version(), summary: 'Samenvatting van het bezoek.' },
    });
    expect(await visitTasks('lead')).toEqual(['SHARE_REPORT']);
    await lead.ok(`mutation($input: ShareReportInput!) { shareVisitReport(input: $input) { visitId } }`, {
      input: { visitId: v.visitId, version: await version(), replyDays: 7 },
    });
    // The host's reply period is running: commenting is the host's, finalising is nobody's task yet.
    expect(await visitTasks('lead')).toEqual([]);
    expect(await visitTasks('hostContact')).toEqual(['COMMENT_ON_REPORT']);
    await host.ok(`mutation($input: CommentOnReportInput!) { commentOnVisitReport(input: $input) { visitId } }`, {
      input: { visitId: v.visitId, version: await version(), text: 'Dank, herkenbaar.' },
    });
    expect(await visitTasks('hostContact')).toEqual([]);
    expect(await visitTasks('lead')).toEqual([]);

    await sql(`UPDATE visit_report SET reply_deadline = now() - interval '1 hour' WHERE visit_id = $1`, [v.visitId]);
    expect(await visitTasks('lead')).toEqual(['FINALISE_REPORT']);
    for (const role of roles.filter((r) => r !== 'lead')) expect(await visitTasks(role)).toEqual([]);
    await lead.ok(`mutation($input: ReportStepInput!) { finaliseVisitReport(input: $input) { visitId } }`, {
      input: { visitId: v.visitId, version: await version() },
    });
    for (const role of roles) expect(await visitTasks(role)).toEqual([]);
  });
});
