import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LongText, Uuid } from '@kijkje/api/core';
import { PROGRESS_TEXT_MAX } from '@kijkje/domain';
import { IsInt, Max, Min } from 'class-validator';

@InputType()
export class ProgressReviewStepInput {
  @Field(() => ID) @Uuid() visitId!: string;
  @Field(() => Int, { description: 'Months after the visit: one of the programme’s moments.' })
  @IsInt({ message: 'integer|' })
  @Min(1, { message: 'min|$constraint1' })
  @Max(60, { message: 'max|$constraint1' })
  months!: number;
  @Field(() => Int, { description: 'The version the host saw; 0 before anything was written.' })
  @IsInt({ message: 'integer|' })
  @Min(0, { message: 'min|$constraint1' })
  version!: number;
}

@InputType()
export class SaveProgressReviewInput extends ProgressReviewStepInput {
  @Field({ description: 'Markdown: where the municipality stands now.' }) @LongText(PROGRESS_TEXT_MAX) fotoVanNu!: string;
  @Field({ description: 'Markdown: how far the stip aan de horizon came closer.' }) @LongText(PROGRESS_TEXT_MAX) reflection!: string;
}
