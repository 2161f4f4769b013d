import fc from 'fast-check';
import { ROUND_STATUSES } from '../programmes/round-lifecycle';
import {
  EVALUATION_SCALES,
  MIN_EVALUATION_RESPONDENTS,
  evaluationRights,
  evaluationViolations,
  summariseEvaluations,
  type EvaluationAnswers,
} from './evaluation';

const full = (over: Partial<EvaluationAnswers> = {}): EvaluationAnswers => ({
  usefulness: 4,
  safety: 5,
  preparation: 3,
  team: 4,
  wouldRecommend: true,
  comment: '',
  ...over,
});

describe('who writes an evaluation of the round', () => {
  it.each([
    ['CLOSED', true, false, { see: true, write: true }],
    ['CLOSED', true, true, { see: true, write: false }],
    ['CLOSED', false, false, { see: false, write: false }],
    ['REPORTING', true, false, { see: false, write: false }],
    ['VISITING', true, false, { see: false, write: false }],
  ] as const)('round %s, participant %s, submitted %s', (status, participant, submitted, expected) =>
    expect(evaluationRights(status, participant, submitted)).toEqual(expected),
  );

  it('never lets anyone write outside a closed round or after submitting', () =>
    fc.assert(
      fc.property(fc.constantFrom(...ROUND_STATUSES), fc.boolean(), fc.boolean(), (status, participant, submitted) => {
        const r = evaluationRights(status, participant, submitted);
        if (r.write) expect(status === 'CLOSED' && participant && !submitted).toBe(true);
        if (r.write) expect(r.see).toBe(true);
      }),
    ));
});

describe('what an evaluation needs', () => {
  it.each([
    [full(), true, []],
    [full({ usefulness: null, wouldRecommend: null }), false, []],
    [full({ usefulness: null }), true, ['usefulness']],
    [full({ wouldRecommend: null }), true, ['wouldRecommend']],
    [full({ team: 0 }), false, ['team']],
    [full({ safety: 6 }), false, ['safety']],
    [full({ preparation: 2.5 }), false, ['preparation']],
    [full({ comment: 'x'.repeat(4001) }), false, ['comment']],
  ] as const)('%j (submit %s) → %j', (answers, submit, fields) => expect(evaluationViolations(answers, submit).map((v) => v.field)).toEqual(fields));
});

describe('what the coordinator sees', () => {
  it('shows nothing but the state below three answers', () => {
    expect(summariseEvaluations([]).state).toBe('NONE');
    expect(summariseEvaluations([full({ comment: 'Geheim' })])).toEqual({
      state: 'SUPPRESSED',
      respondents: null,
      scales: [],
      recommendYes: 0,
      recommendNo: 0,
      comments: [],
    });
    expect(summariseEvaluations([full(), full()]).state).toBe('SUPPRESSED');
  });

  it('counts, averages and sorts the comments from three answers on', () => {
    const r = summariseEvaluations([
      full({ usefulness: 5, comment: 'Zeer nuttig' }),
      full({ usefulness: 3, wouldRecommend: false, comment: '  ' }),
      full({ usefulness: 4, comment: 'Als eerste geschreven' }),
    ]);
    expect(r.state).toBe('SHOWN');
    expect(r.respondents).toBe(3);
    expect(r.scales.find((s) => s.scale === 'usefulness')).toEqual({ scale: 'usefulness', count: 3, average: 4, distribution: [0, 0, 1, 1, 1] });
    expect([r.recommendYes, r.recommendNo]).toEqual([2, 1]);
    expect(r.comments).toEqual(['Als eerste geschreven', 'Zeer nuttig']);
  });

  const answer = fc.record({
    usefulness: fc.integer({ min: 1, max: 5 }),
    safety: fc.integer({ min: 1, max: 5 }),
    preparation: fc.integer({ min: 1, max: 5 }),
    team: fc.integer({ min: 1, max: 5 }),
    wouldRecommend: fc.boolean(),
    comment: fc.string({ maxLength: 20 }),
  });

  it('never shows anything from fewer than three, and the order of answers never matters', () =>
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 8 }), (answers) => {
        const r = summariseEvaluations(answers);
        if (answers.length < MIN_EVALUATION_RESPONDENTS) {
          expect(r.respondents).toBeNull();
          expect(r.comments).toEqual([]);
          expect(r.scales).toEqual([]);
        } else {
          expect(r.respondents).toBe(answers.length);
          for (const s of r.scales) expect(s.distribution.reduce((a, b) => a + b, 0)).toBe(answers.length);
          expect(r.recommendYes + r.recommendNo).toBe(answers.length);
          for (const s of r.scales) expect(s.average).toBeGreaterThanOrEqual(1);
        }
        expect(summariseEvaluations([...answers].reverse())).toEqual(r);
        expect(EVALUATION_SCALES.length).toBe(4);
      }),
    ));
});
