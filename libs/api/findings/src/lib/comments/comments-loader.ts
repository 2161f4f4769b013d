import type { RequestContext } from '@kijkje/api/core';
import DataLoader from 'dataloader';
import { FindingComment } from './finding-comment.entity';

/** The team's discussion per finding, oldest first, batched per request (whoever may read it is CommentsService's to decide). */
export function commentsLoader(ctx: RequestContext): DataLoader<string, FindingComment[]> {
  return ctx.loader(
    'finding:comments',
    () =>
      new DataLoader<string, FindingComment[]>(async (ids) => {
        const rows = await ctx.em
          .createQueryBuilder(FindingComment, 'c')
          .where('c.network_id = :networkId AND c.finding_id IN (:...ids)', { networkId: ctx.networkId, ids: [...ids] })
          .orderBy('c.created_at', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((c) => c.findingId === id));
      }),
  );
}
