import { withAdmin } from '../../../support/database';
import type { TestApp } from '../../../support/test-app';
import { isUuid, type Literal, type MutationSpec } from '../bad-input';
import type { ReportsWorld } from './reports';

/** The reports world's round, closed: its participants evaluate it. */
export interface EvaluationsWorld {
  reports: ReportsWorld;
}

export async function buildEvaluationsWorld(t: TestApp, reports: ReportsWorld): Promise<EvaluationsWorld> {
  await withAdmin((c) => c.query(`UPDATE round SET status = 'CLOSED' WHERE id = $1`, [reports.v.roundId]), t.db.ownerUrl);
  return { reports };
}

export function evaluationMutations(w: EvaluationsWorld): MutationSpec[] {
  const roundIds = () => [w.reports.v.roundId, w.reports.v.programmeId];
  const version = async (input: Record<string, unknown>) => {
    if (!isUuid(input['roundId'])) return 0;
    const [row] = await w.reports.probe.query<{ version: number }>(
      `SELECT e.version FROM round_evaluation e JOIN app_user u ON u.id = e.user_id WHERE e.round_id = $1 AND u.email = $2`,
      [input['roundId'], w.reports.v.people.otherRoundMember.email],
    );
    return row?.version ?? 0;
  };
  const score = (name: string) => ({ name, kind: 'int' as const, required: false, min: 1, max: 5 });
  return [
    {
      name: 'saveRoundEvaluation',
      doc: `mutation($input: SaveRoundEvaluationInput!) { saveRoundEvaluation(input: $input) { version usefulness safety preparation team wouldRecommend comment } }`,
      arg: 'input',
      actor: 'evaluator',
      fields: [
        { name: 'roundId', kind: 'uuid', required: true, real: roundIds },
        { name: 'version', kind: 'int', required: true, min: 0, live: version },
        score('usefulness'),
        score('safety'),
        score('preparation'),
        score('team'),
        { name: 'wouldRecommend', kind: 'bool', required: false },
        { name: 'comment', kind: 'markdown', required: true, max: 4000 },
      ],
      base: () => ({ roundId: w.reports.v.roundId, version: 0, usefulness: 4, safety: 5, preparation: 3, team: 4, wouldRecommend: true, comment: 'Nuttig.' }),
    },
    {
      name: 'submitRoundEvaluation',
      doc: `mutation($input: RoundEvaluationStepInput!) { submitRoundEvaluation(input: $input) { version submittedAt } }`,
      arg: 'input',
      actor: 'evaluator',
      fields: [
        { name: 'roundId', kind: 'uuid', required: true, real: roundIds },
        { name: 'version', kind: 'int', required: true, min: 0, live: version },
      ],
      base: () => ({ roundId: w.reports.v.roundId, version: 1 }),
    },
  ];
}

export const EVALUATION_LITERALS: Literal[] = [
  [
    'saveRoundEvaluation with a float for a score',
    `mutation { saveRoundEvaluation(input: { roundId: "x", version: 0, usefulness: 3.5, comment: "" }) { version } }`,
    'evaluator',
  ],
  [
    'saveRoundEvaluation with a text for wouldRecommend',
    `mutation { saveRoundEvaluation(input: { roundId: "x", version: 0, wouldRecommend: "ja", comment: "" }) { version } }`,
    'evaluator',
  ],
];
