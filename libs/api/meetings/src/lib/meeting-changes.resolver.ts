import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
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
import { DataSource } from 'typeorm';
import { MeetingsService } from './meetings.service';
import { MeetingChange } from './meetings.types';
import { plenaryTopic, tableTopic } from './meeting-topics';

const DENIALS = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED']);

type Outgoing = MeetingChange | { revoked: true };

/**
 * Live theme tables and plenary: only ids travel, and each screen refetches under its own rights.
 * A table's changes go to those at the table; the plenary's (yields changed) to anyone who may read the meeting.
 */
@Resolver()
export class MeetingChangesResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly live: LiveEvents,
    private readonly meetings: MeetingsService,
  ) {}

  @Subscription(() => MeetingChange, {
    resolve: (event: Outgoing): MeetingChange => {
      if ('revoked' in event) throw notFound();
      return event;
    },
  })
  async meetingTableChanged(@Context() ctx: RequestContext, @Args('tableId', { type: () => ID }, uuidArg('tableId')) tableId: string) {
    const check = () =>
      this.allowed(ctx, async () => {
        const t = await this.meetings.tableStanding(ctx, tableId);
        return t.tableRights.read === 'full' ? { networkId: t.meeting.networkId, meetingId: t.meeting.id } : null;
      });
    const first = await check();
    if (!first) throw notFound();
    return this.follow(ctx, first.networkId, tableTopic(tableId), check, (event) =>
      event.kind === 'CARD'
        ? { meetingId: first.meetingId, tableId, cardId: event.id, change: 'CARD' }
        : { meetingId: first.meetingId, tableId, cardId: null, change: 'REFRESH' },
    );
  }

  @Subscription(() => MeetingChange, {
    resolve: (event: Outgoing): MeetingChange => {
      if ('revoked' in event) throw notFound();
      return event;
    },
  })
  async meetingPlenaryChanged(@Context() ctx: RequestContext, @Args('meetingId', { type: () => ID }, uuidArg('meetingId')) meetingId: string) {
    const check = () =>
      this.allowed(ctx, async () => {
        const s = await this.meetings.standing(ctx, meetingId);
        return { networkId: s.meeting.networkId, meetingId };
      });
    const first = await check();
    if (!first) throw notFound();
    return this.follow(ctx, first.networkId, plenaryTopic(meetingId), check, (event) =>
      event.kind === 'TABLE' ? { meetingId, tableId: event.id, cardId: null, change: 'TABLE' } : { meetingId, tableId: null, cardId: null, change: 'REFRESH' },
    );
  }

  private follow(
    ctx: RequestContext,
    networkId: string,
    topic: string,
    check: () => Promise<unknown>,
    deliver: (event: LiveEvent) => MeetingChange,
  ): Promise<AsyncIterableIterator<Outgoing>> {
    const session = ctx.session;
    if (!session) throw unauthenticated();
    const events = this.live.subscribe(networkId, topic, session.userId);
    let revoked = false;
    return Promise.resolve(
      liveIterator(
        events,
        async (event) => {
          if (event.kind !== LIVE_RECHECK) return deliver(event);
          if (!(await check())) {
            revoked = true;
            return { revoked: true } as const;
          }
          return null;
        },
        () => revoked,
      ),
    );
  }

  /** What the check answers, or null on any denial (not found, no longer a member, signed out). */
  private async allowed<T>(ctx: RequestContext, work: () => Promise<T | null>): Promise<T | null> {
    if (!ctx.session) throw unauthenticated();
    try {
      return await inOwnTransaction(this.ds, ctx, work);
    } catch (error) {
      if (DENIALS.has(String((error as { extensions?: { code?: string } }).extensions?.code))) return null;
      throw error;
    }
  }
}
