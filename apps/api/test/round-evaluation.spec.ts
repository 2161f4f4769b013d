import { MATRIX_ROLES, type MatrixRole } from '@kijkje/domain';
import { withAdmin } from './support/database';
import { codeOf, type GqlClient } from './support/gql-client';
import { tasksOf } from './support/tasks';
import { startTestApp, type TestApp } from './support/test-app';
import { buildVisitWorld, type VisitWorld } from './support/visit-world';
import { buildWorld, signedIn, type World } from './support/world';

const MINE = `query($id: ID!) { myRoundEvaluation(roundId: $id) { roundId open canWrite usefulness safety preparation team wouldRecommend comment version submittedAt } }`;
const SAVE = `mutation($input: SaveRoundEvaluationInput!) { saveRoundEvaluation(input: $input) { canWrite usefulness comment version submittedAt } }`;
const SUBMIT = `mutation($input: RoundEvaluationStepInput!) { submitRoundEvaluation(input: $input) { canWrite version submittedAt } }`;
const ROUND_RESULTS = `query($id: ID!) { roundEvaluationResults(roundId: $id) { roundId open participants
  results { state respondents recommendYes recommendNo comments scales { scale count average distribution } } } }`;
const PROGRAMME_RESULTS = `query($id: ID!) { programmeEvaluationResults(programmeId: $id) { total { state respondents comments } rounds { roundName results { state } } } }`;

/**
 * The evaluation of a closed round against the real endpoint and database: participants write their
 * own answer once the round closed, the coordinator reads counts only from three answers on, and
 * nobody reads who said what.
 */
describe('round evaluation', () => {
  let t: TestApp;
  let world: World;
  let v: VisitWorld;
  const as = new Map<MatrixRole, GqlClient>();
  const answer = (over: Record<string, unknown> = {}) => ({
    roundId: v.roundId,
    version: 0,
    usefulness: 4,
    safety: 5,
    preparation: 3,
    team: 4,
    wouldRecommend: true,
    comment: '',
    ...over,
  });
  const setRound = (status: string) => withAdmin((c) => c.query(`UPDATE round SET status = $2 WHERE id = $1`, [v.roundId, status]), t.db.ownerUrl);
  const results = async () => (await as.get('coordinator')!.ok(ROUND_RESULTS, { id: v.roundId })).roundEvaluationResults;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    v = await buildVisitWorld(t, world);
    for (const role of Object.keys(MATRIX_ROLES) as MatrixRole[]) {
      as.set(role, await signedIn(t, role === 'coordinator' ? world.a.coordinator : role === 'otherNetwork' ? world.b.coordinator : v.people[role]));
    }
  });
  afterAll(() => t.close());

  it('opens only when the round has closed, and only for the people who took part', async () => {
    const evaluateTasks = async (role: MatrixRole) => (await tasksOf(as.get(role)!)).filter((t) => t.kind === 'EVALUATE_ROUND').map((t) => t.roundId);
    expect(await evaluateTasks('hostContact')).toEqual([]);
    const before = (await as.get('hostContact')!.ok(MINE, { id: v.roundId })).myRoundEvaluation;
    expect(before).toMatchObject({ open: false, canWrite: false, version: 0, comment: '' });
    expect((await as.get('hostContact')!.gql(SAVE, { input: answer() })).errors![0].extensions.fields![0].field).toBe('roundId');
    await setRound('CLOSED');
    // Hosts' members and the review team took part; a member of an organisation outside the round did not.
    for (const role of ['hostContact', 'otherRoundMember', 'author', 'lead', 'otherReviewer'] as const)
      expect((await as.get(role)!.ok(MINE, { id: v.roundId })).myRoundEvaluation).toMatchObject({ open: true, canWrite: true });
    expect((await as.get('coordinator')!.ok(MINE, { id: v.roundId })).myRoundEvaluation).toBeNull();
    // Each participant finds 'evaluate the round' among their tasks; the coordinator and outsiders do not.
    for (const role of ['hostContact', 'lead', 'otherRoundMember'] as const) expect(await evaluateTasks(role)).toEqual([v.roundId]);
    for (const role of ['coordinator', 'networkMember'] as const) expect(await evaluateTasks(role)).toEqual([]);
    expect(codeOf(await as.get('networkMember')!.gql(MINE, { id: v.roundId }))).toBe('NOT_FOUND');
    expect(codeOf(await as.get('otherNetwork')!.gql(MINE, { id: v.roundId }))).toBe('NOT_FOUND');
    expect(codeOf(await as.get('networkMember')!.gql(SAVE, { input: answer() }))).toBe('NOT_FOUND');
  });

  it('keeps a draft editable, never saves over a newer version, and refuses an incomplete submission', async () => {
    const host = as.get('hostContact')!;
    const saved = (await host.ok(SAVE, { input: answer({ usefulness: null, wouldRecommend: null, comment: 'Eerste gedachte' }) })).saveRoundEvaluation;
    expect(saved).toMatchObject({ canWrite: true, usefulness: null, version: 1, submittedAt: null });
    expect(codeOf(await host.gql(SAVE, { input: answer({ version: 0 }) }))).toBe('CONFLICT');
    const incomplete = await host.gql(SUBMIT, { input: { roundId: v.roundId, version: 1 } });
    expect(incomplete.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(incomplete.errors![0].extensions.fields!.map((f: { field: string }) => f.field)).toEqual(['usefulness', 'wouldRecommend']);
    await host.ok(SAVE, { input: answer({ version: 1, comment: 'Heel nuttig, open gesprek' }) });
    const submitted = (await host.ok(SUBMIT, { input: { roundId: v.roundId, version: 2 } })).submitRoundEvaluation;
    expect(submitted).toMatchObject({ canWrite: false, version: 3 });
    expect((await tasksOf(host)).some((t) => t.kind === 'EVALUATE_ROUND')).toBe(false);
    expect(submitted.submittedAt).not.toBeNull();
    expect((await host.gql(SAVE, { input: answer({ version: 3 }) })).errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const audit = await withAdmin(
      (c) => c.query(`SELECT action FROM audit_event WHERE target_id = $1 AND action LIKE 'round_evaluation.%' ORDER BY created_at`, [v.roundId]),
      t.db.ownerUrl,
    );
    expect(audit.rows.map((r: { action: string }) => r.action)).toEqual(['round_evaluation.saved', 'round_evaluation.saved', 'round_evaluation.submitted']);
  });

  it('refuses scores outside 1 to 5 and over-long comments, writing nothing', async () => {
    const lead = as.get('lead')!;
    for (const bad of [{ team: 0 }, { safety: 6 }, { comment: 'x'.repeat(4001) }]) {
      const res = await lead.gql(SAVE, { input: answer(bad) });
      expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await lead.ok(MINE, { id: v.roundId })).myRoundEvaluation.version).toBe(0);
  });

  it('shows the coordinator nothing but the state below three answers, and counts without names from three on', async () => {
    expect((await results()).results).toMatchObject({ state: 'SUPPRESSED', respondents: null, comments: [], scales: [] });
    expect((await results()).participants).toBe(5);
    for (const [role, over] of [
      ['lead', { usefulness: 2, wouldRecommend: false, comment: 'Te weinig tijd' }],
      ['author', { usefulness: 5 }],
    ] as const) {
      await as.get(role)!.ok(SAVE, { input: answer(over) });
      if (role === 'lead') expect((await results()).results.state).toBe('SUPPRESSED');
      await as.get(role)!.ok(SUBMIT, { input: { roundId: v.roundId, version: 1 } });
    }
    const shown = (await results()).results;
    expect(shown).toMatchObject({ state: 'SHOWN', respondents: 3, recommendYes: 2, recommendNo: 1, comments: ['Heel nuttig, open gesprek', 'Te weinig tijd'] });
    expect(shown.scales[0]).toEqual({ scale: 'usefulness', count: 3, average: 3.7, distribution: [0, 1, 0, 1, 1] });
    expect(JSON.stringify(shown)).not.toContain(v.people.lead.name);
    const programme = (await as.get('coordinator')!.ok(PROGRAMME_RESULTS, { id: v.programmeId })).programmeEvaluationResults;
    expect(programme.total).toMatchObject({ state: 'SHOWN', respondents: 3 });
    expect(programme.rounds).toEqual([{ roundName: 'Ronde 1', results: { state: 'SHOWN' } }]);
  });

  it('lets no host, team member, outsider or other network read the results, and each participant only their own answer', async () => {
    for (const role of ['hostContact', 'lead', 'otherRoundMember', 'networkMember'] as const) {
      expect(codeOf(await as.get(role)!.gql(ROUND_RESULTS, { id: v.roundId }))).toBe('FORBIDDEN');
      expect(codeOf(await as.get(role)!.gql(PROGRAMME_RESULTS, { id: v.programmeId }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await as.get('otherNetwork')!.gql(ROUND_RESULTS, { id: v.roundId }))).toBe('NOT_FOUND');
    const mine = (await as.get('otherReviewer')!.ok(MINE, { id: v.roundId })).myRoundEvaluation;
    expect(mine).toMatchObject({ version: 0, comment: '', usefulness: null });
    expect((await as.get('author')!.ok(MINE, { id: v.roundId })).myRoundEvaluation.comment).toBe('');
  });
});
