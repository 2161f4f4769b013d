import { hashToken, newToken } from '@kijkje/api/core';
import { withAdmin } from './database';
import type { TestApp } from './test-app';

/**
 * An open invitation to an address that is a member of the network already, as one sent before
 * they joined (a coordinator invited them, then admitted their request through their organisation's
 * sign-in): accepting it gives their membership the invitation's role. Answers its token.
 */
export async function earlierInvitation(
  t: TestApp,
  networkId: string,
  email: string,
  role: 'COORDINATOR' | 'MEMBER' | 'FACILITATOR',
  organisationId: string | null,
): Promise<string> {
  const token = newToken();
  await withAdmin(
    (c) =>
      c.query(
        `INSERT INTO invitation (network_id, email, name, role, organisation_id, token_hash, expires_at) VALUES ($1, $2, 'Uitgenodigde', $3, $4, $5, now() + interval '7 days')`,
        [networkId, email, role, organisationId, hashToken(token)],
      ),
    t.db.ownerUrl,
  );
  return token;
}

/** The id of a person's membership of a network. */
export function membershipIdOf(t: TestApp, networkId: string, userId: string): Promise<string> {
  return withAdmin(
    async (c) => (await c.query(`SELECT id FROM membership WHERE network_id = $1 AND user_id = $2`, [networkId, userId])).rows[0].id as string,
    t.db.ownerUrl,
  );
}

/** The audit rows of an action about a target, oldest first: who did it and what it recorded. */
export function auditOf(t: TestApp, action: string, targetId: string): Promise<{ actor: string | null; data: Record<string, unknown> | null }[]> {
  return withAdmin(
    async (c) =>
      (await c.query(`SELECT actor_user_id AS actor, data FROM audit_event WHERE action = $1 AND target_id = $2 ORDER BY created_at, id`, [action, targetId]))
        .rows,
    t.db.ownerUrl,
  );
}
