import type { RoundStatus, VisitKind, VisitStatus } from '@kijkje/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Visit } from './visit.entity';

/**
 * The visits context's own SQL that its services send as text (visits and their teams): one place
 * to read what they ask of PostgreSQL. Versioned edits go through updateVersioned.
 */

/** The review question of the application that placed visit `v`'s host in its round, as SQL ('' without one). */
export const APPLICATION_QUESTION = (v: string): string =>
  `coalesce((SELECT a.review_question FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
     WHERE m.network_id = ${v}.network_id AND m.round_id = ${v}.round_id AND a.organisation_id = ${v}.host_organisation_id LIMIT 1), '')`;

/** The application's review question of each visit, by visit id. */
export function applicationQuestions(em: EntityManager, networkId: string, visitIds: readonly string[]): Promise<{ id: string; question: string }[]> {
  return em.query(`SELECT v.id, ${APPLICATION_QUESTION('v')} AS question FROM visit v WHERE v.network_id = $1 AND v.id = ANY($2)`, [networkId, [...visitIds]]);
}

/** A visit for each organisation of the round, hosted by it; those it has already are kept. */
export async function insertVisitsForHosts(em: EntityManager, networkId: string, roundId: string, organisationIds: string[]): Promise<void> {
  await em.query(
    `INSERT INTO visit (network_id, round_id, host_organisation_id)
     SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
    [networkId, roundId, organisationIds],
  );
}

/** Narrows a query over visits (alias `v`) to those the organisation hosts or the user reviews. */
export function hostedOrReviewedBy(qb: SelectQueryBuilder<Visit>, organisationId: string | null, userId: string | null): SelectQueryBuilder<Visit> {
  return qb.andWhere(
    `(v.host_organisation_id = :org OR EXISTS (SELECT 1 FROM visit_reviewer r WHERE r.network_id = v.network_id AND r.visit_id = v.id AND r.user_id = :user))`,
    { org: organisationId, user: userId },
  );
}

/** The round's status, its row locked while its visits decide where it goes next. */
export async function lockRoundStatus(em: EntityManager, networkId: string, roundId: string): Promise<{ status: RoundStatus }> {
  const [round] = await em.query(`SELECT status FROM round WHERE id = $1 AND network_id = $2 FOR UPDATE`, [roundId, networkId]);
  return round;
}

export function visitStatusesOfRound(em: EntityManager, networkId: string, roundId: string): Promise<{ status: VisitStatus; kind: VisitKind }[]> {
  return em.query(`SELECT status, kind FROM visit WHERE round_id = $1 AND network_id = $2`, [roundId, networkId]);
}

export async function setRoundStatus(em: EntityManager, networkId: string, roundId: string, status: RoundStatus): Promise<void> {
  await em.query(`UPDATE round SET status = $3, version = version + 1 WHERE id = $1 AND network_id = $2`, [roundId, networkId, status]);
}

export function userNames(em: EntityManager, userIds: string[]): Promise<{ id: string; name: string }[]> {
  return em.query(`SELECT id, name FROM app_user WHERE id = ANY($1)`, [userIds]);
}

/** Active people of these organisations (member and account both active), by name. */
export function activePeopleOf(
  em: EntityManager,
  networkId: string,
  organisationIds: string[],
): Promise<{ userId: string; name: string; organisationId: string }[]> {
  return em.query(
    `SELECT m.user_id AS "userId", u.name, m.organisation_id AS "organisationId"
       FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE m.network_id = $1 AND m.active AND u.active AND m.organisation_id = ANY($2)
      ORDER BY u.name, m.user_id`,
    [networkId, organisationIds],
  );
}

/** The person's active membership of the network (member and account both active), if any. */
export async function activeMembership(em: EntityManager, networkId: string, userId: string): Promise<{ organisationId: string | null } | undefined> {
  const [candidate] = await em.query(
    `SELECT m.organisation_id AS "organisationId" FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE m.network_id = $1 AND m.user_id = $2 AND m.active AND u.active`,
    [networkId, userId],
  );
  return candidate;
}

/** The visit has no lead any more. */
export async function clearLead(em: EntityManager, networkId: string, visitId: string): Promise<void> {
  await em.query(`UPDATE visit_reviewer SET is_lead = false WHERE network_id = $1 AND visit_id = $2 AND is_lead`, [networkId, visitId]);
}

export async function makeLead(em: EntityManager, networkId: string, visitId: string, userId: string): Promise<void> {
  await em.query(`UPDATE visit_reviewer SET is_lead = true WHERE network_id = $1 AND visit_id = $2 AND user_id = $3`, [networkId, visitId, userId]);
}

/** The people on a visit's team, to send them its calendar invitation. */
export function teamContacts(
  em: EntityManager,
  networkId: string,
  visitId: string,
): Promise<{ userId: string; email: string; name: string; language: string }[]> {
  return em.query(
    `SELECT u.id AS "userId", u.email, u.name, u.language FROM visit_reviewer r JOIN app_user u ON u.id = r.user_id
      WHERE r.network_id = $1 AND r.visit_id = $2 AND u.active ORDER BY r.is_lead DESC, r.created_at`,
    [networkId, visitId],
  );
}
