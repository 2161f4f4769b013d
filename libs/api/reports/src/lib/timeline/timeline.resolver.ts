import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { TimelineService } from './timeline.service';
import { OrganisationTimelineView } from './timeline.views';

@Resolver(() => OrganisationTimelineView)
export class TimelineResolver {
  constructor(private readonly service: TimelineService) {}

  @Query(() => OrganisationTimelineView, {
    description:
      'A host organisation across its visits and programmes: preparation, findings, actions and progress reviews side by side. Its own people read the texts, a coordinator the figures; without an id, the caller’s own organisation.',
  })
  organisationTimeline(
    @Ctx() ctx: RequestContext,
    @Args('organisationId', { type: () => ID, nullable: true }, uuidArg('organisationId', { optional: true })) organisationId?: string | null,
  ): Promise<OrganisationTimelineView> {
    return this.service.timeline(ctx, organisationId ?? null);
  }
}
