import { MEETING_CAPACITY_MAX, type TrackSessionStanding } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The statements of meetings held for learning-track sessions: how a person stands to the tracks
 * (the audience of those meetings), the meeting of a session, and keeping those meetings in step with
 * their session and their track's cohort. All run under the caller's network (row-level security).
 */

/** How the person stands to each of these tracks: their facilitator, or one of their accepted participants. */
export async function trackStandings(em: EntityManager, networkId: string, userId: string, trackIds: string[]): Promise<Map<string, TrackSessionStanding>> {
  const rows: ({ trackId: string } & TrackSessionStanding)[] = await em.query(
    `SELECT t.id AS "trackId",
            EXISTS (SELECT 1 FROM track_facilitator f WHERE f.network_id = t.network_id AND f.track_id = t.id AND f.user_id = $2) AS facilitator,
            EXISTS (SELECT 1 FROM track_participant p WHERE p.network_id = t.network_id AND p.track_id = t.id AND p.user_id = $2 AND p.status = 'ACCEPTED')
              AS participant
       FROM track t WHERE t.network_id = $1 AND t.id = ANY($3::uuid[])`,
    [networkId, userId, trackIds],
  );
  return new Map(rows.map((r) => [r.trackId, { facilitator: r.facilitator, participant: r.participant }]));
}

/** The feedback groups of the track's accepted participants, by user: at its sessions' tables a group sits at the table of its name. */
export async function feedbackGroupsOf(em: EntityManager, networkId: string, trackId: string): Promise<Map<string, string>> {
  const rows: { userId: string; group: string }[] = await em.query(
    `SELECT user_id AS "userId", feedback_group AS "group" FROM track_participant
      WHERE network_id = $1 AND track_id = $2 AND status = 'ACCEPTED' AND feedback_group IS NOT NULL`,
    [networkId, trackId],
  );
  return new Map(rows.map((r) => [r.userId, r.group]));
}

/** The meeting that holds the session with theme tables, if any. */
export async function meetingOfSession(em: EntityManager, networkId: string, sessionId: string): Promise<string | null> {
  const rows: { id: string }[] = await em.query(`SELECT id FROM meeting WHERE network_id = $1 AND track_session_id = $2`, [networkId, sessionId]);
  return rows[0]?.id ?? null;
}

/**
 * A meeting for the session, open at once (the session is announced to its cohort already), with
 * the session's title, time and place; as many places as the track has (there is no waitlist).
 * Null when the session has one already.
 */
export async function insertSessionMeeting(em: EntityManager, networkId: string, sessionId: string, userId: string | null): Promise<string | null> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO meeting (network_id, title, starts_at, ends_at, place, capacity, status, created_by, track_session_id)
     SELECT s.network_id, s.title, s.starts_at, s.ends_at, s.place, least(greatest(t.capacity, 1), $4), 'OPEN', $3, s.id
       FROM track_session s JOIN track t ON t.network_id = s.network_id AND t.id = s.track_id
      WHERE s.network_id = $1 AND s.id = $2
     ON CONFLICT (network_id, track_session_id) WHERE track_session_id IS NOT NULL DO NOTHING RETURNING id`,
    [networkId, sessionId, userId, MEETING_CAPACITY_MAX],
  );
  return rows[0]?.id ?? null;
}

/** The session's title, time and place on its meeting (its version moves on, so open screens refetch); the meeting's id, if it has one. */
export async function followSession(em: EntityManager, networkId: string, sessionId: string): Promise<string | null> {
  const [rows]: [{ id: string }[], number] = await em.query(
    `UPDATE meeting m SET title = s.title, starts_at = s.starts_at, ends_at = s.ends_at, place = s.place, version = m.version + 1, updated_at = clock_timestamp()
       FROM track_session s WHERE s.network_id = $1 AND s.id = $2 AND m.network_id = s.network_id AND m.track_session_id = s.id
     RETURNING m.id`,
    [networkId, sessionId],
  );
  return rows[0]?.id ?? null;
}

/** The meetings of the track's sessions, with their tables: the live screens a change of the cohort concerns. */
export function meetingsOfTrack(em: EntityManager, networkId: string, trackId: string): Promise<{ id: string; tableIds: string[] }[]> {
  return em.query(
    `SELECT m.id, coalesce((SELECT array_agg(t.id ORDER BY t.id) FROM meeting_table t WHERE t.network_id = m.network_id AND t.meeting_id = m.id), '{}')::text[]
              AS "tableIds"
       FROM meeting m JOIN track_session s ON s.network_id = m.network_id AND s.id = m.track_session_id
      WHERE m.network_id = $1 AND s.track_id = $2 ORDER BY m.id`,
    [networkId, trackId],
  );
}

/** What keeping the meetings in step with the cohort changed. */
export interface CohortSync {
  /** Meetings where someone got a place or lost one, or a table lost its host. */
  changed: string[];
  /** Whether someone left: a place given up, a table host who is no longer of the audience. */
  left: boolean;
}

const TRACK_MEETINGS = `SELECT m.id FROM meeting m JOIN track_session s ON s.network_id = m.network_id AND s.id = m.track_session_id
  WHERE m.network_id = $1 AND s.track_id = $2`;
const COHORT = `SELECT user_id FROM track_participant WHERE network_id = $1 AND track_id = $2 AND status = 'ACCEPTED'`;

/**
 * The track's accepted participants are the participants of every meeting of its sessions: each
 * has a place there (REGISTERED; their table kept), everyone else's place is given up and their
 * seat freed; a table whose host is no longer of the audience (a coordinator, one of the track's
 * facilitators, one of its cohort) waits for another host. The places follow the track's capacity.
 */
export async function syncCohort(em: EntityManager, networkId: string, trackId: string): Promise<CohortSync> {
  const rows: { meetingId: string; departed: boolean }[] = await em.query(
    `WITH meetings AS (${TRACK_MEETINGS}),
     places AS (
       INSERT INTO meeting_registration (network_id, meeting_id, user_id, status)
       SELECT $1, meetings.id, cohort.user_id, 'REGISTERED' FROM meetings CROSS JOIN (${COHORT}) AS cohort
       ON CONFLICT (network_id, meeting_id, user_id) DO UPDATE SET status = 'REGISTERED', registered_at = clock_timestamp(), updated_at = clock_timestamp()
         WHERE meeting_registration.status <> 'REGISTERED'
       RETURNING meeting_id, false AS departed),
     gone AS (
       UPDATE meeting_registration r SET status = 'CANCELLED', table_id = NULL, updated_at = clock_timestamp()
        WHERE r.network_id = $1 AND r.meeting_id IN (SELECT id FROM meetings) AND r.status <> 'CANCELLED' AND r.user_id NOT IN (${COHORT})
       RETURNING r.meeting_id, true AS departed),
     hosts AS (
       UPDATE meeting_table t SET host_user_id = NULL, version = t.version + 1
        WHERE t.network_id = $1 AND t.meeting_id IN (SELECT id FROM meetings) AND t.host_user_id IS NOT NULL
          AND t.host_user_id NOT IN (${COHORT})
          AND NOT EXISTS (SELECT 1 FROM track_facilitator f WHERE f.network_id = $1 AND f.track_id = $2 AND f.user_id = t.host_user_id)
          AND NOT EXISTS (SELECT 1 FROM membership ms WHERE ms.network_id = $1 AND ms.user_id = t.host_user_id AND ms.active AND ms.role = 'COORDINATOR')
       RETURNING t.meeting_id, true AS departed),
     capacity AS (
       UPDATE meeting m SET capacity = least(greatest(tr.capacity, 1), $3)
         FROM track tr WHERE tr.network_id = $1 AND tr.id = $2 AND m.network_id = $1 AND m.id IN (SELECT id FROM meetings)
          AND m.capacity <> least(greatest(tr.capacity, 1), $3)
       RETURNING m.id)
     SELECT meeting_id AS "meetingId", departed FROM places UNION ALL SELECT meeting_id, departed FROM gone UNION ALL SELECT meeting_id, departed FROM hosts
     UNION ALL SELECT id, false FROM capacity`,
    [networkId, trackId, MEETING_CAPACITY_MAX],
  );
  return { changed: [...new Set(rows.map((r) => r.meetingId))], left: rows.some((r) => r.departed) };
}
