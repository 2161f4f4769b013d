import { Args, Context, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import {
  LIVE_RECHECK,
  LiveEvents,
  inOwnTransaction,
  liveIterator,
  notFound,
  unauthenticated,
  uuidArg,
  type LiveEvent,
  type RequestContext,
} from '@kijkje/api/core';
import { VisitAccess, visitTopic } from '@kijkje/api/visits';
import { findingEventFor, type DeliveredFindingEvent, type FindingEventFacts, type VisitRelation } from '@kijkje/domain';
import { DataSource } from 'typeorm';

@ObjectType()
export class FindingChange {
  @Field(() => ID) visitId!: string;
  @Field(() => ID, { nullable: true, description: 'The finding that changed; null when the whole board should be reloaded.' })
  findingId!: string | null;
  @Field({ description: 'CREATED, UPDATED, DELETED, COMMENTED, RESPONDED, or REFRESH (reload the board: several changed, or events may have been missed).' })
  change!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Names this event; null on REFRESH. A client that reconnects sends the last one it saw per board (connectionParams.resume: { visitId: eventId }) and is sent what followed instead of a REFRESH, where the server still holds it.',
  })
  eventId!: string | null;
}

const DENIALS = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

/** One message of the stream: a change to show, or the news that the subscriber may follow no longer. */
type Outgoing = (DeliveredFindingEvent & { visitId: string; eventId: string | null }) | { revoked: true };

/**
 * Live findings board: tells the screens of one visit what changed, from whichever API process
 * the change was made on. Only ids travel, and each subscriber is told only what its own role may
 * learn (findingEventFor, SEC-12): the change with the id, a bare REFRESH, or nothing at all.
 */
@Resolver()
export class FindingChangesResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly live: LiveEvents,
    private readonly visits: VisitAccess,
  ) {}

  @Subscription(() => FindingChange, {
    resolve: (event: Outgoing): FindingChange => {
      // Removed from the team, or no longer a member: as if the board did not exist.
      if ('revoked' in event) throw notFound();
      return { visitId: event.visitId, findingId: event.findingId, change: event.change, eventId: event.eventId };
    },
  })
  async findingChanged(
    @Context() ctx: RequestContext,
    @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string,
  ): Promise<AsyncIterableIterator<Outgoing>> {
    const session = ctx.session;
    if (!session) throw unauthenticated();
    // Only those who may see the visit's board may follow it; anyone else reads not-found.
    const first = await this.standing(ctx, visitId);
    if (!first) throw notFound();
    let relations = first.relations;
    const events = this.live.subscribe(first.networkId, visitTopic(visitId), session.userId, ctx.liveResume.get(visitId));
    let revoked = false;
    const deliver = (event: LiveEvent): Outgoing | null => {
      if (event.kind === 'RESYNC') return { visitId, findingId: null, change: 'REFRESH', eventId: null };
      // A change of one finding: the subscriber's own rule decides. Anything else concerns the
      // board as a whole (shared, finalised, the visit moved on) and travels without an id.
      const delivered = event.facts
        ? findingEventFor(relations, session.userId, { ...(event.facts as Omit<FindingEventFacts, 'findingId'>), findingId: event.id })
        : { change: 'REFRESH' as const, findingId: null };
      return delivered && { ...delivered, visitId, eventId: event.eventId ?? null };
    };
    return liveIterator(
      events,
      async (event) => {
        if (event.kind !== LIVE_RECHECK) return deliver(event);
        const now = await this.standing(ctx, visitId);
        if (!now) {
          // The last word: the next call ends the subscription without waiting for an event.
          revoked = true;
          return { revoked: true } as const;
        }
        relations = now.relations;
        return null;
      },
      () => revoked,
    );
  }

  /** How the subscriber stands to the visit now, or null when it may not follow its board. */
  private async standing(ctx: RequestContext, visitId: string): Promise<{ networkId: string; relations: Set<VisitRelation> } | null> {
    try {
      return await inOwnTransaction(this.ds, ctx, async () => {
        const standing = await this.visits.require(ctx, visitId, (s) => s.rights.readFindings);
        return { networkId: standing.visit.networkId, relations: standing.relations };
      });
    } catch (error) {
      // Any denial (not found, no longer a member, signed out) ends the following alike.
      if (DENIALS.has(String((error as { extensions?: { code?: string } }).extensions?.code))) return null;
      throw error;
    }
  }
}
