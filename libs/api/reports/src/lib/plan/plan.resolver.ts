import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { actionFigures } from '@kijkje/domain';
import {
  AddPlanActionInput,
  CommentOnPlanActionInput,
  MarkAnsweredInput,
  MovePlanActionInput,
  PlanStepInput,
  RemovePlanActionInput,
  SetPlanCoordinatorAccessInput,
  UpdatePlanActionInput,
} from './plan.inputs';
import type { PlanAction } from './plan.entities';
import { actionsOf, commentsOf, type CommentRow } from './plan.queries';
import { ActionPlanService, type PlanStanding } from './plan.service';
import { ActionPlanStandingView, ActionPlanView, PlanActionCommentView, PlanActionView } from './plan.views';

const actionView = (a: PlanAction, comments: CommentRow[]): PlanActionView => ({
  id: a.id,
  title: a.title,
  description: a.description,
  owner: a.owner,
  dueOn: a.dueOn,
  status: a.status,
  dropReason: a.dropReason,
  findingIds: a.findingIds,
  version: a.version,
  updatedAt: a.updatedAt,
  comments: comments.filter((c) => c.actionId === a.id),
});

@Resolver(() => ActionPlanView)
export class ActionPlanResolver {
  constructor(private readonly service: ActionPlanService) {}

  /** The plan as this caller may see it: everything, the figures only, or nothing. */
  private async view(ctx: RequestContext, s: PlanStanding): Promise<ActionPlanStandingView> {
    if (!s.plan || !s.rights.figures) return { canStart: s.rights.start, plan: null };
    const actions = await actionsOf(ctx.em, s.visit.networkId, s.visit.id);
    const comments = s.rights.read
      ? await commentsOf(
          ctx.em,
          s.visit.networkId,
          actions.map((a) => a.id),
        )
      : [];
    const { PLANNED, IN_PROGRESS, DONE, DROPPED, total } = actionFigures(actions.map((a) => a.status));
    const { read: _read, figures: _figures, start: _start, ...rights } = s.rights;
    return {
      canStart: false,
      plan: {
        visitId: s.visit.id,
        status: s.plan.status,
        openToCoordinator: s.plan.openToCoordinator,
        version: s.plan.version,
        sharedAt: s.plan.sharedAt,
        figures: { planned: PLANNED, inProgress: IN_PROGRESS, done: DONE, dropped: DROPPED, total },
        rights,
        actions: s.rights.read ? actions.map((a) => actionView(a, comments)) : null,
        answeredFindingIds: s.rights.read ? s.plan.answeredFindingIds : null,
      },
    };
  }

  @Query(() => ActionPlanStandingView, { description: 'The action plan of a visit, as far as the caller may see it.' })
  async actionPlan(@Ctx() ctx: RequestContext, @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string): Promise<ActionPlanStandingView> {
    return this.view(ctx, await this.service.standing(ctx, visitId));
  }

  @Mutation(() => ActionPlanStandingView, { description: 'Host: begins the action plan once the report is final.' })
  async startActionPlan(@Ctx() ctx: RequestContext, @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string): Promise<ActionPlanStandingView> {
    return this.view(ctx, await this.service.start(ctx, visitId));
  }

  @Mutation(() => ActionPlanStandingView, { description: 'Host: shares the draft plan; it then follows the report’s sharing.' })
  async shareActionPlan(@Ctx() ctx: RequestContext, @Args('input') input: PlanStepInput): Promise<ActionPlanStandingView> {
    return this.view(ctx, await this.service.share(ctx, input));
  }

  @Mutation(() => ActionPlanStandingView, { description: 'Host: lets the coordinator read the actions, or not.' })
  async setActionPlanCoordinatorAccess(@Ctx() ctx: RequestContext, @Args('input') input: SetPlanCoordinatorAccessInput): Promise<ActionPlanStandingView> {
    return this.view(ctx, await this.service.setCoordinatorAccess(ctx, input));
  }

  @Mutation(() => ActionPlanStandingView, { description: 'Lead: marks a recommendation of the report as answered by the plan, or not.' })
  async markRecommendationAnswered(@Ctx() ctx: RequestContext, @Args('input') input: MarkAnsweredInput): Promise<ActionPlanStandingView> {
    return this.view(ctx, await this.service.markAnswered(ctx, input));
  }

  @Mutation(() => PlanActionView, { description: 'Host: adds an action to the plan.' })
  async addPlanAction(@Ctx() ctx: RequestContext, @Args('input') input: AddPlanActionInput): Promise<PlanActionView> {
    return actionView(await this.service.addAction(ctx, input), []);
  }

  @Mutation(() => PlanActionView, { description: 'Host: changes what, who, by when or which findings.' })
  async updatePlanAction(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePlanActionInput): Promise<PlanActionView> {
    const action = await this.service.updateAction(ctx, input);
    return actionView(action, await commentsOf(ctx.em, action.networkId, [action.id]));
  }

  @Mutation(() => PlanActionView, { description: 'Host: moves an action to another status (DROPPED needs a reason).' })
  async movePlanAction(@Ctx() ctx: RequestContext, @Args('input') input: MovePlanActionInput): Promise<PlanActionView> {
    const action = await this.service.moveAction(ctx, input);
    return actionView(action, await commentsOf(ctx.em, action.networkId, [action.id]));
  }

  @Mutation(() => Boolean, { description: 'Host: removes an action from a plan that is still a draft.' })
  removePlanAction(@Ctx() ctx: RequestContext, @Args('input') input: RemovePlanActionInput): Promise<boolean> {
    return this.service.removeAction(ctx, input);
  }

  @Mutation(() => PlanActionCommentView, { description: 'Review team or host: a comment on an action of a shared plan.' })
  commentOnPlanAction(@Ctx() ctx: RequestContext, @Args('input') input: CommentOnPlanActionInput): Promise<PlanActionCommentView> {
    return this.service.comment(ctx, input);
  }
}
