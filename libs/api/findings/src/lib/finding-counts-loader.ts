import type { RequestContext } from '@kijkje/api/core';
import DataLoader from 'dataloader';
import { findingCountsByVisit, type FindingCounts } from './findings.queries';

/** Progress figures per visit (drafts never counted), batched per request; who may see which is FindingsService.counts's to decide. */
export function findingCountsLoader(ctx: RequestContext): DataLoader<string, FindingCounts> {
  return ctx.loader(
    'finding:counts',
    () =>
      new DataLoader<string, FindingCounts>(async (visitIds) => {
        const byVisit = await findingCountsByVisit(ctx.em, ctx.networkId, visitIds);
        return visitIds.map((id) => byVisit.get(id) ?? { submitted: 0, shared: 0, final: 0, released: 0 });
      }),
  );
}
