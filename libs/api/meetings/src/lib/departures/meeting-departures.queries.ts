import type { MeetingPart } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** The statements of what a person does at the network's meetings; every one runs under the network's scope (row-level security). */

/** A meeting where the person has a part (runs it, hosts one of its tables, has a registration that is not cancelled), with that part. */
export interface MeetingPartRow extends MeetingPart {
  id: string;
}

/**
 * Every meeting of the network where the person has a part, with that part, in time order. Which
 * of those parts end when their standing in the network changes is meetingPartsEnding in libs/domain.
 */
export function meetingPartsOf(em: EntityManager, networkId: string, userId: string): Promise<MeetingPartRow[]> {
  return em.query(
    `WITH theirs AS (SELECT meeting_id FROM meeting_facilitator WHERE network_id = $1 AND user_id = $2
                     UNION SELECT meeting_id FROM meeting_table WHERE network_id = $1 AND host_user_id = $2
                     UNION SELECT meeting_id FROM meeting_registration WHERE network_id = $1 AND user_id = $2 AND status <> 'CANCELLED')
     SELECT m.id, m.status, m.starts_at AS "startsAt",
            EXISTS (SELECT 1 FROM meeting_facilitator f WHERE f.network_id = $1 AND f.meeting_id = m.id AND f.user_id = $2) AS facilitator,
            EXISTS (SELECT 1 FROM meeting_table t WHERE t.network_id = $1 AND t.meeting_id = m.id AND t.host_user_id = $2) AS "tableHost",
            r.status AS registration, m.track_session_id IS NOT NULL AS "trackSession"
       FROM theirs JOIN meeting m ON m.network_id = $1 AND m.id = theirs.meeting_id
       LEFT JOIN meeting_registration r ON r.network_id = $1 AND r.meeting_id = m.id AND r.user_id = $2
      ORDER BY m.starts_at, m.id`,
    [networkId, userId],
  );
}
