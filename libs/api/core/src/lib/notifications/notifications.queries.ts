import type { EntityManager } from 'typeorm';
import { deliverySettings, type Delivery, type NotificationKind, type NotificationSubjectType } from '@kijkje/domain';

/** The statements of notifications (see README, "Where the SQL of an operation lives"). */

export interface NotifiedPerson {
  id: string;
  email: string;
  name: string;
  language: string;
  settings: Record<string, unknown>;
  unsubscribeToken: string;
}

export function notifiedPeople(em: EntityManager, userIds: string[]): Promise<NotifiedPerson[]> {
  return em.query(
    `SELECT id, email, name, language, notification_settings AS settings, unsubscribe_token AS "unsubscribeToken" FROM app_user WHERE id = ANY($1::uuid[]) AND active ORDER BY id`,
    [userIds],
  );
}

export interface NewNotification {
  id: string;
  recipientId: string;
  delivery: Delivery;
}

/** One statement for every recipient; no RETURNING, as the rows belong to others and RLS hides them. */
export async function insertNotifications(
  em: EntityManager,
  networkId: string,
  kind: NotificationKind,
  subject: { type: NotificationSubjectType; id: string },
  rows: NewNotification[],
): Promise<void> {
  await em.query(
    `INSERT INTO notification (id, network_id, recipient_id, kind, subject_type, subject_id, delivery)
     SELECT r.id, $1, r.recipient_id, $2, $3, $4, r.delivery
       FROM unnest($5::uuid[], $6::uuid[], $7::text[]) AS r (id, recipient_id, delivery)`,
    [networkId, kind, subject.type, subject.id, rows.map((r) => r.id), rows.map((r) => r.recipientId), rows.map((r) => r.delivery)],
  );
}

/** Marks where the daily digest must look for these people (ids only: the digest itself reads under their scope). */
export async function awaitDigest(em: EntityManager, networkId: string, userIds: string[]): Promise<void> {
  await em.query(`UPDATE app_user SET digest_networks = digest_networks || to_jsonb($1::text) WHERE id = ANY($2::uuid[]) AND NOT digest_networks ? $1::text`, [
    networkId,
    userIds,
  ]);
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  subjectType: NotificationSubjectType;
  subjectId: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The caller's own notifications in the current network (RLS adds both conditions as well), newest first. */
export function ownNotifications(em: EntityManager, userId: string, networkId: string, limit: number, offset: number): Promise<NotificationRow[]> {
  return em.query(
    `SELECT id, kind, subject_type AS "subjectType", subject_id AS "subjectId", created_at AS "createdAt", read_at AS "readAt"
       FROM notification WHERE recipient_id = $1 AND network_id = $2
      ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
    [userId, networkId, limit, offset],
  );
}

export async function unreadCount(em: EntityManager, userId: string, networkId: string): Promise<number> {
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND network_id = $2 AND read_at IS NULL`, [
    userId,
    networkId,
  ]);
  return n;
}

/** Marks the given ones read (all unread ones when ids is null); returns how many changed. */
export async function markRead(em: EntityManager, userId: string, networkId: string, ids: string[] | null): Promise<number> {
  const [, changed] = await em.query(
    `UPDATE notification SET read_at = now()
      WHERE recipient_id = $1 AND network_id = $2 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))`,
    [userId, networkId, ids],
  );
  return Number(changed);
}

export async function saveDelivery(em: EntityManager, userId: string, kind: NotificationKind, delivery: Delivery): Promise<Record<string, unknown>> {
  const [[row]] = await em.query(
    `UPDATE app_user SET notification_settings = notification_settings || jsonb_build_object($2::text, $3::text) WHERE id = $1
     RETURNING notification_settings AS settings`,
    [userId, kind, delivery],
  );
  return row.settings;
}

export async function settingsOf(em: EntityManager, userId: string): Promise<Record<string, unknown>> {
  const [row] = await em.query(`SELECT notification_settings AS settings FROM app_user WHERE id = $1`, [userId]);
  return row?.settings ?? {};
}

export async function networkName(em: EntityManager, networkId: string): Promise<string> {
  const [row] = await em.query(`SELECT name FROM network WHERE id = $1`, [networkId]);
  return row?.name ?? '';
}

/** The language of the person with this unsubscribe token, or null when there is none. */
export async function languageOfToken(em: EntityManager, token: string): Promise<string | null> {
  const [row] = await em.query(`SELECT language FROM app_user WHERE unsubscribe_token = $1 AND active`, [token]);
  return row?.language ?? null;
}

/**
 * Turns one kind off for the person with this token (DIGEST: every kind that goes to their
 * digest); their language, or null when the token is unknown.
 */
export async function unsubscribe(em: EntityManager, token: string, kind: NotificationKind | 'DIGEST'): Promise<string | null> {
  const [person] = await em.query(`SELECT id, language, notification_settings AS settings FROM app_user WHERE unsubscribe_token = $1 AND active FOR UPDATE`, [
    token,
  ]);
  if (!person) return null;
  const off =
    kind === 'DIGEST'
      ? deliverySettings(person.settings)
          .filter((s) => s.delivery === 'DIGEST')
          .map((s) => s.kind)
      : [kind];
  const changes = Object.fromEntries(off.map((k) => [k, 'OFF']));
  await em.query(`UPDATE app_user SET notification_settings = notification_settings || $2::jsonb WHERE id = $1`, [person.id, JSON.stringify(changes)]);
  return person.language;
}

export interface DigestPerson {
  id: string;
  email: string;
  name: string;
  language: string;
  networks: string[];
  unsubscribeToken: string;
}

/** The people with notifications waiting for the digest, locked so that no other run takes them too. */
export function peopleAwaitingDigest(em: EntityManager): Promise<DigestPerson[]> {
  return em.query(
    `SELECT id, email, name, language, digest_networks AS networks, unsubscribe_token AS "unsubscribeToken" FROM app_user
      WHERE digest_networks <> '[]'::jsonb AND active ORDER BY id FOR UPDATE SKIP LOCKED`,
  );
}

/**
 * Under the person's own scope in one network (row-level security): takes their waiting digest
 * notifications, marks them mailed (at `now`), and answers them with the network's name. The
 * person's row is locked (peopleAwaitingDigest): a notification still being added waits for this
 * run to commit and then marks the network again for the next digest.
 */
export async function takeDigest(
  em: EntityManager,
  userId: string,
  networkId: string,
  now: Date,
): Promise<{ network: string; items: { kind: NotificationKind; subjectType: NotificationSubjectType; subjectId: string }[] }> {
  await em.query(`SELECT set_config('app.user_id', $1, true), set_config('app.network_id', $2, true)`, [userId, networkId]);
  const [items] = await em.query(
    `UPDATE notification SET digested_at = $3 WHERE recipient_id = $1 AND network_id = $2 AND delivery = 'DIGEST' AND digested_at IS NULL
     RETURNING kind, subject_type AS "subjectType", subject_id AS "subjectId"`,
    [userId, networkId, now],
  );
  const network = await networkName(em, networkId);
  await em.query(`SELECT set_config('app.user_id', '', true), set_config('app.network_id', '', true)`);
  return { network, items };
}

export async function digestTaken(em: EntityManager, userId: string, networks: string[]): Promise<void> {
  await em.query(
    `UPDATE app_user SET digest_networks = coalesce((SELECT jsonb_agg(n) FROM jsonb_array_elements_text(digest_networks) AS n WHERE n <> ALL($2::text[])), '[]'::jsonb)
      WHERE id = $1`,
    [userId, networks],
  );
}
