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

/** How someone asked to host a table of the meeting stands (mayHostTable): their role while active in the network, and whether they facilitate it. */
export async function hostCandidate(em: EntityManager, networkId: string, meetingId: string, userId: string): Promise<TableHostCandidate> {
  const [row]: { role: TableHostCandidate['role']; facilitatesMeeting: boolean }[] = await em.query(
    `SELECT m.role, EXISTS (SELECT 1 FROM meeting_facilitator f WHERE f.network_id = m.network_id AND f.meeting_id = $2 AND f.user_id = m.user_id) AS "facilitatesMeeting"
       FROM membership m JOIN app_user u ON u.id = m.user_id
      WHERE m.network_id = $1 AND m.user_id = $3 AND m.active AND u.active`,
    [networkId, meetingId, userId],
  );
  return row ?? { role: null, facilitatesMeeting: false };
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
