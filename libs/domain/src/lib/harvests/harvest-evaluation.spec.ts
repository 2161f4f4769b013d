import fc from 'fast-check';
import { EVALUATION_SCALES, MIN_EVALUATION_RESPONDENTS } from '../after-visit/evaluation';
import { harvestEvaluation, type HarvestEvaluationAnswers } from './harvest-evaluation';

const answer = (score: number | null, wouldRecommend: boolean | null = true): HarvestEvaluationAnswers => ({
  usefulness: score,
  safety: score,
  preparation: score,
  team: score,
  wouldRecommend,
});

describe('the round evaluations in a harvest', () => {
  it.each([
    ['nobody answered', [], 'NONE'],
    ['one answer', [answer(4)], 'SUPPRESSED'],
    ['two answers', [answer(4), answer(2)], 'SUPPRESSED'],
    ['three answers', [answer(4), answer(2), answer(5)], 'SHOWN'],
  ] as const)('%s → %s', (_label, submitted, state) => {
    const result = harvestEvaluation(submitted);
    expect(result.state).toBe(state);
    if (state !== 'SHOWN') expect(result).toEqual({ state, respondents: null, questions: [], recommend: null });
  });

  it('gives per question the number of answers, the average to one decimal and how many chose each score', () => {
    const result = harvestEvaluation([answer(4), answer(2), answer(5, false), answer(5)]);
    expect(result.respondents).toBe(4);
    expect(result.questions.map((q) => q.scale)).toEqual([...EVALUATION_SCALES]);
    expect(result.questions[0]).toEqual({ scale: 'usefulness', count: 4, average: 4, distribution: [0, 1, 0, 1, 2], suppressed: null });
    expect(result.recommend).toEqual({ yes: 3, no: 1 });
  });

  it('hides a question fewer than three answered, and says why, while showing the others', () => {
    const partly = (score: number): HarvestEvaluationAnswers => ({ ...answer(score), team: null });
    const result = harvestEvaluation([partly(3), partly(4), { ...answer(5) }]);
    const team = result.questions.find((q) => q.scale === 'team')!;
    expect(team).toMatchObject({ count: null, average: null, distribution: null, suppressed: { code: 'SMALL_GROUP' } });
    expect(team.suppressed!.text.nl).toContain('minder dan 3');
    expect(team.suppressed!.text.en).toContain('fewer than 3');
    expect(result.questions.find((q) => q.scale === 'usefulness')).toMatchObject({ count: 3, average: 4 });
  });

  it('leaves out yes-or-no when fewer than three gave one', () => {
    expect(harvestEvaluation([answer(4, null), answer(4, true), answer(4, false)]).recommend).toBeNull();
  });

  it('never shows a figure of fewer than three answers, and never a word anyone wrote (fast-check)', () => {
    const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const answers = fc.array(
      fc.record({ usefulness: score, safety: score, preparation: score, team: score, wouldRecommend: fc.option(fc.boolean(), { nil: null }) }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(
        answers,
        fc.string().map((s) => `Geheime opmerking: ${s}`),
        (submitted, comment) => {
          // Even when a caller passes the comment along, it cannot come out.
          const result = harvestEvaluation(submitted.map((a) => ({ ...a, comment })) as HarvestEvaluationAnswers[]);
          expect(JSON.stringify(result)).not.toContain(JSON.stringify(comment));
          if (submitted.length < MIN_EVALUATION_RESPONDENTS) expect(result.questions).toEqual([]);
          for (const q of result.questions) {
            const answered = submitted.filter((a) => a[q.scale] !== null).length;
            if (answered < MIN_EVALUATION_RESPONDENTS) expect(q.count).toBeNull();
            else expect(q.count).toBe(answered);
          }
        },
      ),
    );
  });
});
