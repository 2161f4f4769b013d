import { Module } from '@nestjs/common';
import { VisitsModule } from '@kijkje/api/visits';
import { ReportsExportController } from './export/reports-export.controller';
import { IndicatorResolver } from './indicators/indicators.resolver';
import { IndicatorService } from './indicators/indicators.service';
import { ActionPlanResolver } from './plan/plan.resolver';
import { ActionPlanService } from './plan/plan.service';
import { ProgressReviewResolver } from './plan/progress.resolver';
import { ProgressReviewService } from './plan/progress.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { TimelineResolver } from './timeline/timeline.resolver';
import { TimelineService } from './timeline/timeline.service';

/** Visit reports: the lead's summary with the final findings and the host's replies; kept versions; exports; the host's action plan after it. */
@Module({
  imports: [VisitsModule],
  controllers: [ReportsExportController],
  providers: [
    ReportsService,
    ReportsResolver,
    ActionPlanService,
    ActionPlanResolver,
    ProgressReviewService,
    ProgressReviewResolver,
    TimelineService,
    TimelineResolver,
    IndicatorService,
    IndicatorResolver,
  ],
  exports: [ReportsService],
})
export class ReportsModule {}

/** The resolvers of this context, for the schema generator. */
export const REPORTS_RESOLVERS = [ReportsResolver, ActionPlanResolver, ProgressReviewResolver, TimelineResolver, IndicatorResolver];
