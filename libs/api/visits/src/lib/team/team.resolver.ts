import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Ctx, MessageView, User, byIdLoader, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Organisation, organisationLoader } from '@kijkje/api/networks';
import { AssignReviewerInput, ReviewerRefInput } from '../dto/visit.inputs';
import { Visit } from '../visit.entity';
import { TeamService } from './team.service';

@ObjectType()
export class ReviewerCandidate {
  @Field(() => User) user!: User;
  @Field(() => Organisation) organisation!: Organisation;
  @Field({ description: 'True when nothing stands in the way of joining the team.' }) eligible!: boolean;
  @Field(() => [MessageView]) problems!: MessageView[];
}

@Resolver()
export class TeamResolver {
  constructor(private readonly team: TeamService) {}

  @Query(() => [ReviewerCandidate], { description: 'People who could join the review team (the coordinator: all; a round member: their own organisation’s).' })
  async reviewerCandidates(@Ctx() ctx: RequestContext, @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string): Promise<ReviewerCandidate[]> {
    const candidates = await this.team.candidates(ctx, visitId);
    const users = await byIdLoader(ctx, User).loadMany(candidates.map((c) => c.userId));
    const organisations = await organisationLoader(ctx).loadMany(candidates.map((c) => c.organisationId));
    return candidates.map((c, i) => ({
      user: users[i] as User,
      organisation: organisations[i] as Organisation,
      eligible: c.problems.length === 0,
      problems: c.problems,
    }));
  }

  @Mutation(() => Visit)
  assignReviewer(@Ctx() ctx: RequestContext, @Args('input') input: AssignReviewerInput): Promise<Visit> {
    return this.team.assign(ctx, input);
  }

  @Mutation(() => Visit)
  removeReviewer(@Ctx() ctx: RequestContext, @Args('input') input: ReviewerRefInput): Promise<Visit> {
    return this.team.remove(ctx, input);
  }

  @Mutation(() => Visit, { description: 'Coordinator: makes this reviewer the lead.' })
  setVisitLead(@Ctx() ctx: RequestContext, @Args('input') input: ReviewerRefInput): Promise<Visit> {
    return this.team.setLead(ctx, input);
  }
}
