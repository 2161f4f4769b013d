import type { EntityManager } from 'typeorm';

/**
 * The reports service's own SQL text: one place to read what it asks of PostgreSQL. The reads
 * that make up a report's content are in report-content.ts; versioned edits go through updateVersioned.
 */

/** Which of these findings the host released for the harvest. */
export async function releasedFindingIds(em: EntityManager, networkId: string, findingIds: string[]): Promise<string[]> {
  const rows: { id: string }[] = await em.query(`SELECT id FROM finding WHERE network_id = $1 AND id = ANY($2) AND released_for_harvest`, [
    networkId,
    findingIds,
  ]);
  return rows.map((r) => r.id);
}

/** SHARED → FINAL for the visit's findings: what the report is made of once the lead starts it. */
export async function finaliseSharedFindings(em: EntityManager, networkId: string, visitId: string): Promise<void> {
  await em.query(
    `UPDATE finding SET status = 'FINAL', version = version + 1, updated_at = clock_timestamp() WHERE network_id = $1 AND visit_id = $2 AND status = 'SHARED'`,
    [networkId, visitId],
  );
}

/** The number the next kept revision of the visit's report gets. */
export async function nextRevisionNumber(em: EntityManager, networkId: string, visitId: string): Promise<number> {
  const [{ next }] = await em.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM visit_report_revision WHERE network_id = $1 AND visit_id = $2`, [
    networkId,
    visitId,
  ]);
  return next;
}
