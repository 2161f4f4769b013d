import type { MeetingReminderStage } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/**
 * The statements of a meeting's calendar mails, reminders and feed for its facilitators; every one
 * runs under one network's scope (row-level security), so nobody is told of another network's meeting.
 */

/** A facilitator of a meeting, or one taken off whose calendar was sent it, as a mail reaches them. */
export interface CalendarFacilitator {
  userId: string;
  /** Assigned to the meeting now. */
  facilitator: boolean;
  /** The SEQUENCE of the last calendar message they got of the meeting; null while none. */
  sequence: number | null;
  /** Whether their calendar has the meeting (the last message was an invitation). */
  inCalendar: boolean;
  email: string;
  name: string;
  language: string | null;
}

/**
 * The meeting's facilitators and everyone whose calendar was sent it as one (all of them, or
 * `userIds`), with what their calendar has; deactivated accounts get no mail.
 */
export function calendarFacilitators(em: EntityManager, networkId: string, meetingId: string, userIds: string[] | null): Promise<CalendarFacilitator[]> {
  return em.query(
    `WITH people AS (SELECT user_id FROM meeting_facilitator WHERE network_id = $1 AND meeting_id = $2
                     UNION SELECT user_id FROM meeting_facilitator_calendar WHERE network_id = $1 AND meeting_id = $2)
     SELECT p.user_id AS "userId",
            EXISTS (SELECT 1 FROM meeting_facilitator f WHERE f.network_id = $1 AND f.meeting_id = $2 AND f.user_id = p.user_id) AS facilitator,
            c.sequence, coalesce(c.in_calendar, false) AS "inCalendar", u.email, u.name, u.language
       FROM people p JOIN app_user u ON u.id = p.user_id AND u.active
       LEFT JOIN meeting_facilitator_calendar c ON c.network_id = $1 AND c.meeting_id = $2 AND c.user_id = p.user_id
      WHERE $3::uuid[] IS NULL OR p.user_id = ANY($3::uuid[])
      ORDER BY u.name, p.user_id`,
    [networkId, meetingId, userIds],
  );
}

/** Remembers what each facilitator's calendar was sent of the meeting, in one statement. */
export async function noteFacilitatorCalendars(
  em: EntityManager,
  networkId: string,
  meetingId: string,
  sent: { userId: string; sequence: number; inCalendar: boolean }[],
): Promise<void> {
  if (!sent.length) return;
  await em.query(
    `INSERT INTO meeting_facilitator_calendar (network_id, meeting_id, user_id, sequence, in_calendar)
     SELECT $1, $2, x.user_id, x.sequence, x.in_calendar FROM unnest($3::uuid[], $4::int[], $5::boolean[]) AS x (user_id, sequence, in_calendar)
     ON CONFLICT (network_id, meeting_id, user_id) DO UPDATE SET sequence = EXCLUDED.sequence, in_calendar = EXCLUDED.in_calendar, sent_at = clock_timestamp()`,
    [networkId, meetingId, sent.map((s) => s.userId), sent.map((s) => s.sequence), sent.map((s) => s.inCalendar)],
  );
}

/** The SEQUENCE a facilitator's calendar last got of the meeting; null while none. */
export async function facilitatorSequence(em: EntityManager, networkId: string, meetingId: string, userId: string): Promise<number | null> {
  const rows: { sequence: number }[] = await em.query(
    `SELECT sequence FROM meeting_facilitator_calendar WHERE network_id = $1 AND meeting_id = $2 AND user_id = $3`,
    [networkId, meetingId, userId],
  );
  return rows[0]?.sequence ?? null;
}

/**
 * Claims one stage of a meeting's reminder for these facilitators: the ids this run is the first to
 * send it to (the unique index decides, so two runs that somehow overlap still send it once).
 */
export async function claimFacilitatorReminders(
  em: EntityManager,
  r: { networkId: string; meetingId: string; userIds: string[]; startsAt: Date; stage: MeetingReminderStage; sentAt: Date },
): Promise<Set<string>> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO meeting_facilitator_reminder (network_id, meeting_id, user_id, starts_at, stage, sent_at)
     SELECT $1, $2, x.id, $4, $5, $6 FROM unnest($3::uuid[]) AS x (id)
     ON CONFLICT (network_id, meeting_id, user_id, starts_at, stage) DO NOTHING RETURNING user_id AS id`,
    [r.networkId, r.meetingId, r.userIds, r.startsAt, r.stage, r.sentAt],
  );
  return new Set(rows.map((row) => row.id));
}
