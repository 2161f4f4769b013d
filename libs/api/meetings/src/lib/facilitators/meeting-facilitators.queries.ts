import type { EntityManager } from 'typeorm';

/** The statements of a meeting's facilitators; every one runs under the caller's network scope (row-level security). */

export interface FacilitatorRow {
  userId: string;
  name: string;
}

export function facilitatorsOf(em: EntityManager, networkId: string, meetingId: string): Promise<FacilitatorRow[]> {
  return em.query(
    `SELECT f.user_id AS "userId", u.name FROM meeting_facilitator f JOIN app_user u ON u.id = f.user_id
      WHERE f.network_id = $1 AND f.meeting_id = $2 ORDER BY u.name, f.user_id`,
    [networkId, meetingId],
  );
}

/** The meetings, of those asked about, that the person is assigned to as a facilitator. */
export async function facilitatedBy(em: EntityManager, networkId: string, userId: string, meetingIds: string[]): Promise<Set<string>> {
  if (meetingIds.length === 0) return new Set();
  const rows: { id: string }[] = await em.query(
    `SELECT meeting_id AS id FROM meeting_facilitator WHERE network_id = $1 AND user_id = $2 AND meeting_id = ANY($3::uuid[])`,
    [networkId, userId, meetingIds],
  );
  return new Set(rows.map((r) => r.id));
}

/** Assigns a facilitator; false when they were assigned already. */
export async function insertFacilitator(em: EntityManager, networkId: string, meetingId: string, userId: string, by: string | null): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `INSERT INTO meeting_facilitator (network_id, meeting_id, user_id, assigned_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING user_id`,
    [networkId, meetingId, userId, by],
  );
  return rows.length === 1;
}

/** Removes a facilitator; false when they were not assigned. */
export async function deleteFacilitator(em: EntityManager, networkId: string, meetingId: string, userId: string): Promise<boolean> {
  const [rows] = await em.query(`DELETE FROM meeting_facilitator WHERE network_id = $1 AND meeting_id = $2 AND user_id = $3 RETURNING user_id`, [
    networkId,
    meetingId,
    userId,
  ]);
  return rows.length === 1;
}
