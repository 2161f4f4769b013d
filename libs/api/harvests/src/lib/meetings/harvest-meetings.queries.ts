import {
  meetingAudience,
  meetingCountsInHarvests,
  type HarvestVisibility,
  type MeetingParticipant,
  type MeetingQuestionKind,
  type MeetingStatus,
  type MeetingTableFacts,
  type MeetingYieldCount,
} from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The SQL of a harvest's section "Uit de werkbijeenkomsten": the network's meetings with their
 * report versions, and of the counted ones their tables, the people at them and the marked cards
 * as counts. Always inside the harvest's network; never a card's text or author; never a
 * learning-track session's meeting (meetingCountsInHarvests: its tables are the track's cohort's).
 */

export interface NetworkMeetingRow {
  id: string;
  title: string;
  startsAt: Date;
  status: MeetingStatus;
  versions: { number: number; visibility: HarvestVisibility; publishedAt: Date; withdrawnAt: Date | null }[];
}

/** The network's meetings that are or were announced (not drafts, not cancelled) and those chosen, by date, with their report's versions. */
export async function networkMeetings(em: EntityManager, networkId: string, chosen: readonly string[]): Promise<NetworkMeetingRow[]> {
  const rows: (Omit<NetworkMeetingRow, 'versions'> & {
    trackSessionId: string | null;
    versions: { number: number; visibility: HarvestVisibility; publishedAt: string; withdrawnAt: string | null }[];
  })[] = await em.query(
    `SELECT m.id, m.title, m.starts_at AS "startsAt", m.status, m.track_session_id AS "trackSessionId",
              coalesce(json_agg(json_build_object('number', v.number, 'visibility', v.visibility, 'publishedAt', v.published_at, 'withdrawnAt', v.withdrawn_at)
                                ORDER BY v.number) FILTER (WHERE v.number IS NOT NULL), '[]'::json) AS versions
         FROM meeting m
         LEFT JOIN meeting_report_version v ON v.network_id = m.network_id AND v.meeting_id = m.id
        WHERE m.network_id = $1 AND (m.status NOT IN ('DRAFT', 'CANCELLED') OR m.id = ANY($2::uuid[]))
        GROUP BY m.network_id, m.id, m.title, m.starts_at, m.status
        ORDER BY m.starts_at, m.id`,
    [networkId, [...chosen]],
  );
  return rows
    .filter((r) => meetingCountsInHarvests(meetingAudience(r)))
    .map(({ trackSessionId: _, ...r }) => ({
      ...r,
      versions: r.versions.map((v) => ({ ...v, publishedAt: new Date(v.publishedAt), withdrawnAt: v.withdrawnAt ? new Date(v.withdrawnAt) : null })),
    }));
}

/** Those of `ids` that are meetings of the network a harvest may count (not a track session's). */
export async function meetingsOfNetwork(em: EntityManager, networkId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows: { id: string; trackSessionId: string | null }[] = await em.query(
    `SELECT id, track_session_id AS "trackSessionId" FROM meeting WHERE network_id = $1 AND id = ANY($2::uuid[])`,
    [networkId, [...new Set(ids)]],
  );
  return new Set(rows.filter((r) => meetingCountsInHarvests(meetingAudience(r))).map((r) => r.id));
}

/** The tables of these meetings. */
export function meetingTables(em: EntityManager, networkId: string, meetingIds: readonly string[]): Promise<MeetingTableFacts[]> {
  return em.query(`SELECT id, name FROM meeting_table WHERE network_id = $1 AND meeting_id = ANY($2::uuid[]) ORDER BY meeting_id, position, id`, [
    networkId,
    [...meetingIds],
  ]);
}

/**
 * The people at these meetings: registered with a place (at their table, or none), table hosts and
 * card authors at their table; each with their organisation in the network, or themselves when
 * they have none. Ids stay on the server: the section counts them.
 */
export function meetingParticipants(em: EntityManager, networkId: string, meetingIds: readonly string[]): Promise<MeetingParticipant[]> {
  return em.query(
    `SELECT p.table_id AS "tableId", p.user_id::text AS person, coalesce(ms.organisation_id::text, 'person:' || p.user_id::text) AS unit
       FROM (SELECT table_id, user_id FROM meeting_registration WHERE network_id = $1 AND meeting_id = ANY($2::uuid[]) AND status = 'REGISTERED'
             UNION SELECT id, host_user_id FROM meeting_table WHERE network_id = $1 AND meeting_id = ANY($2::uuid[]) AND host_user_id IS NOT NULL
             UNION SELECT table_id, author_id FROM meeting_card WHERE network_id = $1 AND meeting_id = ANY($2::uuid[]) AND author_id IS NOT NULL) p
       LEFT JOIN membership ms ON ms.network_id = $1 AND ms.user_id = p.user_id`,
    [networkId, [...meetingIds]],
  );
}

/** The marked cards of these meetings that were not merged into another, counted per table, question and mark. */
export async function meetingYieldCounts(em: EntityManager, networkId: string, meetingIds: readonly string[]): Promise<MeetingYieldCount[]> {
  const rows: { tableId: string; kind: MeetingQuestionKind; recommendation: boolean; count: number }[] = await em.query(
    `SELECT table_id AS "tableId", kind, is_recommendation AS recommendation, count(*)::int AS count FROM meeting_card
      WHERE network_id = $1 AND meeting_id = ANY($2::uuid[]) AND merged_into_id IS NULL AND (is_yield OR is_recommendation)
      GROUP BY table_id, kind, is_recommendation`,
    [networkId, [...meetingIds]],
  );
  return rows;
}
