import type { ApplicationStatus, RoundStatus } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The programmes context's own SQL that its services and resolvers send as text: one place to
 * read what they ask of PostgreSQL. Versioned edits go through updateVersioned.
 */

/** Locks the programme row (FOR UPDATE); false when there is no such programme in the network. */
export async function lockProgramme(em: EntityManager, networkId: string, programmeId: string): Promise<boolean> {
  const [locked] = await em.query(`SELECT id FROM programme WHERE id = $1 AND network_id = $2 FOR UPDATE`, [programmeId, networkId]);
  return Boolean(locked);
}

/** Places held by accepted or placed applications of programme `p`, as SQL. */
export const PLACES_TAKEN = (p: string): string =>
  `(SELECT count(*)::int FROM application WHERE network_id = ${p}.network_id AND programme_id = ${p}.id AND status IN ('ACCEPTED', 'PLACED'))`;

/** The waitlist's length for programme `p`, as SQL. */
export const WAITLIST_LENGTH = (p: string): string =>
  `(SELECT count(*)::int FROM application WHERE network_id = ${p}.network_id AND programme_id = ${p}.id AND status = 'WAITLISTED')`;

/** 1 for the first in line: waitlisted applications submitted before application `me` (by time, then id), itself included. */
export const WAITLIST_POSITION = (me: string): string =>
  `(SELECT count(*)::int FROM application w
     WHERE w.network_id = ${me}.network_id AND w.programme_id = ${me}.programme_id AND w.status = 'WAITLISTED'
       AND (w.submitted_at, w.id) <= (${me}.submitted_at, ${me}.id))`;

export async function placesTaken(em: EntityManager, networkId: string, programmeId: string): Promise<number> {
  const [{ n }] = await em.query(`SELECT ${PLACES_TAKEN('p')} AS n FROM programme p WHERE p.network_id = $1 AND p.id = $2`, [networkId, programmeId]);
  return n;
}

export async function waitlistedCount(em: EntityManager, networkId: string, programmeId: string): Promise<number> {
  const [{ n }] = await em.query(`SELECT ${WAITLIST_LENGTH('p')} AS n FROM programme p WHERE p.network_id = $1 AND p.id = $2`, [networkId, programmeId]);
  return n;
}

export async function waitlistPosition(em: EntityManager, networkId: string, programmeId: string, applicationId: string): Promise<number> {
  const [{ position }] = await em.query(
    `SELECT ${WAITLIST_POSITION('me')} AS position FROM application me WHERE me.id = $3 AND me.network_id = $1 AND me.programme_id = $2`,
    [networkId, programmeId, applicationId],
  );
  return position;
}

export async function programmeNameTaken(em: EntityManager, networkId: string, name: string, exceptId: string): Promise<boolean> {
  const [taken] = await em.query(`SELECT 1 FROM programme WHERE network_id = $1 AND name = $2 AND id <> $3`, [networkId, name, exceptId]);
  return Boolean(taken);
}

/** Per theme, the applications of the programme that chose it and still count. */
export function themeUsageInApplications(em: EntityManager, networkId: string, programmeId: string, themes: string[]): Promise<{ theme: string; n: number }[]> {
  return em.query(
    `SELECT t.theme, count(a.id)::int AS n
       FROM unnest($3::text[]) AS t(theme)
       JOIN application a ON a.network_id = $1 AND a.programme_id = $2 AND a.themes ? t.theme
                         AND a.status NOT IN ('WITHDRAWN', 'DECLINED')
      GROUP BY t.theme`,
    [networkId, programmeId, themes],
  );
}

/** The round the application is placed in, locked (FOR UPDATE OF the round); undefined when it is in none. */
export async function roundOfApplicationForUpdate(
  em: EntityManager,
  networkId: string,
  applicationId: string,
): Promise<{ id: string; status: RoundStatus } | undefined> {
  const [membership] = await em.query(
    `SELECT r.id, r.status FROM round_member m JOIN round r ON r.id = m.round_id AND r.network_id = m.network_id
      WHERE m.network_id = $1 AND m.application_id = $2 FOR UPDATE OF r`,
    [networkId, applicationId],
  );
  return membership;
}

/** Takes the application out of its round, and gives the round a new version (its membership changed). */
export async function removeFromRound(em: EntityManager, networkId: string, applicationId: string, roundId: string): Promise<void> {
  await em.query(`DELETE FROM round_member WHERE network_id = $1 AND application_id = $2`, [networkId, applicationId]);
  await em.query(`UPDATE round SET version = version + 1 WHERE network_id = $1 AND id = $2`, [networkId, roundId]);
}

export async function setApplicationStatus(em: EntityManager, networkId: string, applicationId: string, status: ApplicationStatus): Promise<void> {
  await em.query(`UPDATE application SET status = $3, version = version + 1 WHERE id = $1 AND network_id = $2`, [applicationId, networkId, status]);
}
