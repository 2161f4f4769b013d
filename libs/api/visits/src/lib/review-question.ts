import { badUserInput, type RequestContext } from '@kijkje/api/core';
import type { Bilingual } from '@kijkje/domain';
import DataLoader from 'dataloader';
import type { RefineReviewQuestionInput } from './dto/visit.inputs';
import type { VisitAccess } from './visit-access.service';
import type { Visit } from './visit.entity';
import type { VisitsService } from './visits.service';
import { applicationQuestions } from './visits.queries';

const REFINE_CLOSED: Bilingual = {
  nl: 'De reviewvraag kan alleen worden aangescherpt zolang de voorbereiding nog niet is ingediend.',
  en: 'The review question can only be refined while the preparation has not been submitted.',
};

/** The question of the application that placed the visit's host, batched per request. */
export function applicationQuestion(ctx: RequestContext, visit: Pick<Visit, 'id' | 'networkId'>): Promise<string> {
  const loader = ctx.loader(
    'visit:applicationQuestion',
    () =>
      new DataLoader<string, string>(async (ids) => {
        const rows = await applicationQuestions(ctx.em, visit.networkId, ids);
        const byId = new Map(rows.map((r) => [r.id, r.question]));
        return ids.map((id) => byId.get(id) ?? '');
      }),
  );
  return loader.load(visit.id);
}

/** The review question the visit carries: the host's refinement, else the application's. */
export async function reviewQuestionOf(ctx: RequestContext, visit: Visit): Promise<string> {
  return visit.reviewQuestionRefined ?? applicationQuestion(ctx, visit);
}

/**
 * The host's people sharpen the review question while they prepare (visitRights.refineReviewQuestion).
 * Kept on the visit; the application's question stays as asked, and giving it again undoes the
 * refinement. Version-checked and audited (without the text: the log records that, not what).
 */
export async function refineReviewQuestion(ctx: RequestContext, access: VisitAccess, visits: VisitsService, input: RefineReviewQuestionInput): Promise<Visit> {
  const { visit, rights } = await access.require(ctx, input.visitId, (s) => s.relations.has('host'));
  if (!rights.refineReviewQuestion) throw badUserInput([{ field: 'visitId', messages: REFINE_CLOSED }]);
  const original = await applicationQuestion(ctx, visit);
  const refined = input.reviewQuestion === original ? null : input.reviewQuestion;
  return visits.versionedUpdate(
    ctx,
    visit,
    input.version,
    'visit.review_question_refined',
    { reviewQuestionRefined: refined },
    { refined: refined !== null, wasRefined: visit.reviewQuestionRefined !== null },
  );
}
