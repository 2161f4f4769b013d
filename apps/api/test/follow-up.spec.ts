import { MATRIX_ROLES, dutchToday, followUpInvitation, followUpRefusalMessages, type MatrixRole } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { outbox } from './support/outbox';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const INVITE = `mutation($input: InviteFollowUpInput!) { inviteFollowUp(input: $input) {
  id kind followUpOf status startsOn location version team { isLead user { id } } } }`;
const VISIT = `query($id: ID!) { visit(id: $id) { id kind mayInviteFollowUp followUps { id kind status } } }`;
const PLAN = `query($id: ID!) { actionPlan(visitId: $id) { canStart } }`;

/**
 * Follow-up conversations (terugkomgesprek) against the real endpoint and database: after the final
 * report the host or coordinator invites the team back; the follow-up is a visit of its own in the
 * same round, with the same team, that runs as any visit but never steers the round and carries no
 * plan of its own.
 */
describe('follow-up conversations', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let otherReview: string;
  const as = new Map<MatrixRole, GqlClient>();
  const admin = <T>(sql: string, params: unknown[] = []) => withAdmin(async (c) => (await c.query(sql, params)).rows as T[], t.db.ownerUrl);
  const input = (over: Record<string, unknown> = {}) => ({
    visitId: v.visitId,
    startsOn: dutchToday(),
    startTime: '13:00',
    endTime: '15:00',
    location: 'Stadhuis',
    ...over,
  });
  const followUpCount = async () => Number((await admin<{ n: string }>(`SELECT count(*) AS n FROM visit WHERE follow_up_of = $1`, [v.visitId]))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[]) {
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    }
    // A second review in the round, whose report is final too; the round is still reporting.
    const [row] = await admin<{ id: string }>(
      `INSERT INTO visit (network_id, round_id, host_organisation_id, status, starts_on) VALUES ($1, $2, $3, 'REPORT_FINAL', '2026-01-12') RETURNING id`,
      [world.a.id, v.roundId, v.organisations.b],
    );
    otherReview = row.id;
    await admin(`UPDATE round SET status = 'REPORTING' WHERE id = $1`, [v.roundId]);
  });
  afterAll(() => t.close());

  it('waits for the final report', async () => {
    const res = await as.get('hostContact')!.gql(INVITE, { input: input() });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'visitId', messages: followUpRefusalMessages.REPORT_NOT_FINAL }],
    });
    expect((await as.get('hostContact')!.ok(VISIT, { id: v.visitId })).visit).toMatchObject({ kind: 'REVIEW', mayInviteFollowUp: false, followUps: [] });
    expect(await followUpCount()).toBe(0);
  });

  it('is offered to exactly whom followUpInvitation allows, and refused to everyone else', async () => {
    await admin(`UPDATE visit SET status = 'REPORT_FINAL' WHERE id = $1`, [v.visitId]);
    for (const [role, client] of as) {
      const expected = followUpInvitation(MATRIX_ROLES[role], { kind: 'REVIEW', status: 'REPORT_FINAL', followUps: [] })?.allowed ?? false;
      const seen = await client.gql(VISIT, { id: v.visitId });
      if (codeOf(seen) === 'NOT_FOUND') {
        expect({ role, expected }).toEqual({ role, expected: false });
        expect(codeOf(await client.gql(INVITE, { input: input() }))).toBe('NOT_FOUND');
        continue;
      }
      expect({ role, may: seen.data!.visit.mayInviteFollowUp }).toEqual({ role, may: expected });
      if (!expected) expect({ role, code: codeOf(await client.gql(INVITE, { input: input() })) }).toEqual({ role, code: 'FORBIDDEN' });
    }
    expect(codeOf(await as.get('otherNetwork')!.gql(VISIT, { id: v.visitId }))).toBe('NOT_FOUND');
    expect(await followUpCount()).toBe(0);
  });

  it('refuses a day in the past or an end before the start, writing nothing', async () => {
    const past = await as.get('hostContact')!.gql(INVITE, { input: input({ startsOn: '2020-01-01' }) });
    expect(past.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'startsOn' }] });
    const bad = await as.get('hostContact')!.gql(INVITE, { input: input({ startTime: '25:00' }) });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'startTime' }] });
    expect(await followUpCount()).toBe(0);
  });

  it('creates a prepared visit of its own with the same team, invites them, and creates it once for one key', async () => {
    const key = 'follow-up-key-0001';
    const made = (await as.get('hostContact')!.ok(INVITE, { input: input({ idempotencyKey: key }) })).inviteFollowUp;
    const again = (await as.get('hostContact')!.ok(INVITE, { input: input({ idempotencyKey: key }) })).inviteFollowUp;
    expect(again.id).toBe(made.id);
    expect(made).toMatchObject({ kind: 'FOLLOW_UP', followUpOf: v.visitId, status: 'PREPARED', startsOn: dutchToday(), location: 'Stadhuis' });
    const team = await admin<{ user_id: string; is_lead: boolean }>(`SELECT user_id, is_lead FROM visit_reviewer WHERE visit_id = $1 ORDER BY user_id`, [
      v.visitId,
    ]);
    expect(
      made.team
        .map((r: { user: { id: string }; isLead: boolean }) => ({ user_id: r.user.id, is_lead: r.isLead }))
        .sort((a: { user_id: string }, b: { user_id: string }) => a.user_id.localeCompare(b.user_id)),
    ).toEqual(team);
    expect(await followUpCount()).toBe(1);
    // The team hears of it and gets the calendar invitation; the audit trail says who invited.
    const told = (
      await admin<{ id: string }>(`SELECT recipient_id AS id FROM notification WHERE kind = 'ADDED_TO_VISIT_TEAM' AND subject_id = $1`, [made.id])
    ).map((r) => r.id);
    expect(told.sort()).toEqual(team.map((r) => r.user_id));
    expect((await outbox(t)).some((m) => m.to.includes(v.people.lead.email) && m.body.includes(`/bezoeken/${made.id}`))).toBe(true);
    expect(await admin(`SELECT actor_user_id FROM audit_event WHERE action = 'visit.follow_up_invited' AND target_id = $1`, [made.id])).toEqual([
      { actor_user_id: v.people.hostContact.id },
    ]);
    // The review lists it; one open follow-up at a time, for the coordinator too.
    expect((await as.get('lead')!.ok(VISIT, { id: v.visitId })).visit.followUps).toEqual([{ id: made.id, kind: 'FOLLOW_UP', status: 'PREPARED' }]);
    // A list of visits answers the same through the resolvers (one statement for the whole list).
    const mine = (await as.get('lead')!.ok(`{ myVisits { id kind followUps { id } mayInviteFollowUp } }`)).myVisits as {
      id: string;
      kind: string;
      followUps: { id: string }[];
    }[];
    expect(mine.find((x) => x.id === v.visitId)).toMatchObject({ kind: 'REVIEW', followUps: [{ id: made.id }], mayInviteFollowUp: false });
    expect(mine.find((x) => x.id === made.id)).toMatchObject({ kind: 'FOLLOW_UP', followUps: [] });
    const second = await as.get('coordinator')!.gql(INVITE, { input: input() });
    expect(second.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'visitId', messages: followUpRefusalMessages.ONE_OPEN }] });
    // A follow-up has no follow-ups, no plan and no progress moments of its own.
    expect((await as.get('hostContact')!.ok(VISIT, { id: made.id })).visit).toMatchObject({ kind: 'FOLLOW_UP', mayInviteFollowUp: false });
    const nested = await as.get('hostContact')!.gql(INVITE, { input: input({ visitId: made.id }) });
    expect(nested.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    await admin(`UPDATE visit SET status = 'REPORT_FINAL' WHERE id = $1`, [made.id]);
    expect((await as.get('hostContact')!.ok(PLAN, { id: made.id })).actionPlan.canStart).toBe(false);
    expect((await as.get('hostContact')!.ok(PLAN, { id: v.visitId })).actionPlan.canStart).toBe(true);
    await admin(`UPDATE visit SET status = 'PREPARED' WHERE id = $1`, [made.id]);
  });

  it('runs as a visit of its own, but the round follows its reviews only', async () => {
    const [followUp] = await admin<{ id: string; version: number }>(`SELECT id, version FROM visit WHERE follow_up_of = $1`, [v.visitId]);
    // Both reviews are final: the lead's step on the follow-up closes the round, the open follow-up does not hold it.
    const held = (
      await as.get('lead')!.ok(`mutation($input: VisitStepInput!) { markVisitHeld(input: $input) { status } }`, {
        input: { visitId: followUp.id, version: followUp.version },
      })
    ).markVisitHeld;
    expect(held.status).toBe('HELD');
    expect(await admin(`SELECT status FROM round WHERE id = $1`, [v.roundId])).toEqual([{ status: 'CLOSED' }]);
    expect(await admin(`SELECT status FROM visit WHERE id = $1`, [otherReview])).toEqual([{ status: 'REPORT_FINAL' }]);
  });
});
