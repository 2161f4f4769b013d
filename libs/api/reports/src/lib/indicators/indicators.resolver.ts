import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { ImportIndicatorsInput, IndicatorKeyInput, SaveIndicatorValueInput } from './indicators.inputs';
import { IndicatorService } from './indicators.service';
import { IndicatorImportView, IndicatorsView } from './indicators.views';

@Resolver(() => IndicatorsView)
export class IndicatorResolver {
  constructor(private readonly service: IndicatorService) {}

  @Query(() => IndicatorsView, { description: 'The figures of a visit’s host organisation, then vs now, for whoever reads its plan or progress reviews.' })
  indicators(@Ctx() ctx: RequestContext, @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string): Promise<IndicatorsView> {
    return this.service.indicators(ctx, visitId);
  }

  @Mutation(() => IndicatorsView, { description: 'Host or coordinator: enters or changes one figure (version 0 for a new one).' })
  saveIndicatorValue(@Ctx() ctx: RequestContext, @Args('input') input: SaveIndicatorValueInput): Promise<IndicatorsView> {
    return this.service.save(ctx, input);
  }

  @Mutation(() => IndicatorsView, { description: 'Host or coordinator: removes one figure at the version seen.' })
  removeIndicatorValue(@Ctx() ctx: RequestContext, @Args('input') input: IndicatorKeyInput): Promise<IndicatorsView> {
    return this.service.remove(ctx, input);
  }

  @Mutation(() => IndicatorImportView, { description: 'Host or coordinator: imports a CSV export; nothing is written when any row has an error.' })
  importIndicators(@Ctx() ctx: RequestContext, @Args('input') input: ImportIndicatorsInput): Promise<IndicatorImportView> {
    return this.service.import(ctx, input);
  }
}
