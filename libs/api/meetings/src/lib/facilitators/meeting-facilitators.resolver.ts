import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import { MeetingView } from '../meetings.types';
import { MeetingsResolver } from '../meetings.resolver';
import { MeetingFacilitatorsService } from './meeting-facilitators.service';
import { MeetingFacilitatorInput, MeetingFacilitatorView } from './meeting-facilitators.types';

/** Who runs a meeting besides the coordinator: its facilitators, assigned and removed by the coordinator. */
@Resolver(() => MeetingView)
export class MeetingFacilitatorsResolver {
  constructor(
    private readonly service: MeetingFacilitatorsService,
    private readonly meetings: MeetingsResolver,
  ) {}

  @Mutation(() => MeetingView, { description: 'Coordinator: a facilitator of the network (FACILITATOR role) organises this meeting.' })
  async assignMeetingFacilitator(@Ctx() ctx: RequestContext, @Args('input') input: MeetingFacilitatorInput): Promise<MeetingView> {
    return this.meetings.meeting(ctx, await this.service.assign(ctx, input));
  }

  @Mutation(() => MeetingView, { description: 'Coordinator: the facilitator no longer organises this meeting.' })
  async removeMeetingFacilitator(@Ctx() ctx: RequestContext, @Args('input') input: MeetingFacilitatorInput): Promise<MeetingView> {
    return this.meetings.meeting(ctx, await this.service.remove(ctx, input));
  }

  @ResolveField(() => [MeetingFacilitatorView], { description: 'The facilitators who run the meeting for the network.' })
  facilitators(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingView): Promise<MeetingFacilitatorView[]> {
    return this.service.facilitators(ctx, ctx.networkId!, meeting.id);
  }
}
