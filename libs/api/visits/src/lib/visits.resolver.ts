import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, MessageView, User, byIdLoader, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Organisation, organisationLoader } from '@kijkje/api/networks';
import { Programme } from '@kijkje/api/programmes';
import { Round } from '@kijkje/api/rounds';
import { RefineReviewQuestionInput, UpdateVisitPlanInput, SaveSelfAssessmentInput, SetVisitDeadlinesInput, VisitStepInput } from './dto/visit.inputs';
import { applicationQuestion, refineReviewQuestion, reviewQuestionOf } from './review-question';
import { deadlinesOf, setVisitDeadlines } from './visit-deadlines';
import { roundFacts } from './round-facts';
import { TeamService } from './team/team.service';
import { VisitReviewer } from './team/visit-reviewer.entity';
import { VisitAccess } from './visit-access.service';
import { Visit } from './visit.entity';
import { AgendaItemView, SelfAssessmentView, VisitDeadlinesView, VisitRelationEnum, VisitRightsView } from './visit.views';
import { VisitsService } from './visits.service';

@Resolver(() => Visit)
export class VisitsResolver {
  constructor(
    private readonly service: VisitsService,
    private readonly access: VisitAccess,
    private readonly teams: TeamService,
  ) {}

  @Query(() => Visit)
  visit(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string, @Info() info: GraphQLResolveInfo): Promise<Visit> {
    return this.service.read(ctx, id, info);
  }

  @Query(() => [Visit], { description: 'The visits the viewer’s organisation hosts or the viewer reviews, soonest first.' })
  myVisits(@Ctx() ctx: RequestContext): Promise<Visit[]> {
    return this.service.mine(ctx);
  }

  @Mutation(() => Visit, { description: 'Host: the date, the location and the programme of the day.' })
  updateVisitPlan(@Ctx() ctx: RequestContext, @Args('input') input: UpdateVisitPlanInput): Promise<Visit> {
    return this.service.updatePlan(ctx, input);
  }

  @Mutation(() => Visit, { description: 'Host: saves the self-assessment (autosave); a stale version gives CONFLICT.' })
  saveSelfAssessment(@Ctx() ctx: RequestContext, @Args('input') input: SaveSelfAssessmentInput): Promise<Visit> {
    return this.service.saveAnswers(ctx, input);
  }

  @Mutation(() => Visit, { description: 'Host: PLANNED → PREPARED; the reviewers can read the preparation.' })
  submitPreparation(@Ctx() ctx: RequestContext, @Args('input') input: VisitStepInput): Promise<Visit> {
    return this.service.submitPreparation(ctx, input);
  }

  @Mutation(() => Visit, { description: 'Lead or coordinator: PREPARED → HELD, once the team is complete.' })
  markVisitHeld(@Ctx() ctx: RequestContext, @Args('input') input: VisitStepInput): Promise<Visit> {
    return this.service.markHeld(ctx, input);
  }

  @Mutation(() => Visit, { description: 'Coordinator: the visit’s own preparation and report deadlines; null follows the programme’s rule.' })
  setVisitDeadlines(@Ctx() ctx: RequestContext, @Args('input') input: SetVisitDeadlinesInput): Promise<Visit> {
    return setVisitDeadlines(ctx, this.access, this.service, input);
  }

  @Mutation(() => Visit, { description: 'Host, while preparing: sharpens the review question the visit carries; a stale version gives CONFLICT.' })
  refineReviewQuestion(@Ctx() ctx: RequestContext, @Args('input') input: RefineReviewQuestionInput): Promise<Visit> {
    return refineReviewQuestion(ctx, this.access, this.service, input);
  }

  @ResolveField(() => String, { description: 'The review question: as the host refined it while preparing, else as the application asked it.' })
  reviewQuestion(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<string> {
    return reviewQuestionOf(ctx, visit);
  }

  @ResolveField(() => String, { description: 'The review question as the application asked it (kept as it was).' })
  applicationReviewQuestion(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<string> {
    return applicationQuestion(ctx, visit);
  }

  @ResolveField(() => Boolean, { description: 'The host has refined the application’s review question.' })
  reviewQuestionRefined(@Parent() visit: Visit): boolean {
    return visit.reviewQuestionRefined !== null;
  }

  @ResolveField(() => VisitDeadlinesView, { description: 'The deadlines that apply: the visit’s own dates, else its programme’s rule.' })
  deadlines(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<VisitDeadlinesView> {
    return deadlinesOf(ctx, visit);
  }

  @ResolveField(() => Round)
  async round(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<Round> {
    return (await byIdLoader(ctx, Round).load(visit.roundId))!;
  }

  @ResolveField(() => Programme)
  async programme(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<Programme> {
    return (await roundFacts(ctx, visit)).programme;
  }

  @ResolveField(() => Organisation)
  async hostOrganisation(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await organisationLoader(ctx).load(visit.hostOrganisationId))!;
  }

  @ResolveField(() => [VisitRelationEnum], { description: 'How the viewer stands to this visit.' })
  async myRelations(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<string[]> {
    return [...(await this.access.relations(ctx, visit))].sort();
  }

  @ResolveField(() => VisitRightsView)
  async rights(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<VisitRightsView> {
    const { rights } = await this.access.standing(ctx, visit);
    return rights;
  }

  @ResolveField(() => [AgendaItemView], { nullable: true, description: 'Null for whoever may not read the preparation.' })
  async agenda(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<AgendaItemView[] | null> {
    const { rights } = await this.access.standing(ctx, visit);
    return rights.readPreparation ? visit.agenda : null;
  }

  @ResolveField(() => SelfAssessmentView, { nullable: true, description: 'The host always; coordinator and reviewers once it is submitted.' })
  async selfAssessment(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<SelfAssessmentView | null> {
    const { rights, relations } = await this.access.standing(ctx, visit);
    const submitted = visit.status !== 'PLANNED';
    if (!relations.has('host') && !(rights.readPreparation && submitted)) return null;
    return { submitted, answers: Object.entries(visit.answers).map(([key, text]) => ({ key, text })) };
  }

  @ResolveField(() => [MessageView], { description: 'For the host: what still stands between them and submitting the preparation.' })
  async preparationProblems(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<MessageView[]> {
    return this.service.preparationProblems(ctx, await this.access.standing(ctx, visit));
  }

  @ResolveField(() => [VisitReviewer])
  team(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<VisitReviewer[]> {
    return this.teams.members(ctx, visit.id);
  }

  @ResolveField(() => [MessageView], { description: 'Why the team is not complete yet; empty when it is.' })
  teamProblems(@Parent() visit: Visit, @Ctx() ctx: RequestContext): Promise<MessageView[]> {
    return this.teams.problems(ctx, visit);
  }
}

@Resolver(() => VisitReviewer)
export class ReviewerResolver {
  @ResolveField(() => User)
  async user(@Parent() reviewer: VisitReviewer, @Ctx() ctx: RequestContext): Promise<User> {
    return (await byIdLoader(ctx, User).load(reviewer.userId))!;
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() reviewer: VisitReviewer, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return (await organisationLoader(ctx).load(reviewer.organisationId))!;
  }
}

@Resolver(() => Round)
export class RoundVisitsResolver {
  constructor(private readonly service: VisitsService) {}

  @ResolveField(() => [Visit], { description: 'One visit per organisation, once the round has started.' })
  visits(@Parent() round: Round, @Ctx() ctx: RequestContext): Promise<Visit[]> {
    return this.service.forRound(ctx, round);
  }
}
