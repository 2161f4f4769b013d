import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@kijkje/api/core';
import type { SystemSignalRow } from '@kijkje/domain';
import { Harvest } from '../harvest.entity';
import type { HarvestVersion } from '../harvest-version.entity';
import { HarvestVersionsService } from '../harvest-versions.service';
import { HarvestsService } from '../harvests.service';
import { harvestSystemSignals } from './system-signals.facts';

/**
 * A published version shows the signals as they were when it was published. A version published
 * before signals were frozen with it has none kept: it shows today's, as it always did.
 */
async function frozenSignals(ctx: RequestContext, version: HarvestVersion, harvest: Harvest): Promise<SystemSignalRow[]> {
  return version.content.systemSignals ?? harvestSystemSignals(ctx, harvest);
}

/** Who reads a harvest's systeemsignalen: the coordinator while editing (the draft's, live), and whoever may read a published version of it (frozen). */
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
    return { harvest, number: version.number, rows: await frozenSignals(ctx, version, harvest) };
  }

  /** The signals one published version froze, for anyone who may read it (the coordinator included). */
  async ofVersion(ctx: RequestContext, harvestId: string, number: number): Promise<{ harvest: Harvest; number: number; rows: SystemSignalRow[] }> {
    const version = await this.versions.publishedVersion(ctx, harvestId, number);
    const harvest = (await ctx.em.findOneBy(Harvest, { id: version.harvestId, networkId: version.networkId }))!;
    return { harvest, number: version.number, rows: await frozenSignals(ctx, version, harvest) };
  }
}
