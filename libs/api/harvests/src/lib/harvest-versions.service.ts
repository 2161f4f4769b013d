import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccessService, type RequestContext } from '@kijkje/api/core';
import { canReadHarvest, harvestReader, nextVersionNumber } from '@kijkje/domain';
import { HarvestVersion } from './harvest-version.entity';
import type { Harvest } from './harvest.entity';

/** The published, immutable versions of harvests: numbering them and reading them as the caller may. */
@Injectable()
export class HarvestVersionsService {
  constructor(private readonly access: AccessService) {}

  /** The number the next publication gets. */
  async nextNumber(ctx: RequestContext, harvest: Harvest): Promise<number> {
    const existing: { number: number }[] = await ctx.em.query(`SELECT number FROM harvest_version WHERE network_id = $1 AND harvest_id = $2`, [
      harvest.networkId,
      harvest.id,
    ]);
    return nextVersionNumber(existing.map((e) => e.number));
  }

  /** The published versions the caller may read: every version in the network (or of one programme's harvests), newest first. */
  async publishedVersions(ctx: RequestContext, programmeId?: string): Promise<HarvestVersion[]> {
    const networkId = await this.access.inNetwork(ctx, 'harvest.read');
    // Public versions of other networks are readable through RLS (for the public page): a list
    // inside the network says so explicitly.
    const qb = ctx.em.createQueryBuilder(HarvestVersion, 'v').where('v.network_id = :networkId', { networkId });
    if (programmeId)
      qb.andWhere('v.harvest_id IN (SELECT h.id FROM harvest h WHERE h.network_id = :networkId AND h.programme_id = :programmeId)', { programmeId });
    return qb.orderBy('v.published_at', 'DESC').addOrderBy('v.number', 'DESC').getMany();
  }

  /** The published versions of a harvest the caller already holds, newest first: batched per request, so a list of harvests takes one statement for all. */
  versionsOf(ctx: RequestContext, harvest: Harvest): Promise<HarvestVersion[]> {
    const loader = ctx.loader(
      'harvest:versions',
      () =>
        new DataLoader<string, HarvestVersion[]>(async (ids) => {
          const rows = await ctx.em
            .createQueryBuilder(HarvestVersion, 'v')
            .where('v.network_id = :networkId AND v.harvest_id IN (:...ids)', { networkId: harvest.networkId, ids: [...ids] })
            .orderBy('v.published_at', 'DESC')
            .addOrderBy('v.number', 'DESC')
            .getMany();
          return ids.map((id) => rows.filter((v) => v.harvestId === id));
        }),
    );
    return loader.load(harvest.id);
  }

  /** One published version (the latest when no number is given), if the caller may read it. */
  async publishedVersion(ctx: RequestContext, harvestId: string, number?: number | null): Promise<HarvestVersion> {
    const networkId = ctx.networkId;
    const version = networkId
      ? await ctx.em.findOne(HarvestVersion, { where: { networkId, harvestId, ...(number ? { number } : {}) }, order: { number: 'DESC' } })
      : null;
    if (
      !version ||
      !canReadHarvest(harvestReader(ctx.actor, networkId), { networkId: version.networkId, state: 'PUBLISHED', visibility: version.visibility })
    ) {
      return this.access.notVisible(ctx, 'harvestVersion', harvestId);
    }
    return version;
  }
}
