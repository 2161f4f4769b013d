import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { RoundEvaluationStepInput, SaveRoundEvaluationInput } from './evaluation.inputs';
import { RoundEvaluationService } from './evaluation.service';
import { MyRoundEvaluationView, ProgrammeEvaluationResultsView, RoundEvaluationResultsView } from './evaluation.views';

@Resolver(() => MyRoundEvaluationView)
export class RoundEvaluationResolver {
  constructor(private readonly service: RoundEvaluationService) {}

  @Query(() => MyRoundEvaluationView, { nullable: true, description: 'The caller’s own evaluation of a round; null when they did not take part.' })
  myRoundEvaluation(
    @Ctx() ctx: RequestContext,
    @Args('roundId', { type: () => ID }, uuidArg('roundId')) roundId: string,
  ): Promise<MyRoundEvaluationView | null> {
    return this.service.mine(ctx, roundId);
  }

  @Mutation(() => MyRoundEvaluationView, { description: 'Participant: saves their evaluation of a closed round (a draft until submitted).' })
  saveRoundEvaluation(@Ctx() ctx: RequestContext, @Args('input') input: SaveRoundEvaluationInput): Promise<MyRoundEvaluationView> {
    return this.service.save(ctx, input);
  }

  @Mutation(() => MyRoundEvaluationView, { description: 'Participant: submits their saved evaluation; it can no longer change.' })
  submitRoundEvaluation(@Ctx() ctx: RequestContext, @Args('input') input: RoundEvaluationStepInput): Promise<MyRoundEvaluationView> {
    return this.service.submit(ctx, input);
  }

  @Query(() => RoundEvaluationResultsView, { description: 'Coordinator: the round’s evaluations, counted; nothing below three answers.' })
  roundEvaluationResults(
    @Ctx() ctx: RequestContext,
    @Args('roundId', { type: () => ID }, uuidArg('roundId')) roundId: string,
  ): Promise<RoundEvaluationResultsView> {
    return this.service.roundResults(ctx, roundId);
  }

  @Query(() => ProgrammeEvaluationResultsView, { description: 'Coordinator: the evaluations of all rounds of a programme, counted.' })
  programmeEvaluationResults(
    @Ctx() ctx: RequestContext,
    @Args('programmeId', { type: () => ID }, uuidArg('programmeId')) programmeId: string,
  ): Promise<ProgrammeEvaluationResultsView> {
    return this.service.programmeResults(ctx, programmeId);
  }
}
