import { readDocx, readPdf } from '@kijkje/api/documents/testing';
import { MATRIX_ROLES, REVIEW_QUESTION_MAX, visitRights, type MatrixRole } from '@kijkje/domain';
import request from 'supertest';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

/*
 * The review question travels with the visit: it starts as the application's question, the host's
 * people refine it while preparing (visitRights.refineReviewQuestion), and whoever sees the visit
 * reads it — on the visit, the round, the findings board and the report.
 */

const REFINE = `mutation($input: RefineReviewQuestionInput!) { refineReviewQuestion(input: $input) {
  version reviewQuestion applicationReviewQuestion reviewQuestionRefined } }`;
const READ = `query($id: ID!) { visit(id: $id) { reviewQuestion applicationReviewQuestion reviewQuestionRefined rights { refineReviewQuestion } } }`;
const ORIGINAL = 'Hoe sturen wij?';
const REFINED = 'Hoe sturen wij samen met de wijkteams op de wachtlijsten in de Wmo?';

const roles = Object.keys(MATRIX_ROLES) as MatrixRole[];

describe('the review question travels with the visit', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const as = new Map<MatrixRole, GqlClient>();

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of roles)
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
  });
  afterAll(() => t.close());

  /** The visit as the host prepares it: PLANNED, version 1, the application's question. */
  beforeEach(() =>
    withAdmin(async (c) => {
      await c.query(`UPDATE visit SET status = 'PLANNED', version = 1, review_question = NULL WHERE id = $1`, [v.visitId]);
      await c.query(`DELETE FROM visit_report WHERE visit_id = $1`, [v.visitId]);
    }, t.db.ownerUrl),
  );

  const stored = () =>
    withAdmin(
      async (c) =>
        (
          await c.query(
            `SELECT v.review_question AS refined, v.version,
                    (SELECT string_agg(review_question, '|' ORDER BY id) FROM application WHERE programme_id = $2) AS applications,
                    (SELECT count(*)::int FROM audit_event WHERE target_id = $3 AND action = 'visit.review_question_refined') AS audited
               FROM visit v WHERE v.id = $1`,
            [v.visitId, v.programmeId, v.visitId],
          )
        ).rows[0],
      t.db.ownerUrl,
    );

  it.each(roles)('%s: reads it where it sees the visit, refines it only as the host, and nothing changes otherwise', async (role) => {
    const client = as.get(role)!;
    const rights = visitRights(MATRIX_ROLES[role], 'PLANNED');
    const read = await client.gql(READ, { id: v.visitId });
    if (rights.overview)
      expect(read.data!.visit).toEqual({
        reviewQuestion: ORIGINAL,
        applicationReviewQuestion: ORIGINAL,
        reviewQuestionRefined: false,
        rights: { refineReviewQuestion: rights.refineReviewQuestion },
      });
    else expect(codeOf(read)).toBe('NOT_FOUND');

    const before = await stored();
    const res = await client.gql(REFINE, { input: { visitId: v.visitId, version: 1, reviewQuestion: `${REFINED} (${role})` } });
    const expected = rights.refineReviewQuestion ? 'OK' : rights.overview ? 'FORBIDDEN' : 'NOT_FOUND';
    expect({ role, outcome: codeOf(res) }).toEqual({ role, outcome: expected });
    if (expected === 'OK') {
      expect(res.data!.refineReviewQuestion).toEqual({
        version: 2,
        reviewQuestion: `${REFINED} (${role})`,
        applicationReviewQuestion: ORIGINAL,
        reviewQuestionRefined: true,
      });
      expect(await stored()).toEqual({ ...before, refined: `${REFINED} (${role})`, version: 2, audited: before.audited + 1 });
    } else expect(await stored()).toEqual(before);
    // Only the host organisation's people refine; the matrix says it is exactly them.
    expect(rights.refineReviewQuestion).toBe(role === 'hostContact');
  });

  it('keeps the application’s question as asked; giving it again undoes the refinement', async () => {
    const host = as.get('hostContact')!;
    const before = await stored();
    const refined = await host.ok(REFINE, { input: { visitId: v.visitId, version: 1, reviewQuestion: `  ${REFINED}  ` } });
    expect(refined.refineReviewQuestion.reviewQuestion).toBe(REFINED);
    expect((await stored()).applications).toBe(before.applications);
    const back = await host.ok(REFINE, { input: { visitId: v.visitId, version: 2, reviewQuestion: ORIGINAL } });
    expect(back.refineReviewQuestion).toEqual({ version: 3, reviewQuestion: ORIGINAL, applicationReviewQuestion: ORIGINAL, reviewQuestionRefined: false });
    expect(await stored()).toMatchObject({ refined: null, applications: before.applications, audited: before.audited + 2 });
  });

  it('refuses a stale version with CONFLICT and overwrites nothing', async () => {
    const host = as.get('hostContact')!;
    await host.ok(REFINE, { input: { visitId: v.visitId, version: 1, reviewQuestion: REFINED } });
    const before = await stored();
    const stale = await host.gql(REFINE, { input: { visitId: v.visitId, version: 1, reviewQuestion: 'Een vraag uit een ouder tabblad?' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions['currentVersion']).toBe(2);
    expect(await stored()).toEqual(before);
    // The autosave of the preparation and the question share the visit's version: neither overwrites the other.
    const save = await host.gql(`mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { version } }`, {
      input: { visitId: v.visitId, version: 1, answers: [{ key: 'general:FOTO_VAN_NU', text: 'Oud' }] },
    });
    expect(codeOf(save)).toBe('CONFLICT');
  });

  it.each([
    ['empty', '   ', 'required'],
    ['too short', 'Waarom?', 'minLength'],
    ['too long', 'x'.repeat(REVIEW_QUESTION_MAX + 1), 'maxLength'],
  ])('refuses a question that is %s, in Dutch and English, writing nothing', async (_label, text) => {
    const before = await stored();
    const res = await as.get('hostContact')!.gql(REFINE, { input: { visitId: v.visitId, version: 1, reviewQuestion: text } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const [field] = res.errors![0].extensions.fields!;
    expect(field.field).toBe('reviewQuestion');
    expect(field.messages.nl).toMatch(/\S/);
    expect(field.messages.en).toMatch(/\S/);
    expect(field.messages.nl).not.toBe(field.messages.en);
    expect(await stored()).toEqual(before);
  });

  it('is fixed once the preparation is submitted', async () => {
    for (const status of ['PREPARED', 'HELD', 'REPORT_DRAFT']) {
      await withAdmin((c) => c.query(`UPDATE visit SET status = $2 WHERE id = $1`, [v.visitId, status]), t.db.ownerUrl);
      const before = await stored();
      const res = await as.get('hostContact')!.gql(REFINE, { input: { visitId: v.visitId, version: 1, reviewQuestion: REFINED } });
      expect({ status, code: codeOf(res) }).toEqual({ status, code: 'BAD_USER_INPUT' });
      expect(res.errors![0].extensions.fields![0].messages.nl).toMatch(/ingediend/);
      expect(await stored()).toEqual(before);
      expect((await as.get('hostContact')!.ok(READ, { id: v.visitId })).visit.rights.refineReviewQuestion).toBe(false);
    }
  });

  it('is read with the refinement on the visits, the round, the findings board and the report (screen, PDF and DOCX)', async () => {
    await as.get('hostContact')!.ok(REFINE, { input: { visitId: v.visitId, version: 1, reviewQuestion: REFINED } });
    const mine = await as.get('hostContact')!.ok(`{ myVisits { id reviewQuestion } }`);
    expect(mine.myVisits).toContainEqual({ id: v.visitId, reviewQuestion: REFINED });
    const round = await as
      .get('coordinator')!
      .ok(`query($id: ID!) { round(id: $id) { visits { id reviewQuestion reviewQuestionRefined } } }`, { id: v.roundId });
    expect(round.round.visits).toContainEqual({ id: v.visitId, reviewQuestion: REFINED, reviewQuestionRefined: true });
    const board = await as.get('lead')!.ok(`query($id: ID!) { visit(id: $id) { reviewQuestion findings { id } } }`, { id: v.visitId });
    expect(board.visit.reviewQuestion).toBe(REFINED);
    // The applications board keeps the question as the organisation asked it.
    const programme = await as.get('coordinator')!.ok(`query($id: ID!) { programme(id: $id) { applications { reviewQuestion } } }`, { id: v.programmeId });
    expect(new Set(programme.programme.applications.map((a: { reviewQuestion: string }) => a.reviewQuestion))).toEqual(new Set([ORIGINAL]));

    await withAdmin(async (c) => {
      await c.query(`UPDATE visit SET status = 'REPORT_DRAFT' WHERE id = $1`, [v.visitId]);
      await c.query(`INSERT INTO visit_report (network_id, visit_id, summary) VALUES ($1, $2, 'Samenvatting')`, [world.a.id, v.visitId]);
    }, t.db.ownerUrl);
    const report = await as.get('lead')!.ok(`query($id: ID!) { visitReport(visitId: $id) { reviewQuestion } }`, { id: v.visitId });
    expect(report.visitReport.reviewQuestion).toBe(REFINED);
    const cookie = as.get('lead')!.cookie!;
    const pdf = await readPdf((await binary(request(t.http).get(`/export/bezoekverslag/${v.visitId}/pdf`).set('cookie', cookie))).body as Buffer);
    expect(pdf.pages.join('\n').replace(/\s+/g, ' ')).toMatch(/Reviewvraag.*Hoe sturen wij samen met de wijkteams/);
    const english = await readPdf((await binary(request(t.http).get(`/export/bezoekverslag/${v.visitId}/pdf?taal=en`).set('cookie', cookie))).body as Buffer);
    expect(english.pages.join('\n')).toContain('Review question');
    const docx = await binary(request(t.http).get(`/export/bezoekverslag/${v.visitId}/docx`).set('cookie', cookie));
    expect(docx.status).toBe(200);
    expect((await readDocx(docx.body as Buffer)).document).toContain(REFINED);
  });
});

function binary(res: request.Test) {
  return res.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}
