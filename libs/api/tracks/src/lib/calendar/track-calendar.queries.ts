import type { AppointmentReminderStage, ParticipantStatus, SessionKind, TrackStatus } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The statements of a track's sessions in people's calendars, mail and feeds; every one runs under
 * one network's scope (row-level security), so nobody is told of another network's track.
 */

/** Someone who holds, or once held, a track's sessions, as a mail reaches them. */
export interface SessionPerson {
  userId: string;
  facilitator: boolean;
  participation: ParticipantStatus | null;
  email: string;
  name: string;
  language: string | null;
}

/**
 * The track's facilitators, everyone who applied, and anyone whose calendar was sent one of its
 * sessions (`userIds`: only these; null: all). Deactivated accounts and former members get no mail.
 */
export function sessionPeople(em: EntityManager, networkId: string, trackId: string, userIds: string[] | null): Promise<SessionPerson[]> {
  return em.query(
    `WITH people AS (
       SELECT user_id FROM track_facilitator WHERE network_id = $1 AND track_id = $2
       UNION SELECT user_id FROM track_participant WHERE network_id = $1 AND track_id = $2
       UNION SELECT c.user_id FROM track_session_calendar c JOIN track_session s ON s.network_id = c.network_id AND s.id = c.session_id
              WHERE c.network_id = $1 AND s.track_id = $2)
     SELECT u.id AS "userId", u.email, u.name, u.language,
            EXISTS (SELECT 1 FROM track_facilitator f WHERE f.network_id = $1 AND f.track_id = $2 AND f.user_id = u.id) AS facilitator,
            (SELECT p.status FROM track_participant p WHERE p.network_id = $1 AND p.track_id = $2 AND p.user_id = u.id) AS participation
       FROM people x JOIN app_user u ON u.id = x.user_id AND u.active
      WHERE ($3::uuid[] IS NULL OR x.user_id = ANY($3::uuid[]))
        AND EXISTS (SELECT 1 FROM membership ms WHERE ms.network_id = $1 AND ms.user_id = x.user_id AND ms.active)
      ORDER BY u.name, u.id`,
    [networkId, trackId, userIds],
  );
}

/** A session as its calendar event needs it. */
export interface CalendarSessionRow {
  id: string;
  kind: SessionKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  version: number;
  /** The meeting that holds the session with theme tables, once its cohort may read it; null without one. */
  meetingId: string | null;
}

/** The meeting of session `s` with its theme tables, for the cohort (a draft is the organisers' alone). */
const SESSION_MEETING = `(SELECT m.id FROM meeting m WHERE m.network_id = s.network_id AND m.track_session_id = s.id AND m.status NOT IN ('DRAFT', 'CANCELLED'))`;

/** The track's sessions (`sessionIds`: only these), in time order. */
export function calendarSessions(em: EntityManager, networkId: string, trackId: string, sessionIds: string[] | null): Promise<CalendarSessionRow[]> {
  return em.query(
    `SELECT s.id, s.kind, s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.place, s.version, ${SESSION_MEETING} AS "meetingId" FROM track_session s
      WHERE s.network_id = $1 AND s.track_id = $2 AND ($3::uuid[] IS NULL OR s.id = ANY($3::uuid[])) ORDER BY s.starts_at, s.id`,
    [networkId, trackId, sessionIds],
  );
}

/** What one calendar was last sent of one session. */
export interface SessionCalendarRow {
  sessionId: string;
  userId: string;
  sequence: number;
  inCalendar: boolean;
}

/** What the calendars (`userId`: only this person's) were sent of these sessions. */
export function sessionCalendars(em: EntityManager, networkId: string, sessionIds: string[], userId: string | null = null): Promise<SessionCalendarRow[]> {
  return em.query(
    `SELECT session_id AS "sessionId", user_id AS "userId", sequence, in_calendar AS "inCalendar" FROM track_session_calendar
      WHERE network_id = $1 AND session_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR user_id = $3)`,
    [networkId, sessionIds, userId],
  );
}

/** Remembers what each calendar was sent, in one statement. */
export async function noteSessionCalendars(em: EntityManager, networkId: string, sent: SessionCalendarRow[]): Promise<void> {
  if (!sent.length) return;
  await em.query(
    `INSERT INTO track_session_calendar (network_id, session_id, user_id, sequence, in_calendar)
     SELECT $1, x.session_id, x.user_id, x.sequence, x.in_calendar FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::boolean[]) AS x (session_id, user_id, sequence, in_calendar)
     ON CONFLICT (network_id, session_id, user_id)
       DO UPDATE SET sequence = EXCLUDED.sequence, in_calendar = EXCLUDED.in_calendar, sent_at = clock_timestamp()`,
    [networkId, sent.map((s) => s.sessionId), sent.map((s) => s.userId), sent.map((s) => s.sequence), sent.map((s) => s.inCalendar)],
  );
}

/** A session that may be reminded of, with the people who hold its track's sessions and what each was sent for its present start. */
export interface ReminderSessionRow {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  trackId: string;
  trackTitle: string;
  trackStatus: TrackStatus;
  /** The meeting that holds it with theme tables (see CalendarSessionRow). */
  meetingId: string | null;
  people: { userId: string; facilitator: boolean; participation: ParticipantStatus | null; sent: AppointmentReminderStage[] }[] | null;
}

/**
 * The network's sessions of tracks that have not closed, still to come within eight days (the
 * domain decides the stage), with their facilitators and accepted participants who are still
 * members, in one statement.
 */
export function upcomingSessions(em: EntityManager, networkId: string, now: Date): Promise<ReminderSessionRow[]> {
  return em.query(
    `SELECT s.id, s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.place, t.id AS "trackId", t.title AS "trackTitle", t.status AS "trackStatus",
            ${SESSION_MEETING} AS "meetingId",
            (SELECT json_agg(json_build_object('userId', h.user_id, 'facilitator', h.facilitator, 'participation', h.participation,
                    'sent', coalesce((SELECT json_agg(d.stage) FROM track_session_reminder d
                                       WHERE d.network_id = s.network_id AND d.session_id = s.id AND d.user_id = h.user_id AND d.starts_at = s.starts_at), '[]'::json))
                    ORDER BY h.user_id)
               FROM (SELECT f.user_id, true AS facilitator, NULL::varchar AS participation FROM track_facilitator f
                      WHERE f.network_id = s.network_id AND f.track_id = s.track_id
                     UNION ALL
                     SELECT p.user_id, false, p.status FROM track_participant p
                      WHERE p.network_id = s.network_id AND p.track_id = s.track_id AND p.status = 'ACCEPTED') h
              WHERE EXISTS (SELECT 1 FROM membership ms WHERE ms.network_id = s.network_id AND ms.user_id = h.user_id AND ms.active)) AS people
       FROM track_session s JOIN track t ON t.network_id = s.network_id AND t.id = s.track_id
      WHERE s.network_id = $1 AND t.status <> 'CLOSED' AND s.starts_at > $2 AND s.starts_at <= $2::timestamptz + interval '8 days'
      ORDER BY s.starts_at, s.id`,
    [networkId, now],
  );
}

/**
 * Claims one stage of a session's reminder for these people: the ids this run is the first to
 * send it to (the unique index decides, so two runs that somehow overlap still send it once).
 */
export async function claimSessionReminders(
  em: EntityManager,
  r: { networkId: string; sessionId: string; userIds: string[]; startsAt: Date; stage: AppointmentReminderStage; sentAt: Date },
): Promise<Set<string>> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO track_session_reminder (network_id, session_id, user_id, starts_at, stage, sent_at)
     SELECT $1, $2, x.id, $4, $5, $6 FROM unnest($3::uuid[]) AS x (id)
     ON CONFLICT (network_id, session_id, user_id, starts_at, stage) DO NOTHING RETURNING user_id AS id`,
    [r.networkId, r.sessionId, r.userIds, r.startsAt, r.stage, r.sentAt],
  );
  return new Set(rows.map((row) => row.id));
}

/** A session of a track the person runs or joined, for their personal feed, with the SEQUENCE their calendar was last sent. */
export interface FeedSessionRow extends Omit<CalendarSessionRow, 'meetingId'> {
  trackId: string;
  trackTitle: string;
  trackStatus: TrackStatus;
  facilitator: boolean;
  participation: ParticipantStatus | null;
  lastSent: number | null;
}

/** The sessions of the network's tracks (the scope's) the person facilitates or applied to; the domain decides which are theirs. */
export function feedSessions(em: EntityManager, networkId: string, userId: string): Promise<FeedSessionRow[]> {
  return em.query(
    `SELECT s.id, s.kind, s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.place, s.version,
            t.id AS "trackId", t.title AS "trackTitle", t.status AS "trackStatus",
            (f.user_id IS NOT NULL) AS facilitator, p.status AS participation, c.sequence AS "lastSent"
       FROM track_session s JOIN track t ON t.network_id = s.network_id AND t.id = s.track_id
       LEFT JOIN track_facilitator f ON f.network_id = s.network_id AND f.track_id = s.track_id AND f.user_id = $2
       LEFT JOIN track_participant p ON p.network_id = s.network_id AND p.track_id = s.track_id AND p.user_id = $2
       LEFT JOIN track_session_calendar c ON c.network_id = s.network_id AND c.session_id = s.id AND c.user_id = $2
      WHERE s.network_id = $1 AND (f.user_id IS NOT NULL OR p.status = 'ACCEPTED')
      ORDER BY s.starts_at, s.id`,
    [networkId, userId],
  );
}
