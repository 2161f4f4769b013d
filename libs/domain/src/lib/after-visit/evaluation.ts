import type { Bilingual } from '../messages';
import { MIN_GROUP_ORGANISATIONS } from '../harvests/small-groups';
import type { RoundStatus } from '../programmes/round-lifecycle';

/** The four questions on a scale of 1 (not at all) to 5 (very much). */
export const EVALUATION_SCALES = ['usefulness', 'safety', 'preparation', 'team'] as const;
export type EvaluationScale = (typeof EVALUATION_SCALES)[number];
export const EVALUATION_SCALE_MIN = 1;
export const EVALUATION_SCALE_MAX = 5;
export const EVALUATION_COMMENT_MAX = 4000;

/**
 * The fewest submitted answers the coordinator sees results of. Below it one person's answer can be
 * told apart ("the one who gave a 1"), so nothing but the state is shown. Mirrors the harvests'
 * small-group rule.
 */
export const MIN_EVALUATION_RESPONDENTS = MIN_GROUP_ORGANISATIONS;

export const evaluationScaleLabels: Readonly<Record<EvaluationScale, Bilingual>> = {
  usefulness: { nl: 'Nut voor onze gemeente', en: 'Usefulness for our municipality' },
  safety: { nl: 'Veiligheid en openheid', en: 'Safety and openness' },
  preparation: { nl: 'Voorbereiding', en: 'Preparation' },
  team: { nl: 'Het team', en: 'The team' },
};

export interface EvaluationAnswers {
  usefulness: number | null;
  safety: number | null;
  preparation: number | null;
  team: number | null;
  wouldRecommend: boolean | null;
  comment: string;
}

export type EvaluationField = EvaluationScale | 'wouldRecommend' | 'comment';

export const evaluationMessages = {
  notOpen: {
    nl: 'De evaluatie gaat open als de ronde is afgesloten.',
    en: 'The evaluation opens when the round has closed.',
  },
  submitted: {
    nl: 'Je evaluatie is al ingediend en kan niet meer worden gewijzigd.',
    en: 'Your evaluation has already been submitted and can no longer be changed.',
  },
  scale: {
    nl: `Kies een score van ${EVALUATION_SCALE_MIN} tot en met ${EVALUATION_SCALE_MAX}.`,
    en: `Choose a score from ${EVALUATION_SCALE_MIN} to ${EVALUATION_SCALE_MAX}.`,
  },
  recommend: { nl: 'Kies ja of nee.', en: 'Choose yes or no.' },
  comment: {
    nl: `De toelichting is te lang (hoogstens ${EVALUATION_COMMENT_MAX} tekens).`,
    en: `The comment is too long (at most ${EVALUATION_COMMENT_MAX} characters).`,
  },
} as const satisfies Record<string, Bilingual>;

/** May this person write their evaluation of the round now? Only a participant, once the round closed, until they submit. */
export function evaluationRights(roundStatus: RoundStatus, participant: boolean, submitted: boolean): { see: boolean; write: boolean } {
  const see = participant && roundStatus === 'CLOSED';
  return { see, write: see && !submitted };
}

function validScale(value: number | null): boolean {
  return value !== null && Number.isInteger(value) && value >= EVALUATION_SCALE_MIN && value <= EVALUATION_SCALE_MAX;
}

/**
 * What is wrong with these answers. A draft may leave questions open (null) but no score may be out
 * of range; a submission needs every score and yes or no. The comment is always optional.
 */
export function evaluationViolations(answers: EvaluationAnswers, forSubmit: boolean): { field: EvaluationField; messages: Bilingual }[] {
  const out: { field: EvaluationField; messages: Bilingual }[] = [];
  for (const scale of EVALUATION_SCALES) {
    const value = answers[scale];
    if (value === null ? forSubmit : !validScale(value)) out.push({ field: scale, messages: evaluationMessages.scale });
  }
  if (forSubmit && answers.wouldRecommend === null) out.push({ field: 'wouldRecommend', messages: evaluationMessages.recommend });
  if (answers.comment.length > EVALUATION_COMMENT_MAX) out.push({ field: 'comment', messages: evaluationMessages.comment });
  return out;
}

export type EvaluationResultState = 'NONE' | 'SUPPRESSED' | 'SHOWN';

export interface EvaluationScaleResult {
  scale: EvaluationScale;
  count: number;
  /** Rounded to one decimal. */
  average: number;
  /** How many chose 1, 2, 3, 4 and 5. */
  distribution: number[];
}

export interface EvaluationResults {
  state: EvaluationResultState;
  /** Null unless SHOWN: even "two answered" says too much about who. */
  respondents: number | null;
  scales: EvaluationScaleResult[];
  recommendYes: number;
  recommendNo: number;
  /** Non-empty comments, in a fixed order that says nothing about who wrote them (sorted). */
  comments: string[];
}

export const evaluationStateMessages: Readonly<Record<EvaluationResultState, Bilingual>> = {
  NONE: { nl: 'Er zijn nog geen evaluaties ingediend.', en: 'No evaluations have been submitted yet.' },
  SUPPRESSED: {
    nl: `Nog niet getoond: er zijn minder dan ${MIN_EVALUATION_RESPONDENTS} evaluaties ingediend, dus de antwoorden zouden naar personen wijzen.`,
    en: `Not shown yet: fewer than ${MIN_EVALUATION_RESPONDENTS} evaluations were submitted, so the answers would point at people.`,
  },
  SHOWN: { nl: 'Resultaten van de ingediende evaluaties.', en: 'Results of the submitted evaluations.' },
};

/**
 * The coordinator's view of the submitted evaluations of one round or a whole programme. Names never
 * enter; with fewer than MIN_EVALUATION_RESPONDENTS answers only the state is given.
 */
export function summariseEvaluations(submitted: readonly EvaluationAnswers[], min: number = MIN_EVALUATION_RESPONDENTS): EvaluationResults {
  const empty = { respondents: null, scales: [], recommendYes: 0, recommendNo: 0, comments: [] };
  if (submitted.length === 0) return { state: 'NONE', ...empty };
  if (submitted.length < min) return { state: 'SUPPRESSED', ...empty };
  const scales = EVALUATION_SCALES.map((scale): EvaluationScaleResult => {
    const values = submitted.map((a) => a[scale]).filter((v): v is number => validScale(v));
    const distribution = [1, 2, 3, 4, 5].map((score) => values.filter((v) => v === score).length);
    const average = values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : 0;
    return { scale, count: values.length, average, distribution };
  });
  return {
    state: 'SHOWN',
    respondents: submitted.length,
    scales,
    recommendYes: submitted.filter((a) => a.wouldRecommend === true).length,
    recommendNo: submitted.filter((a) => a.wouldRecommend === false).length,
    comments: submitted
      .map((a) => a.comment.trim())
      .filter((c) => c.length > 0)
      .sort((a, b) => a.localeCompare(b, 'nl')),
  };
}
