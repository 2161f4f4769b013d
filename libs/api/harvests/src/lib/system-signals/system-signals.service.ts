import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@kijkje/api/core';
import type { SystemSignalRow } from '@kijkje/domain';
import { Harvest } from '../harvest.entity';
import { HarvestVersionsService } from '../harvest-versions.service';
import { HarvestsService } from '../harvests.service';
import { harvestSystemSignals } from './system-signals.facts';

/** Who reads a harvest's systeemsignalen: the coordinator while editing, and whoever may read a published version of it. */
@Injectable()
export class SystemSignalsService {
  constructor(
    private readonly harvests: HarvestsService,
    private readonly versions: HarvestVersionsService,
  ) {}

  async forHarvest(ctx: RequestContext, harvestId: string): Promise<{ harvest: Harvest; number: number | null; rows: SystemSignalRow[] }> {
    if (ctx.membership?.role === 'COORDINATOR') {
      const harvest = await this.harvests.get(ctx, harvestId);
      return { harvest, number: null, rows: await harvestSystemSignals(ctx, harvest) };
    }
    const version = await this.versions.publishedVersion(ctx, harvestId);
    const harvest = (await ctx.em.findOneBy(Harvest, { id: version.harvestId, networkId: version.networkId }))!;
    return { harvest, number: version.number, rows: await harvestSystemSignals(ctx, harvest) };
  }
}
