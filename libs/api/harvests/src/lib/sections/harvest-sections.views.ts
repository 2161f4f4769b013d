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
  @Field(() => MessageView, {
    nullable: true,
    description: 'Why the cell is hidden: fewer than three municipalities raised the theme, or showing it would give such a one back from the totals.',
  })
  suppressed!: MessageView | null;
}

@ObjectType()
export class ComparedThemeView {
  @Field() theme!: string;
  @Field(() => [ComparedThemeCellView], { description: 'One per programme, in the order of the programmes.' }) cells!: ComparedThemeCellView[];
}

@ObjectType({ description: 'A pattern (a theme, tag or theme with tag at three or more municipalities in a programme) across the programmes.' })
export class ComparedPatternView {
  @Field() key!: string;
  @Field({ description: 'THEME, TAG or THEME_TAG.' }) type!: string;
  @Field() label!: string;
  @Field(() => [Int], { nullable: 'items', description: 'Municipalities with the pattern, one per programme in their order; null where hidden.' })
  organisations!: (number | null)[];
  @Field(() => [Int], { nullable: 'items', description: 'Findings with the pattern, one per programme in their order; null where hidden.' })
  findings!: (number | null)[];
  @Field(() => Int, { description: 'Different municipalities with the pattern over the programmes together.' }) totalOrganisations!: number;
  @Field(() => Int, { description: 'Findings with the pattern over the programmes together.' }) totalFindings!: number;
  @Field(() => String, {
    nullable: true,
    description: 'NEW, PERSISTING or NO_LONGER: the latest programme against the one before it; null with one programme.',
  })
  change!: string | null;
  @Field(() => MessageView, { nullable: true }) changeLabel!: MessageView | null;
}

@ObjectType({ description: 'Patronen door de jaren heen: the patterns of the compared programmes side by side, earliest programme first.' })
export class PatternComparisonView {
  @Field(() => [String], { description: 'The programmes of three or more municipalities, earliest first: one column each.' }) programmes!: string[];
  @Field(() => [ComparedPatternView]) patterns!: ComparedPatternView[];
  @Field(() => [MessageView], { description: 'Why a programme is left out or a cell hidden.' }) notes!: MessageView[];
}

@ObjectType({ description: 'The harvest’s programme (first) beside the others it compares with.' })
export class ProgrammeComparisonView {
  @Field(() => [ComparedProgrammeView]) programmes!: ComparedProgrammeView[];
  @Field(() => [ComparedThemeView]) themes!: ComparedThemeView[];
  @Field(() => [MessageView], { description: 'Why theme cells are hidden, each reason once (a hidden programme says why in its own row).' })
  notes!: MessageView[];
  @Field(() => PatternComparisonView, { nullable: true, description: 'The patterns across the programmes; null in a version published before it existed.' })
  patterns!: PatternComparisonView | null;
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
