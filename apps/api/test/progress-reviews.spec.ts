import { MATRIX_ROLES, addDays, dutchToday, progressReviewDue, type MatrixRole } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const REVIEWS = `query($id: ID!) { progressReviews(visitId: $id) { moments { months due state fotoVanNu reflection version submittedAt canWrite } baseline { fotoVanNu stipAanDeHorizon } } }`;
const SAVE = `mutation($input: SaveProgressReviewInput!) { saveProgressReview(input: $input) { moments { months state version fotoVanNu } } }`;
const SUBMIT = `mutation($input: ProgressReviewStepInput!) { submitProgressReview(input: $input) { moments { months state version submittedAt } } }`;

/**
 * Progress reviews after a final report, against the real endpoint and database: the moments and
 * their dates, the host's drafts and submission, and who reads what (progressReviewRights).
 */
describe('progress reviews (voortgangsgesprek)', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  let visitDay: string;
  const as = new Map<MatrixRole, GqlClient>();
  const host = () => as.get('hostContact')!;
  const reviews = async (role: MatrixRole) => (await as.get(role)!.ok(REVIEWS, { id: v.visitId })).progressReviews;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[]) {
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    }
    // The visit was a little under six months ago; its report is final and its plan shared with the team.
    visitDay = addDays(progressReviewDue(dutchToday(), -6), 7);
    await withAdmin(async (c) => {
      await c.query(
        `UPDATE visit SET status = 'REPORT_FINAL', starts_on = $2, starts_at = NULL, ends_at = NULL,
                answers = '{"general:FOTO_VAN_NU": "Lange wachtlijsten.", "general:STIP_AAN_DE_HORIZON": "Hulp binnen vier weken."}' WHERE id = $1`,
        [v.visitId, visitDay],
      );
      await c.query(`INSERT INTO visit_report (network_id, visit_id, summary, sharing) VALUES ($1, $2, 'Samenvatting', 'TEAM')`, [world.a.id, v.visitId]);
      await c.query(`INSERT INTO action_plan (network_id, visit_id, status) VALUES ($1, $2, 'SHARED')`, [world.a.id, v.visitId]);
    }, t.db.ownerUrl);
  });
  afterAll(() => t.close());

  it('plans a review at six and twelve months, open two weeks before its moment, with the preparation to compare with', async () => {
    const seen = await reviews('hostContact');
    expect(seen.moments.map((m: { months: number; due: string; state: string; canWrite: boolean }) => [m.months, m.due, m.state, m.canWrite])).toEqual([
      [6, progressReviewDue(visitDay, 6), 'OPEN', true],
      [12, progressReviewDue(visitDay, 12), 'UPCOMING', true],
    ]);
    expect(seen.baseline).toEqual({ fotoVanNu: 'Lange wachtlijsten.', stipAanDeHorizon: 'Hulp binnen vier weken.' });
  });

  it('lets the host alone write, keeps drafts to the host, and never saves over a newer version', async () => {
    const input = { visitId: v.visitId, months: 6, version: 0, fotoVanNu: 'De wachtlijst is gehalveerd.', reflection: 'Dichter bij de stip.' };
    expect(codeOf(await as.get('lead')!.gql(SAVE, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as.get('networkMember')!.gql(SAVE, { input }))).toBe('NOT_FOUND');
    expect(codeOf(await as.get('otherNetwork')!.gql(SAVE, { input }))).toBe('NOT_FOUND');
    expect((await host().gql(SAVE, { input: { ...input, months: 7 } })).errors![0].extensions.fields![0].field).toBe('months');
    const saved = (await host().ok(SAVE, { input })).saveProgressReview.moments[0];
    expect(saved).toEqual({ months: 6, state: 'OPEN', version: 1, fotoVanNu: 'De wachtlijst is gehalveerd.' });
    expect(codeOf(await host().gql(SAVE, { input: { ...input, fotoVanNu: 'Van een ander tabblad' } }))).toBe('CONFLICT');
    // A draft: the team sees that it is coming, not what it says.
    const lead = (await reviews('lead')).moments[0];
    expect(lead).toMatchObject({ months: 6, state: 'OPEN', fotoVanNu: null, canWrite: false });
    expect((await reviews('coordinator')).moments[0]).toMatchObject({ state: 'OPEN', fotoVanNu: null });
    expect((await reviews('otherRoundMember')).moments).toEqual([]);
    expect(codeOf(await as.get('networkMember')!.gql(REVIEWS, { id: v.visitId }))).toBe('NOT_FOUND');
  });

  it('submits what is written, once; then the team reads it and the coordinator still sees only that it is done', async () => {
    const empty = await host().gql(SUBMIT, { input: { visitId: v.visitId, months: 12, version: 0 } });
    expect(empty.errors![0].extensions.fields![0]).toMatchObject({ field: 'fotoVanNu', messages: { nl: 'Beschrijf eerst hoe u er nu voor staat.' } });
    const submitted = (await host().ok(SUBMIT, { input: { visitId: v.visitId, months: 6, version: 1 } })).submitProgressReview.moments[0];
    expect(submitted).toMatchObject({ months: 6, state: 'SUBMITTED', version: 2, submittedAt: expect.any(String) });
    expect((await reviews('lead')).moments[0]).toMatchObject({ fotoVanNu: 'De wachtlijst is gehalveerd.', reflection: 'Dichter bij de stip.' });
    expect((await reviews('coordinator')).moments[0]).toMatchObject({ state: 'SUBMITTED', fotoVanNu: null });
    const again = await host().gql(SAVE, { input: { visitId: v.visitId, months: 6, version: 2, fotoVanNu: 'Later', reflection: '' } });
    expect(again.errors![0].extensions.fields![0].messages.nl).toBe('Dit voortgangsgesprek is al ingediend.');
    const audit = await withAdmin(
      async (c) => (await c.query(`SELECT action FROM audit_event WHERE action LIKE 'progress\\_review.%' ORDER BY created_at`)).rows.map((r) => r.action),
      t.db.ownerUrl,
    );
    expect(audit).toEqual(['progress_review.saved', 'progress_review.submitted']);
  });
});
