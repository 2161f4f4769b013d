import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { TrackAccess } from './track-access.service';
import { TrackCohortService } from './track-cohort.service';
import {
  AddTrackSessionInput,
  ApplyForTrackInput,
  DecideTrackApplicationInput,
  TrackFacilitatorInput,
  TrackFeedbackGroupInput,
  TrackFieldsInput,
  TrackStepInput,
  UpdateTrackInput,
  UpdateTrackSessionInput,
} from './track.inputs';
import { TrackSummaryView, TrackView } from './track.views';
import { trackSummary, trackView } from './track-views';
import { TracksService } from './tracks.service';

const idArg = (name: string) => Args(name, { type: () => ID }, uuidArg(name));

/** Learning tracks (leergangen): the frame, the schedule and the cohort. Cases are TrackCasesResolver's. */
@Resolver()
export class TracksResolver {
  constructor(
    private readonly access: TrackAccess,
    private readonly service: TracksService,
    private readonly cohort: TrackCohortService,
  ) {}

  private async reload(ctx: RequestContext, trackId: string): Promise<TrackView> {
    return trackView(ctx, await this.access.require(ctx, trackId));
  }

  @Query(() => [TrackSummaryView], {
    description: 'The network’s learning tracks the viewer may read, newest first: drafts for the coordinator, for a facilitator only theirs.',
  })
  async tracks(@Ctx() ctx: RequestContext): Promise<TrackSummaryView[]> {
    return (await this.access.list(ctx)).map(trackSummary);
  }

  @Query(() => TrackView)
  async track(@Ctx() ctx: RequestContext, @idArg('id') id: string): Promise<TrackView> {
    return this.reload(ctx, id);
  }

  @Mutation(() => TrackView, { description: 'Coordinator: a new learning track, as a draft.' })
  async createTrack(@Ctx() ctx: RequestContext, @Args('input') input: TrackFieldsInput): Promise<TrackView> {
    return this.reload(ctx, await this.service.create(ctx, input));
  }

  @Mutation(() => TrackView, { description: 'Coordinator: title, description and capacity; more places go to those waiting.' })
  async updateTrack(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTrackInput): Promise<TrackView> {
    return this.reload(ctx, await this.service.update(ctx, input));
  }

  @Mutation(() => TrackView, { description: 'Coordinator: open for applications, start, or close.' })
  async stepTrack(@Ctx() ctx: RequestContext, @Args('input') input: TrackStepInput): Promise<TrackView> {
    return this.reload(ctx, await this.service.step(ctx, input));
  }

  @Mutation(() => TrackView, { description: 'Coordinator: a facilitator (a person with the FACILITATOR role) runs the track.' })
  async assignTrackFacilitator(@Ctx() ctx: RequestContext, @Args('input') input: TrackFacilitatorInput): Promise<TrackView> {
    return this.reload(ctx, await this.service.assignFacilitator(ctx, input));
  }

  @Mutation(() => TrackView)
  async removeTrackFacilitator(@Ctx() ctx: RequestContext, @Args('input') input: TrackFacilitatorInput): Promise<TrackView> {
    return this.reload(ctx, await this.service.removeFacilitator(ctx, input));
  }

  @Mutation(() => TrackView, { description: 'Coordinator or facilitator: a session of the schedule, in Dutch time.' })
  async addTrackSession(@Ctx() ctx: RequestContext, @Args('input') input: AddTrackSessionInput): Promise<TrackView> {
    return this.reload(ctx, await this.service.addSession(ctx, input));
  }

  @Mutation(() => TrackView, {
    description: 'Coordinator or facilitator: a session’s title, day, time or place; a new time or place updates it in the calendars that have it.',
  })
  async updateTrackSession(@Ctx() ctx: RequestContext, @Args('input') input: UpdateTrackSessionInput): Promise<TrackView> {
    return this.reload(ctx, await this.service.updateSession(ctx, input));
  }

  @Mutation(() => TrackView, { description: 'Coordinator or facilitator: a session without feedback leaves the schedule.' })
  async removeTrackSession(@Ctx() ctx: RequestContext, @idArg('sessionId') sessionId: string): Promise<TrackView> {
    return this.reload(ctx, await this.service.removeSession(ctx, sessionId));
  }

  @Mutation(() => TrackView, {
    description:
      'Coordinator or facilitator: hold the session with theme tables: a work meeting for the track’s cohort alone (tables, cards, plenary), made once per session; the session’s meetingId leads to it.',
  })
  async holdTrackSessionWithTables(@Ctx() ctx: RequestContext, @idArg('sessionId') sessionId: string): Promise<TrackView> {
    return this.reload(ctx, await this.service.holdWithTables(ctx, sessionId));
  }

  @Mutation(() => TrackView, { description: 'A member applies as a participant; an organiser decides.' })
  async applyForTrack(@Ctx() ctx: RequestContext, @Args('input') input: ApplyForTrackInput): Promise<TrackView> {
    return this.reload(ctx, await this.cohort.apply(ctx, input));
  }

  @Mutation(() => TrackView, { description: 'The viewer withdraws; a freed place goes to the oldest waiting application.' })
  async withdrawFromTrack(@Ctx() ctx: RequestContext, @idArg('trackId') trackId: string): Promise<TrackView> {
    return this.reload(ctx, await this.cohort.withdraw(ctx, trackId));
  }

  @Mutation(() => TrackView, { description: 'Coordinator or facilitator: accept (a place, or the waitlist when full) or decline.' })
  async decideTrackApplication(@Ctx() ctx: RequestContext, @Args('input') input: DecideTrackApplicationInput): Promise<TrackView> {
    return this.reload(ctx, await this.cohort.decide(ctx, input));
  }

  @Mutation(() => TrackView, { description: 'Facilitator: the participant’s feedback group.' })
  async setTrackFeedbackGroup(@Ctx() ctx: RequestContext, @Args('input') input: TrackFeedbackGroupInput): Promise<TrackView> {
    return this.reload(ctx, await this.cohort.setGroup(ctx, input));
  }
}
