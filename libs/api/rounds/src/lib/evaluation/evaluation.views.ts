import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EVALUATION_SCALES, type EvaluationResultState, type EvaluationScale } from '@kijkje/domain';

export const EvaluationScaleEnum = Object.fromEntries(EVALUATION_SCALES.map((s) => [s, s])) as { [K in EvaluationScale]: K };
registerEnumType(EvaluationScaleEnum, { name: 'EvaluationScale', description: 'usefulness, safety (veiligheid en openheid), preparation, team.' });

export const EvaluationResultStateEnum = { NONE: 'NONE', SUPPRESSED: 'SUPPRESSED', SHOWN: 'SHOWN' } as const satisfies Record<
  EvaluationResultState,
  EvaluationResultState
>;
registerEnumType(EvaluationResultStateEnum, {
  name: 'EvaluationResultState',
  description: 'NONE: nothing submitted; SUPPRESSED: fewer than three answers, so nothing is shown; SHOWN.',
});

@ObjectType({ description: 'The caller’s own evaluation of a closed round.' })
export class MyRoundEvaluationView {
  @Field(() => ID) roundId!: string;
  @Field({ description: 'The round has closed: the evaluation is open.' }) open!: boolean;
  @Field({ description: 'The caller may save and submit it now.' }) canWrite!: boolean;
  @Field(() => Int, { nullable: true }) usefulness!: number | null;
  @Field(() => Int, { nullable: true }) safety!: number | null;
  @Field(() => Int, { nullable: true }) preparation!: number | null;
  @Field(() => Int, { nullable: true }) team!: number | null;
  @Field(() => Boolean, { nullable: true }) wouldRecommend!: boolean | null;
  @Field() comment!: string;
  @Field(() => Int, { description: 'Send back when saving; 0 before anything is written.' }) version!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt!: Date | null;
}

@ObjectType()
export class EvaluationScaleResultView {
  @Field(() => EvaluationScaleEnum) scale!: EvaluationScale;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Rounded to one decimal.' }) average!: number;
  @Field(() => [Int], { description: 'How many chose 1, 2, 3, 4 and 5.' }) distribution!: number[];
}

@ObjectType({ description: 'Submitted evaluations, counted; nobody’s name. Below three answers only the state.' })
export class EvaluationResultsView {
  @Field(() => EvaluationResultStateEnum) state!: EvaluationResultState;
  @Field(() => Int, { nullable: true, description: 'How many submitted; null unless SHOWN.' }) respondents!: number | null;
  @Field(() => [EvaluationScaleResultView]) scales!: EvaluationScaleResultView[];
  @Field(() => Int) recommendYes!: number;
  @Field(() => Int) recommendNo!: number;
  @Field(() => [String], { description: 'Comments, sorted: their order says nothing about who wrote them.' }) comments!: string[];
}

@ObjectType()
export class RoundEvaluationResultsView {
  @Field(() => ID) roundId!: string;
  @Field() roundName!: string;
  @Field({ description: 'The round has closed, so its participants are asked to evaluate.' }) open!: boolean;
  @Field(() => Int, { description: 'How many people took part in the round.' }) participants!: number;
  @Field(() => EvaluationResultsView) results!: EvaluationResultsView;
}

@ObjectType()
export class ProgrammeEvaluationResultsView {
  @Field(() => ID) programmeId!: string;
  @Field(() => EvaluationResultsView, { description: 'All rounds of the programme together.' }) total!: EvaluationResultsView;
  @Field(() => [RoundEvaluationResultsView]) rounds!: RoundEvaluationResultsView[];
}
