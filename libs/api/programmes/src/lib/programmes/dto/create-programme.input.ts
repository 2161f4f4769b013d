import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, IsoDateTime, OneOf, OptionalText, Text } from '@kijkje/api/core';
import { ArrayMaxSize, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEADLINE_LIMITS, DEFAULT_DEADLINE_SETTINGS, PROGRESS_MOMENT_LIMITS } from '@kijkje/domain';
import { SHARING_LEVELS, SharingLevelEnum, type SharingLevel } from '../programme.entity';
import { FrameworkSectionInput } from './framework.input';
import { FrameworkInput, ThemesInput } from './themes.decorator';

@InputType()
export class CreateProgrammeInput {
  @Field()
  @Text(160, 2)
  name!: string;

  @Field({ nullable: true })
  @OptionalText(4000)
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Defaults: Wmo, Jeugd, Participatie, Informatievoorziening, Financiële beheersbaarheid.' })
  @ThemesInput()
  themes?: string[];

  @Field(() => [FrameworkSectionInput], {
    nullable: true,
    description: 'Changes to the default preparation framework for these themes: a section sent replaces that part, one not sent keeps the defaults.',
  })
  @FrameworkInput()
  framework?: FrameworkSectionInput[];

  @Field(() => Int)
  @IsInt({ message: 'integer|' })
  @Min(0, { message: 'min|$constraint1' })
  @Max(1000, { message: 'max|$constraint1' })
  places!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsoDateTime()
  signUpOpensAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsoDateTime()
  signUpClosesAt?: Date;

  @Field(() => SharingLevelEnum)
  @OneOf(SHARING_LEVELS)
  defaultSharing!: SharingLevel;

  @Field({ nullable: true })
  @IdempotencyKey()
  idempotencyKey?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Days before the visit day the host’s preparation is due (${DEADLINE_LIMITS.preparationDaysBefore.min}–${DEADLINE_LIMITS.preparationDaysBefore.max}); default ${DEFAULT_DEADLINE_SETTINGS.preparationDaysBefore}.`,
  })
  @IsOptional()
  @IsInt({ message: 'integer|' })
  @Min(DEADLINE_LIMITS.preparationDaysBefore.min, { message: 'min|$constraint1' })
  @Max(DEADLINE_LIMITS.preparationDaysBefore.max, { message: 'max|$constraint1' })
  preparationDaysBefore?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Days the host has to reply to shared findings or a shared report (${DEADLINE_LIMITS.replyDays.min}–${DEADLINE_LIMITS.replyDays.max}); default ${DEFAULT_DEADLINE_SETTINGS.replyDays}.`,
  })
  @IsOptional()
  @IsInt({ message: 'integer|' })
  @Min(DEADLINE_LIMITS.replyDays.min, { message: 'min|$constraint1' })
  @Max(DEADLINE_LIMITS.replyDays.max, { message: 'max|$constraint1' })
  replyDays?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Weeks after the visit day the report is due (${DEADLINE_LIMITS.reportWeeksAfter.min}–${DEADLINE_LIMITS.reportWeeksAfter.max}); default ${DEFAULT_DEADLINE_SETTINGS.reportWeeksAfter}.`,
  })
  @IsOptional()
  @IsInt({ message: 'integer|' })
  @Min(DEADLINE_LIMITS.reportWeeksAfter.min, { message: 'min|$constraint1' })
  @Max(DEADLINE_LIMITS.reportWeeksAfter.max, { message: 'max|$constraint1' })
  reportWeeksAfter?: number;

  @Field(() => [Int], {
    nullable: true,
    description: 'Months after the visit of the progress reviews (one to four moments of 1–36 months); default 6 and 12.',
  })
  @IsOptional()
  @ArrayMaxSize(PROGRESS_MOMENT_LIMITS.count.max, { message: 'maxLength|$constraint1' })
  @IsInt({ each: true, message: 'integer|' })
  progressReviewMonths?: number[];
}
