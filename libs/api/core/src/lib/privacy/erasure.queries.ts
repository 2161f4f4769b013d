/** The statements of erasure (see the personal-data catalogue in libs/domain for the why of each). */

/** The person to erase, locked against a parallel erasure or change; only a live account. */
export const PERSON_FOR_ERASURE = `
  SELECT id, email, name, password_hash AS "passwordHash", is_platform_admin AS "isPlatformAdmin", language
    FROM app_user WHERE id = $1 AND active FOR UPDATE`;

/** Every membership of the person ($1), readable once app.user_id is theirs (own_memberships). */
export const PERSON_MEMBERSHIPS = `
  SELECT m.id, m.network_id AS "networkId", m.organisation_id AS "organisationId", m.role, m.active FROM membership m WHERE m.user_id = $1`;

/** A membership ($1) of the coordinator's network ($2): whose it is. */
export const MEMBERSHIP_PERSON = `SELECT user_id AS "userId" FROM membership WHERE id = $1 AND network_id = $2`;

/** Out of every network, as the person ($1): what their own rows policies let them reach. */
export const AS_PERSON = `SELECT set_config('app.network_id', '', true), set_config('app.user_id', $1, true)`;

/** Inside one network's scope: the organisations the person ($1) belongs to. */
export const PERSON_ORGANISATIONS = `SELECT organisation_id AS id FROM membership WHERE user_id = $1 AND organisation_id IS NOT NULL`;

/** Networks the caller ($1) actively coordinates (own_memberships). */
export const COORDINATED_NETWORKS = `SELECT network_id AS "networkId" FROM membership WHERE user_id = $1 AND role = 'COORDINATOR' AND active`;

/** Inside one network's scope: the names of the person's organisations there. */
export const ORGANISATION_NAMES = `SELECT name FROM organisation WHERE id = ANY($1::uuid[]) ORDER BY name`;

/** Inside one network's scope: invitations to the person's address ($1) go (their names first, to scrub them elsewhere). */
export const INVITATION_NAMES = `SELECT DISTINCT name FROM invitation WHERE lower(email) = lower($1)`;
export const DELETE_INVITATIONS = `DELETE FROM invitation WHERE lower(email) = lower($1)`;
export const DELETE_INVITATIONS_RETURNING = `DELETE FROM invitation WHERE lower(email) = lower($1) RETURNING name`;
/** Every network but the person's own ($1): an invitation to their address may wait in any of them. */
export const OTHER_NETWORKS = `SELECT id FROM network WHERE id <> ALL($1::uuid[]) ORDER BY id`;
/** Inside one network's scope, as the person (own_only_delete): their notifications go. */
export const DELETE_NOTIFICATIONS = `DELETE FROM notification WHERE recipient_id = $1`;
/** Inside one network's scope: the person's memberships end (they stay, so authored content keeps its organisation). */
/** Registrations for work meetings: the seat is the person's alone (their cards stay, attributed to a former member). */
export const DELETE_MEETING_REGISTRATIONS = `DELETE FROM meeting_registration WHERE user_id = $1`;
/** Applications to learning tracks: the case is the person's own, and its log and the feedback on it go with it (ON DELETE CASCADE). */
export const DELETE_TRACK_APPLICATIONS = `DELETE FROM track_participant WHERE user_id = $1`;
/** What the person's calendar was sent of track sessions, and the reminders: bookkeeping about them alone. */
export const DELETE_TRACK_SESSION_CALENDARS = `DELETE FROM track_session_calendar WHERE user_id = $1`;
export const DELETE_TRACK_SESSION_REMINDERS = `DELETE FROM track_session_reminder WHERE user_id = $1`;
/** The theme tables the person hosts: they host them no longer; the tables, their cards and seats stay, waiting for another host. */
export const UNLINK_TABLE_HOSTS = `UPDATE meeting_table SET host_user_id = NULL, version = version + 1 WHERE host_user_id = $1`;
/** What the person's calendar was sent of work meetings (registered, running one, hosting a table), and the reminders: likewise. */
export const DELETE_MEETING_CALENDARS = `DELETE FROM meeting_calendar WHERE user_id = $1`;
export const DELETE_MEETING_REMINDERS = `DELETE FROM meeting_reminder WHERE user_id = $1`;

export const END_MEMBERSHIPS = `UPDATE membership SET active = false WHERE user_id = $1`;

/** The e-mail address in jobs (mails queued or sent) and sign-in counters. */
export const MAIL_JOBS = `DELETE FROM job WHERE strpos(lower(payload::text), lower($1)) > 0 OR strpos(lower(coalesce(last_error, '')), lower($1)) > 0`;
export const RATE_LIMITS = `DELETE FROM rate_limit_bucket WHERE strpos(lower(key), lower($1)) > 0`;

/** The person's earlier names, as their name changes recorded them (own_account_audit: read as the person). */
export const EARLIER_NAMES = `
  SELECT DISTINCT data->>'from' AS name FROM audit_event
   WHERE network_id IS NULL AND action = 'account.name_changed' AND target_type = 'user' AND target_id = $1::text AND data->>'from' IS NOT NULL`;

/**
 * Free text in which the network names the person (NAMED_LOCATIONS, named-in-text in libs/domain),
 * inside one network's scope: each field's rows that say anything (the domain decides which name
 * the person; no SQL pattern can match a name as it does) and the rewrite of one row, within the
 * column's length. An action and a visit take a new version, so a form still open on the old text
 * is refused (CONFLICT) rather than writing the name back.
 */
export const NAMED_IN_TEXT = [
  {
    field: 'meeting_item.speaker',
    max: 200,
    rows: `SELECT id, speaker AS text FROM meeting_item WHERE speaker <> ''`,
    rewrite: `UPDATE meeting_item SET speaker = $2 WHERE id = $1`,
  },
  {
    field: 'plan_action.owner',
    max: 200,
    rows: `SELECT id, owner AS text FROM plan_action WHERE owner <> ''`,
    rewrite: `UPDATE plan_action SET owner = $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1`,
  },
] as const;
/** The visits' agendas with conversation partners, and the rewrite of one agenda. */
export const AGENDAS = `SELECT id, agenda FROM visit WHERE jsonb_array_length(agenda) > 0`;
export const REWRITE_AGENDA = `UPDATE visit SET agenda = $2::jsonb, version = version + 1 WHERE id = $1`;

/**
 * The programmes frozen in the published versions of meeting reports (in the network in scope), and
 * the rewrite of one version's speakers (SECURITY DEFINER, see the migration: the versions are
 * otherwise append-only for the app).
 */
export const REPORT_VERSION_PROGRAMMES = `
  SELECT meeting_id AS "meetingId", number, content->'items' AS items FROM meeting_report_version
   WHERE jsonb_typeof(content->'items') = 'array' AND jsonb_array_length(content->'items') > 0 ORDER BY meeting_id, number`;
export const ERASE_REPORT_SPEAKERS = `SELECT kijkje_erase_report_speakers($1, $2, $3::text[], $4)`;

/** The name and e-mail leave the audit trail and kept report versions (SECURITY DEFINER, see the migration). */
export const ERASE_TRACES = `SELECT kijkje_erase_traces($1, $2, $3::text[], $4, $5::uuid[])`;

/** The account row stays (authored content points at it), without anything that identifies the person. */
export const ANONYMISE_ACCOUNT = `
  UPDATE app_user SET name = $2, email = $3, password_hash = NULL, active = false, notification_settings = '{}'::jsonb,
         digest_networks = '[]'::jsonb, unsubscribe_token = md5(gen_random_uuid()::text), last_network_id = NULL, version = version + 1
   WHERE id = $1`;

export const ERASURE_RECORD = `INSERT INTO account_erasure (user_id, erased_by, erased_by_user_id, network_ids) VALUES ($1, $2, $3, $4::jsonb) RETURNING id`;
