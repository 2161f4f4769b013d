import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CalendarDate, OptionalText, Text, Uuid, Version } from '@kijkje/api/core';
import {
  ACTION_COMMENT_MAX,
  ACTION_DESCRIPTION_MAX,
  ACTION_FINDINGS_MAX,
  ACTION_OWNER_MAX,
  ACTION_REASON_MAX,
  ACTION_STATUSES,
  ACTION_TITLE_MAX,
  type ActionStatus,
} from '@kijkje/domain';
import { OneOf } from '@kijkje/api/core';
import { ArrayMaxSize, IsArray, IsBoolean, IsUUID, ValidateIf } from 'class-validator';
import { ActionStatusEnum } from './plan.entities';

@InputType()
export class PlanStepInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int, { description: 'The version of the plan the caller saw.' }) @Version() version!: number;
}

@InputType()
export class SetPlanCoordinatorAccessInput extends PlanStepInput {
  @Field({ description: 'Whether the coordinator may read the actions (figures they always see).' })
  @IsBoolean({ message: 'boolean|' })
  open!: boolean;
}

@InputType()
export class MarkAnsweredInput extends PlanStepInput {
  @Field(() => ID, { description: 'A recommendation of the visit’s final report.' }) @Uuid() findingId!: string;
  @Field() @IsBoolean({ message: 'boolean|' }) answered!: boolean;
}

@InputType()
export class PlanActionFields {
  @Field() @Text(ACTION_TITLE_MAX) title!: string;
  @Field(() => String, { nullable: true }) @OptionalText(ACTION_DESCRIPTION_MAX) description?: string | null;
  @Field({ description: 'Who owns the action: a person or a role.' }) @Text(ACTION_OWNER_MAX) owner!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @CalendarDate()
  dueOn?: string | null;
  @Field(() => [ID], { description: 'The findings of the report this action answers (at least one).' })
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(ACTION_FINDINGS_MAX, { message: 'maxLength|$constraint1' })
  @IsUUID('all', { each: true, message: 'uuid|' })
  findingIds!: string[];
}

@InputType()
export class AddPlanActionInput extends PlanActionFields {
  @Field(() => ID) @Uuid() visitId!: string;
}

@InputType()
export class UpdatePlanActionInput extends PlanActionFields {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
}

@InputType()
export class MovePlanActionInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => ActionStatusEnum) @OneOf(ACTION_STATUSES) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'Why it is dropped: required for DROPPED.' })
  @OptionalText(ACTION_REASON_MAX)
  reason?: string | null;
}

@InputType()
export class RemovePlanActionInput {
  @Field(() => ID) @Uuid() id!: string;
  @Field(() => Int) @Version() version!: number;
}

@InputType()
export class CommentOnPlanActionInput {
  @Field(() => ID) @Uuid() actionId!: string;
  @Field() @Text(ACTION_COMMENT_MAX) text!: string;
}
