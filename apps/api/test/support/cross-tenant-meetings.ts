import request from 'supertest';
import { withAdmin } from './database';
import { codeOf, type GqlClient, type GqlResult } from './gql-client';
import type { TestApp } from './test-app';
import type { World } from './world';

/**
 * The cross-tenant cases of a meeting's report, its tables' hosts and its series (issue 17), for
 * the matrix in apps/api/test/cross-tenant. Network A has a meeting whose report is published publicly
 * and one whose draft was never published; the outsider (a coordinator of network B) tries each
 * operation on them and learns nothing.
 */
export const reportsOfA = {} as { publishedId: string; draftId: string; tableId: string; publicSlug: string; draftSlug: string };

export async function buildMeetingReportsOfA(t: TestApp, world: World, tableOfA: string): Promise<void> {
  const ids = await withAdmin(async (c) => {
    const meeting = async (title: string, status: string) =>
      (
        await c.query(
          `INSERT INTO meeting (network_id, title, starts_at, ends_at, capacity, status, host_organisation_id)
           VALUES ($1, $2, now() - interval '2 days', now() - interval '2 days' + interval '3 hours', 20, $3, $4) RETURNING id`,
          [world.a.id, title, status, world.a.organisations[0].id],
        )
      ).rows[0].id as string;
    const publishedId = await meeting('Openbare bijeenkomst van A', 'REPORT_PUBLISHED');
    const draftId = await meeting('Gehouden bijeenkomst van A', 'HELD');
    const report = (meetingId: string, slug: string, visibility: string) =>
      c.query(`INSERT INTO meeting_report (network_id, meeting_id, slug, text, visibility) VALUES ($1, $2, $3, 'Geheim verslag van A, met Pietersen', $4)`, [
        world.a.id,
        meetingId,
        slug,
        visibility,
      ]);
    await report(publishedId, 'openbaar-verslag-van-a', 'PUBLIC');
    await report(draftId, 'concept-verslag-van-a', 'PUBLIC');
    await c.query(
      `INSERT INTO meeting_report_version (network_id, meeting_id, number, slug, visibility, content) VALUES ($1, $2, 1, 'openbaar-verslag-van-a', 'PUBLIC', $3)`,
      [
        world.a.id,
        publishedId,
        JSON.stringify({
          title: 'Openbare bijeenkomst van A',
          network: world.a.name,
          host: null,
          startsAt: new Date().toISOString(),
          endsAt: new Date().toISOString(),
          place: '',
          items: [],
          text: 'Het openbare verslag.',
          visibility: 'PUBLIC',
          number: 1,
          publishedAt: new Date().toISOString(),
          next: null,
        }),
      ],
    );
    await c.query(`INSERT INTO meeting_report_public (network_id, meeting_id, slug, number, state) VALUES ($1, $2, 'openbaar-verslag-van-a', 1, 'PUBLIC')`, [
      world.a.id,
      publishedId,
    ]);
    return { publishedId, draftId };
  }, t.db.ownerUrl);
  Object.assign(reportsOfA, { ...ids, tableId: tableOfA, publicSlug: 'openbaar-verslag-van-a', draftSlug: 'concept-verslag-van-a' });
}

const notFound = async (res: Promise<GqlResult>) => expect(codeOf(await res)).toBe('NOT_FOUND');

export const MEETING_REPORT_CASES: Record<string, { attempt: (outsider: GqlClient, w: World, t: TestApp) => Promise<void> }> = {
  meetingReport: {
    attempt: (o) => notFound(o.gql(`query($id: ID!) { meetingReport(meetingId: $id) { text } }`, { id: reportsOfA.draftId })),
  },
  startMeetingReport: {
    attempt: (o) => notFound(o.gql(`mutation($id: ID!) { startMeetingReport(meetingId: $id) { text } }`, { id: reportsOfA.draftId })),
  },
  updateMeetingReport: {
    attempt: (o) =>
      notFound(
        o.gql(`mutation($input: UpdateMeetingReportInput!) { updateMeetingReport(input: $input) { text } }`, {
          input: { meetingId: reportsOfA.draftId, version: 1, text: 'Indringer', visibility: 'PUBLIC' },
        }),
      ),
  },
  decideMeetingReportWord: {
    attempt: (o) =>
      notFound(
        o.gql(`mutation($input: DecideMeetingReportWordInput!) { decideMeetingReportWord(input: $input) { text } }`, {
          input: { meetingId: reportsOfA.draftId, version: 1, word: 'Pietersen', decision: 'KEEP' },
        }),
      ),
  },
  publishMeetingReport: {
    attempt: (o) =>
      notFound(
        o.gql(`mutation($input: PublishMeetingReportInput!) { publishMeetingReport(input: $input) { text } }`, {
          input: { meetingId: reportsOfA.draftId, version: 1 },
        }),
      ),
  },
  withdrawMeetingReport: {
    attempt: (o) =>
      notFound(
        o.gql(`mutation($input: WithdrawMeetingReportInput!) { withdrawMeetingReport(input: $input) { text } }`, {
          input: { meetingId: reportsOfA.publishedId, number: 1, reason: 'Indringer' },
        }),
      ),
  },
  updateMeetingTable: {
    attempt: (o) =>
      notFound(
        o.gql(`mutation($input: UpdateMeetingTableInput!) { updateMeetingTable(input: $input) { id } }`, {
          input: { tableId: reportsOfA.tableId, version: 1, name: 'Indringer', hostUserId: null, capacity: 5 },
        }),
      ),
  },
  setNextMeeting: {
    // Neither from A's meeting, nor from the outsider's own open meeting to one of A's.
    attempt: async (o) => {
      await notFound(
        o.gql(`mutation($input: SetNextMeetingInput!) { setNextMeeting(input: $input) { id } }`, {
          input: { meetingId: reportsOfA.publishedId, version: 1, nextMeetingId: null },
        }),
      );
      const own = await o.ok(`mutation($input: MeetingFieldsInput!) { createMeeting(input: $input) { id version } }`, {
        input: { title: 'Eigen', hostMayEdit: false, day: '2099-01-01', startTime: '13:00', endTime: '15:00', capacity: 5 },
      });
      const opened = await o.ok(`mutation($input: MeetingStepInput!) { stepMeeting(input: $input) { id version } }`, {
        input: { id: own.createMeeting.id, version: own.createMeeting.version, step: 'OPEN' },
      });
      const res = await o.gql(`mutation($input: SetNextMeetingInput!) { setNextMeeting(input: $input) { id nextMeeting { title } } }`, {
        input: { meetingId: opened.stepMeeting.id, version: opened.stepMeeting.version, nextMeetingId: reportsOfA.draftId },
      });
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain('van A');
    },
  },
};

/** The files and pages of A's reports: only the public version is served, to anyone; everything else reads as unknown. */
export async function meetingReportFilesCheck(t: TestApp, outsider: GqlClient): Promise<void> {
  const cookie = outsider.cookie!;
  for (const id of [reportsOfA.publishedId, reportsOfA.draftId]) {
    expect((await request(t.http).get(`/export/bijeenkomstverslag/${id}/pdf`).set('cookie', cookie)).status).toBe(404);
    expect((await request(t.http).get(`/export/bijeenkomstverslag-voorbeeld/${id}`).set('cookie', cookie)).status).toBe(404);
  }
  const unknown = await request(t.http).get(`/bijeenkomst/bestaat-niet`).set('cookie', cookie);
  for (const path of [`/bijeenkomst/${reportsOfA.draftSlug}`, `/bijeenkomst/${reportsOfA.draftSlug}/verslag.pdf`]) {
    const res = await request(t.http).get(path).set('cookie', cookie);
    expect([path, res.status, res.text]).toEqual([path, 404, unknown.text]);
  }
  const open = await request(t.http).get(`/bijeenkomst/${reportsOfA.publicSlug}`).set('cookie', cookie);
  expect([open.status, open.text.includes('Het openbare verslag.'), open.text.includes('Geheim verslag')]).toEqual([200, true, false]);
}
