import type { MeetingReminderStage, MeetingStatus, RegistrationStatus } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The statements of a meeting's calendar mails and reminders; every one runs under one network's
 * scope (row-level security), so nobody is told of another network's meeting.
 */

/** Someone registered (or once registered) for a meeting, as a mail reaches them. */
export interface CalendarPerson {
  registrationId: string;
  userId: string;
  status: RegistrationStatus;
  /** The SEQUENCE of the last calendar message they got; null while none. */
  calendarSequence: number | null;
  email: string;
  name: string;
  language: string | null;
}

/** The people of some registrations of a meeting (all of them when `registrationIds` is null); deactivated accounts get no mail. */
export function calendarPeople(em: EntityManager, networkId: string, meetingId: string, registrationIds: string[] | null): Promise<CalendarPerson[]> {
  return em.query(
    `SELECT r.id AS "registrationId", r.user_id AS "userId", r.status, r.calendar_sequence AS "calendarSequence", u.email, u.name, u.language
       FROM meeting_registration r JOIN app_user u ON u.id = r.user_id AND u.active
      WHERE r.network_id = $1 AND r.meeting_id = $2 AND ($3::uuid[] IS NULL OR r.id = ANY($3::uuid[]))
      ORDER BY r.registered_at, r.id`,
    [networkId, meetingId, registrationIds],
  );
}

/** Remembers the SEQUENCE each person's calendar was last sent, in one statement. */
export async function noteCalendarSequences(em: EntityManager, networkId: string, sent: { registrationId: string; sequence: number }[]): Promise<void> {
  if (!sent.length) return;
  await em.query(
    `UPDATE meeting_registration r SET calendar_sequence = x.sequence
       FROM unnest($2::uuid[], $3::int[]) AS x (id, sequence) WHERE r.network_id = $1 AND r.id = x.id`,
    [networkId, sent.map((s) => s.registrationId), sent.map((s) => s.sequence)],
  );
}

/** A meeting that may be reminded of, with the people holding a place and what each was already sent for its present start. */
export interface ReminderMeetingRow {
  id: string;
  title: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string;
  people: { registrationId: string; userId: string; status: RegistrationStatus; sent: MeetingReminderStage[] }[] | null;
  /** Its facilitators who are still members, with what each was already sent for its present start. */
  facilitators: { userId: string; sent: MeetingReminderStage[] }[] | null;
}

/**
 * The network's meetings that are still to come within eight days (the domain decides the
 * stage), with the registered people and the facilitators who are still members, in one statement.
 */
export function upcomingMeetings(em: EntityManager, networkId: string, now: Date): Promise<ReminderMeetingRow[]> {
  return em.query(
    `SELECT m.id, m.title, m.status, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place, m.online_link AS "onlineLink",
            (SELECT json_agg(json_build_object('registrationId', r.id, 'userId', r.user_id, 'status', r.status,
                    'sent', coalesce((SELECT json_agg(d.stage) FROM meeting_reminder d
                                       WHERE d.network_id = r.network_id AND d.registration_id = r.id AND d.starts_at = m.starts_at), '[]'::json))
                    ORDER BY r.registered_at, r.id)
               FROM meeting_registration r
              WHERE r.network_id = m.network_id AND r.meeting_id = m.id AND r.status = 'REGISTERED'
                AND EXISTS (SELECT 1 FROM membership ms WHERE ms.network_id = r.network_id AND ms.user_id = r.user_id AND ms.active)) AS people,
            (SELECT json_agg(json_build_object('userId', f.user_id,
                    'sent', coalesce((SELECT json_agg(d.stage) FROM meeting_facilitator_reminder d
                                       WHERE d.network_id = f.network_id AND d.meeting_id = f.meeting_id AND d.user_id = f.user_id AND d.starts_at = m.starts_at), '[]'::json))
                    ORDER BY f.assigned_at, f.user_id)
               FROM meeting_facilitator f
              WHERE f.network_id = m.network_id AND f.meeting_id = m.id
                AND EXISTS (SELECT 1 FROM membership ms WHERE ms.network_id = f.network_id AND ms.user_id = f.user_id AND ms.active)) AS facilitators
       FROM meeting m
      WHERE m.network_id = $1 AND m.status IN ('OPEN', 'HELD') AND m.starts_at > $2 AND m.starts_at <= $2::timestamptz + interval '8 days'
      ORDER BY m.starts_at, m.id`,
    [networkId, now],
  );
}

/**
 * Claims one stage of a meeting's reminder for these registrations: the ids this run is the first
 * to send it to (the unique index decides, so two runs that somehow overlap still send it once).
 */
export async function claimMeetingReminders(
  em: EntityManager,
  r: { networkId: string; registrationIds: string[]; startsAt: Date; stage: MeetingReminderStage; sentAt: Date },
): Promise<Set<string>> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO meeting_reminder (network_id, registration_id, starts_at, stage, sent_at)
     SELECT $1, x.id, $3, $4, $5 FROM unnest($2::uuid[]) AS x (id)
     ON CONFLICT (network_id, registration_id, starts_at, stage) DO NOTHING RETURNING registration_id AS id`,
    [r.networkId, r.registrationIds, r.startsAt, r.stage, r.sentAt],
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
  sequence: number;
  /** Their registration, if any. */
  registration: RegistrationStatus | null;
  /** Whether they are one of its facilitators. */
  facilitator: boolean;
}

/**
 * The meetings of the network (the scope's) where the person is registered or assigned as a
 * facilitator; which of them their calendar holds is holdsMeeting in libs/domain.
 */
export function feedMeetings(em: EntityManager, networkId: string, userId: string): Promise<FeedMeetingRow[]> {
  return em.query(
    `WITH mine AS (SELECT meeting_id FROM meeting_registration WHERE network_id = $1 AND user_id = $2
                   UNION SELECT meeting_id FROM meeting_facilitator WHERE network_id = $1 AND user_id = $2)
     SELECT m.id, m.title, m.status, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.place, m.online_link AS "onlineLink",
            greatest(m.version, coalesce(r.calendar_sequence, 0), coalesce(c.sequence, 0)) AS sequence,
            r.status AS registration, f.user_id IS NOT NULL AS facilitator
       FROM mine JOIN meeting m ON m.network_id = $1 AND m.id = mine.meeting_id
       LEFT JOIN meeting_registration r ON r.network_id = $1 AND r.meeting_id = m.id AND r.user_id = $2
       LEFT JOIN meeting_facilitator f ON f.network_id = $1 AND f.meeting_id = m.id AND f.user_id = $2
       LEFT JOIN meeting_facilitator_calendar c ON c.network_id = $1 AND c.meeting_id = m.id AND c.user_id = $2
      ORDER BY m.starts_at, m.id`,
    [networkId, userId],
  );
}
