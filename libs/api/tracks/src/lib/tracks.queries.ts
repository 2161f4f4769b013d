import type { MeetingStatus, ParticipantStatus, SessionKind, TrackStatus } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** The statements of a learning track itself: the track, its facilitators and its schedule. All run under the caller's network (row-level security). */

export interface TrackDbRow {
  id: string;
  networkId: string;
  title: string;
  description: string;
  capacity: number;
  status: TrackStatus;
  version: number;
  createdAt: Date;
}

/** A track with how the caller stands to it: facilitator of it, and their own application. */
export interface TrackStandingRow extends TrackDbRow {
  isFacilitator: boolean;
  myStatus: ParticipantStatus | null;
}

const TRACK_COLUMNS = `t.id, t.network_id AS "networkId", t.title, t.description, t.capacity, t.status, t.version, t.created_at AS "createdAt",
  EXISTS (SELECT 1 FROM track_facilitator f WHERE f.network_id = t.network_id AND f.track_id = t.id AND f.user_id = $2) AS "isFacilitator",
  (SELECT p.status FROM track_participant p WHERE p.network_id = t.network_id AND p.track_id = t.id AND p.user_id = $2) AS "myStatus"`;

/** Every track of the network with the caller's standing, newest first (the service keeps those they may read). */
export function tracksOf(em: EntityManager, networkId: string, userId: string): Promise<TrackStandingRow[]> {
  return em.query(`SELECT ${TRACK_COLUMNS} FROM track t WHERE t.network_id = $1 ORDER BY t.created_at DESC, t.id`, [networkId, userId]);
}

export async function trackById(em: EntityManager, networkId: string, userId: string, id: string, lock = false): Promise<TrackStandingRow | null> {
  const rows: TrackStandingRow[] = await em.query(
    `SELECT ${TRACK_COLUMNS} FROM track t WHERE t.network_id = $1 AND t.id = $3 ${lock ? 'FOR UPDATE OF t' : ''}`,
    [networkId, userId, id],
  );
  return rows[0] ?? null;
}

export interface TrackFields {
  title: string;
  description: string;
  capacity: number;
}

export async function insertTrack(em: EntityManager, networkId: string, userId: string | null, f: TrackFields): Promise<string> {
  const [row] = await em.query(`INSERT INTO track (network_id, title, description, capacity, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
    networkId,
    f.title,
    f.description,
    f.capacity,
    userId,
  ]);
  return row.id;
}

/** Updates with the version the caller saw; false when it was stale. */
export async function updateTrack(em: EntityManager, networkId: string, id: string, version: number, f: TrackFields): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE track SET title = $4, description = $5, capacity = $6, version = version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [networkId, id, version, f.title, f.description, f.capacity],
  );
  return rows.length === 1;
}

export async function setTrackStatus(em: EntityManager, networkId: string, id: string, version: number, status: TrackStatus): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE track SET status = $4, version = version + 1, updated_at = clock_timestamp() WHERE network_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [networkId, id, version, status],
  );
  return rows.length === 1;
}

/** A change to the track's facilitators, schedule or cohort moves its version on, so open screens refetch. */
export async function touchTrack(em: EntityManager, networkId: string, id: string): Promise<void> {
  await em.query(`UPDATE track SET version = version + 1, updated_at = clock_timestamp() WHERE network_id = $1 AND id = $2`, [networkId, id]);
}

export interface PersonRow {
  userId: string;
  name: string;
}

export function facilitatorsOf(em: EntityManager, networkId: string, trackId: string): Promise<PersonRow[]> {
  return em.query(
    `SELECT f.user_id AS "userId", u.name FROM track_facilitator f JOIN app_user u ON u.id = f.user_id
      WHERE f.network_id = $1 AND f.track_id = $2 ORDER BY u.name, f.user_id`,
    [networkId, trackId],
  );
}

/** Assigns a facilitator; false when they were assigned already. */
export async function insertFacilitator(em: EntityManager, networkId: string, trackId: string, userId: string, by: string | null): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `INSERT INTO track_facilitator (network_id, track_id, user_id, assigned_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING user_id`,
    [networkId, trackId, userId, by],
  );
  return rows.length === 1;
}

/** Removes a facilitator; false when they were not assigned. */
export async function deleteFacilitator(em: EntityManager, networkId: string, trackId: string, userId: string): Promise<boolean> {
  const [rows] = await em.query(`DELETE FROM track_facilitator WHERE network_id = $1 AND track_id = $2 AND user_id = $3 RETURNING user_id`, [
    networkId,
    trackId,
    userId,
  ]);
  return rows.length === 1;
}

/**
 * A session of the schedule is a row of its track, not a work meeting: it is for the cohort alone
 * (a work meeting is open to the whole network, with registration and a waitlist), and feedback on
 * the cases belongs to it. Its organisers may hold it with theme tables: then a meeting is bound to
 * it whose audience is the track (track-session-meeting.ts in libs/domain).
 */
export interface SessionRow {
  id: string;
  trackId: string;
  kind: SessionKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  /** Goes up with every edit: the optimistic lock, and the SEQUENCE floor of its calendar event. */
  version: number;
  /** The meeting that holds it with theme tables, and its status; null when it has none. */
  meetingId: string | null;
  meetingStatus: MeetingStatus | null;
}

const SESSION_COLUMNS = `s.id, s.track_id AS "trackId", s.kind, s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.place, s.version,
  m.id AS "meetingId", m.status AS "meetingStatus"`;
const SESSION_FROM = `track_session s LEFT JOIN meeting m ON m.network_id = s.network_id AND m.track_session_id = s.id`;

export function sessionsOf(em: EntityManager, networkId: string, trackId: string): Promise<SessionRow[]> {
  return em.query(`SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE s.network_id = $1 AND s.track_id = $2 ORDER BY s.starts_at, s.id`, [
    networkId,
    trackId,
  ]);
}

export async function sessionById(em: EntityManager, networkId: string, id: string): Promise<SessionRow | null> {
  const rows: SessionRow[] = await em.query(`SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE s.network_id = $1 AND s.id = $2`, [networkId, id]);
  return rows[0] ?? null;
}

export async function insertSession(
  em: EntityManager,
  networkId: string,
  trackId: string,
  s: { kind: SessionKind; title: string; startsAt: Date; endsAt: Date; place: string },
): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO track_session (network_id, track_id, kind, title, starts_at, ends_at, place) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [networkId, trackId, s.kind, s.title, s.startsAt, s.endsAt, s.place],
  );
  return row.id;
}

/** Updates with the version the caller saw; false when it was stale. */
export async function updateSession(
  em: EntityManager,
  networkId: string,
  id: string,
  version: number,
  s: { title: string; startsAt: Date; endsAt: Date; place: string },
): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE track_session SET title = $4, starts_at = $5, ends_at = $6, place = $7, version = version + 1
      WHERE network_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [networkId, id, version, s.title, s.startsAt, s.endsAt, s.place],
  );
  return rows.length === 1;
}

/** Whether anyone gave feedback for the session: such a session stays in the schedule. */
export async function sessionHasFeedback(em: EntityManager, networkId: string, sessionId: string): Promise<boolean> {
  return (await em.query(`SELECT 1 FROM track_feedback WHERE network_id = $1 AND session_id = $2 LIMIT 1`, [networkId, sessionId])).length === 1;
}

export async function deleteSession(em: EntityManager, networkId: string, sessionId: string): Promise<void> {
  await em.query(`DELETE FROM track_session WHERE network_id = $1 AND id = $2`, [networkId, sessionId]);
}
