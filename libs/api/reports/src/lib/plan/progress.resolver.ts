import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { ProgressReviewStepInput, SaveProgressReviewInput } from './progress.inputs';
import { ProgressReviewService } from './progress.service';
import { ProgressReviewsView } from './progress.views';

@Resolver(() => ProgressReviewsView)
export class ProgressReviewResolver {
  constructor(private readonly service: ProgressReviewService) {}

  @Query(() => ProgressReviewsView, { description: 'The progress reviews after a visit, as far as the caller may see them.' })
  progressReviews(@Ctx() ctx: RequestContext, @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string): Promise<ProgressReviewsView> {
    return this.service.reviews(ctx, visitId);
  }

  @Mutation(() => ProgressReviewsView, { description: 'Host: saves the progress review of one moment (a draft until submitted).' })
  saveProgressReview(@Ctx() ctx: RequestContext, @Args('input') input: SaveProgressReviewInput): Promise<ProgressReviewsView> {
    return this.service.save(ctx, input);
  }

  @Mutation(() => ProgressReviewsView, { description: 'Host: submits the progress review of one moment; the team and the plan’s readers then read it.' })
  submitProgressReview(@Ctx() ctx: RequestContext, @Args('input') input: ProgressReviewStepInput): Promise<ProgressReviewsView> {
    return this.service.submit(ctx, input);
  }
}
