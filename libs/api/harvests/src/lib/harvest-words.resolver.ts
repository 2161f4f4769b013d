import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import type { FlaggedWord } from '@kijkje/domain';
import { DecideHarvestWordInput } from './dto/harvest-word.inputs';
import type { FlaggedWordView } from './harvest-word.views';
import { Harvest } from './harvest.entity';
import { HarvestWordsService } from './harvest-words.service';

const CONTEXT = 40;

/** A flagged word with the words around it, as the editor shows it. */
export function flagView(text: string, flag: FlaggedWord): FlaggedWordView {
  return { ...flag, before: text.slice(Math.max(0, flag.start - CONTEXT), flag.start), after: text.slice(flag.end, flag.end + CONTEXT) };
}

@Resolver(() => Harvest)
export class HarvestWordsResolver {
  constructor(private readonly words: HarvestWordsService) {}

  @Mutation(() => Harvest, {
    description:
      'Coordinator: "vervangen" (a placeholder where the word stood) or "behouden" (audited) for a flagged word of a quote. Stale version → CONFLICT.',
  })
  decideHarvestWord(@Ctx() ctx: RequestContext, @Args('input') input: DecideHarvestWordInput): Promise<Harvest> {
    return this.words.decide(ctx, input);
  }
}
