import type { HarvestVisibility, PublicServing, PublishedVersionFacts, Pseudonyms } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import type { MeetingReportContent } from './meeting-report-content';

/** The statements of a meeting's report; all under the caller's network scope, except what the public page reads. */

export interface ReportRow {
  networkId: string;
  meetingId: string;
  slug: string;
  text: string;
  kept: string[];
  pseudonyms: Pseudonyms;
  visibility: HarvestVisibility;
  version: number;
  updatedAt: Date;
}

const REPORT_COLUMNS = `network_id AS "networkId", meeting_id AS "meetingId", slug, text, kept, pseudonyms, visibility, version, updated_at AS "updatedAt"`;

export async function reportOf(em: EntityManager, networkId: string, meetingId: string, lock = false): Promise<ReportRow | null> {
  const rows: ReportRow[] = await em.query(
    `SELECT ${REPORT_COLUMNS} FROM meeting_report WHERE network_id = $1 AND meeting_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [networkId, meetingId],
  );
  return rows[0] ?? null;
}

/** Inserts the draft unless its slug is taken (in any network); false on a clash of slugs. */
export async function insertReport(
  em: EntityManager,
  report: { networkId: string; meetingId: string; slug: string; text: string; pseudonyms: Pseudonyms; createdBy: string | null },
): Promise<boolean> {
  const rows = await em.query(
    `INSERT INTO meeting_report (network_id, meeting_id, slug, text, pseudonyms, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (slug) DO NOTHING RETURNING meeting_id`,
    [report.networkId, report.meetingId, report.slug, report.text, JSON.stringify(report.pseudonyms), report.createdBy],
  );
  return rows.length === 1;
}

/** Changes the draft with the version the caller saw, and moves the version on; false when it was stale. */
export async function updateReport(
  em: EntityManager,
  key: { networkId: string; meetingId: string },
  version: number,
  change: { text?: string; kept?: string[]; visibility?: HarvestVisibility },
): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE meeting_report SET text = coalesce($4, text), kept = coalesce($5::jsonb, kept), visibility = coalesce($6, visibility),
            version = version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND meeting_id = $2 AND version = $3 RETURNING meeting_id`,
    [key.networkId, key.meetingId, version, change.text ?? null, change.kept ? JSON.stringify(change.kept) : null, change.visibility ?? null],
  );
  return rows.length === 1;
}

export interface VersionRow {
  number: number;
  visibility: HarvestVisibility;
  publishedAt: Date;
  withdrawnAt: Date | null;
  content: MeetingReportContent;
}

/** Every published version of the report, newest first. */
export function versionsOf(em: EntityManager, networkId: string, meetingId: string): Promise<VersionRow[]> {
  return em.query(
    `SELECT number, visibility, published_at AS "publishedAt", withdrawn_at AS "withdrawnAt", content
       FROM meeting_report_version WHERE network_id = $1 AND meeting_id = $2 ORDER BY number DESC`,
    [networkId, meetingId],
  );
}

export async function insertVersion(
  em: EntityManager,
  version: { networkId: string; meetingId: string; number: number; slug: string; visibility: HarvestVisibility; content: MeetingReportContent },
  publishedBy: string | null,
): Promise<void> {
  await em.query(
    `INSERT INTO meeting_report_version (network_id, meeting_id, number, slug, visibility, content, published_by, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      version.networkId,
      version.meetingId,
      version.number,
      version.slug,
      version.visibility,
      JSON.stringify(version.content),
      publishedBy,
      version.content.publishedAt,
    ],
  );
}

export async function withdrawVersion(em: EntityManager, key: { networkId: string; meetingId: string }, number: number, reason: string, by: string | null) {
  await em.query(
    `UPDATE meeting_report_version SET withdrawn_at = clock_timestamp(), withdrawn_by = $4, withdrawal_reason = $5
      WHERE network_id = $1 AND meeting_id = $2 AND number = $3 AND withdrawn_at IS NULL`,
    [key.networkId, key.meetingId, number, by, reason],
  );
}

/** The facts publicServing needs, from the versions as they are. */
export function servingFacts(versions: readonly VersionRow[]): PublishedVersionFacts[] {
  return versions.map((v) => ({ number: v.number, visibility: v.visibility, publishedAt: v.publishedAt, withdrawnAt: v.withdrawnAt }));
}

/** Writes what /bijeenkomst/<slug> serves now: a row while the newest version is public or withdrawn, none otherwise. */
export async function storeServing(em: EntityManager, key: { networkId: string; meetingId: string; slug: string }, serving: PublicServing): Promise<void> {
  if (serving.state === 'NONE') {
    await em.query(`DELETE FROM meeting_report_public WHERE network_id = $1 AND meeting_id = $2`, [key.networkId, key.meetingId]);
    return;
  }
  await em.query(
    `INSERT INTO meeting_report_public (network_id, meeting_id, slug, number, state) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (network_id, meeting_id) DO UPDATE SET slug = EXCLUDED.slug, number = EXCLUDED.number, state = EXCLUDED.state`,
    [key.networkId, key.meetingId, key.slug, serving.number, serving.state],
  );
}

/** What a slug serves, for anyone: null for a slug that is unknown, never public, or network only. */
export async function publicBySlug(
  em: EntityManager,
  slug: string,
): Promise<{ state: 'PUBLIC'; content: MeetingReportContent; meetingId: string } | { state: 'WITHDRAWN'; meetingId: string } | null> {
  const rows: { state: 'PUBLIC' | 'WITHDRAWN'; meetingId: string; content: MeetingReportContent | null }[] = await em.query(
    `SELECT p.state, p.meeting_id AS "meetingId", v.content
       FROM meeting_report_public p
       LEFT JOIN meeting_report_version v ON v.network_id = p.network_id AND v.meeting_id = p.meeting_id AND v.number = p.number AND v.visibility = 'PUBLIC'
      WHERE p.slug = $1`,
    [slug],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.state === 'WITHDRAWN') return { state: 'WITHDRAWN', meetingId: row.meetingId };
  return row.content ? { state: 'PUBLIC', content: row.content, meetingId: row.meetingId } : null;
}

/** The people told of a publication: those registered with a place, not the one who publishes. */
export async function registeredPeople(em: EntityManager, networkId: string, meetingId: string): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    `SELECT user_id AS id FROM meeting_registration WHERE network_id = $1 AND meeting_id = $2 AND status = 'REGISTERED'`,
    [networkId, meetingId],
  );
  return rows.map((r) => r.id);
}

export async function networkName(em: EntityManager, networkId: string): Promise<string> {
  return (await em.query(`SELECT name FROM network WHERE id = $1`, [networkId]))[0]?.name ?? '';
}
