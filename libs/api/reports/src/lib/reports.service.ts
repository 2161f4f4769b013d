import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  LiveEvents,
  MailService,
  NotificationService,
  SQL_CLOCK,
  badUserInput,
  reportSharedMail,
  updateVersioned,
  type MailRecipient,
  type RequestContext,
  type VersionedChanges,
} from '@kijkje/api/core';
import { completeEvidence } from '@kijkje/api/findings';
import { organisationContacts } from '@kijkje/api/networks';
import { Visit, VisitAccess, VisitsService, reviewQuestionOf, roundFacts, visitTopic } from '@kijkje/api/visits';
import {
  replyDeadline,
  replyPeriodClosed,
  replyPeriodOpen,
  reportRights,
  reportShowsFinding,
  reportSummaryRequired,
  stepNotYours,
  visitTransitionMessage,
  type ReportRights,
  type ReportSharing,
  type VisitRelation,
  type VisitStatus,
} from '@kijkje/domain';
import { In } from 'typeorm';
import type { CommentOnReportInput, ReportStepInput, SaveReportInput, SetReportSharingInput, ShareReportInput } from './dto/report.inputs';
import { reportContent, type ReportContent } from './report-content';
import { VisitReportRevision } from './visit-report-revision.entity';
import { VisitReport } from './visit-report.entity';
import { finaliseSharedFindings, nextRevisionNumber, releasedFindingIds } from './reports.queries';

export interface ReportStanding {
  visit: Visit;
  report: VisitReport | null;
  relations: Set<VisitRelation>;
  rights: ReportRights;
}

const REPORT_STATES: readonly VisitStatus[] = ['REPORT_DRAFT', 'REPORT_SHARED', 'REPORT_FINAL'];

@Injectable()
export class ReportsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly mail: MailService,
    private readonly notifications: NotificationService,
    private readonly visits: VisitAccess,
    private readonly visitsService: VisitsService,
  ) {}

  async standing(ctx: RequestContext, visit: Visit): Promise<ReportStanding> {
    const relations = await this.visits.relations(ctx, visit);
    const report = REPORT_STATES.includes(visit.status) ? await ctx.em.findOneBy(VisitReport, { networkId: visit.networkId, visitId: visit.id }) : null;
    return { visit, report, relations, rights: reportRights(relations, visit.status, report?.sharing ?? 'TEAM') };
  }

  /**
   * The report of a visit when the caller may read it; otherwise not found. `allowed` adds what
   * the step needs; `lock` takes the visit row, so steps on one report happen one at a time.
   */
  async require(ctx: RequestContext, visitId: string, allowed: (s: ReportStanding) => boolean = (s) => s.rights.read, lock = false): Promise<ReportStanding> {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    const visit = await ctx.em.findOne(Visit, { where: { id: visitId, networkId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!visit) return this.access.notVisible(ctx, 'visitReport', visitId);
    const standing = await this.standing(ctx, visit);
    if (!allowed(standing)) {
      // A reader of the report is told the step is not theirs; anyone else learns nothing.
      if (standing.rights.read) return this.access.notAllowed(ctx, 'visitReport', visitId, stepNotYours.report);
      return this.access.notVisible(ctx, 'visitReport', visitId);
    }
    return standing;
  }

  notVisible(ctx: RequestContext, visitId: string): Promise<never> {
    return this.access.notVisible(ctx, 'visitReport', visitId);
  }

  /** The final reports of a programme this caller may read. */
  async forProgramme(ctx: RequestContext, programmeId: string): Promise<ReportStanding[]> {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    const visits = await ctx.em
      .createQueryBuilder(Visit, 'v')
      .innerJoin('round', 'r', 'r.id = v.round_id AND r.network_id = v.network_id')
      .where('v.network_id = :networkId AND r.programme_id = :programmeId AND v.status = :final', { networkId, programmeId, final: 'REPORT_FINAL' })
      .orderBy('v.starts_on', 'ASC', 'NULLS LAST')
      .getMany();
    const reports = visits.length ? await ctx.em.findBy(VisitReport, { networkId, visitId: In(visits.map((v) => v.id)) }) : [];
    const standings = await Promise.all(
      visits.map(async (visit) => {
        const relations = await this.visits.relations(ctx, visit);
        const report = reports.find((r) => r.visitId === visit.id) ?? null;
        return { visit, report, relations, rights: reportRights(relations, visit.status, report?.sharing ?? 'TEAM') };
      }),
    );
    return standings.filter((s) => s.rights.read);
  }

  /**
   * What this reader sees of the report: its current content (or a kept revision), with only the
   * findings reportShowsFinding allows, judged by the host's release as it is now.
   */
  async contentFor(ctx: RequestContext, standing: ReportStanding, revision?: number): Promise<ReportContent & { revision: number | null }> {
    const { visit, report, relations } = standing;
    let content: ReportContent;
    let number: number | null = null;
    if (revision !== undefined) {
      const kept = await ctx.em.findOneBy(VisitReportRevision, { networkId: visit.networkId, visitId: visit.id, number: revision });
      if (!kept) return this.access.notVisible(ctx, 'visitReportRevision', `${visit.id}/${revision}`);
      content = kept.content;
      number = kept.number;
    } else {
      content = await reportContent(ctx, visit, report!);
    }
    const released = new Set(
      content.findings.length
        ? await releasedFindingIds(
            ctx.em,
            visit.networkId,
            content.findings.map((f) => f.id),
          )
        : [],
    );
    const sharing = report?.sharing ?? 'TEAM';
    return {
      ...content,
      reviewQuestion: content.reviewQuestion ?? (await reviewQuestionOf(ctx, visit)),
      revision: number,
      // Versions kept before every part of the evidence was stored may lack some.
      findings: content.findings
        .filter((f) => reportShowsFinding(relations, sharing, released.has(f.id)))
        .map((f) => ({ ...f, evidence: completeEvidence(f.evidence), releasedForHarvest: released.has(f.id) })),
    };
  }

  async revisions(ctx: RequestContext, standing: ReportStanding): Promise<VisitReportRevision[]> {
    const { visit, relations } = standing;
    const all = await ctx.em.find(VisitReportRevision, { where: { networkId: visit.networkId, visitId: visit.id }, order: { number: 'ASC' } });
    // Earlier shared versions are the team's and the host's working history; others see the final one.
    const history = relations.has('reviewer') || relations.has('lead') || relations.has('host');
    return history ? all : all.filter((r) => r.status === 'REPORT_FINAL');
  }

  /** HELD → REPORT_DRAFT. What was shared is now final: the report is made of the final findings. */
  async start(ctx: RequestContext, visitId: string): Promise<ReportStanding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.require(ctx, visitId, (s) => s.relations.has('lead'), true);
    if (!standing.rights.start) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    const { visit } = standing;
    await finaliseSharedFindings(ctx.em, visit.networkId, visit.id);
    await ctx.em.insert(VisitReport, { networkId: visit.networkId, visitId: visit.id });
    await this.visitsService.step(ctx, visit, visit.version, 'REPORT_DRAFT', null);
    await this.audit.record(ctx.em, {
      networkId: visit.networkId,
      actorUserId: ctx.userId,
      action: 'report.started',
      targetType: 'visit',
      targetId: visit.id,
      ip: ctx.ip,
    });
    return this.reload(ctx, visit.id);
  }

  /** The lead writes the summary: `UPDATE … WHERE version = $n`, stale → CONFLICT (REL-02). */
  async save(ctx: RequestContext, input: SaveReportInput): Promise<ReportStanding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.require(ctx, input.visitId, (s) => s.relations.has('lead') && s.rights.read);
    if (!standing.rights.edit) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    await this.versioned(ctx, standing, input.version, { summary: input.summary });
    return this.reload(ctx, input.visitId);
  }

  /** REPORT_DRAFT → REPORT_SHARED: a kept version, a reply period, and an e-mail to the host. */
  async share(ctx: RequestContext, input: ShareReportInput): Promise<ReportStanding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.require(ctx, input.visitId, (s) => s.relations.has('lead') && s.rights.read, true);
    if (!standing.rights.share) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    if (!standing.report!.summary.trim()) throw badUserInput([{ field: 'summary', messages: reportSummaryRequired }]);
    const deadline = replyDeadline(new Date(), input.replyDays ?? (await roundFacts(ctx, standing.visit)).programme.replyDays);
    await this.versioned(ctx, standing, input.version, { replyDeadline: deadline });
    await this.moveVisit(ctx, standing.visit, 'REPORT_SHARED');
    await this.keepRevision(ctx, standing.visit.id, 'REPORT_SHARED');
    await this.tellHost(ctx, standing.visit, 'REPORT_SHARED', deadline);
    return this.reload(ctx, input.visitId);
  }

  /** REPORT_SHARED → REPORT_DRAFT: the lead works in the host's comment. */
  async reopen(ctx: RequestContext, input: ReportStepInput): Promise<ReportStanding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.require(ctx, input.visitId, (s) => s.relations.has('lead') && s.rights.read, true);
    if (!standing.rights.reopen) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    await this.versioned(ctx, standing, input.version, {});
    await this.moveVisit(ctx, standing.visit, 'REPORT_DRAFT');
    return this.reload(ctx, input.visitId);
  }

  /** REPORT_SHARED → REPORT_FINAL: the final version is kept, and the round follows. */
  async finalise(ctx: RequestContext, input: ReportStepInput): Promise<ReportStanding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.require(ctx, input.visitId, (s) => s.relations.has('lead') && s.rights.read, true);
    if (!standing.rights.finalise) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    await this.versioned(ctx, standing, input.version, {});
    await this.moveVisit(ctx, standing.visit, 'REPORT_FINAL');
    await this.keepRevision(ctx, standing.visit.id, 'REPORT_FINAL');
    await this.tellHost(ctx, standing.visit, 'REPORT_FINALISED');
    return this.reload(ctx, input.visitId);
  }

  /** The host's comment on the shared report, within the reply period. */
  async comment(ctx: RequestContext, input: CommentOnReportInput): Promise<ReportStanding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.require(ctx, input.visitId, (s) => s.relations.has('host') && s.rights.read, true);
    if (!standing.rights.comment) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    if (!replyPeriodOpen(standing.report!.replyDeadline, new Date())) throw badUserInput([{ field: 'visitId', messages: replyPeriodClosed }]);
    await this.versioned(ctx, standing, input.version, { hostComment: input.text, hostCommentBy: ctx.userId });
    return this.reload(ctx, input.visitId);
  }

  /** The host shares the final report with the round or the network (or takes that back). */
  async setSharing(ctx: RequestContext, input: SetReportSharingInput): Promise<ReportStanding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.require(ctx, input.visitId, (s) => s.relations.has('host') && s.rights.read, true);
    if (!standing.rights.setSharing) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    await this.versioned(ctx, standing, standing.report!.version, { sharing: input.sharing satisfies ReportSharing });
    return this.reload(ctx, input.visitId);
  }

  private async moveVisit(ctx: RequestContext, visit: Visit, to: Exclude<VisitStatus, 'PLANNED'>): Promise<void> {
    await this.visitsService.step(ctx, visit, visit.version, to, null);
    await this.live.publish(ctx.em, { networkId: visit.networkId, topic: visitTopic(visit.id), kind: 'REFRESH', id: '' });
  }

  private async keepRevision(ctx: RequestContext, visitId: string, status: 'REPORT_SHARED' | 'REPORT_FINAL'): Promise<void> {
    const fresh = await this.reload(ctx, visitId);
    const content = await reportContent(ctx, fresh.visit, fresh.report!);
    const next = await nextRevisionNumber(ctx.em, fresh.visit.networkId, visitId);
    await ctx.em.insert(VisitReportRevision, { networkId: fresh.visit.networkId, visitId, number: next, status, content, createdBy: ctx.userId });
    await this.audit.record(ctx.em, {
      networkId: fresh.visit.networkId,
      actorUserId: ctx.userId,
      action: status === 'REPORT_FINAL' ? 'report.finalised' : 'report.shared',
      targetType: 'visit',
      targetId: visitId,
      data: { revision: next },
      ip: ctx.ip,
    });
  }

  private async versioned(ctx: RequestContext, standing: ReportStanding, version: number, values: VersionedChanges<VisitReport>): Promise<void> {
    const report = standing.report!;
    await updateVersioned(ctx.em, VisitReport, { networkId: report.networkId, visitId: report.visitId }, version, { ...values, updatedAt: SQL_CLOCK });
  }

  private async reload(ctx: RequestContext, visitId: string): Promise<ReportStanding> {
    const visit = (await ctx.em.findOneBy(Visit, { id: visitId, networkId: ctx.networkId! }))!;
    this.visits.forget(ctx, visitId);
    return this.standing(ctx, visit);
  }

  /** The host's contacts hear that the report was shared (with its reply period) or is final. */
  private async tellHost(ctx: RequestContext, visit: Visit, kind: 'REPORT_SHARED' | 'REPORT_FINALISED', deadline?: Date): Promise<void> {
    const contacts = await organisationContacts(ctx.em, visit.networkId, visit.hostOrganisationId);
    const organisation = contacts[0]?.organisation ?? '';
    const link = this.mail.link('/bezoeken/' + visit.id + '/verslag');
    await this.notifications.notify(ctx.em, {
      networkId: visit.networkId,
      kind,
      subject: { type: 'visit', id: visit.id },
      recipients: contacts.map((c) => c.userId),
      ...(deadline ? { mail: (to: MailRecipient) => reportSharedMail(to, { organisation, deadline, link }) } : {}),
    });
  }
}
