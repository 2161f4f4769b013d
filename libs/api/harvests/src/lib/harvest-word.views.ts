import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FLAG_REASONS, type FlagReason } from '@kijkje/domain';

export const FlagReasonEnum = Object.fromEntries(FLAG_REASONS.map((r) => [r, r])) as { [K in FlagReason]: K };
registerEnumType(FlagReasonEnum, {
  name: 'FlagReason',
  description: 'UNKNOWN_NAME: capitalised mid-sentence and no Dutch word. AMBIGUOUS_NAME: a place or initial that may be an ordinary word.',
});

export const WORD_DECISIONS = ['KEEP', 'REPLACE'] as const;
export type WordDecision = (typeof WORD_DECISIONS)[number];
export const WordDecisionEnum = Object.fromEntries(WORD_DECISIONS.map((d) => [d, d])) as { [K in WordDecision]: K };
registerEnumType(WordDecisionEnum, { name: 'WordDecision', description: 'KEEP (behouden, audited) or REPLACE (vervangen by a placeholder).' });

export const WORD_REPLACEMENTS = ['PERSON', 'PLACE'] as const;
export type WordReplacement = (typeof WORD_REPLACEMENTS)[number];
export const WordReplacementEnum = Object.fromEntries(WORD_REPLACEMENTS.map((d) => [d, d])) as { [K in WordReplacement]: K };
registerEnumType(WordReplacementEnum, { name: 'WordReplacement', description: 'PERSON → "[naam]", PLACE → "[plaats]".' });

/** A word of a quote that may be a name, in its context, for the coordinator to decide on. */
@ObjectType()
export class FlaggedWordView {
  @Field({ description: 'As written in the quote.' }) text!: string;
  @Field({ description: 'What a decision is kept under (lower case, without diacritics).' }) key!: string;
  @Field(() => FlagReasonEnum) reason!: FlagReason;
  @Field(() => Int, { description: 'Position in the quote text (UTF-16 code units).' }) start!: number;
  @Field(() => Int) end!: number;
  @Field({ description: 'Up to 40 characters of the quote before the word.' }) before!: string;
  @Field({ description: 'Up to 40 characters of the quote after the word.' }) after!: string;
}
