import { addDays, dutchToday } from '@kijkje/domain';
import { withAdmin } from './database';
import { codeOf, type GqlClient } from './gql-client';
import type { TestApp } from './test-app';
import type { World } from './world';

/** Network A's meeting, and a facilitator of A assigned to it (the matrix builds both; the assignment is made here). */
export interface FacilitatedMeetingOfA {
  meetingId: string;
  facilitatorId: string;
}

const ASSIGN = `mutation($input: MeetingFacilitatorInput!) { assignMeetingFacilitator(input: $input) { id facilitators { userId name } } }`;
const UNASSIGN = `mutation($input: MeetingFacilitatorInput!) { removeMeetingFacilitator(input: $input) { id facilitators { userId name } } }`;

/**
 * The cross-tenant cases of a meeting's facilitators (SEC-03), for the matrix in apps/api/test/cross-tenant:
 * the outsider (a coordinator of network B) can neither assign nor remove a facilitator of A's
 * meeting, nor assign A's facilitator to a meeting of their own; A's assignments stay as they were.
 */
export function meetingFacilitatorCases(
  a: () => FacilitatedMeetingOfA,
): Record<string, { attempt: (outsider: GqlClient, w: World, t: TestApp) => Promise<void> }> {
  const rowsOfA = (t: TestApp, w: World) =>
    withAdmin(
      async (c) => (await c.query(`SELECT meeting_id, user_id FROM meeting_facilitator WHERE network_id = $1 ORDER BY 1, 2`, [w.a.id])).rows,
      t.db.ownerUrl,
    );
  /** Runs the attempt with A's facilitator assigned to A's meeting, and checks that A's assignments did not change. */
  const unchanged = async (t: TestApp, w: World, attempt: () => Promise<void>) => {
    await withAdmin(
      (c) =>
        c.query(`INSERT INTO meeting_facilitator (network_id, meeting_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          w.a.id,
          a().meetingId,
          a().facilitatorId,
        ]),
      t.db.ownerUrl,
    );
    const before = await rowsOfA(t, w);
    await attempt();
    expect(await rowsOfA(t, w)).toEqual(before);
  };
  const notFound = async (o: GqlClient, doc: string) => {
    const res = await o.gql(doc, { input: { meetingId: a().meetingId, userId: a().facilitatorId } });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(JSON.stringify(res.data ?? {})).not.toContain(a().facilitatorId);
  };
  return {
    assignMeetingFacilitator: {
      attempt: (o, w, t) =>
        unchanged(t, w, async () => {
          await notFound(o, ASSIGN);
          // A's facilitator on a meeting of the outsider's own network: no facilitator there, and nothing of A in the answer.
          const own = await o.ok(`mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { id } }`, {
            input: { title: 'Eigen bijeenkomst', hostMayEdit: false, day: addDays(dutchToday(), 20), startTime: '13:00', endTime: '15:00', capacity: 5 },
          });
          const attempt = (userId: string) => o.gql(ASSIGN, { input: { meetingId: own.createMeeting.id, userId } });
          const res = await attempt(a().facilitatorId);
          expect([codeOf(res), res.errors?.[0]?.extensions.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'userId']);
          // The same answer as for someone who exists nowhere: A's facilitator is not even known to be someone.
          const nobody = await attempt('00000000-0000-4000-8000-000000000000');
          expect(res.errors?.[0]?.extensions.fields).toEqual(nobody.errors?.[0]?.extensions.fields);
        }),
    },
    removeMeetingFacilitator: { attempt: (o, w, t) => unchanged(t, w, () => notFound(o, UNASSIGN)) },
  };
}
