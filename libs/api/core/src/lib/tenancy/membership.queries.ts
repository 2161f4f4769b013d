import type { EntityManager } from 'typeorm';

/**
 * Whether the person is an active facilitator of the network (membership and account both
 * active): who may be assigned to run a learning track or a work meeting.
 */
export async function activeFacilitator(em: EntityManager, networkId: string, userId: string): Promise<boolean> {
  const rows = await em.query(
    `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.network_id = $1 AND m.user_id = $2 AND m.role = 'FACILITATOR' AND m.active AND u.active`,
    [networkId, userId],
  );
  return rows.length === 1;
}
