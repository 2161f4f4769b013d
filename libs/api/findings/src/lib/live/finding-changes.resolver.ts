import { Args, Context, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { LiveEvents, inOwnTransaction, unauthenticated, uuidArg, type LiveEvent, type RequestContext } from '@kijkje/api/core';
import { VisitAccess } from '@kijkje/api/visits';
import { DataSource } from 'typeorm';
import { visitTopic } from '../findings.service';

@ObjectType()
export class FindingChange {
  @Field(() => ID) visitId!: string;
  @Field(() => ID, { nullable: true, description: 'The finding that changed; null when the whole board should be reloaded.' })
  findingId!: string | null;
  @Field({ description: 'CREATED, UPDATED, DELETED, COMMENTED, RESPONDED, or REFRESH (reload the board: several changed, or events may have been missed).' })
  change!: string;
}

/**
 * Live findings board: tells the screens of one visit what changed, from whichever API process
 * the change was made on. Only ids travel; each screen fetches what it may see.
 */
@Resolver()
export class FindingChangesResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly live: LiveEvents,
    private readonly visits: VisitAccess,
  ) {}

  @Subscription(() => FindingChange, {
    resolve: (event: LiveEvent & { visitId: string }): FindingChange => ({
      visitId: event.visitId,
      findingId: event.id || null,
      change: event.kind === 'RESYNC' ? 'REFRESH' : event.kind,
    }),
  })
  async findingChanged(@Context() ctx: RequestContext, @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string): Promise<AsyncIterableIterator<LiveEvent & { visitId: string }>> {
    if (!ctx.session) throw unauthenticated();
    // Only those who may see the visit's board may follow it; anyone else reads not-found.
    const networkId = await inOwnTransaction(this.ds, ctx, async () => {
      const standing = await this.visits.require(ctx, visitId, (s) => s.rights.readFindings);
      return standing.visit.networkId;
    });
    const events = this.live.subscribe(networkId, visitTopic(visitId), ctx.session.userId);
    // A plain iterator, not an async generator: a generator waiting for the next event could
    // not be ended when the screen unsubscribes, and would keep its listener for ever.
    const iterator: AsyncIterableIterator<LiveEvent & { visitId: string }> = {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: async () => {
        const next = await events.next();
        return next.done ? next : { done: false, value: { ...next.value, visitId } };
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
      throw: async (error: unknown) => {
        await events.return?.();
        throw error;
      },
    };
    return iterator;
  }
}
