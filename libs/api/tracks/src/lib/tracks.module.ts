import { Module } from '@nestjs/common';
import { MeetingsModule } from '@kijkje/api/meetings';
import { TrackCalendarController } from './calendar/track-calendar.controller';
import { TrackFeed } from './calendar/track-feed';
import { TrackSessionMails } from './calendar/track-session-mails';
import { TrackSessionReminders } from './calendar/track-session-reminders';
import { PortfolioController } from './portfolio.controller';
import { TrackAccess } from './track-access.service';
import { TrackCasesResolver } from './track-cases.resolver';
import { TrackCasesService } from './track-cases.service';
import { TrackCohortService } from './track-cohort.service';
import { TrackMembershipChanges } from './track-membership-changes';
import { TracksResolver } from './tracks.resolver';
import { TracksService } from './tracks.service';

/**
 * Learning tracks (leergangen, veranderlab): a cohort of people over months, its sessions, each
 * participant's case and the feedback on it; the sessions in the calendars, mail and feeds of
 * those who run or join the track, with reminders before each; a session may be held with theme
 * tables, as a work meeting for the track's cohort alone.
 */
@Module({
  // A session held with theme tables is a work meeting for the track's audience (TrackSessionMeetings).
  imports: [MeetingsModule],
  controllers: [PortfolioController, TrackCalendarController],
  providers: [
    TrackAccess,
    TracksService,
    TrackCohortService,
    TrackCasesService,
    TrackSessionMails,
    TrackSessionReminders,
    TrackFeed,
    TrackMembershipChanges,
    TracksResolver,
    TrackCasesResolver,
  ],
})
export class TracksModule {}

/** The resolvers of this context, for the schema generator. */
export const TRACKS_RESOLVERS = [TracksResolver, TrackCasesResolver];
