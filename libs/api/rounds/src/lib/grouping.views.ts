import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Organisation } from '@kijkje/api/networks';

/** An explanation in both languages, with a stable code. */
@ObjectType()
export class Explanation {
  @Field() code!: string;
  @Field() nl!: string;
  @Field() en!: string;
}

@ObjectType()
export class SuggestedRoundView {
  @Field(() => Int) number!: number;
  @Field(() => [Organisation]) organisations!: Organisation[];
  @Field(() => [Explanation], { description: 'Why these organisations are together.' }) reasons!: Explanation[];
  @Field(() => [Explanation], { description: 'Soft rules this round could not keep.' }) givenUp!: Explanation[];
}

@ObjectType()
export class UnplacedView {
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => Explanation) reason!: Explanation;
}

@ObjectType()
export class GroupingSuggestionView {
  @Field(() => [SuggestedRoundView]) rounds!: SuggestedRoundView[];
  @Field(() => [UnplacedView]) unplaced!: UnplacedView[];
  @Field({ description: 'Names this suggestion and the rounds it would replace; acceptSuggestedGrouping takes it back, so a change since is a CONFLICT.' })
  fingerprint!: string;
}

/** A live flag while composing: two organisations that should not be in one round. */
@ObjectType()
export class RoundFlagView {
  @Field({ description: 'CONFLICT (declared, blocks the start) or EARLIER_PAIRING (they were in a round together before).' })
  kind!: string;
  @Field(() => [Organisation]) organisations!: Organisation[];
}
