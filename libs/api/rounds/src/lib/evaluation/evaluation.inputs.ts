import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LongText, Uuid } from '@kijkje/api/core';
import { EVALUATION_COMMENT_MAX, EVALUATION_SCALE_MAX, EVALUATION_SCALE_MIN } from '@kijkje/domain';
import { applyDecorators } from '@nestjs/common';
import { IsBoolean, IsInt, Max, Min, ValidateIf } from 'class-validator';

const Score = () =>
  applyDecorators(
    ValidateIf((_o, v) => v !== null && v !== undefined),
    IsInt({ message: 'integer|' }),
    Min(EVALUATION_SCALE_MIN, { message: 'min|$constraint1' }),
    Max(EVALUATION_SCALE_MAX, { message: 'max|$constraint1' }),
  );

@InputType()
export class RoundEvaluationStepInput {
  @Field(() => ID) @Uuid() roundId!: string;
  @Field(() => Int, { description: 'The version the participant saw; 0 before anything was written.' })
  @IsInt({ message: 'integer|' })
  @Min(0, { message: 'min|$constraint1' })
  version!: number;
}

@InputType()
export class SaveRoundEvaluationInput extends RoundEvaluationStepInput {
  @Field(() => Int, { nullable: true, description: '1–5: how useful the round was; null while open.' }) @Score() usefulness!: number | null;
  @Field(() => Int, { nullable: true, description: '1–5: how safe and open it felt.' }) @Score() safety!: number | null;
  @Field(() => Int, { nullable: true, description: '1–5: how good the preparation was.' }) @Score() preparation!: number | null;
  @Field(() => Int, { nullable: true, description: '1–5: how well the team worked.' }) @Score() team!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Would recommend a round to another municipality.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsBoolean({ message: 'boolean|' })
  wouldRecommend!: boolean | null;
  @Field({ description: 'Free text; optional.' })
  @LongText(EVALUATION_COMMENT_MAX)
  comment!: string;
}
