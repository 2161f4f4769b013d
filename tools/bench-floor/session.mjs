// The first round trip of every request: BEGIN, the session behind the cookie (SessionService.resolve:
// alive by the absolute and idle timeouts, its person active, the idle clock written at most once a
// minute) and the tenant scope (kijkje_enter, as transaction-plugin.ts `rescope`), one simple query.
import { createHash } from 'node:crypto';

const COOKIE = /(?:^|;\s*)kijkje_session=([A-Za-z0-9_-]{43})(?:;|$)/;
const IDLE_MINUTES = Number(process.env.SESSION_IDLE_MINUTES ?? 120);

/** The cookie's token as the session table keeps it (tokens.ts hashToken), or null. */
export function tokenHash(cookie) {
  const token = COOKIE.exec(cookie ?? '')?.[1];
  return token ? createHash('sha256').update(token, 'utf8').digest('hex') : null;
}

/** The statement; the hash is hex, so it travels as a literal and the whole text needs no parameters. */
export function enterSql(hash) {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error('not a token hash');
  return `BEGIN;
WITH live AS (
  SELECT s.id, s.user_id, s.current_network_id, s.last_seen_at, u.email, u.name, u.is_platform_admin
    FROM session s JOIN app_user u ON u.id = s.user_id
   WHERE s.token_hash = '${hash}' AND u.active AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => ${IDLE_MINUTES})),
touched AS (
  UPDATE session SET last_seen_at = now() FROM live
   WHERE session.id = live.id AND live.last_seen_at < now() - interval '1 minute')
SELECT live.user_id, live.current_network_id, e.role, e.organisation_id
  FROM live LEFT JOIN LATERAL kijkje_enter(live.current_network_id, live.user_id) e ON true`;
}

/** The caller's scope from the statement's answer: null without a live session or a membership. */
export function scopeFrom(results) {
  const row = results[1].rows[0];
  if (!row?.role) return null;
  return { network: row.current_network_id, user: row.user_id, organisation: row.organisation_id, role: row.role };
}
