import type { RequestContext } from '@kijkje/api/core';
import DataLoader from 'dataloader';
import { HostResponse } from './host-response.entity';

/** The host's reply per finding, batched per request (whoever may read it is ResponsesService's to decide). */
export function responseLoader(ctx: RequestContext): DataLoader<string, HostResponse | null> {
  return ctx.loader(
    'finding:response',
    () =>
      new DataLoader<string, HostResponse | null>(async (ids) => {
        const rows = await ctx.em
          .createQueryBuilder(HostResponse, 'r')
          .where('r.network_id = :networkId AND r.finding_id IN (:...ids)', { networkId: ctx.networkId, ids: [...ids] })
          .getMany();
        return ids.map((id) => rows.find((r) => r.findingId === id) ?? null);
      }),
  );
}
