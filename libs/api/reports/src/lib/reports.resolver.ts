import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { CommentOnReportInput, ReportStepInput, SaveReportInput, SetReportSharingInput, ShareReportInput } from './dto/report.inputs';
import { VisitReportView } from './report.views';
import { ReportsService, type ReportStanding } from './reports.service';

@Resolver(() => VisitReportView)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  private async view(ctx: RequestContext, standing: ReportStanding, revision?: number): Promise<VisitReportView> {
    const content = await this.service.contentFor(ctx, standing, revision);
    const report = standing.report!;
    return {
      ...content,
      visitId: standing.visit.id,
      // A kept revision shows what it was; the report itself moves on.
      status: revision === undefined ? standing.visit.status : content.status,
      replyDeadline: report.replyDeadline,
      sharing: report.sharing,
      version: report.version,
      revisions: await this.service.revisions(ctx, standing),
      rights: standing.rights,
    };
  }

  @Query(() => VisitReportView, { description: 'The visit report, or one of its kept revisions, as far as the viewer may read it.' })
  async visitReport(
    @Ctx() ctx: RequestContext,
    @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string,
    @Args('revision', { type: () => Int, nullable: true }) revision?: number,
  ): Promise<VisitReportView> {
    const standing = await this.service.require(ctx, visitId);
    if (revision !== undefined && revision !== null && !(await this.service.revisions(ctx, standing)).some((r) => r.number === revision)) {
      return this.service.notVisible(ctx, visitId);
    }
    return this.view(ctx, standing, revision ?? undefined);
  }

  @Query(() => [VisitReportView], { description: 'The final visit reports of a programme that the viewer may read.' })
  async visitReports(@Ctx() ctx: RequestContext, @Args('programmeId', { type: () => ID }, uuidArg('programmeId')) programmeId: string): Promise<VisitReportView[]> {
    const standings = await this.service.forProgramme(ctx, programmeId);
    return Promise.all(standings.map((s) => this.view(ctx, s)));
  }

  @Mutation(() => VisitReportView, { description: 'Lead: HELD → REPORT_DRAFT; the shared findings become final.' })
  async startVisitReport(@Ctx() ctx: RequestContext, @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string): Promise<VisitReportView> {
    return this.view(ctx, await this.service.start(ctx, visitId));
  }

  @Mutation(() => VisitReportView, { description: 'Lead: saves the summary; a stale version gives CONFLICT.' })
  async saveVisitReport(@Ctx() ctx: RequestContext, @Args('input') input: SaveReportInput): Promise<VisitReportView> {
    return this.view(ctx, await this.service.save(ctx, input));
  }

  @Mutation(() => VisitReportView, { description: 'Lead: REPORT_DRAFT → REPORT_SHARED, with a reply period for the host; a version is kept.' })
  async shareVisitReport(@Ctx() ctx: RequestContext, @Args('input') input: ShareReportInput): Promise<VisitReportView> {
    return this.view(ctx, await this.service.share(ctx, input));
  }

  @Mutation(() => VisitReportView, { description: 'Lead: REPORT_SHARED → REPORT_DRAFT, to work in the host’s comment.' })
  async reopenVisitReport(@Ctx() ctx: RequestContext, @Args('input') input: ReportStepInput): Promise<VisitReportView> {
    return this.view(ctx, await this.service.reopen(ctx, input));
  }

  @Mutation(() => VisitReportView, { description: 'Lead: REPORT_SHARED → REPORT_FINAL; the final version is kept.' })
  async finaliseVisitReport(@Ctx() ctx: RequestContext, @Args('input') input: ReportStepInput): Promise<VisitReportView> {
    return this.view(ctx, await this.service.finalise(ctx, input));
  }

  @Mutation(() => VisitReportView, { description: 'Host: comments on the shared report within the reply period.' })
  async commentOnVisitReport(@Ctx() ctx: RequestContext, @Args('input') input: CommentOnReportInput): Promise<VisitReportView> {
    return this.view(ctx, await this.service.comment(ctx, input));
  }

  @Mutation(() => VisitReportView, { description: 'Host: shares the final report with the round or the network.' })
  async setVisitReportSharing(@Ctx() ctx: RequestContext, @Args('input') input: SetReportSharingInput): Promise<VisitReportView> {
    return this.view(ctx, await this.service.setSharing(ctx, input));
  }
}
