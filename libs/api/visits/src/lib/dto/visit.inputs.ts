import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CalendarDate, Labels, LongText, OptionalText, Pattern, Text, Uuid, Version } from '@kijkje/api/core';
import { AGENDA_MAX_ITEMS, REVIEW_QUESTION_MAX, REVIEW_QUESTION_MIN, SELF_ASSESSMENT_ANSWER_MAX } from '@kijkje/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, ValidateIf, ValidateNested } from 'class-validator';

@InputType()
export class AgendaItemInput {
  @Field({ description: 'HH:MM' }) @Pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'time') startTime!: string;
  @Field({ description: 'HH:MM' }) @Pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'time') endTime!: string;
  @Field() @Text(200) topic!: string;
  @Field(() => [String])
  @Labels(12, 80)
  partners!: string[];
}

@InputType()
export class UpdateVisitPlanInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @CalendarDate()
  startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM, Dutch time on the visit day.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @Pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'time')
  startTime?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM; earlier than the start time means the next day.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @Pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'time')
  endTime?: string | null;
  @Field({ nullable: true }) @OptionalText(200) location?: string;
  @Field(() => [AgendaItemInput])
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(AGENDA_MAX_ITEMS, { message: 'maxLength|$constraint1' })
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda!: AgendaItemInput[];
}

@InputType()
export class AnswerInput {
  @Field() @Text(200) key!: string;
  @Field() @LongText(SELF_ASSESSMENT_ANSWER_MAX) text!: string;
}

@InputType()
export class SaveSelfAssessmentInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => [AnswerInput], { description: 'Every answer of the self-assessment; what is left out is emptied.' })
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(200, { message: 'maxLength|$constraint1' })
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}

@InputType()
export class VisitStepInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int) @Version() version!: number;
}

@InputType()
export class AssignReviewerInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => ID) @Uuid() userId!: string;
  @Field({ nullable: true, description: 'Make this reviewer the lead (coordinator only).' })
  @IsOptional()
  @IsBoolean({ message: 'string|' })
  lead?: boolean;
}

@InputType()
export class ReviewerRefInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => ID) @Uuid() userId!: string;
}

@InputType()
export class SetVisitDeadlinesInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the host’s preparation is due at the end of this Dutch day; null follows the programme’s rule.',
  })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @CalendarDate()
  preparationDueOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the report is due at the end of this Dutch day; null follows the programme’s rule.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @CalendarDate()
  reportDueOn?: string | null;
}

@InputType()
export class RefineReviewQuestionInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int) @Version() version!: number;
  @Field({ description: 'The question as the host now puts it; the application’s question again undoes the refinement.' })
  @Text(REVIEW_QUESTION_MAX, REVIEW_QUESTION_MIN)
  reviewQuestion!: string;
}
