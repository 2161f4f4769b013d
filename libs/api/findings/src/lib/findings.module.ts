import { Module } from '@nestjs/common';
import { VisitsModule } from '@kijkje/api/visits';
import { CommentsService } from './comments/comments.service';
import { FindingAccess } from './finding-access.service';
import { FindingThemeUsage } from './finding-theme-usage';
import { FindingCommentResolver, FindingsResolver, HostResponseResolver, VisitFindingsResolver } from './findings.resolver';
import { FindingsService } from './findings.service';
import { FindingChangesResolver } from './live/finding-changes.resolver';
import { ResponsesService } from './responses/responses.service';
import { SystemIssuesService } from './system-issues/system-issues.service';

/** Findings: captured live by the review team, discussed, shared with the host, answered. */
@Module({
  imports: [VisitsModule],
  providers: [
    FindingAccess,
    FindingsService,
    FindingThemeUsage,
    CommentsService,
    ResponsesService,
    SystemIssuesService,
    FindingsResolver,
    FindingCommentResolver,
    HostResponseResolver,
    VisitFindingsResolver,
    FindingChangesResolver,
  ],
  exports: [FindingAccess, FindingsService],
})
export class FindingsModule {}

/** The resolvers of this context, for the schema generator. */
export const FINDINGS_RESOLVERS = [FindingsResolver, FindingCommentResolver, HostResponseResolver, VisitFindingsResolver, FindingChangesResolver];
