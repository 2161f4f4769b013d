import { MATRIX_ROLES, expectedCell, type MatrixRole } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

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
      // Counts: whoever may see progress sees the same figures, drafts never included.
      const countsVisible = role === 'coordinator' || role === 'author' || role === 'otherReviewer' || role === 'lead' || role === 'hostContact';
      if (countsVisible) expect(board.data!.visit.findingCounts).toEqual({ submitted: 1, shared: 2, final: 2, released: 2 });
      else if (board.data?.visit) expect(board.data.visit.findingCounts).toBeNull();
      else expect(codeOf(board)).toBe('NOT_FOUND');
    });

    it('edits exactly where the table allows, and nothing changes elsewhere', async () => {
      const client = clients.get(role)!;
      for (const f of vw.findings) {
        const cell = expectedCell(role, f.status, f.released);
        const [before] = (await snapshot()).filter((r: { id: string }) => r.id === f.id);
        const res = await client.gql(EDIT, { input: { id: f.id, version: before.version, kind: 'CONCERN', theme: 'Wmo', text: `Aangepast door ${role}`, tags: [] } });
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
        expect({ finding: f.status, outcome: codeOf(res) }).toEqual({ finding: f.status, outcome: cell.reply ? 'OK' : cell.read === 'content' ? 'FORBIDDEN' : 'NOT_FOUND' });
      }
      const replies = await withAdmin(
        async (c) => (await c.query(`SELECT r.text FROM host_response r JOIN finding f ON f.id = r.finding_id WHERE f.visit_id = $1 AND r.text = $2`, [vw.visitId, `Reactie van ${role}`])).rows,
        t.db.ownerUrl,
      );
      expect(replies.length).toBe(vw.findings.filter((f) => expectedCell(role, f.status, f.released).reply).length);
    });
  });

  it('lets the host see replies but never the team’s discussion', async () => {
    const lead = clients.get('lead')!;
    const shared = vw.findings.find((f) => f.status === 'SHARED')!;
    await lead.ok(`mutation($input: AddFindingCommentInput!) { addFindingComment(input: $input) { id } }`, { input: { findingId: shared.id, text: 'Alleen voor het team' } });
    const q = `query($id: ID!) { finding(id: $id) { comments { text } response { kind } } }`;
    expect((await lead.ok(q, { id: shared.id })).finding.comments).toEqual([{ text: 'Alleen voor het team' }]);
    const host = await clients.get('hostContact')!.ok(q, { id: shared.id });
    expect(host.finding.comments).toEqual([]);
    expect(host.finding.response).toEqual({ kind: 'COMMENT' });
  });
});
