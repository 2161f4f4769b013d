import { MATRIX_ROLES, actionPlanRights, type ActionPlanFacts, type MatrixRole, type ReportSharing } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const PLAN = `query($id: ID!) { actionPlan(visitId: $id) {
  canStart
  plan { status openToCoordinator version figures { planned inProgress done dropped total } rights { edit share comment markAnswered setCoordinatorAccess }
         actions { id title owner dueOn status dropReason findingIds version comments { author text } } answeredFindingIds }
} }`;
const STANDING = `canStart plan { status version openToCoordinator answeredFindingIds }`;
const ACTION = `id title owner dueOn status dropReason findingIds version`;

/**
 * The action plan after the final report, against the real endpoint and database: the host's
 * draft, its actions and their statuses, sharing, the team's comments and the lead's marks, and
 * who reads what at each step, exactly as actionPlanRights of libs/domain says.
 */
describe('action plans (verbeterplan)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let recommendation: string;
  let concern: string;
  let otherVisitFinding: string;
  const as = new Map<MatrixRole, GqlClient>();
  const host = () => as.get('hostContact')!;
  const plan = async (role: MatrixRole) => (await as.get(role)!.ok(PLAN, { id: v.visitId })).actionPlan;
  const setSharing = (sharing: ReportSharing) =>
    withAdmin((c) => c.query(`UPDATE visit_report SET sharing = $1 WHERE visit_id = $2`, [sharing, v.visitId]), t.db.ownerUrl);

  /** Every role reads, sees the figures of, or knows nothing of the plan: as libs/domain says. */
  async function expectReaders(facts: ActionPlanFacts | null, sharing: ReportSharing) {
    for (const [role, client] of as) {
      const res = await client.gql(PLAN, { id: v.visitId });
      const rights = actionPlanRights(MATRIX_ROLES[role], 'REPORT_FINAL', facts, sharing);
      // Outside the round nothing of the visit is known, unless the plan itself is shared that far; a facilitator knows nothing of it at all.
      if (role === 'otherNetwork' || role === 'facilitator' || (role === 'networkMember' && !rights.figures)) {
        if (role === 'facilitator') expect(rights).toMatchObject({ read: false, figures: false });
        expect({ role, sharing, code: codeOf(res) }).toEqual({ role, sharing, code: 'NOT_FOUND' });
        continue;
      }
      const seen = res.data!.actionPlan.plan;
      expect({ role, sharing, figures: seen !== null, content: seen?.actions != null }).toEqual({
        role,
        sharing,
        figures: rights.figures,
        content: rights.read,
      });
      if (seen && !rights.read) expect(JSON.stringify(res.data)).not.toMatch(/Wijkteams|Teamleider/);
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    const other = await buildVisitWorld(t, world, 'w');
    otherVisitFinding = other.findings.find((f) => f.status === 'FINAL')!.id;
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[]) {
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    }
    // The report is final: what was shared is final, one of them a recommendation.
    [recommendation, concern] = v.findings.filter((f) => f.status === 'SHARED' || f.status === 'FINAL').map((f) => f.id);
    await withAdmin(async (c) => {
      await c.query(`UPDATE finding SET status = 'FINAL' WHERE visit_id = $1 AND status = 'SHARED'`, [v.visitId]);
      await c.query(`UPDATE finding SET kind = 'RECOMMENDATION' WHERE id = $1`, [recommendation]);
      await c.query(`UPDATE visit SET status = 'REPORT_FINAL' WHERE id = $1`, [v.visitId]);
      await c.query(`INSERT INTO visit_report (network_id, visit_id, summary, sharing) VALUES ($1, $2, 'Samenvatting', 'TEAM')`, [world.a.id, v.visitId]);
    }, t.db.ownerUrl);
  });
  afterAll(() => t.close());

  it('is begun by the host alone, once, after the final report; until shared only the host reads it and the coordinator sees figures', async () => {
    expect((await plan('hostContact')).canStart).toBe(true);
    expect((await plan('lead')).canStart).toBe(false);
    await expectReaders(null, 'TEAM');
    expect(codeOf(await as.get('lead')!.gql(`mutation($id: ID!) { startActionPlan(visitId: $id) { canStart } }`, { id: v.visitId }))).toBe('FORBIDDEN');
    expect(codeOf(await as.get('networkMember')!.gql(`mutation($id: ID!) { startActionPlan(visitId: $id) { canStart } }`, { id: v.visitId }))).toBe(
      'NOT_FOUND',
    );
    const started = (await host().ok(`mutation($id: ID!) { startActionPlan(visitId: $id) { ${STANDING} } }`, { id: v.visitId })).startActionPlan;
    expect(started).toEqual({ canStart: false, plan: { status: 'DRAFT', version: 1, openToCoordinator: false, answeredFindingIds: [] } });
    expect(codeOf(await host().gql(`mutation($id: ID!) { startActionPlan(visitId: $id) { canStart } }`, { id: v.visitId }))).toBe('FORBIDDEN');
    await expectReaders({ status: 'DRAFT', openToCoordinator: false }, 'TEAM');
  });

  it('takes actions that answer the report’s findings, refusing what does not, and writes nothing then', async () => {
    const add = (input: Record<string, unknown>) =>
      host().gql(`mutation($input: AddPlanActionInput!) { addPlanAction(input: $input) { ${ACTION} } }`, {
        input: {
          visitId: v.visitId,
          title: 'Wijkteams krijgen één aanspreekpunt',
          owner: 'Teamleider Wmo',
          dueOn: '2099-06-01',
          findingIds: [recommendation],
          ...input,
        },
      });
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ findingIds: [] }, 'findingIds', 'Koppel de actie aan minstens één bevinding.'],
      [{ findingIds: [otherVisitFinding] }, 'findingIds', 'Kies bevindingen uit het verslag van dit bezoek.'],
      [{ findingIds: [v.findings.find((f) => f.status === 'DRAFT')!.id] }, 'findingIds', 'Kies bevindingen uit het verslag van dit bezoek.'],
      [{ dueOn: '2000-01-01' }, 'dueOn', 'Een actie kan niet vóór het bezoek klaar moeten zijn.'],
      [{ owner: '   ' }, 'owner', ''],
    ];
    for (const [input, field, nl] of refusals) {
      const res = await add(input);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields![0].field).toBe(field);
      if (nl) expect(res.errors![0].extensions.fields![0].messages.nl).toBe(nl);
    }
    expect((await plan('hostContact')).plan.actions).toEqual([]);
    const added = (await add({ findingIds: [recommendation, concern, recommendation] })).data!.addPlanAction;
    expect(added).toMatchObject({ status: 'PLANNED', owner: 'Teamleider Wmo', dueOn: '2099-06-01', findingIds: [recommendation, concern], version: 1 });
    expect(
      codeOf(
        await as.get('lead')!.gql(`mutation($input: AddPlanActionInput!) { addPlanAction(input: $input) { id } }`, {
          input: { visitId: v.visitId, title: 'Van de teamleider', owner: 'Lead', findingIds: [recommendation] },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('moves an action through its statuses, with a reason to drop it, and never over a newer version', async () => {
    const [action] = (await plan('hostContact')).plan.actions;
    const move = (input: Record<string, unknown>) =>
      host().gql(`mutation($input: MovePlanActionInput!) { movePlanAction(input: $input) { ${ACTION} } }`, { input: { id: action.id, ...input } });
    const updated = (
      await host().ok(`mutation($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { ${ACTION} } }`, {
        input: {
          id: action.id,
          version: 1,
          title: 'Wijkteams krijgen één aanspreekpunt per wijk',
          owner: 'Teamleider Wmo',
          dueOn: null,
          findingIds: [recommendation],
        },
      })
    ).updatePlanAction;
    expect(updated).toMatchObject({ version: 2, dueOn: null, findingIds: [recommendation] });
    expect(codeOf(await move({ version: 1, status: 'IN_PROGRESS' }))).toBe('CONFLICT');
    const dropWithout = await move({ version: 2, status: 'DROPPED' });
    expect(dropWithout.errors![0].extensions.fields![0]).toMatchObject({ field: 'reason', messages: { nl: 'Geef aan waarom de actie vervalt.' } });
    const done = (await move({ version: 2, status: 'DONE' })).data!.movePlanAction;
    expect(done).toMatchObject({ status: 'DONE', version: 3 });
    expect(codeOf(await move({ version: 3, status: 'DROPPED', reason: 'Niet meer nodig' }))).toBe('BAD_USER_INPUT');
    expect((await move({ version: 3, status: 'IN_PROGRESS' })).data!.movePlanAction.status).toBe('IN_PROGRESS');
    expect((await plan('coordinator')).plan.figures).toEqual({ planned: 0, inProgress: 1, done: 0, dropped: 0, total: 1 });
  });

  it('once shared follows the report’s sharing; the coordinator reads it only when the host opens it', async () => {
    const { version } = (await plan('hostContact')).plan;
    const shared = (
      await host().ok(`mutation($input: PlanStepInput!) { shareActionPlan(input: $input) { ${STANDING} } }`, { input: { visitId: v.visitId, version } })
    ).shareActionPlan;
    expect(shared.plan.status).toBe('SHARED');
    // The team hears that it may now read and comment on the plan; nobody else does.
    const told = await withAdmin(
      async (c) =>
        (await c.query(`SELECT recipient_id AS id FROM notification WHERE kind = 'ACTION_PLAN_SHARED' AND subject_id = $1 ORDER BY recipient_id`, [v.visitId]))
          .rows,
      t.db.ownerUrl,
    );
    const team = [v.people.author.id, v.people.otherReviewer.id, v.people.lead.id].sort();
    expect(told.map((r: { id: string }) => r.id)).toEqual(team);
    await expectReaders({ status: 'SHARED', openToCoordinator: false }, 'TEAM');
    await setSharing('ROUND');
    await expectReaders({ status: 'SHARED', openToCoordinator: false }, 'ROUND');
    await setSharing('TEAM');
    const opened = (
      await host().ok(`mutation($input: SetPlanCoordinatorAccessInput!) { setActionPlanCoordinatorAccess(input: $input) { ${STANDING} } }`, {
        input: { visitId: v.visitId, version: shared.plan.version, open: true },
      })
    ).setActionPlanCoordinatorAccess;
    expect(opened.plan.openToCoordinator).toBe(true);
    await expectReaders({ status: 'SHARED', openToCoordinator: true }, 'TEAM');
  });

  it('lets the team and the host discuss an action and the lead mark answered recommendations; nobody else', async () => {
    const [action] = (await plan('hostContact')).plan.actions;
    const comment = (role: MatrixRole) =>
      as.get(role)!.gql(`mutation($input: CommentOnPlanActionInput!) { commentOnPlanAction(input: $input) { author text } }`, {
        input: { actionId: action.id, text: `Opmerking van ${role}` },
      });
    expect((await comment('otherReviewer')).data!.commentOnPlanAction).toEqual({ author: v.people.otherReviewer.name, text: 'Opmerking van otherReviewer' });
    expect(codeOf(await comment('hostContact'))).toBe('OK');
    expect(codeOf(await comment('coordinator'))).toBe('FORBIDDEN');
    expect(codeOf(await comment('otherRoundMember'))).toBe('NOT_FOUND');
    expect(codeOf(await comment('otherNetwork'))).toBe('NOT_FOUND');
    expect((await plan('lead')).plan.actions[0].comments.map((c: { text: string }) => c.text)).toEqual([
      'Opmerking van otherReviewer',
      'Opmerking van hostContact',
    ]);

    const mark = (role: MatrixRole, findingId: string, version: number) =>
      as.get(role)!.gql(`mutation($input: MarkAnsweredInput!) { markRecommendationAnswered(input: $input) { ${STANDING} } }`, {
        input: { visitId: v.visitId, version, findingId, answered: true },
      });
    const { version } = (await plan('lead')).plan;
    expect(codeOf(await mark('otherReviewer', recommendation, version))).toBe('FORBIDDEN');
    expect((await mark('lead', concern, version)).errors![0].extensions.fields![0].field).toBe('findingId');
    expect((await mark('lead', recommendation, version)).data!.markRecommendationAnswered.plan.answeredFindingIds).toEqual([recommendation]);
  });

  it('keeps a shared plan’s actions: they are dropped with a reason, not removed; and audits every step', async () => {
    const [action] = (await plan('hostContact')).plan.actions;
    const removed = await host().gql(`mutation($input: RemovePlanActionInput!) { removePlanAction(input: $input) }`, {
      input: { id: action.id, version: action.version },
    });
    expect(removed.errors![0].extensions.fields![0].messages.nl).toContain('laat een actie vervallen');
    expect((await plan('hostContact')).plan.actions).toHaveLength(1);
    const actions = await withAdmin(
      async (c) =>
        (await c.query(`SELECT action FROM audit_event WHERE action LIKE 'action\\_plan.%' OR action LIKE 'plan\\_action.%' ORDER BY created_at`)).rows,
      t.db.ownerUrl,
    );
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set([
        'action_plan.started',
        'plan_action.added',
        'plan_action.updated',
        'plan_action.moved',
        'action_plan.shared',
        'action_plan.coordinator_access_set',
        'plan_action.commented',
        'action_plan.answer_marked',
      ]),
    );
  });
});
