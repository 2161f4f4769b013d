import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, byIdLoader, uuidArg, type RequestContext } from '@kijkje/api/core';
import { organisationLoader } from '@kijkje/api/networks';
import { Round } from '@kijkje/api/rounds';
import { reviewQuestionOf } from '@kijkje/api/visits';
import { CommentOnReportInput, ReportStepInput, SaveReportInput, SetReportSharingInput, ShareReportInput } from './dto/report.inputs';
import { VisitReportView } from './report.views';
import { ReportsService, type ReportStanding } from './reports.service';

@Resolver(() => VisitReportView)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  /**
   * The report as GraphQL reads it. What the visit and the report row say is there at once (a
   * list of reports asks for little more); the content (team, findings, themes, …) is built only
   * when a field of it is asked for, once per report. A kept revision shows what it was then.
   */
  private view(ctx: RequestContext, standing: ReportStanding, revision?: number): VisitReportView {
    const { visit } = standing;
    const report = standing.report!;
    let built: ReturnType<ReportsService['contentFor']> | null = null;
    const content = () => (built ??= this.service.contentFor(ctx, standing, revision));
    const current = revision === undefined;
    const service = this.service;
    const view = {
      visitId: visit.id,
      revision: revision ?? null,
      replyDeadline: report.replyDeadline,
      sharing: report.sharing,
      version: report.version,
      rights: standing.rights,
      // The report itself moves on; a kept revision shows what it was.
      get status() {
        return current ? visit.status : content().then((c) => c.status);
      },
      get host() {
        return current
          ? organisationLoader(ctx)
              .load(visit.hostOrganisationId)
              .then((o) => o?.name ?? '')
          : content().then((c) => c.host);
      },
      get round() {
        return current
          ? byIdLoader(ctx, Round)
              .load(visit.roundId)
              .then((r) => r?.name ?? '')
          : content().then((c) => c.round);
      },
      get startsOn() {
        return current ? visit.startsOn : content().then((c) => c.startsOn);
      },
      get location() {
        return current ? visit.location : content().then((c) => c.location);
      },
      get reviewQuestion() {
        return current ? reviewQuestionOf(ctx, visit) : content().then((c) => c.reviewQuestion ?? '');
      },
      get summary() {
        return current ? report.summary : content().then((c) => c.summary);
      },
      get hostComment() {
        return current ? report.hostComment : content().then((c) => c.hostComment);
      },
      get network() {
        return content().then((c) => c.network);
      },
      get programme() {
        return content().then((c) => c.programme);
      },
      get team() {
        return content().then((c) => c.team);
      },
      get themes() {
        return content().then((c) => c.themes);
      },
      get findings() {
        return content().then((c) => c.findings);
      },
      get revisions() {
        return service.revisions(ctx, standing);
      },
    };
    return view as unknown as VisitReportView;
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
  async visitReports(
    @Ctx() ctx: RequestContext,
    @Args('programmeId', { type: () => ID }, uuidArg('programmeId')) programmeId: string,
  ): Promise<VisitReportView[]> {
    const standings = await this.service.forProgramme(ctx, programmeId);
    return standings.map((s) => this.view(ctx, s));
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
