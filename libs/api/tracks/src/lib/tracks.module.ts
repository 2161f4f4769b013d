import { Module } from '@nestjs/common';
import { PortfolioController } from './portfolio.controller';
import { TrackAccess } from './track-access.service';
import { TrackCasesResolver } from './track-cases.resolver';
import { TrackCasesService } from './track-cases.service';
import { TrackCohortService } from './track-cohort.service';
import { TracksResolver } from './tracks.resolver';
import { TracksService } from './tracks.service';

/** Learning tracks (leergangen, veranderlab): a cohort of people over months, its sessions, each participant's case and the feedback on it. */
@Module({
  controllers: [PortfolioController],
  providers: [TrackAccess, TracksService, TrackCohortService, TrackCasesService, TracksResolver, TrackCasesResolver],
})
export class TracksModule {}

/** The resolvers of this context, for the schema generator. */
export const TRACKS_RESOLVERS = [TracksResolver, TrackCasesResolver];
