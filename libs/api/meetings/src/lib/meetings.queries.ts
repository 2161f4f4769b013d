import type { MeetingCard, MeetingQuestionKind, MeetingStatus, RegistrationStatus } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** The statements of work meetings; every one runs under the caller's network scope (row-level security). */

export interface MeetingRow {
  id: string;
  networkId: string;
  title: string;
  description: string;
  hostOrganisationId: string | null;
  hostOrganisation: string | null;
  hostMayEdit: boolean;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
  capacity: number;
  status: MeetingStatus;
  version: number;
  nextMeetingId: string | null;
  /** The learning-track session the meeting holds with theme tables (its audience is then the track); null for the network's meetings. */
  trackSessionId: string | null;
  /** That session's track, and its title. */
  trackId: string | null;
  trackTitle: string | null;
}

const MEETING_COLUMNS = `m.id, m.network_id AS "networkId", m.title, m.description, m.host_organisation_id AS "hostOrganisationId",
  o.name AS "hostOrganisation", m.host_may_edit AS "hostMayEdit", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place,
  m.online_link AS "onlineLink", m.capacity, m.status, m.version, m.next_meeting_id AS "nextMeetingId",
  m.track_session_id AS "trackSessionId", ts.track_id AS "trackId", tr.title AS "trackTitle"`;

/** The host organisation and, for a track session's meeting, its session and track. */
const MEETING_JOINS = `LEFT JOIN organisation o ON o.network_id = m.network_id AND o.id = m.host_organisation_id
  LEFT JOIN track_session ts ON ts.network_id = m.network_id AND ts.id = m.track_session_id
  LEFT JOIN track tr ON tr.network_id = ts.network_id AND tr.id = ts.track_id`;

export function meetingsOf(em: EntityManager, networkId: string): Promise<MeetingRow[]> {
  return em.query(
    `SELECT ${MEETING_COLUMNS} FROM meeting m ${MEETING_JOINS}
      WHERE m.network_id = $1 ORDER BY m.starts_at DESC, m.id`,
    [networkId],
  );
}

export async function meetingById(em: EntityManager, networkId: string, id: string, lock = false): Promise<MeetingRow | null> {
  const rows: MeetingRow[] = await em.query(
    `SELECT ${MEETING_COLUMNS} FROM meeting m ${MEETING_JOINS}
      WHERE m.network_id = $1 AND m.id = $2 ${lock ? 'FOR UPDATE OF m' : ''}`,
    [networkId, id],
  );
  return rows[0] ?? null;
}

export interface MeetingFields {
  title: string;
  description: string;
  hostOrganisationId: string | null;
  hostMayEdit: boolean;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
  capacity: number;
}

export async function insertMeeting(em: EntityManager, networkId: string, userId: string | null, f: MeetingFields): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO meeting (network_id, title, description, host_organisation_id, host_may_edit, starts_at, ends_at, place, online_link, capacity, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [networkId, f.title, f.description, f.hostOrganisationId, f.hostMayEdit, f.startsAt, f.endsAt, f.place, f.onlineLink, f.capacity, userId],
  );
  return row.id;
}

/** Updates with the version the caller saw; false when it was stale. */
export async function updateMeeting(em: EntityManager, networkId: string, id: string, version: number, f: MeetingFields): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE meeting SET title = $4, description = $5, host_organisation_id = $6, host_may_edit = $7, starts_at = $8, ends_at = $9, place = $10,
            online_link = $11, capacity = $12, version = version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [networkId, id, version, f.title, f.description, f.hostOrganisationId, f.hostMayEdit, f.startsAt, f.endsAt, f.place, f.onlineLink, f.capacity],
  );
  return rows.length === 1;
}

export async function setMeetingStatus(em: EntityManager, networkId: string, id: string, version: number, status: MeetingStatus): Promise<boolean> {
  const [rows] = await em.query(
    `UPDATE meeting SET status = $4, version = version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    [networkId, id, version, status],
  );
  return rows.length === 1;
}

/** Any change to the meeting's programme or tables moves its version on, so open screens refetch. */
export async function touchMeeting(em: EntityManager, networkId: string, id: string): Promise<void> {
  await em.query(`UPDATE meeting SET version = version + 1, updated_at = clock_timestamp() WHERE network_id = $1 AND id = $2`, [networkId, id]);
}

export async function organisationExists(em: EntityManager, networkId: string, id: string): Promise<boolean> {
  return (await em.query(`SELECT 1 FROM organisation WHERE network_id = $1 AND id = $2`, [networkId, id])).length === 1;
}

export interface ItemRow {
  id: string;
  meetingId: string;
  atTime: string;
  speaker: string;
  talk: string;
}

export function itemsOf(em: EntityManager, networkId: string, meetingId: string): Promise<ItemRow[]> {
  return em.query(
    `SELECT id, meeting_id AS "meetingId", at_time AS "atTime", speaker, talk FROM meeting_item WHERE network_id = $1 AND meeting_id = $2 ORDER BY at_time, id`,
    [networkId, meetingId],
  );
}

export async function insertItem(em: EntityManager, networkId: string, meetingId: string, item: Omit<ItemRow, 'id' | 'meetingId'>): Promise<void> {
  await em.query(`INSERT INTO meeting_item (network_id, meeting_id, at_time, speaker, talk) VALUES ($1, $2, $3, $4, $5)`, [
    networkId,
    meetingId,
    item.atTime,
    item.speaker,
    item.talk,
  ]);
}

export async function itemMeeting(em: EntityManager, networkId: string, itemId: string): Promise<string | null> {
  return (await em.query(`SELECT meeting_id AS id FROM meeting_item WHERE network_id = $1 AND id = $2`, [networkId, itemId]))[0]?.id ?? null;
}

export async function deleteItem(em: EntityManager, networkId: string, itemId: string): Promise<void> {
  await em.query(`DELETE FROM meeting_item WHERE network_id = $1 AND id = $2`, [networkId, itemId]);
}

export interface TableRow {
  id: string;
  meetingId: string;
  name: string;
  hostUserId: string | null;
  hostName: string | null;
  capacity: number;
  occupied: number;
  version: number;
}

export function tablesOf(em: EntityManager, networkId: string, meetingId: string): Promise<TableRow[]> {
  return em.query(
    `SELECT t.id, t.meeting_id AS "meetingId", t.name, t.host_user_id AS "hostUserId", u.name AS "hostName", t.capacity, t.version,
            (SELECT count(*) FROM meeting_registration r WHERE r.network_id = t.network_id AND r.table_id = t.id AND r.status = 'REGISTERED')::int AS occupied
       FROM meeting_table t LEFT JOIN app_user u ON u.id = t.host_user_id
      WHERE t.network_id = $1 AND t.meeting_id = $2 ORDER BY t.position, t.created_at, t.id`,
    [networkId, meetingId],
  );
}

export async function tableById(em: EntityManager, networkId: string, tableId: string): Promise<TableRow | null> {
  const rows: TableRow[] = await em.query(
    `SELECT t.id, t.meeting_id AS "meetingId", t.name, t.host_user_id AS "hostUserId", u.name AS "hostName", t.capacity, t.version,
            (SELECT count(*) FROM meeting_registration r WHERE r.network_id = t.network_id AND r.table_id = t.id AND r.status = 'REGISTERED')::int AS occupied
       FROM meeting_table t LEFT JOIN app_user u ON u.id = t.host_user_id WHERE t.network_id = $1 AND t.id = $2`,
    [networkId, tableId],
  );
  return rows[0] ?? null;
}

export async function insertTable(
  em: EntityManager,
  networkId: string,
  meetingId: string,
  table: { name: string; hostUserId: string | null; capacity: number },
): Promise<void> {
  await em.query(
    `INSERT INTO meeting_table (network_id, meeting_id, name, host_user_id, capacity, position)
     VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(position), 0) + 1 FROM meeting_table WHERE network_id = $1 AND meeting_id = $2))`,
    [networkId, meetingId, table.name, table.hostUserId, table.capacity],
  );
}

export async function deleteTable(em: EntityManager, networkId: string, tableId: string): Promise<void> {
  await em.query(`DELETE FROM meeting_table WHERE network_id = $1 AND id = $2`, [networkId, tableId]);
}

export interface RegistrationRow {
  id: string;
  userId: string;
  name: string;
  status: RegistrationStatus;
  tableId: string | null;
  registeredAt: Date;
}

export function registrationsOf(em: EntityManager, networkId: string, meetingId: string): Promise<RegistrationRow[]> {
  return em.query(
    `SELECT r.id, r.user_id AS "userId", u.name, r.status, r.table_id AS "tableId", r.registered_at AS "registeredAt"
       FROM meeting_registration r JOIN app_user u ON u.id = r.user_id
      WHERE r.network_id = $1 AND r.meeting_id = $2 ORDER BY r.registered_at, r.id`,
    [networkId, meetingId],
  );
}

/** The registration's id (a person who registers again keeps their row). */
export async function upsertRegistration(em: EntityManager, networkId: string, meetingId: string, userId: string, status: RegistrationStatus): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO meeting_registration (network_id, meeting_id, user_id, status) VALUES ($1, $2, $3, $4)
     ON CONFLICT (network_id, meeting_id, user_id)
     DO UPDATE SET status = EXCLUDED.status, table_id = NULL, registered_at = clock_timestamp(), updated_at = clock_timestamp()
     RETURNING id`,
    [networkId, meetingId, userId, status],
  );
  return row.id;
}

export async function setRegistration(
  em: EntityManager,
  networkId: string,
  ids: string[],
  change: { status?: RegistrationStatus; tableId?: string | null },
): Promise<void> {
  if (!ids.length) return;
  await em.query(
    `UPDATE meeting_registration SET status = coalesce($3, status), table_id = CASE WHEN $4 THEN $5::uuid ELSE table_id END, updated_at = clock_timestamp()
      WHERE network_id = $1 AND id = ANY($2::uuid[])`,
    [networkId, ids, change.status ?? null, 'tableId' in change, change.tableId ?? null],
  );
}

interface CardDbRow extends Omit<MeetingCard, 'kind'> {
  kind: MeetingQuestionKind;
  meetingId: string;
}

const CARD_COLUMNS = `c.id, c.meeting_id AS "meetingId", c.table_id AS "tableId", c.kind, c.text, c.author_id AS "authorId", coalesce(u.name, '') AS "authorName",
  c.cluster, c.merged_into_id AS "mergedIntoId", c.is_yield AS "isYield", c.is_recommendation AS "isRecommendation", c.created_at AS "createdAt"`;

export function cardsOfTable(em: EntityManager, networkId: string, tableId: string): Promise<CardDbRow[]> {
  return em.query(`SELECT ${CARD_COLUMNS} FROM meeting_card c LEFT JOIN app_user u ON u.id = c.author_id WHERE c.network_id = $1 AND c.table_id = $2`, [
    networkId,
    tableId,
  ]);
}

export function cardsOfMeeting(em: EntityManager, networkId: string, meetingId: string): Promise<CardDbRow[]> {
  return em.query(`SELECT ${CARD_COLUMNS} FROM meeting_card c LEFT JOIN app_user u ON u.id = c.author_id WHERE c.network_id = $1 AND c.meeting_id = $2`, [
    networkId,
    meetingId,
  ]);
}

export async function cardById(em: EntityManager, networkId: string, id: string): Promise<CardDbRow | null> {
  const rows: CardDbRow[] = await em.query(
    `SELECT ${CARD_COLUMNS} FROM meeting_card c LEFT JOIN app_user u ON u.id = c.author_id WHERE c.network_id = $1 AND c.id = $2 FOR UPDATE OF c`,
    [networkId, id],
  );
  return rows[0] ?? null;
}

export async function insertCard(
  em: EntityManager,
  networkId: string,
  card: { meetingId: string; tableId: string; kind: MeetingQuestionKind; text: string; authorId: string },
): Promise<string> {
  const [row] = await em.query(
    `INSERT INTO meeting_card (network_id, meeting_id, table_id, kind, text, author_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [networkId, card.meetingId, card.tableId, card.kind, card.text, card.authorId],
  );
  return row.id;
}

export async function updateCard(
  em: EntityManager,
  networkId: string,
  ids: string[],
  change: { kind?: MeetingQuestionKind; cluster?: string | null; mergedIntoId?: string; isYield?: boolean; isRecommendation?: boolean },
): Promise<void> {
  await em.query(
    `UPDATE meeting_card SET kind = coalesce($3, kind), cluster = CASE WHEN $4 THEN $5 ELSE cluster END, merged_into_id = coalesce($6::uuid, merged_into_id),
            is_yield = CASE WHEN $6::uuid IS NOT NULL THEN false ELSE coalesce($7, is_yield) END,
            is_recommendation = CASE WHEN $6::uuid IS NOT NULL THEN false ELSE coalesce($8, is_recommendation) END, updated_at = clock_timestamp()
      WHERE network_id = $1 AND id = ANY($2::uuid[])`,
    [
      networkId,
      ids,
      change.kind ?? null,
      'cluster' in change,
      change.cluster ?? null,
      change.mergedIntoId ?? null,
      change.isYield ?? null,
      change.isRecommendation ?? null,
    ],
  );
}
