import type { Role } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The statements of the personal calendar feed (see README, "Where the SQL of an operation lives").
 * Row-level security on calendar_feed lets a person reach only their own row; the download finds
 * its row by the token's hash only.
 */

/** The caller's feed, if they made one (own_feed policy). */
export async function ownFeed(em: EntityManager, userId: string): Promise<{ createdAt: Date } | null> {
  const rows: { createdAt: Date }[] = await em.query(`SELECT created_at AS "createdAt" FROM calendar_feed WHERE user_id = $1`, [userId]);
  return rows[0] ?? null;
}

/** Makes the caller's feed, or gives it a new token (the old one stops working in the same statement). */
export async function replaceFeed(em: EntityManager, userId: string, tokenHash: string): Promise<{ createdAt: Date; renewed: boolean }> {
  const [row] = await em.query(
    `INSERT INTO calendar_feed AS f (user_id, token_hash) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = now()
     RETURNING f.created_at AS "createdAt", xmax <> 0 AS renewed`,
    [userId, tokenHash],
  );
  return row;
}

/** Removes the caller's feed; whether there was one. */
export async function removeFeed(em: EntityManager, userId: string): Promise<boolean> {
  const [{ n }] = await em.query(`WITH gone AS (DELETE FROM calendar_feed WHERE user_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`, [userId]);
  return n > 0;
}

export interface FeedOwner {
  userId: string;
  language: string;
}

/**
 * The active person behind a feed token's hash, with no one's scope set: the feed_by_token policy
 * shows this one row and no other. The scope is then that person's, without the token.
 */
export async function feedOwner(em: EntityManager, tokenHash: string): Promise<FeedOwner | null> {
  await em.query(`SELECT set_config('app.user_id', '', true), set_config('app.network_id', '', true), set_config('app.calendar_feed_token_hash', $1, true)`, [
    tokenHash,
  ]);
  const rows: FeedOwner[] = await em.query(
    `SELECT f.user_id AS "userId", u.language FROM calendar_feed f JOIN app_user u ON u.id = f.user_id AND u.active WHERE f.token_hash = $1`,
    [tokenHash],
  );
  await em.query(`SELECT set_config('app.calendar_feed_token_hash', '', true), set_config('app.user_id', $1, true)`, [rows[0]?.userId ?? '']);
  return rows[0] ?? null;
}

/** The networks the person is an active member of (own_memberships policy; app.user_id is theirs). */
export async function feedNetworks(em: EntityManager, userId: string): Promise<string[]> {
  const rows: { networkId: string }[] = await em.query(`SELECT network_id AS "networkId" FROM membership WHERE user_id = $1 AND active ORDER BY network_id`, [
    userId,
  ]);
  return rows.map((r) => r.networkId);
}

/** Scopes the transaction to the person in one network (kijkje_enter); their organisation there, or undefined when not a member. */
export async function enterNetwork(em: EntityManager, networkId: string, userId: string): Promise<{ role: Role; organisationId: string | null } | undefined> {
  const rows: { role: Role; organisationId: string | null }[] = await em.query(`SELECT role, organisation_id AS "organisationId" FROM kijkje_enter($1, $2)`, [
    networkId,
    userId,
  ]);
  return rows[0];
}

export interface FeedVisitRow {
  id: string;
  status: string;
  host: string;
  hostOrganisationId: string;
  reviewer: boolean;
  lead: boolean;
  startsOn: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  location: string;
  sequence: number;
}

/** The timed visits of the network (RLS: the scope's) that the organisation hosts or the person is on the team of. */
export function feedVisits(em: EntityManager, networkId: string, organisationId: string | null, userId: string): Promise<FeedVisitRow[]> {
  return em.query(
    `SELECT v.id, v.status, o.name AS host, v.host_organisation_id AS "hostOrganisationId",
            r.user_id IS NOT NULL AS reviewer, coalesce(r.is_lead, false) AS lead,
            to_char(v.starts_on, 'YYYY-MM-DD') AS "startsOn", v.starts_at AS "startsAt", v.ends_at AS "endsAt",
            v.location, v.calendar_sequence AS sequence
       FROM visit v
       JOIN organisation o ON o.id = v.host_organisation_id AND o.network_id = v.network_id
       LEFT JOIN visit_reviewer r ON r.network_id = v.network_id AND r.visit_id = v.id AND r.user_id = $3
      WHERE v.network_id = $1 AND v.starts_at IS NOT NULL AND v.ends_at IS NOT NULL
        AND (v.host_organisation_id = $2 OR r.user_id IS NOT NULL)
      ORDER BY v.starts_at, v.id`,
    [networkId, organisationId, userId],
  );
}
