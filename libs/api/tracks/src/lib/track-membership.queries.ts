import type { TrackPart } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** A track where the person has a part (runs it, or applied to it), with that part and their application's id. */
export interface TrackPartRow extends TrackPart {
  id: string;
  participantId: string | null;
}

/**
 * Every track of the network (the scope's) where the person has a part, with that part, oldest
 * first. Which of those parts end when their standing in the network changes is trackPartsEnding
 * in libs/domain.
 */
export function trackPartsOf(em: EntityManager, networkId: string, userId: string): Promise<TrackPartRow[]> {
  return em.query(
    `WITH theirs AS (SELECT track_id FROM track_facilitator WHERE network_id = $1 AND user_id = $2
                     UNION SELECT track_id FROM track_participant WHERE network_id = $1 AND user_id = $2)
     SELECT t.id, t.status,
            EXISTS (SELECT 1 FROM track_facilitator f WHERE f.network_id = $1 AND f.track_id = t.id AND f.user_id = $2) AS facilitator,
            p.status AS participation, p.id AS "participantId"
       FROM theirs JOIN track t ON t.network_id = $1 AND t.id = theirs.track_id
       LEFT JOIN track_participant p ON p.network_id = $1 AND p.track_id = t.id AND p.user_id = $2
      ORDER BY t.created_at, t.id`,
    [networkId, userId],
  );
}

/** The network's active coordinators: who is told when one of its tracks needs a facilitator. */
export async function coordinatorsOf(em: EntityManager, networkId: string): Promise<string[]> {
  const rows: { userId: string }[] = await em.query(
    `SELECT user_id AS "userId" FROM membership WHERE network_id = $1 AND role = 'COORDINATOR' AND active ORDER BY user_id`,
    [networkId],
  );
  return rows.map((r) => r.userId);
}
