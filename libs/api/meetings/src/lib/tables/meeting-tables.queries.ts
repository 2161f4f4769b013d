import type { TableHostCandidate } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** Changes a table with the version the organiser saw, and moves its version on; false when it was stale. */
export async function updateTable(
  em: EntityManager,
  networkId: string,
  tableId: string,
  version: number,
  table: { name: string; hostUserId: string | null; capacity: number },
): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE meeting_table SET name = $4, host_user_id = $5, capacity = $6, version = version + 1
      WHERE network_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [networkId, tableId, version, table.name, table.hostUserId, table.capacity],
  );
  return rows.length === 1;
}

/**
 * How someone asked to host a table of the meeting stands (mayHostTable): their role while active in
 * the network, whether they facilitate it, and for a track session's meeting how they stand to its track.
 */
export async function hostCandidate(em: EntityManager, networkId: string, meetingId: string, userId: string): Promise<TableHostCandidate> {
  const [row]: TableHostCandidate[] = await em.query(
    `SELECT m.role, EXISTS (SELECT 1 FROM meeting_facilitator f WHERE f.network_id = m.network_id AND f.meeting_id = $2 AND f.user_id = m.user_id) AS "facilitatesMeeting",
            CASE WHEN ts.id IS NULL THEN NULL ELSE json_build_object(
              'facilitator', EXISTS (SELECT 1 FROM track_facilitator tf WHERE tf.network_id = ts.network_id AND tf.track_id = ts.track_id AND tf.user_id = m.user_id),
              'participant', EXISTS (SELECT 1 FROM track_participant tp
                                      WHERE tp.network_id = ts.network_id AND tp.track_id = ts.track_id AND tp.user_id = m.user_id AND tp.status = 'ACCEPTED')) END AS track
       FROM membership m JOIN app_user u ON u.id = m.user_id
       JOIN meeting mt ON mt.network_id = m.network_id AND mt.id = $2
       LEFT JOIN track_session ts ON ts.network_id = mt.network_id AND ts.id = mt.track_session_id
      WHERE m.network_id = $1 AND m.user_id = $3 AND m.active AND u.active`,
    [networkId, meetingId, userId],
  );
  return row ?? { role: null, facilitatesMeeting: false, track: null };
}

/** Takes the person off as host of the meeting's tables (each table's version moves on); answers those tables, by name. */
export function releaseHostedTables(em: EntityManager, networkId: string, meetingId: string, userId: string): Promise<{ id: string; name: string }[]> {
  return em.query(
    `WITH released AS (UPDATE meeting_table SET host_user_id = NULL, version = version + 1
                        WHERE network_id = $1 AND meeting_id = $2 AND host_user_id = $3 RETURNING id, name)
     SELECT id, name FROM released ORDER BY name, id`,
    [networkId, meetingId, userId],
  );
}
