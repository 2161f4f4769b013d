import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { TrackCasesService } from './track-cases.service';
import { AddTrackCaseEntryInput, GiveTrackFeedbackInput, UpdateMyTrackCaseInput, UpdateTrackCaseEntryInput } from './track.inputs';
import { TrackCaseView } from './track.views';
import { caseView } from './track-views';

/** A participant's case in a learning track: their log and the feedback on it. */
@Resolver()
export class TrackCasesResolver {
  constructor(private readonly cases: TrackCasesService) {}

  private async reload(ctx: RequestContext, participantId: string): Promise<TrackCaseView> {
    return caseView(ctx, await this.cases.read(ctx, participantId));
  }

  @Query(() => TrackCaseView, { description: 'A case: for its participant, the track’s facilitators, and their feedback group when shared with it.' })
  async trackCase(
    @Ctx() ctx: RequestContext,
    @Args('participantId', { type: () => ID }, uuidArg('participantId')) participantId: string,
  ): Promise<TrackCaseView> {
    return this.reload(ctx, participantId);
  }

  @Mutation(() => TrackCaseView, { description: 'The participant: their steering question and whether their feedback group may read the case.' })
  async updateMyTrackCase(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMyTrackCaseInput): Promise<TrackCaseView> {
    return this.reload(ctx, await this.cases.updateMine(ctx, input));
  }

  @Mutation(() => TrackCaseView, { description: 'The participant: a dated entry in their case log.' })
  async addTrackCaseEntry(@Ctx() ctx: RequestContext, @Args('input') input: AddTrackCaseEntryInput): Promise<TrackCaseView> {
    return this.reload(ctx, await this.cases.addEntry(ctx, input));
  }

  @Mutation(() => TrackCaseView, { description: 'The participant: an entry, with the version they edited.' })
  async updateTrackCaseEntry(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTrackCaseEntryInput): Promise<TrackCaseView> {
    return this.reload(ctx, await this.cases.updateEntry(ctx, input));
  }

  @Mutation(() => TrackCaseView, { description: 'A facilitator or a peer who may read the case: feedback for one session.' })
  async giveTrackFeedback(@Ctx() ctx: RequestContext, @Args('input') input: GiveTrackFeedbackInput): Promise<TrackCaseView> {
    return this.reload(ctx, await this.cases.giveFeedback(ctx, input));
  }
}
