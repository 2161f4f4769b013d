import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService, Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { findFlaggedWords, meetingReportProblems, publicServing } from '@kijkje/domain';
import { MeetingView } from '../meetings.types';
import { reportNames } from './meeting-report-names';
import * as q from './meeting-report.queries';
import { MeetingReportService, type ReportStanding } from './meeting-report.service';
import {
  DecideMeetingReportWordInput,
  MeetingReportView,
  PublishedMeetingReportView,
  PublishMeetingReportInput,
  UpdateMeetingReportInput,
  WithdrawMeetingReportInput,
} from './meeting-report.types';

const idArg = (name: string) => Args(name, { type: () => ID }, uuidArg(name));
const CONTEXT = 40;

export const publicReportPath = (slug: string) => `/bijeenkomst/${slug}`;

/** The report editor of the coordinator and the meeting's facilitators, and the published report on the meeting's page for everyone who reads the meeting. */
@Resolver(() => MeetingView)
export class MeetingReportResolver {
  constructor(
    private readonly reports: MeetingReportService,
    private readonly access: AccessService,
  ) {}

  private async view(ctx: RequestContext, s: ReportStanding): Promise<MeetingReportView | null> {
    const report = await q.reportOf(ctx.em, s.meeting.networkId, s.meeting.id);
    if (!report) return null;
    const names = await reportNames(ctx, report.networkId);
    const versions = await q.versionsOf(ctx.em, report.networkId, report.meetingId);
    const serving = publicServing(q.servingFacts(versions));
    return {
      meetingId: report.meetingId,
      text: report.text,
      visibility: report.visibility,
      version: report.version,
      publicPath: publicReportPath(report.slug),
      kept: report.kept,
      flags: findFlaggedWords(report.text, names, report.kept).map((f) => ({
        text: f.text,
        key: f.key,
        reason: f.reason,
        before: report.text.slice(Math.max(0, f.start - CONTEXT), f.start),
        after: report.text.slice(f.end, f.end + CONTEXT),
      })),
      problems: meetingReportProblems(report, names).map((p) => ({ code: p.code, found: p.found ?? [], ...p.text })),
      versions: versions.map((v) => ({ number: v.number, visibility: v.visibility, publishedAt: v.publishedAt, withdrawnAt: v.withdrawnAt })),
      serving: serving.state,
      servingNumber: serving.state === 'NONE' ? null : serving.number,
      updatedAt: report.updatedAt,
      canPublish: s.reportRights.publish,
      canWithdraw: s.reportRights.withdraw && serving.state === 'PUBLIC',
    };
  }

  private async reload(ctx: RequestContext, meetingId: string): Promise<MeetingReportView> {
    return (await this.view(ctx, await this.reports.standing(ctx, meetingId)))!;
  }

  @Query(() => MeetingReportView, {
    nullable: true,
    description: 'Coordinator or a facilitator of the meeting: the report’s draft, or null before it is started. Not found for anyone else.',
  })
  async meetingReport(@Ctx() ctx: RequestContext, @idArg('meetingId') meetingId: string): Promise<MeetingReportView | null> {
    const s = await this.reports.standing(ctx, meetingId);
    if (!s.reportRights.draft) return this.access.notVisible(ctx, 'meetingReport', meetingId);
    return this.view(ctx, s);
  }

  @Mutation(() => MeetingReportView, {
    description: 'Coordinator or a facilitator of the meeting, once it is held: a draft from the tables’ yields, anonymised.',
  })
  async startMeetingReport(@Ctx() ctx: RequestContext, @idArg('meetingId') meetingId: string): Promise<MeetingReportView> {
    return this.reload(ctx, await this.reports.start(ctx, meetingId));
  }

  @Mutation(() => MeetingReportView, { description: 'The draft’s text and who will read it, with the version it was edited from.' })
  async updateMeetingReport(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMeetingReportInput): Promise<MeetingReportView> {
    return this.reload(ctx, await this.reports.update(ctx, input));
  }

  @Mutation(() => MeetingReportView, { description: 'Replace a word that may be a name, or keep it (audited).' })
  async decideMeetingReportWord(@Ctx() ctx: RequestContext, @Args('input') input: DecideMeetingReportWordInput): Promise<MeetingReportView> {
    return this.reload(ctx, await this.reports.decide(ctx, input));
  }

  @Mutation(() => MeetingReportView, { description: 'Freeze the draft as the next version; tells those who were registered.' })
  async publishMeetingReport(@Ctx() ctx: RequestContext, @Args('input') input: PublishMeetingReportInput): Promise<MeetingReportView> {
    return this.reload(ctx, await this.reports.publish(ctx, input));
  }

  @Mutation(() => MeetingReportView, { description: 'Take the public version down: its page answers 410 (gone) until a newer version.' })
  async withdrawMeetingReport(@Ctx() ctx: RequestContext, @Args('input') input: WithdrawMeetingReportInput): Promise<MeetingReportView> {
    return this.reload(ctx, await this.reports.withdraw(ctx, input));
  }

  @ResolveField(() => PublishedMeetingReportView, { nullable: true, description: 'The newest published version of the report.' })
  async report(@Ctx() ctx: RequestContext, @Parent() meeting: MeetingView): Promise<PublishedMeetingReportView | null> {
    const networkId = ctx.networkId!;
    const [newest] = await q.versionsOf(ctx.em, networkId, meeting.id);
    if (!newest) return null;
    const serving = publicServing(q.servingFacts([newest]));
    const slug = serving.state === 'PUBLIC' ? (await q.reportOf(ctx.em, networkId, meeting.id))?.slug : undefined;
    return {
      number: newest.number,
      visibility: newest.visibility,
      publishedAt: newest.publishedAt,
      text: newest.content.text,
      withdrawn: newest.withdrawnAt !== null,
      publicPath: slug ? publicReportPath(slug) : null,
    };
  }
}
