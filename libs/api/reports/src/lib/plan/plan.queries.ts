import type { FindingKind, ReportSharing } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import { ActionPlan, PlanAction, type PlanActionComment } from './plan.entities';

/** The plan of a visit (locked for a step on it) and the sharing of its report. */
export async function planAndSharing(
  em: EntityManager,
  networkId: string,
  visitId: string,
  lock: boolean,
): Promise<{ plan: ActionPlan | null; sharing: ReportSharing }> {
  const [sharing] = await em.query(`SELECT sharing FROM visit_report WHERE network_id = $1 AND visit_id = $2`, [networkId, visitId]);
  const plan = await em.findOne(ActionPlan, { where: { networkId, visitId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  return { plan, sharing: sharing?.sharing ?? 'TEAM' };
}

/** The findings of the visit's final report, which an action may answer. */
export async function finalFindings(em: EntityManager, networkId: string, visitId: string): Promise<Map<string, FindingKind>> {
  const rows: { id: string; kind: FindingKind }[] = await em.query(
    `SELECT id, kind FROM finding WHERE network_id = $1 AND visit_id = $2 AND status = 'FINAL'`,
    [networkId, visitId],
  );
  return new Map(rows.map((r) => [r.id, r.kind]));
}

export function actionsOf(em: EntityManager, networkId: string, visitId: string): Promise<PlanAction[]> {
  return em.find(PlanAction, { where: { networkId, visitId }, order: { createdAt: 'ASC', id: 'ASC' } });
}

/** An action, locked, with its visit: the step on it runs on the plan as it is now. */
export function lockAction(em: EntityManager, networkId: string, id: string): Promise<PlanAction | null> {
  return em.findOne(PlanAction, { where: { networkId, id }, lock: { mode: 'pessimistic_write' } });
}

export interface CommentRow {
  id: string;
  actionId: string;
  author: string | null;
  text: string;
  createdAt: Date;
}

/** The discussion of these actions, oldest first, with the writer's name. */
export function commentsOf(em: EntityManager, networkId: string, actionIds: string[]): Promise<CommentRow[]> {
  if (!actionIds.length) return Promise.resolve([]);
  return em.query(
    `SELECT c.id, c.action_id AS "actionId", u.name AS author, c.text, c.created_at AS "createdAt"
       FROM plan_action_comment c LEFT JOIN app_user u ON u.id = c.author_id
      WHERE c.network_id = $1 AND c.action_id = ANY($2) ORDER BY c.created_at, c.id`,
    [networkId, actionIds],
  );
}

export async function addComment(em: EntityManager, comment: Pick<PlanActionComment, 'networkId' | 'actionId' | 'authorId' | 'text'>): Promise<CommentRow> {
  const [row] = await em.query(
    `WITH added AS (INSERT INTO plan_action_comment (network_id, action_id, author_id, text) VALUES ($1, $2, $3, $4) RETURNING *)
     SELECT a.id, a.action_id AS "actionId", u.name AS author, a.text, a.created_at AS "createdAt" FROM added a LEFT JOIN app_user u ON u.id = a.author_id`,
    [comment.networkId, comment.actionId, comment.authorId, comment.text],
  );
  return row;
}

/** The progress review moments of the visit's programme (months after the visit). */
export async function programmeMonthsOf(em: EntityManager, networkId: string, visitId: string): Promise<number[]> {
  const [row]: { months: number[] }[] = await em.query(
    `SELECT p.progress_review_months AS months FROM visit v
       JOIN round r ON r.network_id = v.network_id AND r.id = v.round_id
       JOIN programme p ON p.network_id = r.network_id AND p.id = r.programme_id
      WHERE v.network_id = $1 AND v.id = $2`,
    [networkId, visitId],
  );
  return row?.months ?? [];
}

/** The people of the visit's review team. */
export async function teamOf(em: EntityManager, networkId: string, visitId: string): Promise<string[]> {
  const rows: { userId: string }[] = await em.query(`SELECT user_id AS "userId" FROM visit_reviewer WHERE network_id = $1 AND visit_id = $2 ORDER BY user_id`, [
    networkId,
    visitId,
  ]);
  return rows.map((r) => r.userId);
}
