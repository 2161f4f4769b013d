import {
  mayHostTable,
  meetingCountsInHarvests,
  meetingReportVisibilityAllowed,
  type MeetingStatus,
  type ParticipantStatus,
  type Role,
  type TrackSessionStanding,
} from '@kijkje/domain';
import type { Client } from 'pg';

/** One network's learning-track sessions held with theme tables, as stored, with what could make them leave the track. */
export async function loadTrackMeetings(c: Client, networkId: string) {
  const q = async <T>(sql: string) => (await c.query(sql, [networkId])).rows as T[];
  const OF_TRACKS = `meeting_id IN (SELECT id FROM meeting WHERE network_id = $1 AND track_session_id IS NOT NULL)`;
  return {
    meetings: await q<{
      id: string;
      title: string;
      status: MeetingStatus;
      starts_at: Date;
      ends_at: Date;
      place: string;
      created_at: Date;
      track_id: string;
      session_title: string;
      session_starts_at: Date;
      session_ends_at: Date;
      session_place: string;
    }>(
      `SELECT m.id, m.title, m.status, m.starts_at, m.ends_at, m.place, m.created_at, s.track_id, s.title AS session_title,
              s.starts_at AS session_starts_at, s.ends_at AS session_ends_at, s.place AS session_place
         FROM meeting m JOIN track_session s ON s.network_id = m.network_id AND s.id = m.track_session_id WHERE m.network_id = $1`,
    ),
    registrations: await q<{ meeting_id: string; user_id: string; status: string; registered_at: Date }>(
      `SELECT meeting_id, user_id, status, registered_at FROM meeting_registration WHERE network_id = $1 AND ${OF_TRACKS}`,
    ),
    tables: await q<{ meeting_id: string; name: string; host_user_id: string | null }>(
      `SELECT meeting_id, name, host_user_id FROM meeting_table WHERE network_id = $1 AND ${OF_TRACKS}`,
    ),
    cards: await q<{ meeting_id: string; author_id: string | null; created_at: Date }>(
      `SELECT meeting_id, author_id, created_at FROM meeting_card WHERE network_id = $1 AND ${OF_TRACKS}`,
    ),
    /** Every visibility its report or a version ever had, and whether a public page serves it. */
    reports: await q<{ meeting_id: string; visibility: 'NETWORK' | 'PUBLIC' | 'SERVED' }>(
      `SELECT meeting_id, visibility FROM meeting_report WHERE network_id = $1 AND ${OF_TRACKS}
       UNION ALL SELECT meeting_id, visibility FROM meeting_report_version WHERE network_id = $1 AND ${OF_TRACKS}
       UNION ALL SELECT meeting_id, 'SERVED' FROM meeting_report_public WHERE network_id = $1 AND ${OF_TRACKS}`,
    ),
    /** Harvests (drafts and published versions) that name such a meeting. */
    harvested: await q<{ meeting_id: string }>(
      `SELECT m.id AS meeting_id FROM meeting m WHERE m.network_id = $1 AND m.track_session_id IS NOT NULL
          AND (EXISTS (SELECT 1 FROM harvest h WHERE h.network_id = m.network_id AND h.meeting_ids ? m.id::text)
               OR EXISTS (SELECT 1 FROM harvest_version v WHERE v.network_id = m.network_id AND strpos(v.content::text, m.id::text) > 0))`,
    ),
    roles: await q<{ user_id: string; role: Role; active: boolean }>(`SELECT user_id, role, active FROM membership WHERE network_id = $1`),
  };
}

type TrackFacts = {
  participants: { track_id: string; user_id: string; status: ParticipantStatus }[];
  facilitators: { track_id: string; user_id: string }[];
};

/**
 * How the sessions held with theme tables break the rules of track-session-meeting.ts (libs/domain):
 * the meeting follows its session (title, time, place), is held only once its session began, seats
 * exactly the track's cohort, has its tables hosted by the track's people, knows no card or place
 * from before it was made, and stays with the track: no public report, in no harvest.
 */
export function trackMeetingViolations(d: Awaited<ReturnType<typeof loadTrackMeetings>>, tracks: TrackFacts, now = new Date()): string[] {
  const problems: string[] = [];
  for (const m of d.meetings) {
    const say = (what: string) => problems.push(`meeting ${m.title}: ${what}`);
    const cohort = tracks.participants.filter((p) => p.track_id === m.track_id && p.status === 'ACCEPTED').map((p) => p.user_id);
    const standing = (userId: string): TrackSessionStanding => ({
      facilitator: tracks.facilitators.some((f) => f.track_id === m.track_id && f.user_id === userId),
      participant: cohort.includes(userId),
    });
    const same = (a: Date, b: Date) => new Date(a).getTime() === new Date(b).getTime();
    if (m.title !== m.session_title || m.place !== m.session_place || !same(m.starts_at, m.session_starts_at) || !same(m.ends_at, m.session_ends_at))
      say('does not follow its session');
    const cards = d.cards.filter((x) => x.meeting_id === m.id);
    if ((m.status === 'HELD' || m.status === 'REPORT_PUBLISHED' || cards.length > 0) && new Date(m.session_starts_at) > now)
      say(`${m.status} with ${cards.length} cards before its session began`);
    if (new Date(m.created_at) > now) say('made in the future');
    const regs = d.registrations.filter((r) => r.meeting_id === m.id);
    const placed = regs.filter((r) => r.status === 'REGISTERED').map((r) => r.user_id);
    for (const userId of placed) if (!cohort.includes(userId)) say(`a place for ${userId}, who is not of the cohort`);
    for (const userId of cohort) if (!placed.includes(userId)) say(`no place for ${userId} of the cohort`);
    if (regs.some((r) => new Date(r.registered_at) < new Date(m.created_at))) say('a place from before the meeting was made');
    for (const t of d.tables.filter((x) => x.meeting_id === m.id && x.host_user_id)) {
      const role = d.roles.find((r) => r.user_id === t.host_user_id && r.active)?.role ?? null;
      if (!mayHostTable({ role, facilitatesMeeting: false, track: standing(t.host_user_id!) })) say(`table ${t.name} hosted by someone outside the track`);
    }
    for (const card of cards) {
      if (card.author_id && !cohort.includes(card.author_id)) say('a card by someone outside the cohort');
      if (new Date(card.created_at) < new Date(m.created_at) || new Date(card.created_at) > now) say('a card from before the meeting or from the future');
    }
    for (const r of d.reports.filter((x) => x.meeting_id === m.id))
      if (r.visibility === 'SERVED' || !meetingReportVisibilityAllowed('TRACK', r.visibility)) say('a public report');
    if (d.harvested.some((h) => h.meeting_id === m.id) && !meetingCountsInHarvests('TRACK')) say('in a harvest');
  }
  return problems;
}
