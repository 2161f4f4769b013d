import type { EntityManager } from 'typeorm';

/** The meeting that names this one as its next, if any. */
export async function previousOf(em: EntityManager, networkId: string, meetingId: string): Promise<string | null> {
  return (await em.query(`SELECT id FROM meeting WHERE network_id = $1 AND next_meeting_id = $2`, [networkId, meetingId]))[0]?.id ?? null;
}

/** Names the next meeting with the version the organiser saw, and moves the version on; false when it was stale. */
export async function setNextMeeting(em: EntityManager, networkId: string, id: string, version: number, nextMeetingId: string | null): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE meeting SET next_meeting_id = $4, version = version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [networkId, id, version, nextMeetingId],
  );
  return rows.length === 1;
}
