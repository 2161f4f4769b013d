import type { EntityManager } from 'typeorm';

/**
 * The statements of the download and the erasure. Tenant tables are read one network at a time,
 * each under that network's scope (`app.network_id`, local to the transaction), never around
 * row-level security; `leaveNetworks` puts the operation's own scope back.
 */

export async function enterNetwork(em: EntityManager, networkId: string, userId: string): Promise<void> {
  await em.query(`SELECT set_config('app.network_id', $1, true), set_config('app.user_id', $2, true)`, [networkId, userId]);
}

/** The person's account row, secrets left out. */
export const ACCOUNT = `
  SELECT id, name, email, language, created_at AS "createdAt", notification_settings AS "notificationSettings", active, is_platform_admin AS "isPlatformAdmin"
    FROM app_user WHERE id = $1`;

/** Every membership of the person ($1), active or not, with the network's and organisation's names (own_memberships). */
export const MEMBERSHIPS = `
  SELECT m.network_id AS "networkId", n.name AS network, m.organisation_id AS "organisationId", m.role, m.active, m.created_at AS "createdAt"
    FROM membership m JOIN network n ON n.id = m.network_id WHERE m.user_id = $1 ORDER BY n.name, m.network_id`;

/** The organisation's name, read inside its network's scope. */
export const ORGANISATION_NAME = `SELECT name FROM organisation WHERE id = $1`;

/** Live sessions: the device and dates, never the token. */
export const SESSIONS = `
  SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", user_agent AS "device"
    FROM session WHERE user_id = $1 AND expires_at > now() ORDER BY created_at`;

/** The calendar feed's existence and date, never its token (own_feed: the caller is the person). */
export const CALENDAR_FEEDS = `SELECT created_at AS "createdAt" FROM calendar_feed WHERE user_id = $1`;

/** What the person wrote or did in the network in scope ($1 the person). */
export const NETWORK_CONTENT = {
  findings: `SELECT f.id, f.visit_id AS "visitId", f.kind, f.theme, f.text, f.evidence, f.tags, f.status, f.created_at AS "createdAt", f.updated_at AS "updatedAt"
               FROM finding f WHERE f.author_id = $1 ORDER BY f.created_at, f.id`,
  comments: `SELECT c.id, c.finding_id AS "findingId", c.text, c.created_at AS "createdAt" FROM finding_comment c WHERE c.author_id = $1 ORDER BY c.created_at, c.id`,
  replies: `SELECT r.finding_id AS "findingId", r.kind, r.text, r.updated_at AS "updatedAt" FROM host_response r WHERE r.responded_by = $1 ORDER BY r.updated_at`,
  reportComments: `SELECT r.visit_id AS "visitId", r.host_comment AS "text", r.updated_at AS "updatedAt" FROM visit_report r WHERE r.host_comment_by = $1 ORDER BY r.updated_at`,
  planComments: `SELECT c.id, c.action_id AS "actionId", c.text, c.created_at AS "createdAt" FROM plan_action_comment c WHERE c.author_id = $1 ORDER BY c.created_at, c.id`,
  roundEvaluations: `SELECT e.round_id AS "roundId", e.usefulness, e.safety, e.preparation, e.team, e.would_recommend AS "wouldRecommend",
                            e.comment AS "text", e.created_at AS "createdAt", e.submitted_at AS "submittedAt"
                       FROM round_evaluation e WHERE e.user_id = $1 ORDER BY e.created_at, e.round_id`,
  meetingRegistrations: `SELECT r.meeting_id AS "meetingId", m.title, r.status, r.table_id AS "tableId", r.registered_at AS "registeredAt"
                           FROM meeting_registration r JOIN meeting m ON m.network_id = r.network_id AND m.id = r.meeting_id
                          WHERE r.user_id = $1 ORDER BY r.registered_at, r.id`,
  meetingCards: `SELECT c.id, c.meeting_id AS "meetingId", c.kind, c.text, c.created_at AS "createdAt" FROM meeting_card c WHERE c.author_id = $1 ORDER BY c.created_at, c.id`,
  trackApplications: `SELECT p.track_id AS "trackId", t.title, p.status, p.motivation AS "text", p.feedback_group AS "feedbackGroup",
                             p.case_question AS "caseQuestion", p.case_shared_with_group AS "caseSharedWithGroup", p.submitted_at AS "submittedAt"
                        FROM track_participant p JOIN track t ON t.network_id = p.network_id AND t.id = p.track_id
                       WHERE p.user_id = $1 ORDER BY p.submitted_at, p.id`,
  trackCaseEntries: `SELECT e.id, e.track_id AS "trackId", to_char(e.entry_day, 'YYYY-MM-DD') AS day, e.text, e.created_at AS "createdAt", e.updated_at AS "updatedAt"
                       FROM track_case_entry e JOIN track_participant p ON p.network_id = e.network_id AND p.id = e.participant_id
                      WHERE p.user_id = $1 ORDER BY e.entry_day, e.created_at, e.id`,
  trackFeedback: `SELECT f.id, f.track_id AS "trackId", f.session_id AS "sessionId", f.text, f.created_at AS "createdAt"
                    FROM track_feedback f WHERE f.author_id = $1 ORDER BY f.created_at, f.id`,
  trackFacilitation: `SELECT f.track_id AS "trackId", t.title, f.assigned_at AS "createdAt"
                        FROM track_facilitator f JOIN track t ON t.network_id = f.network_id AND t.id = f.track_id
                       WHERE f.user_id = $1 ORDER BY f.assigned_at, f.track_id`,
  meetingFacilitation: `SELECT f.meeting_id AS "meetingId", m.title, f.assigned_at AS "createdAt"
                          FROM meeting_facilitator f JOIN meeting m ON m.network_id = f.network_id AND m.id = f.meeting_id
                         WHERE f.user_id = $1 ORDER BY f.assigned_at, f.meeting_id`,
  meetingTableHosting: `SELECT t.meeting_id AS "meetingId", m.title, m.starts_at AS "createdAt", array_agg(t.name ORDER BY t.name, t.id) AS tables
                          FROM meeting_table t JOIN meeting m ON m.network_id = t.network_id AND m.id = t.meeting_id
                         WHERE t.host_user_id = $1 GROUP BY t.meeting_id, m.title, m.starts_at ORDER BY m.starts_at, t.meeting_id`,
  applications: `SELECT a.id, a.programme_id AS "programmeId", a.review_question AS "reviewQuestion", a.themes, a.preferred_period AS "preferredPeriod",
                        a.consent, a.status, a.submitted_at AS "submittedAt"
                   FROM application a WHERE a.submitted_by = $1 ORDER BY a.submitted_at, a.id`,
  auditEntries: `SELECT e.action, e.target_type AS "targetType", e.target_id AS "targetId", e.data, e.created_at AS "createdAt"
                   FROM audit_event e WHERE e.actor_user_id = $1 OR (e.target_type = 'user' AND e.target_id = $1::text) ORDER BY e.created_at, e.id`,
} as const;

/**
 * Free text in the network in scope that may name the person (NAMED_LOCATIONS): every speaker, action
 * owner and conversation partner, with what it is named for; namesPerson in libs/domain keeps the
 * rows that name them (`text`). Read in the network's scope only, as everything here is.
 */
export const NAMED_CONTENT = {
  namedAsSpeaker: `SELECT i.meeting_id AS "meetingId", m.title, i.at_time AS "atTime", i.talk, i.speaker AS text, m.starts_at AS "createdAt"
                     FROM meeting_item i JOIN meeting m ON m.network_id = i.network_id AND m.id = i.meeting_id
                    WHERE i.speaker <> '' ORDER BY m.starts_at, i.at_time, i.id`,
  namedAsActionOwner: `SELECT a.id, a.visit_id AS "visitId", a.title, a.owner AS text, a.created_at AS "createdAt"
                         FROM plan_action a WHERE a.owner <> '' ORDER BY a.created_at, a.id`,
  namedOnVisitAgendas: `SELECT v.id AS "visitId", item->>'startTime' AS "startTime", item->>'topic' AS topic, p.partner AS text, v.created_at AS "createdAt"
                          FROM visit v CROSS JOIN LATERAL jsonb_array_elements(v.agenda) WITH ORDINALITY AS a(item, n)
                         CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(item->'partners', '[]'::jsonb)) AS p(partner)
                         ORDER BY v.created_at, v.id, a.n`,
} as const;

/** Account-level audit entries (no network): readable to the person through the own_account_audit policy. */
export const ACCOUNT_AUDIT = `
  SELECT e.action, e.target_type AS "targetType", e.target_id AS "targetId", e.data, e.created_at AS "createdAt"
    FROM audit_event e WHERE e.network_id IS NULL AND (e.actor_user_id = $1 OR (e.target_type = 'user' AND e.target_id = $1::text))
   ORDER BY e.created_at, e.id`;

/** The person's second factors as the download shows them: kind, name and dates, never a secret, key or hash. */
export const SECOND_FACTORS = `
  SELECT 'totp' AS kind, NULL AS name, t.created_at, t.confirmed_at AS "confirmedAt", NULL::timestamptz AS "lastUsedAt" FROM user_totp t WHERE t.user_id = $1
  UNION ALL
  SELECT 'passkey', p.name, p.created_at, NULL, p.last_used_at FROM passkey p WHERE p.user_id = $1
  UNION ALL
  SELECT 'recoveryCodes', count(*)::text || ' over', min(r.created_at), NULL, NULL FROM recovery_code r WHERE r.user_id = $1 AND r.used_at IS NULL HAVING count(*) > 0`;

/** Whether a table exists in this database (the catalogue names tables that later migrations add). */
export const TABLE_EXISTS = `SELECT to_regclass($1) IS NOT NULL AS present`;
