import { EVENT_CASES, MATRIX_ROLES, expectedCell, expectedCounts, expectedEvent, type MatrixRole } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';
import { subscribe, wsClient, type Subscription } from './support/ws-client';

/*
 * SEC-04 through the API: every role of DOMAIN.md × every finding state × read, edit, reply must
 * give exactly the table (expectedCell, shared with the domain test). Read is checked three ways:
 * the visit's board, the finding by id, and the progress counts.
 */

const BOARD = `query($id: ID!) { visit(id: $id) { findings { id text } findingCounts { submitted shared final released } } }`;
const ONE = `query($id: ID!) { finding(id: $id) { id text status } }`;
const EDIT = `mutation($input: UpdateFindingInput!) { updateFinding(input: $input) { id version } }`;
const REPLY = `mutation($input: ReplyToFindingInput!) { replyToFinding(input: $input) { id } }`;

const roles = Object.keys(MATRIX_ROLES) as MatrixRole[];

describe('finding policy through the API (role × state × read, edit, reply)', () => {
  let t: TestApp;
  let world: World;
  let vw: VisitWorld;
  const clients = new Map<MatrixRole, GqlClient>();

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    vw = await buildVisitWorld(t, world);
    for (const role of roles) {
      const who = role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : vw.people[role];
      clients.set(role, await signedIn(t, who));
    }
  });
  afterAll(() => t.close());

  const snapshot = () =>
    withAdmin(async (c) => (await c.query(`SELECT id, text, version FROM finding WHERE visit_id = $1 ORDER BY id`, [vw.visitId])).rows, t.db.ownerUrl);

  describe.each(roles)('%s', (role) => {
    it('reads exactly what the table allows, on the board and by id', async () => {
      const client = clients.get(role)!;
      const board = await client.gql(BOARD, { id: vw.visitId });
      for (const f of vw.findings) {
        const cell = expectedCell(role, f.status, f.released);
        const onBoard = board.data?.visit?.findings?.some((x: { id: string }) => x.id === f.id) ?? false;
        const byId = await client.gql(ONE, { id: f.id });
        expect({ finding: `${f.status}${f.released ? '+released' : ''}`, onBoard, byId: codeOf(byId) }).toEqual({
          finding: `${f.status}${f.released ? '+released' : ''}`,
          onBoard: cell.read === 'content',
          byId: cell.read === 'content' ? 'OK' : 'NOT_FOUND',
        });
      }
      // Counts (SEC-12): only the figures the table allows, drafts never included; a figure the
      // role may not know is null, never a number.
      const counts = expectedCounts(role);
      if (counts) {
        expect(board.data!.visit.findingCounts).toEqual({
          submitted: counts.submitted ? 1 : null,
          shared: counts.shared ? 2 : null,
          final: counts.final ? 2 : null,
          released: counts.released ? 2 : null,
        });
      } else if (board.data?.visit) expect(board.data.visit.findingCounts).toBeNull();
      else expect(codeOf(board)).toBe('NOT_FOUND');
    });

    it('edits exactly where the table allows, and nothing changes elsewhere', async () => {
      const client = clients.get(role)!;
      for (const f of vw.findings) {
        const cell = expectedCell(role, f.status, f.released);
        const [before] = (await snapshot()).filter((r: { id: string }) => r.id === f.id);
        const res = await client.gql(EDIT, {
          input: { id: f.id, version: before.version, kind: 'CONCERN', theme: 'Wmo', text: `Aangepast door ${role}`, tags: [] },
        });
        // The author is told that this step is no longer possible; a reader that the step is not theirs; anyone else learns nothing.
        const expected = cell.edit ? 'OK' : role === 'author' ? 'BAD_USER_INPUT' : cell.read === 'content' ? 'FORBIDDEN' : 'NOT_FOUND';
        expect({ finding: f.status, outcome: codeOf(res) }).toEqual({ finding: f.status, outcome: expected });
        const [after] = (await snapshot()).filter((r: { id: string }) => r.id === f.id);
        if (cell.edit) expect(after.text).toBe(`Aangepast door ${role}`);
        else expect(after).toEqual(before);
      }
    });

    it('replies exactly where the table allows', async () => {
      const client = clients.get(role)!;
      for (const f of vw.findings) {
        const cell = expectedCell(role, f.status, f.released);
        const res = await client.gql(REPLY, { input: { findingId: f.id, kind: 'COMMENT', text: `Reactie van ${role}` } });
        expect({ finding: f.status, outcome: codeOf(res) }).toEqual({
          finding: f.status,
          outcome: cell.reply ? 'OK' : cell.read === 'content' ? 'FORBIDDEN' : 'NOT_FOUND',
        });
      }
      const replies = await withAdmin(
        async (c) =>
          (
            await c.query(`SELECT r.text FROM host_response r JOIN finding f ON f.id = r.finding_id WHERE f.visit_id = $1 AND r.text = $2`, [
              vw.visitId,
              `Reactie van ${role}`,
            ])
          ).rows,
        t.db.ownerUrl,
      );
      expect(replies.length).toBe(vw.findings.filter((f) => expectedCell(role, f.status, f.released).reply).length);
    });
  });

  it('lets the host see replies but never the team’s discussion', async () => {
    const lead = clients.get('lead')!;
    const shared = vw.findings.find((f) => f.status === 'SHARED')!;
    await lead.ok(`mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`, {
      input: { findingId: shared.id, text: 'Alleen voor het team' },
    });
    const q = `query($id: ID!) { finding(id: $id) { comments { text } response { kind } } }`;
    expect((await lead.ok(q, { id: shared.id })).finding.comments).toEqual([{ text: 'Alleen voor het team' }]);
    const host = await clients.get('hostContact')!.ok(q, { id: shared.id });
    expect(host.finding.comments).toEqual([]);
    expect(host.finding.response).toEqual({ kind: 'COMMENT' });
  });

  /*
   * SEC-12, live: every role subscribes to the board of a second visit; then each event of
   * EVENT_CASES happens once, through the API, and each subscriber must have received exactly
   * what expectedEvent allows: the change with the id, a bare REFRESH, or nothing at all.
   */
  describe('live events per subscriber role', () => {
    const CHANGES = `subscription($id: ID!) { findingChanged(visitId: $id) { findingId change } }`;
    const CREATE = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id version } }`;
    const STEP = `mutation($input: FindingStepInput!) { submitFinding(input: $input) { id version } }`;
    const DELETE = `mutation($input: FindingStepInput!) { deleteFinding(input: $input) }`;
    const COMMENT = `mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`;
    const RELEASE = `mutation($input: SetFindingReleaseInput!) { setFindingRelease(input: $input) { id } }`;
    const SHARE = `mutation($input: ShareFindingsInput!) { shareFindings(input: $input) { id } }`;
    const content = { kind: 'CONCERN', theme: 'Wmo', tags: [] };
    let ev: VisitWorld;
    const people = new Map<MatrixRole, GqlClient>();
    const subs = new Map<MatrixRole, Subscription<{ findingChanged: { findingId: string | null; change: string } }>>();
    /** The finding each event case was about, in the order of EVENT_CASES. */
    const about: string[] = [];

    beforeAll(async () => {
      ev = await buildVisitWorld(t, world, 'e');
      for (const role of roles) {
        const who = role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : ev.people[role];
        people.set(role, role === 'coordinator' || role === 'otherNetwork' ? clients.get(role)! : await signedIn(t, who));
      }
      const url = await t.listen();
      for (const role of roles)
        subs.set(role, subscribe(wsClient(url, { cookie: people.get(role)!.cookie, origin: t.config.appUrl }), CHANGES, { id: ev.visitId }));
      await Promise.all([...subs.values()].map((s) => s.ready));

      const author = people.get('author')!;
      const lead = people.get('lead')!;
      const host = people.get('hostContact')!;
      const worldDraft = ev.findings.find((f) => f.status === 'DRAFT')!;
      const shared = ev.findings.find((f) => f.status === 'SHARED' && !f.released)!;
      const finalReleased = ev.findings.find((f) => f.status === 'FINAL' && f.released)!;
      const steps: Record<string, () => Promise<string>> = {
        'draft created': async () => (await author.ok(CREATE, { input: { ...content, visitId: ev.visitId, text: 'Concept' } })).createFinding.id,
        'draft edited': async () => (await author.ok(EDIT, { input: { ...content, id: about[0], version: 1, text: 'Concept, bijgewerkt' } })).updateFinding.id,
        'draft thrown away': async () => (await author.ok(DELETE, { input: { id: about[0], version: 2 } })).deleteFinding,
        'draft submitted': async () => (await author.ok(STEP, { input: { id: worldDraft.id, version: 1 } })).submitFinding.id,
        'created submitted': async () =>
          (await author.ok(CREATE, { input: { ...content, visitId: ev.visitId, text: 'Voor het team', submit: true } })).createFinding.id,
        'submitted edited': async () =>
          (await author.ok(EDIT, { input: { ...content, id: about[4], version: 1, text: 'Voor het team, bijgewerkt' } })).updateFinding.id,
        'submitted discussed': async () => (await lead.ok(COMMENT, { input: { findingId: about[4], text: 'Eens' } }), about[4]),
        'shared discussed': async () => (await lead.ok(COMMENT, { input: { findingId: shared.id, text: 'Onder ons' } }), shared.id),
        'shared answered': async () => (await host.ok(REPLY, { input: { findingId: shared.id, kind: 'AGREE' } })).replyToFinding.id,
        'shared released': async () => (await host.ok(RELEASE, { input: { findingId: shared.id, released: true } })).setFindingRelease.id,
        'released discussed': async () => (await lead.ok(COMMENT, { input: { findingId: shared.id, text: 'Nog steeds onder ons' } }), shared.id),
        'shared withheld': async () => (await host.ok(RELEASE, { input: { findingId: shared.id, released: false } })).setFindingRelease.id,
        'final released answered': async () =>
          (await host.ok(REPLY, { input: { findingId: finalReleased.id, kind: 'COMMENT', text: 'Klopt' } })).replyToFinding.id,
      };
      for (const event of EVENT_CASES) about.push(await steps[event.label]());
      // The last event of all goes to every subscriber: events arrive in order, so once as many
      // are in as the table allows (an extra one, a leak, fails the comparison below) the rest is.
      await lead.ok(SHARE, { input: { visitId: ev.visitId, replyDays: 14 } });
      await Promise.all(
        roles
          .filter((role) => !subs.get(role)!.error)
          .map((role) => subs.get(role)!.next(() => subs.get(role)!.received.length >= expectedFor(role).length + 2)),
      );
    });
    const expectedFor = (role: MatrixRole) =>
      EVENT_CASES.flatMap((event, i): { change: string; findingId: string | null }[] => {
        const cell = expectedEvent(role, event);
        return cell === 'id' ? [{ change: event.change, findingId: about[i] }] : cell === 'refresh' ? [{ change: 'REFRESH', findingId: null }] : [];
      });
    afterAll(async () => {
      for (const s of subs.values()) await s.close();
    });

    it.each(roles)('%s receives exactly what the table allows', (role) => {
      const sub = subs.get(role)!;
      const expected = expectedFor(role);
      const mayFollow = ['author', 'otherReviewer', 'lead', 'hostContact', 'coordinator'].includes(role);
      if (!mayFollow) {
        // Whoever may not see the board cannot follow it either, and is told it does not exist.
        expect(sub.received).toEqual([]);
        expect(JSON.stringify(sub.error)).toMatch(/NOT_FOUND/);
        return;
      }
      const listening = { change: 'REFRESH', findingId: null };
      expect(sub.received.map((e) => e.findingChanged)).toEqual([listening, ...expected, listening]);
    });

    it('leaves the coordinator’s audit log without ids of findings it may not read, drafts or the team’s discussion', async () => {
      const log = (await clients.get('coordinator')!.ok(`{ auditEvents { action targetType targetId } }`)).auditEvents as {
        action: string;
        targetType: string | null;
        targetId: string | null;
      }[];
      const unreadable = await withAdmin(
        async (c) =>
          (
            await c.query(`SELECT id FROM finding WHERE network_id = $1 AND NOT (status IN ('SHARED', 'FINAL') AND released_for_harvest)`, [world.a.id])
          ).rows.map((r: { id: string }) => r.id),
        t.db.ownerUrl,
      );
      // The draft thrown away is gone from the table, but not from what may not be told.
      const secret = new Set([...unreadable, about[0]]);
      expect(log.filter((e) => e.targetId && secret.has(e.targetId))).toEqual([]);
      for (const hidden of ['finding.commented', 'finding.deleted', 'finding.updated', 'finding.replied'])
        expect(log.map((e) => e.action)).not.toContain(hidden);
      // States it may count stay: the submissions and the host's release decisions.
      expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['finding.submitted', 'finding.released', 'finding.withheld']));
    });
  });
});
