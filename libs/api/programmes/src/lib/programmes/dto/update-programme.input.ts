import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsoDateTime, OneOf, Text, Uuid, Version } from '@kijkje/api/core';
import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { DEADLINE_LIMITS, DEFAULT_DEADLINE_SETTINGS, PROGRESS_MOMENT_LIMITS } from '@kijkje/domain';
import { SHARING_LEVELS, SharingLevelEnum, type SharingLevel } from '../programme.entity';
import { FrameworkSectionInput } from './framework.input';
import { FrameworkInput, ThemesInput } from './themes.decorator';

const present = () => ValidateIf((_o, value) => value !== undefined && value !== null);

/** A coordinator's edit of a programme. A field left out (or null) stays as it is, except the dates: null clears them. */
@InputType()
export class UpdateProgrammeInput {
  @Field(() => ID)
  @Uuid()
  id!: string;

  @Field(() => Int, { description: 'The version the coordinator edited; a stale one gives CONFLICT with the current version.' })
  @Version()
  version!: number;

  @Field(() => String, { nullable: true })
  @present()
  @Text(160, 2)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty text clears the description.' })
  @present()
  @Text(4000, 0)
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'All themes, in order. An added theme gets the three default questions; a removed theme loses its section.',
  })
  @ThemesInput()
  themes?: string[] | null;

  @Field(() => [FrameworkSectionInput], {
    nullable: true,
    description: 'Sections of the preparation framework: a section sent replaces that part as a whole; one not sent stays as it is.',
  })
  @FrameworkInput()
  framework?: FrameworkSectionInput[] | null;

  @Field(() => Int, { nullable: true })
  @present()
  @IsInt({ message: 'integer|' })
  @Min(0, { message: 'min|$constraint1' })
  @Max(1000, { message: 'max|$constraint1' })
  places?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null clears the date.' })
  @IsOptional()
  @IsoDateTime()
  signUpOpensAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null clears the date.' })
  @IsOptional()
  @IsoDateTime()
  signUpClosesAt?: Date | null;

  @Field(() => SharingLevelEnum, { nullable: true })
  @present()
  @OneOf(SHARING_LEVELS)
  defaultSharing?: SharingLevel | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days before the visit day the host’s preparation is due (${DEADLINE_LIMITS.preparationDaysBefore.min}–${DEADLINE_LIMITS.preparationDaysBefore.max}); default ${DEFAULT_DEADLINE_SETTINGS.preparationDaysBefore}.`,
  })
  @present()
  @IsInt({ message: 'integer|' })
  @Min(DEADLINE_LIMITS.preparationDaysBefore.min, { message: 'min|$constraint1' })
  @Max(DEADLINE_LIMITS.preparationDaysBefore.max, { message: 'max|$constraint1' })
  preparationDaysBefore?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days the host has to reply to shared findings or a shared report (${DEADLINE_LIMITS.replyDays.min}–${DEADLINE_LIMITS.replyDays.max}); default ${DEFAULT_DEADLINE_SETTINGS.replyDays}.`,
  })
  @present()
  @IsInt({ message: 'integer|' })
  @Min(DEADLINE_LIMITS.replyDays.min, { message: 'min|$constraint1' })
  @Max(DEADLINE_LIMITS.replyDays.max, { message: 'max|$constraint1' })
  replyDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Weeks after the visit day the report is due (${DEADLINE_LIMITS.reportWeeksAfter.min}–${DEADLINE_LIMITS.reportWeeksAfter.max}); default ${DEFAULT_DEADLINE_SETTINGS.reportWeeksAfter}.`,
  })
  @present()
  @IsInt({ message: 'integer|' })
  @Min(DEADLINE_LIMITS.reportWeeksAfter.min, { message: 'min|$constraint1' })
  @Max(DEADLINE_LIMITS.reportWeeksAfter.max, { message: 'max|$constraint1' })
  reportWeeksAfter?: number | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Months after the visit of the progress reviews (one to four moments of 1–36 months); default 6 and 12.',
  })
  @present()
  @ArrayMaxSize(PROGRESS_MOMENT_LIMITS.count.max, { message: 'maxLength|$constraint1' })
  @IsInt({ each: true, message: 'integer|' })
  progressReviewMonths?: number[] | null;
}
