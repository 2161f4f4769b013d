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
