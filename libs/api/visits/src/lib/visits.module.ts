import { Module } from '@nestjs/common';
import { RoundsModule } from '@kijkje/api/rounds';
import { VisitCalendarController } from './calendar/visit-calendar.controller';
import { CalendarFeedController } from './calendar/feed/calendar-feed.controller';
import { CalendarFeedResolver } from './calendar/feed/calendar-feed.resolver';
import { CalendarFeedService } from './calendar/feed/calendar-feed.service';
import { VisitInvitations } from './calendar/visit-invitations';
import { FollowUpResolver } from './follow-up/follow-up.resolver';
import { FollowUpService } from './follow-up/follow-up.service';
import { SelfAssessmentThemeUsage } from './self-assessment-theme-usage';
import { TeamResolver } from './team/team.resolver';
import { TeamService } from './team/team.service';
import { VisitAccess } from './visit-access.service';
import { ReviewerResolver, RoundVisitsResolver, VisitsResolver } from './visits.resolver';
import { VisitsService } from './visits.service';

/** Visits: the host's preparation, the review team, and the visit's own life cycle. */
@Module({
  imports: [RoundsModule],
  controllers: [VisitCalendarController, CalendarFeedController],
  providers: [
    VisitAccess,
    VisitsService,
    VisitInvitations,
    TeamService,
    SelfAssessmentThemeUsage,
    VisitsResolver,
    ReviewerResolver,
    RoundVisitsResolver,
    TeamResolver,
    CalendarFeedService,
    CalendarFeedResolver,
    FollowUpService,
    FollowUpResolver,
  ],
  exports: [VisitAccess, VisitsService, TeamService],
})
export class VisitsModule {}

/** The resolvers of this context, for the schema generator. */
export const VISITS_RESOLVERS = [VisitsResolver, ReviewerResolver, RoundVisitsResolver, TeamResolver, CalendarFeedResolver, FollowUpResolver];
