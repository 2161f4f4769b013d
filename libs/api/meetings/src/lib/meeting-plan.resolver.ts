import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import { MeetingSummaryView, MeetingView } from './meetings.types';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingSeriesService } from './series/meeting-series.service';
import { SetNextMeetingInput } from './series/meeting-series.types';
import { MeetingTablesService } from './tables/meeting-tables.service';
import { UpdateMeetingTableInput } from './tables/meeting-tables.types';

/** Planning a meeting beyond its own fields: editing a table (its host), and the series it belongs to. */
@Resolver(() => MeetingView)
export class MeetingPlanResolver {
  constructor(
    private readonly tables: MeetingTablesService,
    private readonly series: MeetingSeriesService,
    private readonly meetings: MeetingsResolver,
  ) {}

  @Mutation(() => MeetingView, { description: 'Organisers: a table’s name, host and seats, with the version they saw.' })
  async updateMeetingTable(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMeetingTableInput): Promise<MeetingView> {
    return this.meetings.meeting(ctx, await this.tables.update(ctx, input));
  }

  @Mutation(() => MeetingView, { description: 'Organisers: the next meeting of the series (later, at another host), or none.' })
  async setNextMeeting(@Ctx() ctx: RequestContext, @Args('input') input: SetNextMeetingInput): Promise<MeetingView> {
    return this.meetings.meeting(ctx, await this.series.setNext(ctx, input));
  }

  private async neighbours(ctx: RequestContext, meeting: MeetingView) {
    return ctx.loader(`meeting:neighbours:${meeting.id}`, () =>
      this.series.neighbours(ctx, { networkId: ctx.networkId!, id: meeting.id, nextMeetingId: meeting.nextMeetingId }),
    );
  }

  @ResolveField(() => MeetingSummaryView, { nullable: true, description: 'The next meeting of the series, at another host.' })
  async nextMeeting(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingView): Promise<MeetingSummaryView | null> {
    return (await this.neighbours(ctx, meeting)).next;
  }

  @ResolveField(() => MeetingSummaryView, { nullable: true, description: 'The meeting of the series before this one.' })
  async previousMeeting(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingView): Promise<MeetingSummaryView | null> {
    return (await this.neighbours(ctx, meeting)).previous;
  }
}
