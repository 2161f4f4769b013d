import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '@kijkje/api/core';
import { Harvest } from '../harvest.entity';
import { harvestMeetingChoices, harvestMeetingsSection } from './harvest-meetings.facts';
import { meetingChoiceView, meetingsView } from './harvest-meetings.mapper';
import { HarvestMeetingChoiceView, HarvestMeetingsView } from './harvest-meetings.views';

/** A draft's section "Uit de werkbijeenkomsten", as publishing now would freeze it, and the meetings to choose from. */
@Resolver(() => Harvest)
export class HarvestMeetingsResolver {
  @ResolveField(() => HarvestMeetingsView, {
    nullable: true,
    description: 'The work meetings’ yields as the draft would publish them now; null when switched off.',
  })
  async meetings(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestMeetingsView | null> {
    const meetings = await harvestMeetingsSection(ctx, harvest);
    return meetings ? meetingsView(meetings) : null;
  }

  @ResolveField(() => [HarvestMeetingChoiceView], {
    description: 'The network’s work meetings (not drafts or cancelled ones, unless chosen), by date: which the harvest counts, and why not the others.',
  })
  async meetingChoices(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestMeetingChoiceView[]> {
    return (await harvestMeetingChoices(ctx, harvest)).map(meetingChoiceView);
  }
}
