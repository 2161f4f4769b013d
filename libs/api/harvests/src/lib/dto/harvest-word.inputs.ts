import { Field, InputType } from '@nestjs/graphql';
import { OneOf, Text } from '@kijkje/api/core';
import { ValidateIf } from 'class-validator';
import { WORD_DECISIONS, WORD_REPLACEMENTS, WordDecisionEnum, WordReplacementEnum, type WordDecision, type WordReplacement } from '../harvest-word.views';
import { QuoteRefInput } from './harvest.inputs';

/** The coordinator's decision on a flagged word of a quote: "vervangen" or "behouden". */
@InputType()
export class DecideHarvestWordInput extends QuoteRefInput {
  @Field({ description: 'The flagged word, as written or as its key.' }) @Text(100, 1) word!: string;
  @Field(() => WordDecisionEnum) @OneOf(WORD_DECISIONS) decision!: WordDecision;
  @Field(() => WordReplacementEnum, { nullable: true, description: 'For REPLACE: what it becomes; PERSON when left out.' })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @OneOf(WORD_REPLACEMENTS)
  replacement?: WordReplacement | null;
}
