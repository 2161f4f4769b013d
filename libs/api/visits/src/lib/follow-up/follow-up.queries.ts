import type { VisitStatus } from '@kijkje/domain';
import { In, type EntityManager } from 'typeorm';
import { Visit } from '../visit.entity';

/** The statuses of a review's follow-up conversations, oldest first; the review's row is locked so two invitations cannot both pass. */
export async function followUpStatuses(em: EntityManager, networkId: string, visitId: string): Promise<VisitStatus[]> {
  await em.query(`SELECT 1 FROM visit WHERE network_id = $1 AND id = $2 FOR UPDATE`, [networkId, visitId]);
  const rows: { status: VisitStatus }[] = await em.query(`SELECT status FROM visit WHERE network_id = $1 AND follow_up_of = $2 ORDER BY created_at, id`, [
    networkId,
    visitId,
  ]);
  return rows.map((r) => r.status);
}

/** The follow-up itself: same round and host, already prepared, planned at the given times; returns its id. */
export async function insertFollowUp(
  em: EntityManager,
  review: { networkId: string; id: string; roundId: string; hostOrganisationId: string },
  plan: { startsOn: string; startsAt: Date; endsAt: Date; location: string; status: VisitStatus },
): Promise<string> {
  const [row]: { id: string }[] = await em.query(
    `INSERT INTO visit (network_id, round_id, host_organisation_id, kind, follow_up_of, status, starts_on, starts_at, ends_at, location, prepared_at)
     VALUES ($1, $2, $3, 'FOLLOW_UP', $4, $5, $6, $7, $8, $9, now()) RETURNING id`,
    [review.networkId, review.roundId, review.hostOrganisationId, review.id, plan.status, plan.startsOn, plan.startsAt, plan.endsAt, plan.location],
  );
  return row.id;
}

/** The review's team, lead included, joins the follow-up; returns who they are. */
export async function copyTeam(em: EntityManager, networkId: string, fromVisitId: string, toVisitId: string, by: string | null): Promise<string[]> {
  const rows: { user_id: string }[] = await em.query(
    `INSERT INTO visit_reviewer (network_id, visit_id, user_id, organisation_id, is_lead, assigned_by)
     SELECT network_id, $3, user_id, organisation_id, is_lead, $4 FROM visit_reviewer WHERE network_id = $1 AND visit_id = $2
     RETURNING user_id`,
    [networkId, fromVisitId, toVisitId, by],
  );
  return rows.map((r) => r.user_id);
}

/** The follow-ups of each of these visits, oldest first, in one statement. */
export function followUpsOfMany(em: EntityManager, networkId: string, visitIds: readonly string[]): Promise<Visit[]> {
  return em.find(Visit, { where: { networkId, followUpOf: In([...visitIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
}
