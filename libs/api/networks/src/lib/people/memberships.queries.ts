import type { Role } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** The statements of a membership changing its role or ending; every one runs under the network's scope (row-level security). */

/** A person's membership of the network as it stands, locked for the rest of the change; null when they have none. */
export async function lockMembershipOf(em: EntityManager, networkId: string, userId: string): Promise<{ role: Role; active: boolean } | null> {
  const [row]: { role: Role; active: boolean }[] = await em.query(`SELECT role, active FROM membership WHERE network_id = $1 AND user_id = $2 FOR UPDATE`, [
    networkId,
    userId,
  ]);
  return row ?? null;
}

/**
 * Revokes the network's pending invitations the person sent and, with `addressedToThem`, those to
 * their address; answers the ids revoked.
 */
export async function revokeInvitationsOf(em: EntityManager, networkId: string, userId: string, addressedToThem: boolean): Promise<string[]> {
  const [rows]: [{ id: string }[], number] = await em.query(
    `UPDATE invitation SET revoked_at = now()
      WHERE network_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL
        AND (invited_by = $2 OR ($3 AND email = (SELECT email FROM app_user WHERE id = $2)))
      RETURNING id`,
    [networkId, userId, addressedToThem],
  );
  return rows.map((r) => r.id);
}
