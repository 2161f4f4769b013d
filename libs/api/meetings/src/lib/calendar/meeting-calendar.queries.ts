import type { MeetingHolderFacts, MeetingReminderStage, MeetingStatus, RegistrationStatus } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The statements of a meeting's calendar mails, reminders and feed, for everyone who stands to it
 * (a registration, running it as a facilitator, hosting a table) with one calendar each
 * (meeting_calendar) and one record of the reminders they got (meeting_reminder). Every one runs
 * under one network's scope (row-level security), so nobody is told of another network's meeting.
 */

/** How a person stands to the meeting, the names of the tables they host (in the tables' order), and what their calendar has. */
const STANDING = `r.status AS registration,
  EXISTS (SELECT 1 FROM meeting_facilitator f WHERE f.network_id = $1 AND f.meeting_id = m.id AND f.user_id = p.user_id) AS facilitator,
  coalesce((SELECT array_agg(t.name ORDER BY t.position, t.created_at, t.id) FROM meeting_table t
             WHERE t.network_id = $1 AND t.meeting_id = m.id AND t.host_user_id = p.user_id), '{}')::text[] AS tables`;

/** Everyone who stands to a meeting in some way, or whose calendar was sent it. */
const PEOPLE = `SELECT user_id FROM meeting_registration WHERE network_id = $1 AND meeting_id = $2
  UNION SELECT user_id FROM meeting_facilitator WHERE network_id = $1 AND meeting_id = $2
  UNION SELECT host_user_id FROM meeting_table WHERE network_id = $1 AND meeting_id = $2 AND host_user_id IS NOT NULL
  UNION SELECT user_id FROM meeting_calendar WHERE network_id = $1 AND meeting_id = $2`;

/** Someone who stands or stood to a meeting, as a mail reaches them. */
export interface CalendarPerson {
  userId: string;
  email: string;
  name: string;
  language: string | null;
  /** Their registration, if any. */
  registration: RegistrationStatus | null;
  facilitator: boolean;
  /** The tables they host, by name; none when they host none. */
  tables: string[];
  /** The SEQUENCE of the last calendar message they got of the meeting; null while none. */
  sequence: number | null;
  /** Whether their calendar has the meeting (the last message was an invitation). */
  inCalendar: boolean;
}

/** How a person stands to a meeting, as holdsMeeting (libs/domain) asks it. */
export const holderFacts = (p: { registration: RegistrationStatus | null; facilitator: boolean; tables: string[] }): MeetingHolderFacts => ({
  facilitator: p.facilitator,
  tableHost: p.tables.length > 0,
  registration: p.registration,
});

/** The people of a meeting (all of them, or `userIds`), in the order they registered, then by name; deactivated accounts get no mail. */
export function calendarPeople(em: EntityManager, networkId: string, meetingId: string, userIds: string[] | null): Promise<CalendarPerson[]> {
  return em.query(
    `WITH people AS (${PEOPLE})
     SELECT p.user_id AS "userId", u.email, u.name, u.language, ${STANDING}, c.sequence, coalesce(c.in_calendar, false) AS "inCalendar"
       FROM people p JOIN app_user u ON u.id = p.user_id AND u.active
       JOIN meeting m ON m.network_id = $1 AND m.id = $2
       LEFT JOIN meeting_registration r ON r.network_id = $1 AND r.meeting_id = m.id AND r.user_id = p.user_id
       LEFT JOIN meeting_calendar c ON c.network_id = $1 AND c.meeting_id = m.id AND c.user_id = p.user_id
      WHERE $3::uuid[] IS NULL OR p.user_id = ANY($3::uuid[])
      ORDER BY r.registered_at NULLS LAST, u.name, p.user_id`,
    [networkId, meetingId, userIds],
  );
}

/** Remembers what each person's calendar was sent of the meeting, in one statement. */
export async function noteCalendars(
  em: EntityManager,
  networkId: string,
  meetingId: string,
  sent: { userId: string; sequence: number; inCalendar: boolean }[],
): Promise<void> {
  if (!sent.length) return;
  await em.query(
    `INSERT INTO meeting_calendar (network_id, meeting_id, user_id, sequence, in_calendar)
     SELECT $1, $2, x.user_id, x.sequence, x.in_calendar FROM unnest($3::uuid[], $4::int[], $5::boolean[]) AS x (user_id, sequence, in_calendar)
     ON CONFLICT (network_id, meeting_id, user_id) DO UPDATE SET sequence = EXCLUDED.sequence, in_calendar = EXCLUDED.in_calendar, sent_at = clock_timestamp()`,
    [networkId, meetingId, sent.map((s) => s.userId), sent.map((s) => s.sequence), sent.map((s) => s.inCalendar)],
  );
}

/** The SEQUENCE a person's calendar last got of the meeting; null while none. */
export async function calendarSequence(em: EntityManager, networkId: string, meetingId: string, userId: string): Promise<number | null> {
  const rows: { sequence: number }[] = await em.query(`SELECT sequence FROM meeting_calendar WHERE network_id = $1 AND meeting_id = $2 AND user_id = $3`, [
    networkId,
    meetingId,
    userId,
  ]);
  return rows[0]?.sequence ?? null;
}

/** Someone a meeting may remind, how they stand to it, and what they were already sent for its present start. */
export interface ReminderPerson {
  userId: string;
  registration: RegistrationStatus | null;
  facilitator: boolean;
  tables: string[];
  sent: MeetingReminderStage[];
}

/** A meeting that may be reminded of, with its people. */
export interface ReminderMeetingRow {
  id: string;
  title: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
  /** The learning-track session it holds with theme tables, if any: then it is no appointment of its own. */
  trackSessionId: string | null;
  /** Those with a place, its facilitators and its table hosts who are still members: each once. */
  people: ReminderPerson[] | null;
}

/**
 * The network's meetings that are still to come within eight days (the domain decides the
 * stage), with the people holding a place, running it or hosting a table who are still members,
 * each once with how they stand to it, in one statement.
 */
export function upcomingMeetings(em: EntityManager, networkId: string, now: Date): Promise<ReminderMeetingRow[]> {
  return em.query(
    `SELECT m.id, m.title, m.status, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place, m.online_link AS "onlineLink",
            m.track_session_id AS "trackSessionId",
            (SELECT json_agg(json_build_object('userId', s.user_id, 'registration', s.registration, 'facilitator', s.facilitator, 'tables', s.tables,
                    'sent', coalesce((SELECT json_agg(d.stage) FROM meeting_reminder d
                                       WHERE d.network_id = $1 AND d.meeting_id = m.id AND d.user_id = s.user_id AND d.starts_at = m.starts_at), '[]'::json))
                    ORDER BY s.user_id)
               FROM (SELECT p.user_id, ${STANDING}
                       FROM (SELECT user_id FROM meeting_registration WHERE network_id = $1 AND meeting_id = m.id AND status = 'REGISTERED'
                             UNION SELECT user_id FROM meeting_facilitator WHERE network_id = $1 AND meeting_id = m.id
                             UNION SELECT host_user_id FROM meeting_table WHERE network_id = $1 AND meeting_id = m.id AND host_user_id IS NOT NULL) AS p (user_id)
                       LEFT JOIN meeting_registration r ON r.network_id = $1 AND r.meeting_id = m.id AND r.user_id = p.user_id
                      WHERE EXISTS (SELECT 1 FROM membership ms WHERE ms.network_id = $1 AND ms.user_id = p.user_id AND ms.active)) AS s) AS people
       FROM meeting m
      WHERE m.network_id = $1 AND m.status IN ('OPEN', 'HELD') AND m.starts_at > $2 AND m.starts_at <= $2::timestamptz + interval '8 days'
      ORDER BY m.starts_at, m.id`,
    [networkId, now],
  );
}

/**
 * Claims one stage of a meeting's reminder for these people: the ids this run is the first to
 * send it to (the unique index decides, so two runs that somehow overlap still send it once).
 */
export async function claimMeetingReminders(
  em: EntityManager,
  r: { networkId: string; meetingId: string; userIds: string[]; startsAt: Date; stage: MeetingReminderStage; sentAt: Date },
): Promise<Set<string>> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO meeting_reminder (network_id, meeting_id, user_id, starts_at, stage, sent_at)
     SELECT $1, $2, x.id, $4, $5, $6 FROM unnest($3::uuid[]) AS x (id)
     ON CONFLICT (network_id, meeting_id, user_id, starts_at, stage) DO NOTHING RETURNING user_id AS id`,
    [r.networkId, r.meetingId, r.userIds, r.startsAt, r.stage, r.sentAt],
  );
  return new Set(rows.map((row) => row.id));
}

/** A meeting in a person's calendar feed, how they stand to it, and the SEQUENCE their calendar knows it by. */
export interface FeedMeetingRow {
  id: string;
  title: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
  trackSessionId: string | null;
  sequence: number;
  registration: RegistrationStatus | null;
  facilitator: boolean;
  tables: string[];
}

/**
 * The meetings of the network (the scope's) the person is registered for, runs as a facilitator or
 * hosts a table of; which of them their calendar holds is holdsMeeting in libs/domain.
 */
export function feedMeetings(em: EntityManager, networkId: string, userId: string): Promise<FeedMeetingRow[]> {
  return em.query(
    `WITH mine AS (SELECT meeting_id FROM meeting_registration WHERE network_id = $1 AND user_id = $2
                   UNION SELECT meeting_id FROM meeting_facilitator WHERE network_id = $1 AND user_id = $2
                   UNION SELECT meeting_id FROM meeting_table WHERE network_id = $1 AND host_user_id = $2)
     SELECT m.id, m.title, m.status, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place, m.online_link AS "onlineLink",
            m.track_session_id AS "trackSessionId", greatest(m.version, coalesce(c.sequence, 0)) AS sequence, ${STANDING}
       FROM mine JOIN meeting m ON m.network_id = $1 AND m.id = mine.meeting_id
       CROSS JOIN (SELECT $2::uuid AS user_id) AS p
       LEFT JOIN meeting_registration r ON r.network_id = $1 AND r.meeting_id = m.id AND r.user_id = $2
       LEFT JOIN meeting_calendar c ON c.network_id = $1 AND c.meeting_id = m.id AND c.user_id = $2
      ORDER BY m.starts_at, m.id`,
    [networkId, userId],
  );
}
