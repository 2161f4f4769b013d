import request from 'supertest';
import { addDays, dutchToday } from '@kijkje/domain';
import { withAdmin } from './database';
import { codeOf, type GqlClient } from './gql-client';
import type { TestApp } from './test-app';
import * as d from './track-documents';
import type { TrackWorld } from './track-world';

/** What the outsider (a coordinator of another network) tries against network A's learning track. */
type Attempt = (outsider: GqlClient) => Promise<void>;

/**
 * The cross-tenant cases of the learning-track operations (SEC-03): every one aimed at network A's
 * track, its sessions, applications, cases and entries answers NOT_FOUND; the list shows none of A's.
 * `track` gives network A's track world once the matrix has built it.
 */
export function trackCrossTenantCases(track: () => TrackWorld): Record<string, { attempt: Attempt }> {
  const notFound = (query: string, variables: () => Record<string, unknown>) => ({
    attempt: async (o: GqlClient) => {
      const res = await o.gql(query, variables());
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res.data ?? {})).not.toContain('Geheime');
    },
  });
  const a = () => track();
  return {
    tracks: {
      attempt: async (o) => {
        const res = await o.gql(d.TRACKS);
        expect(codeOf(res)).toBe('OK');
        expect(JSON.stringify(res.data)).not.toContain(a().trackId);
      },
    },
    track: notFound(d.TRACK, () => ({ id: a().trackId })),
    trackCase: notFound(d.CASE, () => ({ id: a().participants.owner })),
    createTrack: {
      // A track of the outsider's own network; nothing of A's in the answer.
      attempt: async (o) => {
        const res = await o.gql(d.CREATE, { input: { title: 'Leergang van B', capacity: 5 } });
        expect(codeOf(res)).toBe('OK');
        expect(JSON.stringify(res.data)).not.toContain(a().facilitator.name);
      },
    },
    updateTrack: notFound(d.UPDATE, () => ({ input: { id: a().trackId, version: 1, title: 'Overgenomen', capacity: 99 } })),
    stepTrack: notFound(d.STEP, () => ({ input: { id: a().trackId, version: 1, step: 'CLOSE' } })),
    assignTrackFacilitator: notFound(d.ASSIGN, () => ({ input: { trackId: a().trackId, userId: a().facilitator.id } })),
    removeTrackFacilitator: notFound(d.UNASSIGN, () => ({ input: { trackId: a().trackId, userId: a().facilitator.id } })),
    addTrackSession: notFound(d.ADD_SESSION, () => ({ input: d.session(a().trackId, 'WORKSHOP', 20) })),
    updateTrackSession: notFound(d.UPDATE_SESSION, () => ({
      input: { sessionId: a().sessionId, version: 1, title: 'Overgenomen', day: addDays(dutchToday(), 20), startTime: '09:00', endTime: '10:00', place: null },
    })),
    removeTrackSession: notFound(d.REMOVE_SESSION, () => ({ id: a().sessionId })),
    holdTrackSessionWithTables: notFound(d.HOLD_WITH_TABLES, () => ({ id: a().sessionId })),
    applyForTrack: notFound(d.APPLY, () => ({ input: { trackId: a().trackId, motivation: 'Indringer' } })),
    withdrawFromTrack: notFound(d.WITHDRAW, () => ({ id: a().trackId })),
    decideTrackApplication: notFound(d.DECIDE, () => ({ input: { participantId: a().participants.applicant, decision: 'ACCEPT' } })),
    setTrackFeedbackGroup: notFound(d.GROUP, () => ({ input: { participantId: a().participants.peer, group: 'B' } })),
    updateMyTrackCase: notFound(d.UPDATE_CASE, () => ({ input: { trackId: a().trackId, version: 1, question: 'Indringer', sharedWithGroup: true } })),
    addTrackCaseEntry: notFound(d.ADD_ENTRY, () => ({ input: { trackId: a().trackId, text: 'Indringer' } })),
    updateTrackCaseEntry: notFound(d.UPDATE_ENTRY, () => ({ input: { entryId: a().entryId, version: 1, text: 'Indringer' } })),
    giveTrackFeedback: notFound(d.FEEDBACK, () => ({ input: { participantId: a().participants.owner, sessionId: a().sessionId, text: 'Indringer' } })),
  };
}

/** Network A's learning-track rows, as the owner sees them: the matrix compares them before and after. */
export const trackState = (t: TestApp, networkId: string) =>
  withAdmin(
    async (c) =>
      (
        await c.query(
          `SELECT (SELECT string_agg(title || version || status || capacity, ',' ORDER BY id) FROM track WHERE network_id = $1) AS tracks,
                  (SELECT string_agg(user_id::text, ',' ORDER BY user_id) FROM track_facilitator WHERE network_id = $1) AS facilitators,
                  (SELECT string_agg(title || version || starts_at::text || place, ',' ORDER BY id) FROM track_session WHERE network_id = $1) AS sessions,
                  (SELECT count(*) FROM track_session_calendar WHERE network_id = $1)::int AS calendars,
                  (SELECT string_agg(status || coalesce(feedback_group, '-') || case_version || case_question, ',' ORDER BY id)
                     FROM track_participant WHERE network_id = $1) AS participants,
                  (SELECT string_agg(text || version, ',' ORDER BY id) FROM track_case_entry WHERE network_id = $1) AS entries,
                  (SELECT count(*) FROM track_feedback WHERE network_id = $1)::int AS feedback,
                  (SELECT count(*) FROM meeting WHERE network_id = $1 AND track_session_id IS NOT NULL)::int AS "sessionMeetings"`,
          [networkId],
        )
      ).rows[0],
    t.db.ownerUrl,
  );

/** A's portfolio and calendar downloads are nobody else's. */
export async function portfoliosOfANotFound(t: TestApp, outsider: GqlClient, track: TrackWorld): Promise<void> {
  for (const path of [
    `/export/portfolio/${track.participants.owner}/md`,
    `/export/portfolio/${track.participants.owner}/pdf`,
    `/export/agenda/leergang/${track.trackId}.ics`,
    `/export/agenda/leergang-bijeenkomst/${track.sessionId}.ics`,
  ]) {
    const res = await request(t.http).get(path).set('cookie', outsider.cookie!);
    expect([path, res.status]).toEqual([path, 404]);
    expect(res.text).not.toContain('Startbijeenkomst');
  }
}
