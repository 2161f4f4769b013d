import {
  caseVisibleTo,
  dutchToday,
  holdsPlace,
  sessionFits,
  type ParticipantStatus,
  type ScheduledSession,
  type SessionKind,
  type TrackStatus,
} from '@kijkje/domain';
import type { Client } from 'pg';
import { loadTrackMeetings, trackMeetingViolations } from './demo-track-meeting-rules';

/** One network's learning tracks as stored: what their rules speak about. */
export async function loadTracks(c: Client, networkId: string) {
  const q = async <T>(sql: string) => (await c.query(sql, [networkId])).rows as T[];
  return {
    tracks: await q<{ id: string; title: string; status: TrackStatus; capacity: number }>(
      `SELECT id, title, status, capacity FROM track WHERE network_id = $1`,
    ),
    facilitators: await q<{ track_id: string; user_id: string; role: string; active: boolean }>(
      `SELECT f.track_id, f.user_id, m.role, m.active FROM track_facilitator f JOIN membership m ON m.network_id = f.network_id AND m.user_id = f.user_id
        WHERE f.network_id = $1`,
    ),
    sessions: await q<{ track_id: string; kind: SessionKind; starts_at: Date; created_at: Date }>(
      `SELECT track_id, kind, starts_at, created_at FROM track_session WHERE network_id = $1 ORDER BY created_at, id`,
    ),
    participants: await q<{
      id: string;
      track_id: string;
      user_id: string;
      status: ParticipantStatus;
      feedback_group: string | null;
      shared: boolean;
      role: string;
    }>(
      `SELECT p.id, p.track_id, p.user_id, p.status, p.feedback_group, p.case_shared_with_group AS shared, m.role
         FROM track_participant p JOIN membership m ON m.network_id = p.network_id AND m.user_id = p.user_id WHERE p.network_id = $1`,
    ),
    entries: await q<{ participant_id: string; day: string }>(
      `SELECT participant_id, to_char(entry_day, 'YYYY-MM-DD') AS day FROM track_case_entry WHERE network_id = $1`,
    ),
    feedback: await q<{ participant_id: string; author_id: string }>(`SELECT participant_id, author_id FROM track_feedback WHERE network_id = $1`),
    /** The sessions held with theme tables. */
    meetings: await loadTrackMeetings(c, networkId),
  };
}

/** Every way the stored tracks break the rules of libs/domain (empty when they keep them all). */
export function trackRuleViolations(d: Awaited<ReturnType<typeof loadTracks>>): string[] {
  const problems: string[] = [];
  for (const t of d.tracks) {
    const cohort = d.participants.filter((p) => p.track_id === t.id);
    const facilitators = d.facilitators.filter((f) => f.track_id === t.id);
    const accepted = cohort.filter((p) => holdsPlace(p.status)).length;
    if (accepted > t.capacity) problems.push(`${t.title}: ${accepted} participants for ${t.capacity} places`);
    if (cohort.some((p) => p.status === 'WAITLISTED') && accepted < t.capacity) problems.push(`${t.title}: a waitlist while places are free`);
    if (t.status !== 'DRAFT' && facilitators.length === 0) problems.push(`${t.title}: ${t.status} without a facilitator`);
    if (t.status === 'DRAFT' && cohort.length) problems.push(`${t.title}: applications to a draft`);
    for (const f of facilitators) if (f.role !== 'FACILITATOR' || !f.active) problems.push(`${t.title}: facilitator ${f.user_id} is no active facilitator`);
    for (const p of cohort) if (p.role === 'FACILITATOR') problems.push(`${t.title}: a facilitator applied`);
    for (const p of cohort) if (p.feedback_group && p.status !== 'ACCEPTED') problems.push(`${t.title}: ${p.status} application in a feedback group`);
    const placed: ScheduledSession[] = [];
    for (const s of d.sessions.filter((x) => x.track_id === t.id)) {
      const session = { kind: s.kind, startsAt: new Date(s.starts_at) };
      for (const v of sessionFits(placed, session)) problems.push(`${t.title}: ${v}`);
      placed.push(session);
    }
    for (const e of d.entries.filter((x) => cohort.some((p) => p.id === x.participant_id))) {
      const owner = cohort.find((p) => p.id === e.participant_id)!;
      if (e.day > dutchToday()) problems.push(`${t.title}: a case entry on a later day`);
      if (owner.status !== 'ACCEPTED') problems.push(`${t.title}: a case log of a ${owner.status} application`);
    }
    for (const f of d.feedback.filter((x) => cohort.some((p) => p.id === x.participant_id))) {
      const owner = cohort.find((p) => p.id === f.participant_id)!;
      const me = cohort.find((p) => p.user_id === f.author_id) ?? null;
      const viewer = {
        userId: f.author_id,
        coordinator: false,
        facilitator: facilitators.some((x) => x.user_id === f.author_id),
        participation: me?.status ?? null,
        feedbackGroup: me?.feedback_group ?? null,
      };
      const facts = { ownerId: owner.user_id, ownerStatus: owner.status, ownerGroup: owner.feedback_group, sharedWithGroup: owner.shared };
      if (!caseVisibleTo(viewer, facts) || f.author_id === owner.user_id) problems.push(`${t.title}: feedback by someone who may not give it`);
    }
  }
  problems.push(...trackMeetingViolations(d.meetings, d));
  return problems;
}
