import type { EvaluationAnswers } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** The people who took part in a round: active members of its organisations, and the review teams of its visits. */
const PARTICIPANTS = `
  SELECT m.user_id FROM membership m
    JOIN application a ON a.network_id = m.network_id AND a.organisation_id = m.organisation_id
    JOIN round_member rm ON rm.network_id = a.network_id AND rm.application_id = a.id
   WHERE m.network_id = $1 AND rm.round_id = $2 AND m.active
  UNION
  SELECT vr.user_id FROM visit_reviewer vr
    JOIN visit v ON v.network_id = vr.network_id AND v.id = vr.visit_id
   WHERE vr.network_id = $1 AND v.round_id = $2`;

export async function isRoundParticipant(em: EntityManager, networkId: string, roundId: string, userId: string): Promise<boolean> {
  const rows: unknown[] = await em.query(`SELECT 1 FROM (${PARTICIPANTS}) p WHERE p.user_id = $3`, [networkId, roundId, userId]);
  return rows.length > 0;
}

export async function roundParticipantIds(em: EntityManager, networkId: string, roundId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await em.query(PARTICIPANTS, [networkId, roundId]);
  return rows.map((r) => r.user_id);
}

/** The number of people who took part in a round. */
export async function countRoundParticipants(em: EntityManager, networkId: string, roundId: string): Promise<number> {
  const [row]: { n: string }[] = await em.query(`SELECT count(*) AS n FROM (${PARTICIPANTS}) p`, [networkId, roundId]);
  return Number(row.n);
}

/** Submitted answers of these rounds, without who gave them. */
export async function submittedEvaluations(em: EntityManager, networkId: string, roundIds: string[]): Promise<(EvaluationAnswers & { roundId: string })[]> {
  const rows: {
    round_id: string;
    usefulness: number | null;
    safety: number | null;
    preparation: number | null;
    team: number | null;
    would_recommend: boolean | null;
    comment: string;
  }[] = await em.query(
    `SELECT round_id, usefulness, safety, preparation, team, would_recommend, comment FROM round_evaluation
        WHERE network_id = $1 AND round_id = ANY($2) AND submitted_at IS NOT NULL`,
    [networkId, roundIds],
  );
  return rows.map((r) => ({
    roundId: r.round_id,
    usefulness: r.usefulness,
    safety: r.safety,
    preparation: r.preparation,
    team: r.team,
    wouldRecommend: r.would_recommend,
    comment: r.comment,
  }));
}

/** The first save of a participant's evaluation; false when another save came first (then it is a CONFLICT). */
export async function insertEvaluation(
  em: EntityManager,
  key: { networkId: string; roundId: string; userId: string },
  answers: EvaluationAnswers,
): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `INSERT INTO round_evaluation (network_id, round_id, user_id, usefulness, safety, preparation, team, would_recommend, comment)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING 1`,
    [key.networkId, key.roundId, key.userId, answers.usefulness, answers.safety, answers.preparation, answers.team, answers.wouldRecommend, answers.comment],
  );
  return rows.length > 0;
}

/** The programme a round belongs to. */
export async function programmeOfRound(em: EntityManager, networkId: string, roundId: string): Promise<string> {
  const [row]: { programme_id: string }[] = await em.query(`SELECT programme_id FROM round WHERE network_id = $1 AND id = $2`, [networkId, roundId]);
  return row.programme_id;
}
