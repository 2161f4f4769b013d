import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Round } from './round.entity';

/**
 * The rounds context's own SQL that its services send as text: one place to read what they ask
 * of PostgreSQL. Versioned edits go through updateVersioned.
 */

/** Round `r` has organisation `own` among its members: what a member may see of rounds. */
export const ROUND_OF_ORGANISATION = (r: string, own: string): string =>
  `EXISTS (SELECT 1 FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
            WHERE m.network_id = ${r}.network_id AND m.round_id = ${r}.id AND a.organisation_id = ${own})`;

/** Narrows a query over rounds (alias `r`) to the rounds the organisation is a member of. */
export function onlyRoundsOf(qb: SelectQueryBuilder<Round>, organisationId: string | null): SelectQueryBuilder<Round> {
  return qb.andWhere(ROUND_OF_ORGANISATION('r', ':own'), { own: organisationId });
}

/** A new version for these rounds (their membership changed); locks them until the transaction ends. */
export async function bumpRoundVersions(em: EntityManager, networkId: string, roundIds: string[]): Promise<void> {
  await em.query(`UPDATE round SET version = version + 1 WHERE network_id = $1 AND id = ANY($2)`, [networkId, roundIds]);
}

/** Pairs of these organisations that were in a round together in another programme of the network. */
export function earlierPairings(em: EntityManager, networkId: string, programmeId: string, organisationIds: string[]): Promise<{ a: string; b: string }[]> {
  return em.query(
    `SELECT DISTINCT a1.organisation_id AS a, a2.organisation_id AS b
       FROM round_member m1 JOIN round_member m2 ON m2.round_id = m1.round_id AND m2.application_id <> m1.application_id
       JOIN application a1 ON a1.id = m1.application_id JOIN application a2 ON a2.id = m2.application_id
      WHERE m1.network_id = $1 AND a1.programme_id <> $2 AND a1.organisation_id = ANY($3) AND a2.organisation_id = ANY($3)`,
    [networkId, programmeId, organisationIds],
  );
}

/** Locks the programme row, so that two compositions of one programme wait for each other. */
export async function lockProgramme(em: EntityManager, networkId: string, programmeId: string): Promise<void> {
  await em.query(`SELECT id FROM programme WHERE id = $1 AND network_id = $2 FOR UPDATE`, [programmeId, networkId]);
}

/** PLACED → ACCEPTED for every application of the programme: the rounds they were placed in are about to go. */
export async function unplaceApplications(em: EntityManager, networkId: string, programmeId: string): Promise<void> {
  await em.query(`UPDATE application SET status = 'ACCEPTED', version = version + 1 WHERE network_id = $1 AND programme_id = $2 AND status = 'PLACED'`, [
    networkId,
    programmeId,
  ]);
}

/** The active people of these organisations (to tell them their round started). */
export async function organisationPeople(em: EntityManager, networkId: string, organisationIds: string[]): Promise<string[]> {
  const rows: { userId: string }[] = await em.query(
    `SELECT DISTINCT m.user_id AS "userId" FROM membership m WHERE m.network_id = $1 AND m.organisation_id = ANY($2::uuid[]) AND m.active`,
    [networkId, organisationIds],
  );
  return rows.map((r) => r.userId);
}
