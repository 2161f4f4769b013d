import type { ParticipantStatus } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** The statements of a track's applications and participants (with their case's own fields). */

export interface ParticipantRow {
  id: string;
  trackId: string;
  userId: string;
  name: string;
  status: ParticipantStatus;
  motivation: string;
  feedbackGroup: string | null;
  submittedAt: Date;
  caseQuestion: string;
  caseSharedWithGroup: boolean;
  caseVersion: number;
}

const PARTICIPANT_COLUMNS = `p.id, p.track_id AS "trackId", p.user_id AS "userId", u.name, p.status, p.motivation, p.feedback_group AS "feedbackGroup",
  p.submitted_at AS "submittedAt", p.case_question AS "caseQuestion", p.case_shared_with_group AS "caseSharedWithGroup", p.case_version AS "caseVersion"`;

/** Everyone who applied to the track, oldest application first. */
export function participantsOf(em: EntityManager, networkId: string, trackId: string): Promise<ParticipantRow[]> {
  return em.query(
    `SELECT ${PARTICIPANT_COLUMNS} FROM track_participant p JOIN app_user u ON u.id = p.user_id
      WHERE p.network_id = $1 AND p.track_id = $2 ORDER BY p.submitted_at, p.id`,
    [networkId, trackId],
  );
}

export async function participantById(em: EntityManager, networkId: string, id: string, lock = false): Promise<ParticipantRow | null> {
  const rows: ParticipantRow[] = await em.query(
    `SELECT ${PARTICIPANT_COLUMNS} FROM track_participant p JOIN app_user u ON u.id = p.user_id WHERE p.network_id = $1 AND p.id = $2 ${lock ? 'FOR UPDATE OF p' : ''}`,
    [networkId, id],
  );
  return rows[0] ?? null;
}

/** A new application, or a renewed one after a withdrawal (a fresh place in the queue; the case log stays the person’s own). */
export async function upsertApplication(em: EntityManager, networkId: string, trackId: string, userId: string, motivation: string): Promise<string | null> {
  const [row] = await em.query(
    `INSERT INTO track_participant (network_id, track_id, user_id, status, motivation) VALUES ($1, $2, $3, 'SUBMITTED', $4)
     ON CONFLICT (network_id, track_id, user_id) DO UPDATE
       SET status = 'SUBMITTED', motivation = EXCLUDED.motivation, submitted_at = clock_timestamp(), decided_at = NULL, decided_by = NULL,
           feedback_group = NULL, updated_at = clock_timestamp()
       WHERE track_participant.status = 'WITHDRAWN'
     RETURNING id`,
    [networkId, trackId, userId, motivation],
  );
  return row?.id ?? null;
}

/** Sets the status of applications; `decidedBy` marks an organiser's decision. */
export async function setParticipantStatus(
  em: EntityManager,
  networkId: string,
  ids: string[],
  status: ParticipantStatus,
  decidedBy: string | null,
): Promise<void> {
  if (!ids.length) return;
  await em.query(
    `UPDATE track_participant SET status = $3, decided_at = CASE WHEN $4::uuid IS NULL THEN decided_at ELSE clock_timestamp() END,
            decided_by = coalesce($4::uuid, decided_by), updated_at = clock_timestamp()
      WHERE network_id = $1 AND id = ANY($2::uuid[])`,
    [networkId, ids, status, decidedBy],
  );
}

export async function setFeedbackGroup(em: EntityManager, networkId: string, id: string, group: string | null): Promise<void> {
  await em.query(`UPDATE track_participant SET feedback_group = $3, updated_at = clock_timestamp() WHERE network_id = $1 AND id = $2`, [networkId, id, group]);
}
