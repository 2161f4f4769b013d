import {
  EVALUATION_SCALES,
  MIN_EVALUATION_RESPONDENTS,
  summariseEvaluations,
  type EvaluationAnswers,
  type EvaluationResultState,
  type EvaluationScale,
} from '../after-visit/evaluation';
import type { CountSuppression } from './small-groups';

/** Why a question's figures are not shown: too few answered it, so they would point at people. */
export const fewAnswersSuppression = (min: number = MIN_EVALUATION_RESPONDENTS): CountSuppression => ({
  code: 'SMALL_GROUP',
  text: {
    nl: `Niet getoond: minder dan ${min} deelnemers beantwoordden deze vraag, dus de cijfers zouden naar personen wijzen.`,
    en: `Not shown: fewer than ${min} participants answered this question, so the figures would point at people.`,
  },
});

/** What the harvest takes of one submitted evaluation: the scores and yes or no, never the comment. */
export type HarvestEvaluationAnswers = Omit<EvaluationAnswers, 'comment'>;

export interface HarvestEvaluationQuestion {
  scale: EvaluationScale;
  /** Null when fewer than MIN_EVALUATION_RESPONDENTS answered this question. */
  count: number | null;
  /** Rounded to one decimal; null when hidden. */
  average: number | null;
  /** How many chose 1 … 5; null when hidden. */
  distribution: number[] | null;
  suppressed: CountSuppression | null;
}

/** The round evaluations in a harvest: counts and averages only, never a word anyone wrote. */
export interface HarvestEvaluation {
  state: EvaluationResultState;
  /** Null unless SHOWN. */
  respondents: number | null;
  /** Empty unless SHOWN. */
  questions: HarvestEvaluationQuestion[];
  /** Null unless SHOWN and at least MIN_EVALUATION_RESPONDENTS said yes or no. */
  recommend: { yes: number; no: number } | null;
}

/**
 * The harvest's section on the evaluations of its rounds. Below MIN_EVALUATION_RESPONDENTS submitted
 * answers nothing but the state (an average of two is one person's score give or take); a question
 * fewer answered than that is hidden on its own, with the reason. Comments never enter: a harvest is
 * read far beyond the round, and free text tells who wrote it.
 */
export function harvestEvaluation(submitted: readonly HarvestEvaluationAnswers[], min: number = MIN_EVALUATION_RESPONDENTS): HarvestEvaluation {
  const summary = summariseEvaluations(
    submitted.map((a) => ({ ...a, comment: '' })),
    min,
  );
  if (summary.state !== 'SHOWN') return { state: summary.state, respondents: null, questions: [], recommend: null };
  const questions = EVALUATION_SCALES.map((scale): HarvestEvaluationQuestion => {
    const result = summary.scales.find((s) => s.scale === scale)!;
    return result.count >= min
      ? { scale, count: result.count, average: result.average, distribution: result.distribution, suppressed: null }
      : { scale, count: null, average: null, distribution: null, suppressed: fewAnswersSuppression(min) };
  });
  const answered = summary.recommendYes + summary.recommendNo;
  return {
    state: 'SHOWN',
    respondents: summary.respondents,
    questions,
    recommend: answered >= min ? { yes: summary.recommendYes, no: summary.recommendNo } : null,
  };
}
