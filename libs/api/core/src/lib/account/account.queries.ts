/** The account page's statements: a person's own sessions, name and password. */

/** The person's live sessions ($1 the person, $2 the idle timeout in minutes), newest activity first. */
export const MY_SESSIONS = `
  SELECT s.id, s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.user_agent AS "userAgent"
    FROM session s
   WHERE s.user_id = $1 AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)
   ORDER BY s.last_seen_at DESC, s.created_at DESC, s.id`;

/** Ends one session ($1) if it is the person's ($2). */
export const END_SESSION = `DELETE FROM session WHERE id = $1 AND user_id = $2 RETURNING id`;

/** Ends every session of the person ($1) except one ($2). */
export const END_OTHER_SESSIONS = `DELETE FROM session WHERE user_id = $1 AND id <> $2 RETURNING id`;

/** What the password change needs of the person ($1), their row locked against a parallel change. */
export const USER_FOR_PASSWORD_CHANGE = `
  SELECT email, name, language, password_hash AS "passwordHash" FROM app_user WHERE id = $1 AND active FOR UPDATE`;

export const SET_PASSWORD = `UPDATE app_user SET password_hash = $2 WHERE id = $1`;

/** Open reset links of the person ($1) stop working: a link mailed before the change must not undo it. */
export const CLOSE_OPEN_RESETS = `UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`;
