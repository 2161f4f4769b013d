import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedAddress, CalendarFeedStatus } from './calendar-feed.views';

/** The signed-in person's own calendar feed (account settings, not tied to a network). */
@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeedStatus, { nullable: true, description: 'Your personal calendar feed, or null when you have none.' })
  myCalendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeedStatus | null> {
    return this.feeds.status(ctx);
  }

  @Mutation(() => CalendarFeedAddress, {
    description: 'Makes your personal calendar feed, or gives it a new address; the address is shown only now and any earlier one stops working.',
  })
  renewCalendarFeed(@Ctx() ctx: RequestContext): Promise<CalendarFeedAddress> {
    return this.feeds.renew(ctx);
  }

  @Mutation(() => Boolean, { description: 'Stops your personal calendar feed: its address no longer works. False when there was none.' })
  revokeCalendarFeed(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.feeds.revoke(ctx);
  }
}
