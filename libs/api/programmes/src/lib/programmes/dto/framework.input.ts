import { Field, InputType } from '@nestjs/graphql';
import { FRAMEWORK_HINT_MAX, FRAMEWORK_QUESTION_MAX, FRAMEWORK_QUESTIONS_MAX, THEME_NAME_MAX, THEMES_MAX } from '@kijkje/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';

/*
 * The shape of an edited preparation framework. Only types and sizes are checked here; the rules
 * (trimming, required texts, known keys, themes of the programme) are the domain's
 * reviseFramework, which names the field of every problem.
 */

const present = () => ValidateIf((_o, value) => value !== undefined && value !== null);

@InputType()
export class FrameworkQuestionInput {
  @Field(() => String, { nullable: true, description: 'The key of the question to reword; leave it out for a new question (it gets CUSTOM_n).' })
  @present()
  @IsString({ message: 'string|' })
  @MaxLength(40, { message: 'maxLength|$constraint1' })
  key?: string | null;

  @Field({ description: 'The question in Dutch.' })
  @IsString({ message: 'string|' })
  @MaxLength(FRAMEWORK_QUESTION_MAX, { message: 'maxLength|$constraint1' })
  nl!: string;

  @Field({ description: 'The question in English.' })
  @IsString({ message: 'string|' })
  @MaxLength(FRAMEWORK_QUESTION_MAX, { message: 'maxLength|$constraint1' })
  en!: string;

  @Field(() => String, { nullable: true, description: 'What the host could write about, in Dutch.' })
  @present()
  @IsString({ message: 'string|' })
  @MaxLength(FRAMEWORK_HINT_MAX, { message: 'maxLength|$constraint1' })
  hintNl?: string | null;

  @Field(() => String, { nullable: true, description: 'What the host could write about, in English.' })
  @present()
  @IsString({ message: 'string|' })
  @MaxLength(FRAMEWORK_HINT_MAX, { message: 'maxLength|$constraint1' })
  hintEn?: string | null;
}

@InputType()
export class FrameworkSectionInput {
  @Field(() => String, { nullable: true, description: 'The theme; null for the general part (foto van nu, stip aan de horizon).' })
  @present()
  @IsString({ message: 'string|' })
  @MaxLength(THEME_NAME_MAX, { message: 'maxLength|$constraint1' })
  theme!: string | null;

  @Field(() => [FrameworkQuestionInput], { description: 'The questions of the section, in order; what is left out is removed.' })
  @IsArray({ message: 'string|' })
  @ArrayMaxSize(FRAMEWORK_QUESTIONS_MAX, { message: 'maxLength|$constraint1' })
  @ValidateNested({ each: true })
  @Type(() => FrameworkQuestionInput)
  questions!: FrameworkQuestionInput[];
}

/** The general part and one section per theme. */
export const FRAMEWORK_SECTIONS_MAX = THEMES_MAX + 1;
