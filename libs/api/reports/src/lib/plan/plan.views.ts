import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ActionPlanStatus, ActionStatus } from '@kijkje/domain';
import { ActionPlanStatusEnum, ActionStatusEnum } from './plan.entities';

@ObjectType({ description: 'How many actions of a plan are where: what the coordinator sees of every plan.' })
export class ActionFiguresView {
  @Field(() => Int) planned!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int) dropped!: number;
  @Field(() => Int) total!: number;
}

@ObjectType()
export class ActionPlanRightsView {
  @Field() edit!: boolean;
  @Field() share!: boolean;
  @Field() comment!: boolean;
  @Field() markAnswered!: boolean;
  @Field() setCoordinatorAccess!: boolean;
}

@ObjectType()
export class PlanActionCommentView {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Who wrote it; null when that account no longer exists.' }) author!: string | null;
  @Field() text!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType()
export class PlanActionView {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field({ description: 'A person or a role.' }) owner!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn!: string | null;
  @Field(() => ActionStatusEnum) status!: ActionStatus;
  @Field(() => String, { nullable: true }) dropReason!: string | null;
  @Field(() => [ID]) findingIds!: string[];
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => [PlanActionCommentView]) comments!: PlanActionCommentView[];
}

@ObjectType({ description: 'A visit’s action plan as the caller may see it.' })
export class ActionPlanView {
  @Field(() => ID) visitId!: string;
  @Field(() => ActionPlanStatusEnum) status!: ActionPlanStatus;
  @Field() openToCoordinator!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) sharedAt!: Date | null;
  @Field(() => ActionFiguresView) figures!: ActionFiguresView;
  @Field(() => ActionPlanRightsView) rights!: ActionPlanRightsView;
  @Field(() => [PlanActionView], { nullable: true, description: 'Null when the caller sees only the figures.' }) actions!: PlanActionView[] | null;
  @Field(() => [ID], { nullable: true, description: 'Recommendations the lead marked as answered by the plan; null with figures only.' })
  answeredFindingIds!: string[] | null;
}

@ObjectType()
export class ActionPlanStandingView {
  @Field({ description: 'The host may begin the plan now (the report is final and there is none).' }) canStart!: boolean;
  @Field(() => ActionPlanView, { nullable: true, description: 'Null when there is none, or none this caller may know of.' }) plan!: ActionPlanView | null;
}
