import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { IdempotencyKey, IsoDateTime, OneOf, OptionalText, Text } from '@kijkje/api/core';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
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
}
