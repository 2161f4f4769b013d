import DataLoader from 'dataloader';
import type { RequestContext } from '@kijkje/api/core';
import { publicServing, type PublicServing, type PublishedVersionFacts } from '@kijkje/domain';
import { HarvestPublic } from './harvest-public.entity';
import { HarvestWithdrawal } from './harvest-withdrawal.entity';

/*
 * The statements behind what /oogst/<slug> serves. The rule itself is publicServing in
 * libs/domain; these read its facts and keep harvest_public in step with it, in the transaction
 * of the publication or withdrawal that changed them.
 */

/** Every version of one harvest with its withdrawal, as the rule needs them (inside the harvest's network). */
export async function publicationFacts(ctx: RequestContext, networkId: string, harvestId: string): Promise<PublishedVersionFacts[]> {
  const rows: { number: number; visibility: 'NETWORK' | 'PUBLIC'; publishedAt: Date; withdrawnAt: Date | null }[] = await ctx.em.query(
    `SELECT v.number, v.visibility, v.published_at AS "publishedAt", w.withdrawn_at AS "withdrawnAt"
       FROM harvest_version v
       LEFT JOIN harvest_withdrawal w ON w.network_id = v.network_id AND w.harvest_id = v.harvest_id AND w.number = v.number
      WHERE v.network_id = $1 AND v.harvest_id = $2`,
    [networkId, harvestId],
  );
  return rows;
}

/** Writes what the public is served now: a row while the newest version is public or withdrawn, none otherwise. */
export async function storeServing(ctx: RequestContext, harvest: { networkId: string; id: string; slug: string }): Promise<PublicServing> {
  const serving = publicServing(await publicationFacts(ctx, harvest.networkId, harvest.id));
  if (serving.state === 'NONE') {
    await ctx.em.query(`DELETE FROM harvest_public WHERE network_id = $1 AND harvest_id = $2`, [harvest.networkId, harvest.id]);
  } else {
    await ctx.em.query(
      `INSERT INTO harvest_public (network_id, harvest_id, slug, number, state) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (network_id, harvest_id) DO UPDATE SET slug = EXCLUDED.slug, number = EXCLUDED.number, state = EXCLUDED.state`,
      [harvest.networkId, harvest.id, harvest.slug, serving.number, serving.state],
    );
  }
  return serving;
}

/** The row behind /oogst/<slug>, for anyone: null when the slug serves nothing (unknown, never public, or network only). */
export async function publicRow(ctx: RequestContext, slug: string): Promise<HarvestPublic | null> {
  return ctx.em.findOneBy(HarvestPublic, { slug });
}

/** The withdrawals of the harvests of one request, batched: one statement for a whole list. */
export function withdrawalsOf(ctx: RequestContext, harvest: { networkId: string; id: string }): Promise<HarvestWithdrawal[]> {
  const loader = ctx.loader(
    'harvest:withdrawals',
    () =>
      new DataLoader<string, HarvestWithdrawal[]>(async (ids) => {
        const rows = await ctx.em
          .createQueryBuilder(HarvestWithdrawal, 'w')
          .where('w.network_id = :networkId AND w.harvest_id IN (:...ids)', { networkId: harvest.networkId, ids: [...ids] })
          .getMany();
        return ids.map((id) => rows.filter((w) => w.harvestId === id));
      }),
  );
  return loader.load(harvest.id);
}

/** The versions of the network the public is served now, by harvest: for the public path of each version. */
export async function servedNumbers(ctx: RequestContext, networkId: string, harvestIds?: readonly string[]): Promise<Map<string, number>> {
  const qb = ctx.em.createQueryBuilder(HarvestPublic, 'p').where(`p.network_id = :networkId AND p.state = 'PUBLIC'`, { networkId });
  if (harvestIds) {
    if (harvestIds.length === 0) return new Map();
    qb.andWhere('p.harvest_id IN (:...harvestIds)', { harvestIds: [...harvestIds] });
  }
  return new Map((await qb.getMany()).map((p) => [p.harvestId, p.number]));
}
