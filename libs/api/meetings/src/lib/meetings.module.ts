import { Module } from '@nestjs/common';
import { MeetingFacilitatorsResolver } from './facilitators/meeting-facilitators.resolver';
import { MeetingFacilitatorsService } from './facilitators/meeting-facilitators.service';
import { MeetingCalendarController } from './calendar/meeting-calendar.controller';
import { MeetingMails } from './calendar/meeting-mails';
import { MeetingFeed } from './calendar/meeting-feed';
import { MeetingReminders } from './calendar/meeting-reminders';
import { MeetingDepartures } from './departures/meeting-departures';
import { MeetingMembershipChanges } from './departures/meeting-membership-changes';
import { MeetingChangesResolver } from './meeting-changes.resolver';
import { MeetingPlanResolver } from './meeting-plan.resolver';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingCardsService } from './meeting-cards.service';
import { MeetingsService } from './meetings.service';
import { PublicMeetingReportController } from './public/public-meeting-report.controller';
import { MeetingReportExportController } from './report/meeting-report-export.controller';
import { MeetingReportResolver } from './report/meeting-report.resolver';
import { MeetingReportService } from './report/meeting-report.service';
import { MeetingSeriesService } from './series/meeting-series.service';
import { MeetingSeatingService } from './tables/meeting-seating.service';
import { MeetingTablesService } from './tables/meeting-tables.service';
import { TrackSessionMeetings } from './track-sessions/track-session-meetings.service';

/**
 * Work meetings (werkbijeenkomsten) with theme tables, live for the tables and the plenary; their
 * reports and series; and those registered, its facilitators and its table hosts kept up to date by
 * mail, calendar file and reminders. A learning track's session may be held as such a meeting, for
 * the track's cohort alone (TrackSessionMeetings).
 */
@Module({
  controllers: [MeetingCalendarController, MeetingReportExportController, PublicMeetingReportController],
  providers: [
    MeetingsService,
    MeetingMails,
    MeetingReminders,
    MeetingFeed,
    MeetingCardsService,
    MeetingTablesService,
    MeetingSeatingService,
    MeetingSeriesService,
    TrackSessionMeetings,
    MeetingReportService,
    MeetingFacilitatorsService,
    MeetingDepartures,
    MeetingMembershipChanges,
    MeetingsResolver,
    MeetingChangesResolver,
    MeetingPlanResolver,
    MeetingReportResolver,
    MeetingFacilitatorsResolver,
  ],
  // The learning tracks hold their sessions with theme tables, and keep those meetings in step with their schedule and cohort.
  exports: [TrackSessionMeetings],
})
export class MeetingsModule {}

/** The resolvers of this context, for the schema generator. */
export const MEETINGS_RESOLVERS = [MeetingsResolver, MeetingChangesResolver, MeetingPlanResolver, MeetingReportResolver, MeetingFacilitatorsResolver];
