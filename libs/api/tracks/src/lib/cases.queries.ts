import type { EntityManager } from 'typeorm';

/** The statements of a participant's case: its question and who may read it, its log of dated entries, and the feedback on it. */

/** Updates the case with the version the owner saw; false when it was stale. */
export async function updateCase(
  em: EntityManager,
  networkId: string,
  participantId: string,
  version: number,
  c: { question: string; sharedWithGroup: boolean },
): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE track_participant SET case_question = $4, case_shared_with_group = $5, case_version = case_version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND id = $2 AND case_version = $3 RETURNING id`,
    [networkId, participantId, version, c.question, c.sharedWithGroup],
  );
  return rows.length === 1;
}

export interface EntryRow {
  id: string;
  participantId: string;
  day: string;
  text: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const ENTRY_COLUMNS = `id, participant_id AS "participantId", to_char(entry_day, 'YYYY-MM-DD') AS day, text, version, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** The case log, oldest day first (a portfolio reads as it grew). */
export function entriesOf(em: EntityManager, networkId: string, participantId: string): Promise<EntryRow[]> {
  return em.query(`SELECT ${ENTRY_COLUMNS} FROM track_case_entry WHERE network_id = $1 AND participant_id = $2 ORDER BY entry_day, created_at, id`, [
    networkId,
    participantId,
  ]);
}

export async function entryById(em: EntityManager, networkId: string, id: string): Promise<EntryRow | null> {
  const rows: EntryRow[] = await em.query(`SELECT ${ENTRY_COLUMNS} FROM track_case_entry WHERE network_id = $1 AND id = $2`, [networkId, id]);
  return rows[0] ?? null;
}

export async function insertEntry(em: EntityManager, networkId: string, trackId: string, participantId: string, day: string, text: string): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO track_case_entry (network_id, track_id, participant_id, entry_day, text) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [networkId, trackId, participantId, day, text],
  );
  return row.id;
}

/** Updates an entry with the version the owner saw; false when it was stale. */
export async function updateEntry(em: EntityManager, networkId: string, id: string, version: number, text: string): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE track_case_entry SET text = $4, version = version + 1, updated_at = clock_timestamp() WHERE network_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [networkId, id, version, text],
  );
  return rows.length === 1;
}

export interface FeedbackRow {
  id: string;
  participantId: string;
  sessionId: string;
  sessionTitle: string;
  sessionStartsAt: Date;
  authorId: string | null;
  authorName: string | null;
  text: string;
  createdAt: Date;
}

/** The feedback on a case, per session in the schedule's order. */
export function feedbackOf(em: EntityManager, networkId: string, participantId: string): Promise<FeedbackRow[]> {
  return em.query(
    `SELECT f.id, f.participant_id AS "participantId", f.session_id AS "sessionId", s.title AS "sessionTitle", s.starts_at AS "sessionStartsAt",
            f.author_id AS "authorId", u.name AS "authorName", f.text, f.created_at AS "createdAt"
       FROM track_feedback f JOIN track_session s ON s.network_id = f.network_id AND s.id = f.session_id
       LEFT JOIN app_user u ON u.id = f.author_id
      WHERE f.network_id = $1 AND f.participant_id = $2 ORDER BY s.starts_at, f.created_at, f.id`,
    [networkId, participantId],
  );
}

export async function insertFeedback(
  em: EntityManager,
  networkId: string,
  f: { trackId: string; participantId: string; sessionId: string; authorId: string; text: string },
): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO track_feedback (network_id, track_id, participant_id, session_id, author_id, text) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [networkId, f.trackId, f.participantId, f.sessionId, f.authorId, f.text],
  );
  return row.id;
}
