import { Field, ID, InputType } from '@nestjs/graphql';
import { IdempotencyKey, Labels, OneOf, OptionalText, OptionalUuid, Text, Uuid } from '@kijkje/api/core';
import { REVIEW_QUESTION_MAX, REVIEW_QUESTION_MIN } from '@kijkje/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { SHARING_LEVELS, SharingLevelEnum, type SharingLevel } from '../../programmes/programme.entity';

@InputType()
export class DeclaredConflictInput {
  @Field(() => ID, { nullable: true })
  @OptionalUuid()
  organisationId?: string;

  @Field({ description: 'E.g. a shared arrangement, or a former employer.' })
  @Text(500)
  description!: string;
}

@InputType()
export class ApplyInput {
  @Field(() => ID)
  @Uuid()
  programmeId!: string;

  @Field({ description: 'What the organisation asks its peers to look at (reviewvraag).' })
  @Text(REVIEW_QUESTION_MAX, REVIEW_QUESTION_MIN)
  reviewQuestion!: string;

  @Field(() => [String])
  @Labels(20, 80)
  themes!: string[];

  @Field({ nullable: true })
  @OptionalText(120)
  preferredPeriod?: string;

  @Field(() => SharingLevelEnum)
  @OneOf(SHARING_LEVELS)
  consent!: SharingLevel;

  @Field(() => [DeclaredConflictInput], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(20, { message: 'maxLength|$constraint1' })
  @ValidateNested({ each: true })
  @Type(() => DeclaredConflictInput)
  conflicts?: DeclaredConflictInput[];

  @Field({ nullable: true })
  @IdempotencyKey()
  idempotencyKey?: string;
}
