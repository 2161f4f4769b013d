import type { EntityManager } from 'typeorm';

export interface MembershipRequestRow {
  id: string;
  userId: string;
  requestedAt: Date | null;
  email: string;
  name: string;
  language: string;
  network: string;
}

/** A membership of this network with its person, locked, so two coordinators cannot both decide on it. */
export async function lockMembership(em: EntityManager, id: string, networkId: string): Promise<MembershipRequestRow | null> {
  const [row] = await em.query(
    `SELECT m.id, m.user_id AS "userId", m.requested_at AS "requestedAt", u.email, u.name, u.language, n.name AS network
       FROM membership m JOIN app_user u ON u.id = m.user_id JOIN network n ON n.id = m.network_id
      WHERE m.id = $1 AND m.network_id = $2
      FOR UPDATE OF m`,
    [id, networkId],
  );
  return row ?? null;
}

export async function admitRequest(em: EntityManager, id: string, networkId: string): Promise<void> {
  await em.query(`UPDATE membership SET active = true, requested_at = NULL WHERE id = $1 AND network_id = $2`, [id, networkId]);
}

export async function declineRequest(em: EntityManager, id: string, networkId: string): Promise<void> {
  await em.query(`DELETE FROM membership WHERE id = $1 AND network_id = $2 AND requested_at IS NOT NULL`, [id, networkId]);
}
