import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { signalView } from '../harvest-views.mapper';
import { SystemSignalsService } from './system-signals.service';
import { SystemSignalRowView } from './system-signals.views';

@Resolver(() => SystemSignalRowView)
export class SystemSignalsResolver {
  constructor(private readonly service: SystemSignalsService) {}

  @Query(() => [SystemSignalRowView], {
    description: 'Systeemsignalen of a harvest per theme and category: for the coordinator, and for readers of a published version.',
  })
  async harvestSystemSignals(
    @Ctx() ctx: RequestContext,
    @Args('harvestId', { type: () => ID }, uuidArg('harvestId')) harvestId: string,
  ): Promise<SystemSignalRowView[]> {
    const { rows } = await this.service.forHarvest(ctx, harvestId);
    return rows.map(signalView);
  }
}
