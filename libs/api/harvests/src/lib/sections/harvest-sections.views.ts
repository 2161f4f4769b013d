import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MessageView } from '@kijkje/api/core';
import { KindCountView } from '../kind-count.view';

@ObjectType({ description: 'One programme in a comparison: null figures when it has fewer than three municipalities.' })
export class ComparedProgrammeView {
  @Field() name!: string;
  @Field(() => Int, { nullable: true }) organisations!: number | null;
  @Field(() => Int, { nullable: true }) total!: number | null;
  @Field(() => [KindCountView], { nullable: true }) totals!: KindCountView[] | null;
  @Field(() => MessageView, { nullable: true, description: 'Why the programme’s figures are not shown.' }) suppressed!: MessageView | null;
}

@ObjectType({ description: 'A theme in one programme of a comparison.' })
export class ComparedThemeCellView {
  @Field(() => Float, { nullable: true, description: 'Findings of the theme per municipality, one decimal; null where hidden.' }) perOrganisation!:
    number | null;
  @Field(() => [KindCountView], { nullable: true }) counts!: KindCountView[] | null;
}

@ObjectType()
export class ComparedThemeView {
  @Field() theme!: string;
  @Field(() => [ComparedThemeCellView], { description: 'One per programme, in the order of the programmes.' }) cells!: ComparedThemeCellView[];
}

@ObjectType({ description: 'The harvest’s programme (first) beside the others it compares with.' })
export class ProgrammeComparisonView {
  @Field(() => [ComparedProgrammeView]) programmes!: ComparedProgrammeView[];
  @Field(() => [ComparedThemeView]) themes!: ComparedThemeView[];
}

@ObjectType({ description: 'Cijfers: an indicator of the harvest’s municipalities in one size class.' })
export class HarvestIndicatorView {
  @Field() code!: string;
  @Field() label!: string;
  @Field() unit!: string;
  @Field({ description: 'XS … XL.' }) sizeClass!: string;
  @Field(() => Int, { nullable: true, description: 'Municipalities with a figure; null when hidden.' }) organisations!: number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => MessageView, { nullable: true }) suppressed!: MessageView | null;
}

@ObjectType()
export class HarvestEvaluationQuestionView {
  @Field({ description: 'usefulness, safety, preparation or team.' }) scale!: string;
  @Field(() => MessageView) label!: MessageView;
  @Field(() => Int, { nullable: true, description: 'Null when fewer than three answered it.' }) count!: number | null;
  @Field(() => Float, { nullable: true }) average!: number | null;
  @Field(() => [Int], { nullable: true, description: 'How many chose 1 … 5.' }) distribution!: number[] | null;
  @Field(() => MessageView, { nullable: true }) suppressed!: MessageView | null;
}

@ObjectType({ description: 'The round evaluations as counts; nothing below three answers, never a comment.' })
export class HarvestEvaluationView {
  @Field({ description: 'NONE, SUPPRESSED or SHOWN.' }) state!: string;
  @Field(() => MessageView) message!: MessageView;
  @Field(() => Int, { nullable: true }) respondents!: number | null;
  @Field(() => [HarvestEvaluationQuestionView]) questions!: HarvestEvaluationQuestionView[];
  @Field(() => Int, { nullable: true }) recommendYes!: number | null;
  @Field(() => Int, { nullable: true }) recommendNo!: number | null;
}
