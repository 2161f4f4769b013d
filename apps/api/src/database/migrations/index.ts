import { Foundation1763856000000 } from './1763856000000-foundation';
import { Programmes1763900000000 } from './1763900000000-programmes';
import { Rounds1763910000000 } from './1763910000000-rounds';
import { Visits1764000000000 } from './1764000000000-visits';
import { ReportsHarvests1764100000000 } from './1764100000000-reports-harvests';
import { RollupVersion1764200000000 } from './1764200000000-rollup-version';
import { EnterScope1764300000000 } from './1764300000000-enter-scope';
import { HarvestPublication1796256000410 } from './1796256000410-harvest-publication';
import { ProductionSafety1796256010310 } from './1796256010310-production-safety';
import { BeginOperation1796256020000 } from './1796256020000-begin-operation';
import { Deadlines1796256030000 } from './1796256030000-deadlines';
import { LastNetwork1796256035000 } from './1796256035000-last-network';
import { VisitTime1796256040000 } from './1796256040000-visit-time';
import { UserLanguage1796256060000 } from './1796256060000-user-language';
import { Notifications1796256060100 } from './1796256060100-notifications';
import { Schedule1796256060200 } from './1796256060200-schedule';
import { DeadlineReminders1796256070000 } from './1796256070000-deadline-reminders';
import { CalendarFeed1796256080000 } from './1796256080000-calendar-feed';
import { VisitReviewQuestion1796256090000 } from './1796256090000-visit-review-question';
import { Account1796256100000 } from './1796256100000-account';
import { IdentityProviders1796256110000 } from './1796256110000-identity-providers';
import { SecondFactor1796256120000 } from './1796256120000-second-factor';
import { SecondFactorPolicy1796256120100 } from './1796256120100-second-factor-policy';
import { Passkeys1796256120200 } from './1796256120200-passkeys';
import { AccountErasure1796256130000 } from './1796256130000-account-erasure';
import { Retention1796256140000 } from './1796256140000-retention';
import { MembershipRequest1796256150000 } from './1796256150000-membership-request';
import { ActionPlans1796256160000 } from './1796256160000-action-plans';
import { ProgressReviews1796256170000 } from './1796256170000-progress-reviews';
import { ProgressMoments1796256180000 } from './1796256180000-progress-moments';
import { Indicators1796256200000 } from './1796256200000-indicators';
import { RoundEvaluation1796256210000 } from './1796256210000-round-evaluation';
import { Meetings1796256220000 } from './1796256220000-meetings';
import { HarvestSections1796256230000 } from './1796256230000-harvest-sections';
import { MeetingReports1796256240000 } from './1796256240000-meeting-reports';
import { LearningTracks1796256250000 } from './1796256250000-learning-tracks';
import { FollowUpVisits1796256260000 } from './1796256260000-follow-up-visits';
import { HarvestMeetings1796256270000 } from './1796256270000-harvest-meetings';
import { MeetingReminders1796256280000 } from './1796256280000-meeting-reminders';
import { MeetingFacilitators1796256290000 } from './1796256290000-meeting-facilitators';
import { TrackSessionCalendar1796256300000 } from './1796256300000-track-session-calendar';
import { LookupIndexes1796256330000 } from './1796256330000-lookup-indexes';
import { FindingFiguresIndex1796256340000 } from './1796256340000-finding-figures-index';
import { MeetingFacilitatorCalendar1796256360000 } from './1796256360000-meeting-facilitator-calendar';
import { MeetingReportErasure1796256370000 } from './1796256370000-meeting-report-erasure';
import { MeetingCalendar1796256380000 } from './1796256380000-meeting-calendar';
import { TaskFactsVersion1796256390000 } from './1796256390000-task-facts-version';
import { TrackSessionMeetings1796256450000 } from './1796256450000-track-session-meetings';

/** Every migration, oldest first. Bundled explicitly so the built API carries them. */
export const MIGRATIONS = [
  Foundation1763856000000,
  Programmes1763900000000,
  Rounds1763910000000,
  Visits1764000000000,
  ReportsHarvests1764100000000,
  RollupVersion1764200000000,
  EnterScope1764300000000,
  HarvestPublication1796256000410,
  ProductionSafety1796256010310,
  BeginOperation1796256020000,
  Deadlines1796256030000,
  LastNetwork1796256035000,
  VisitTime1796256040000,
  UserLanguage1796256060000,
  Notifications1796256060100,
  Schedule1796256060200,
  DeadlineReminders1796256070000,
  CalendarFeed1796256080000,
  VisitReviewQuestion1796256090000,
  Account1796256100000,
  IdentityProviders1796256110000,
  SecondFactor1796256120000,
  SecondFactorPolicy1796256120100,
  Passkeys1796256120200,
  AccountErasure1796256130000,
  Retention1796256140000,
  MembershipRequest1796256150000,
  ActionPlans1796256160000,
  ProgressReviews1796256170000,
  ProgressMoments1796256180000,
  Indicators1796256200000,
  RoundEvaluation1796256210000,
  Meetings1796256220000,
  HarvestSections1796256230000,
  MeetingReports1796256240000,
  LearningTracks1796256250000,
  FollowUpVisits1796256260000,
  HarvestMeetings1796256270000,
  MeetingReminders1796256280000,
  MeetingFacilitators1796256290000,
  TrackSessionCalendar1796256300000,
  LookupIndexes1796256330000,
  FindingFiguresIndex1796256340000,
  MeetingFacilitatorCalendar1796256360000,
  MeetingReportErasure1796256370000,
  MeetingCalendar1796256380000,
  TaskFactsVersion1796256390000,
  TrackSessionMeetings1796256450000,
];
