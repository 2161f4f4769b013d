import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import { isUuid, type Literal, type MutationSpec } from '../bad-input';
import type { ReportsWorld } from './reports';

const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;

/** The reports world's final report (hosted by the lead's organisation) with a recommendation, a shared action plan and one action. */
export interface PlansWorld {
  reports: ReportsWorld;
  recommendation: string;
  actionId: string;
}

export async function buildPlansWorld(t: TestApp, reports: ReportsWorld): Promise<PlansWorld> {
  return withAdmin(async (c) => {
    const networkId = reports.world.a.id;
    const f = await c.query(
      `INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, tags, status) VALUES ($1, $2, $3, 'RECOMMENDATION', 'Wmo', 'Eén loket', '[]', 'FINAL') RETURNING id`,
      [networkId, reports.final, reports.v.people.author.id],
    );
    const recommendation = f.rows[0].id as string;
    await c.query(`INSERT INTO action_plan (network_id, visit_id, status) VALUES ($1, $2, 'SHARED')`, [networkId, reports.final]);
    const a = await c.query(
      `INSERT INTO plan_action (network_id, visit_id, title, owner, finding_ids) VALUES ($1, $2, 'Eén aanspreekpunt', 'Teamleider', ARRAY[$3::uuid]) RETURNING id`,
      [networkId, reports.final, recommendation],
    );
    return { reports, recommendation, actionId: a.rows[0].id };
  }, t.db.ownerUrl);
}

export function planMutations(w: PlansWorld): MutationSpec[] {
  const visitIds = () => [w.reports.final, w.reports.shared, w.reports.v.visitId];
  const planVersion = async (input: Record<string, unknown>) => {
    if (!isUuid(input['visitId'])) return 1;
    const [row] = await w.reports.probe.query<{ version: number }>(`SELECT version FROM action_plan WHERE visit_id = $1`, [input['visitId']]);
    return row?.version ?? 1;
  };
  const actionVersion = async (input: Record<string, unknown>) => {
    if (!isUuid(input['id'])) return 1;
    const [row] = await w.reports.probe.query<{ version: number }>(`SELECT version FROM plan_action WHERE id = $1`, [input['id']]);
    return row?.version ?? 1;
  };
  const standing = `{ canStart plan { status version openToCoordinator answeredFindingIds } }`;
  const action = `{ id title owner dueOn status dropReason findingIds version }`;
  const planStep = { name: 'visitId', kind: 'uuid', required: true, real: visitIds } as const;
  const version = { name: 'version', kind: 'version', required: true, live: planVersion } as const;
  const actionFields = [
    { name: 'title', kind: 'text', required: true, max: 300 },
    { name: 'description', kind: 'text', required: false, max: 4000 },
    { name: 'owner', kind: 'text', required: true, max: 200 },
    { name: 'dueOn', kind: 'date', required: false },
    { name: 'findingIds', kind: 'uuids', required: true, maxItems: 20, real: () => [w.recommendation] },
  ] as const;
  const fields = () => ({ title: 'Eén aanspreekpunt per wijk', owner: 'Teamleider Wmo', dueOn: '2099-01-31', findingIds: [w.recommendation] });
  return [
    {
      name: 'startActionPlan',
      doc: `mutation($visitId: ID!) { startActionPlan(visitId: $visitId) ${standing} }`,
      arg: 'visitId',
      actor: 'finalReportHost',
      fields: [planStep],
      base: () => ({ visitId: w.reports.final }),
    },
    {
      name: 'shareActionPlan',
      doc: `mutation($input: PlanStepInput!) { shareActionPlan(input: $input) ${standing} }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [planStep, version],
      base: () => ({ visitId: w.reports.final, version: 1 }),
    },
    {
      name: 'setActionPlanCoordinatorAccess',
      doc: `mutation($input: SetPlanCoordinatorAccessInput!) { setActionPlanCoordinatorAccess(input: $input) ${standing} }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [planStep, version, { name: 'open', kind: 'bool', required: true }],
      base: () => ({ visitId: w.reports.final, version: 1, open: true }),
    },
    {
      name: 'markRecommendationAnswered',
      doc: `mutation($input: MarkAnsweredInput!) { markRecommendationAnswered(input: $input) ${standing} }`,
      arg: 'input',
      actor: 'planLead',
      fields: [
        planStep,
        version,
        { name: 'findingId', kind: 'uuid', required: true, real: () => [w.recommendation] },
        { name: 'answered', kind: 'bool', required: true },
      ],
      base: () => ({ visitId: w.reports.final, version: 1, findingId: w.recommendation, answered: true }),
    },
    {
      name: 'addPlanAction',
      doc: `mutation($input: AddPlanActionInput!) { addPlanAction(input: $input) ${action} }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [planStep, ...actionFields],
      base: () => ({ visitId: w.reports.final, ...fields() }),
    },
    {
      name: 'updatePlanAction',
      doc: `mutation($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) ${action} }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => [w.actionId] },
        { name: 'version', kind: 'version', required: true, live: actionVersion },
        ...actionFields,
      ],
      base: () => ({ id: w.actionId, version: 1, ...fields() }),
    },
    {
      name: 'movePlanAction',
      doc: `mutation($input: MovePlanActionInput!) { movePlanAction(input: $input) ${action} }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => [w.actionId] },
        { name: 'version', kind: 'version', required: true, live: actionVersion },
        { name: 'status', kind: 'enum', values: ACTION_STATUSES, required: true },
        { name: 'reason', kind: 'text', required: false, max: 2000 },
      ],
      base: () => ({ id: w.actionId, version: 1, status: 'IN_PROGRESS' }),
    },
    {
      name: 'removePlanAction',
      doc: `mutation($input: RemovePlanActionInput!) { removePlanAction(input: $input) }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [
        { name: 'id', kind: 'uuid', required: true, real: () => [w.actionId] },
        { name: 'version', kind: 'version', required: true, live: actionVersion },
      ],
      base: () => ({ id: w.actionId, version: 1 }),
    },
    ...(['saveProgressReview', 'submitProgressReview'] as const).map((name): MutationSpec => ({
      name,
      doc:
        name === 'saveProgressReview'
          ? `mutation($input: SaveProgressReviewInput!) { saveProgressReview(input: $input) { moments { months state version fotoVanNu } } }`
          : `mutation($input: ProgressReviewStepInput!) { submitProgressReview(input: $input) { moments { months state version submittedAt } } }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [
        planStep,
        { name: 'months', kind: 'int', required: true, min: 1, max: 60 },
        { name: 'version', kind: 'int', required: true, min: 0 },
        ...(name === 'saveProgressReview'
          ? ([
              { name: 'fotoVanNu', kind: 'markdown', required: true, max: 10_000 },
              { name: 'reflection', kind: 'markdown', required: true, max: 10_000 },
            ] as const)
          : []),
      ],
      base: () => ({
        visitId: w.reports.final,
        months: 6,
        version: 0,
        ...(name === 'saveProgressReview' ? { fotoVanNu: 'De wachtlijst is **gehalveerd**.', reflection: 'Dichter bij de stip.' } : {}),
      }),
    })),
    {
      name: 'commentOnPlanAction',
      doc: `mutation($input: CommentOnPlanActionInput!) { commentOnPlanAction(input: $input) { id author text } }`,
      arg: 'input',
      actor: 'planLead',
      fields: [
        { name: 'actionId', kind: 'uuid', required: true, real: () => [w.actionId] },
        { name: 'text', kind: 'text', required: true, max: 4000 },
      ],
      base: () => ({ actionId: w.actionId, text: 'Goed plan; wie betrekt de wijkteams?' }),
    },
  ];
}

export const PLAN_LITERALS: Literal[] = [
  [
    'addPlanAction with an object for a finding',
    `mutation { addPlanAction(input: { visitId: "x", title: "a", owner: "b", findingIds: [{ id: "x" }] }) { id } }`,
    'finalReportHost',
  ],
  ['movePlanAction with an unknown status', `mutation { movePlanAction(input: { id: "x", version: 1, status: FINISHED }) { id } }`, 'finalReportHost'],
  [
    'setActionPlanCoordinatorAccess with a text for open',
    `mutation { setActionPlanCoordinatorAccess(input: { visitId: "x", version: 1, open: "ja" }) { canStart } }`,
    'finalReportHost',
  ],
];

/** Figures of the final report's host organisation, entered, removed and imported by its host. */
export function indicatorMutations(w: PlansWorld): MutationSpec[] {
  const visit = { name: 'visitId', kind: 'uuid', required: true, real: () => [w.reports.final] } as const;
  const key = [
    visit,
    { name: 'code', kind: 'text', required: true, max: 40 },
    { name: 'period', kind: 'text', required: true, max: 20 },
    { name: 'version', kind: 'int', required: true, min: 0 },
  ] as const;
  const view = `{ canWrite values { code period value version } }`;
  return [
    {
      name: 'saveIndicatorValue',
      doc: `mutation($input: SaveIndicatorValueInput!) { saveIndicatorValue(input: $input) ${view} }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [
        ...key,
        { name: 'label', kind: 'text', required: true, max: 200 },
        { name: 'value', kind: 'text', required: true, max: 40 },
        { name: 'unit', kind: 'text', required: false, max: 40 },
        { name: 'source', kind: 'text', required: false, max: 100 },
      ],
      base: () => ({
        visitId: w.reports.final,
        code: 'JZ_TRAJ',
        period: '2024',
        version: 0,
        label: 'Jongeren met jeugdzorg',
        value: '10,5',
        unit: '%',
        source: 'CBS StatLine',
      }),
    },
    {
      name: 'removeIndicatorValue',
      doc: `mutation($input: IndicatorKeyInput!) { removeIndicatorValue(input: $input) ${view} }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [...key],
      base: () => ({ visitId: w.reports.final, code: 'JZ_TRAJ', period: '2024', version: 1 }),
    },
    {
      name: 'importIndicators',
      doc: `mutation($input: ImportIndicatorsInput!) { importIndicators(input: $input) { added updated skipped errors { line field nl en } } }`,
      arg: 'input',
      actor: 'finalReportHost',
      fields: [visit, { name: 'csv', kind: 'markdown', required: true, max: 60_000 }],
      base: () => ({ visitId: w.reports.final, csv: 'code;periode;waarde\nJZ_TRAJ;2025;"9,8"' }),
    },
  ];
}
