import { User } from '@kijkje/api/core';
import type { EntityManager } from 'typeorm';
import { Finding, completeEvidence } from './finding.entity';

/**
 * The findings context's own SQL that its services send as text: one place to read what they ask
 * of PostgreSQL. Versioned edits go through updateVersioned; policy-restricted reads through FindingAccess.
 */

/** Progress figures by visit; drafts are never counted. */
export interface FindingCounts {
  submitted: number;
  shared: number;
  final: number;
  released: number;
}

/** The four figures over a visit's findings (never drafts), as SQL aggregates. */
const FIGURES = `count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
          count(*) FILTER (WHERE status = 'SHARED')::int AS shared,
          count(*) FILTER (WHERE status = 'FINAL')::int AS final,
          count(*) FILTER (WHERE released_for_harvest AND status IN ('SHARED', 'FINAL'))::int AS released`;

export async function findingCountsByVisit(em: EntityManager, networkId: string | null, visitIds: readonly string[]): Promise<Map<string, FindingCounts>> {
  const rows: ({ visitId: string } & FindingCounts)[] = await em.query(
    `SELECT visit_id AS "visitId", ${FIGURES}
     FROM finding WHERE network_id = $1 AND visit_id = ANY($2) AND status <> 'DRAFT' GROUP BY visit_id`,
    [networkId, [...visitIds]],
  );
  return new Map(rows.map((r) => [r.visitId, r]));
}

/** The figures of visit `v` as one JSON object, for a compiled read. */
export const findingFiguresOf = (v: string): string =>
  `(SELECT row_to_json(x) FROM (SELECT ${FIGURES} FROM finding WHERE network_id = ${v}.network_id AND visit_id = ${v}.id AND status <> 'DRAFT') x)`;

/** Deletes the draft at this version; the number of rows deleted (0 when stale or no longer a draft). */
export async function deleteDraftFinding(em: EntityManager, networkId: string, id: string, version: number): Promise<number> {
  const [, deleted] = await em.query(`DELETE FROM finding WHERE id = $1 AND network_id = $2 AND version = $3 AND status = 'DRAFT'`, [id, networkId, version]);
  return deleted;
}

/**
 * SUBMITTED → SHARED for every submitted finding of the visit; the findings shared. (For an UPDATE
 * the driver answers [rows, count]: the rows are the first element.)
 */
export async function shareSubmittedFindings(em: EntityManager, networkId: string, visitId: string): Promise<{ id: string }[]> {
  const [rows] = await em.query(
    `UPDATE finding SET status = 'SHARED', version = version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND visit_id = $2 AND status = 'SUBMITTED' RETURNING id`,
    [networkId, visitId],
  );
  return rows;
}

/** SHARED → FINAL for every shared finding of the visit; the findings finalised. */
export async function finaliseSharedFindings(em: EntityManager, networkId: string, visitId: string): Promise<{ id: string }[]> {
  const [rows] = await em.query(
    `UPDATE finding SET status = 'FINAL', version = version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND visit_id = $2 AND status = 'SHARED' RETURNING id`,
    [networkId, visitId],
  );
  return rows;
}

export async function setVisitReplyDeadline(em: EntityManager, networkId: string, visitId: string, deadline: Date): Promise<void> {
  await em.query(`UPDATE visit SET reply_deadline = $3, version = version + 1 WHERE id = $1 AND network_id = $2`, [visitId, networkId, deadline]);
}

export async function setFindingReleased(em: EntityManager, networkId: string, id: string, released: boolean): Promise<void> {
  await em.query(`UPDATE finding SET released_for_harvest = $3, version = version + 1, updated_at = clock_timestamp() WHERE id = $1 AND network_id = $2`, [
    id,
    networkId,
    released,
  ]);
}

/**
 * A new finding, and its author as the answer shows them: one statement (a reviewer's new finding
 * has no discussion or reply yet, so nothing else needs reading).
 */
export async function insertFinding(
  em: EntityManager,
  f: Pick<Finding, 'networkId' | 'visitId' | 'authorId' | 'kind' | 'theme' | 'text' | 'evidence' | 'tags' | 'status'>,
): Promise<{ finding: Finding; author: User }> {
  const [row] = await em.query(
    `WITH f AS (
       INSERT INTO finding (network_id, visit_id, author_id, kind, theme, text, evidence, tags, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *)
     SELECT f.*, u.email AS author_email, u.name AS author_name, u.is_platform_admin AS author_is_platform_admin, u.active AS author_active
       FROM f JOIN app_user u ON u.id = f.author_id`,
    [f.networkId, f.visitId, f.authorId, f.kind, f.theme, f.text, JSON.stringify(f.evidence), JSON.stringify(f.tags), f.status],
  );
  const finding = Object.assign(new Finding(), {
    id: row.id,
    networkId: row.network_id,
    visitId: row.visit_id,
    authorId: row.author_id,
    kind: row.kind,
    theme: row.theme,
    text: row.text,
    evidence: completeEvidence(row.evidence),
    tags: row.tags,
    status: row.status,
    releasedForHarvest: row.released_for_harvest,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  const author = Object.assign(new User(), {
    id: row.author_id,
    email: row.author_email,
    name: row.author_name,
    isPlatformAdmin: row.author_is_platform_admin,
    active: row.author_active,
  });
  return { finding, author };
}
