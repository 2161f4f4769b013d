import { Field, InputType } from '@nestjs/graphql';
import { FRAMEWORK_HINT_MAX, FRAMEWORK_QUESTION_MAX, FRAMEWORK_QUESTIONS_MAX, THEME_NAME_MAX, THEMES_MAX } from '@kijkje/domain';
import { LongText } from '@kijkje/api/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateIf, ValidateNested } from 'class-validator';

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
  @LongText(40)
  key?: string | null;

  @Field({ description: 'The question in Dutch.' })
  @LongText(FRAMEWORK_QUESTION_MAX)
  nl!: string;

  @Field({ description: 'The question in English.' })
  @LongText(FRAMEWORK_QUESTION_MAX)
  en!: string;

  @Field(() => String, { nullable: true, description: 'What the host could write about, in Dutch.' })
  @present()
  @LongText(FRAMEWORK_HINT_MAX)
  hintNl?: string | null;

  @Field(() => String, { nullable: true, description: 'What the host could write about, in English.' })
  @present()
  @LongText(FRAMEWORK_HINT_MAX)
  hintEn?: string | null;
}

@InputType()
export class FrameworkSectionInput {
  @Field(() => String, { nullable: true, description: 'The theme; null for the general part (foto van nu, stip aan de horizon).' })
  @present()
  @LongText(THEME_NAME_MAX)
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
