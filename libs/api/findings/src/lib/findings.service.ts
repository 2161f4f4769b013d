import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  LiveEvents,
  MailService,
  NotificationService,
  SQL_CLOCK,
  User,
  badUserInput,
  byIdLoader,
  idempotent,
  updateVersioned,
  type RequestContext,
} from '@kijkje/api/core';
import { Visit, VisitAccess, roundFacts, visitTopic } from '@kijkje/api/visits';
import {
  findingTransitionMessage,
  findingsClosedByFinalReport,
  findingsClosedByReport,
  replyDeadline,
  visitTransitionMessage,
  visibleFindingFigures,
  type FindingChangeKind,
  type FindingEventFacts,
  type FindingStatus,
  type VisibleFindingFigures,
  stepAuditAction,
} from '@kijkje/domain';
import type { EntityManager } from 'typeorm';
import type { CreateFindingInput, FindingStepInput, FinaliseFindingsInput, ShareFindingsInput, UpdateFindingInput } from './dto/finding.inputs';
import { commentsLoader } from './comments/comments-loader';
import { findingConflict } from './finding-conflict';
import { findingCountsLoader } from './finding-counts-loader';
import { responseLoader } from './responses/response-loader';
import { findingContent } from './finding-content';
import { tellHostOfSharedFindings } from './finding-mail';
import { FindingAccess } from './finding-access.service';
import {
  deleteDraftFinding,
  finaliseSharedFindings,
  insertFinding,
  setFindingReleased,
  setVisitReplyDeadline,
  shareSubmittedFindings,
} from './findings.queries';
import { Finding } from './finding.entity';

export type { FindingCounts } from './findings.queries';

/** The event facts of a finding's change, for each subscriber's rule (findingEventFor). */
export type FindingEventFactsPayload = Omit<FindingEventFacts, 'findingId'>;

@Injectable()
export class FindingsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly mail: MailService,
    private readonly notifications: NotificationService,
    private readonly visits: VisitAccess,
    private readonly findings: FindingAccess,
  ) {}

  async get(ctx: RequestContext, id: string): Promise<Finding> {
    return (await this.findings.require(ctx, id)).finding;
  }

  /** The findings of a visit whose content the caller may read, oldest first. */
  async forVisit(ctx: RequestContext, visit: Visit): Promise<Finding[]> {
    const { relations, rights } = await this.visits.standing(ctx, visit);
    if (!rights.readFindings) return [];
    const qb = ctx.em
      .createQueryBuilder(Finding, 'f')
      .where('f.network_id = :networkId AND f.visit_id = :visitId', { networkId: visit.networkId, visitId: visit.id });
    return this.findings.restrict(qb, relations, ctx.userId).orderBy('f.created_at', 'ASC').addOrderBy('f.id', 'ASC').getMany();
  }

  /**
   * Progress figures (never drafts): for the coordinator, the team and the host, each figure only
   * where the caller may know that such findings exist (the host is not told how many the team
   * has not shared yet).
   */
  async counts(ctx: RequestContext, visit: Visit): Promise<VisibleFindingFigures | null> {
    const { rights, relations } = await this.visits.standing(ctx, visit);
    if (!rights.readCounts) return null;
    return visibleFindingFigures(relations, await findingCountsLoader(ctx).load(visit.id));
  }

  /**
   * A reviewer captures a finding: a draft for themselves, or straight to the team. Idempotent by
   * key (REL-03). Four round trips in all: the visit, the caller's relations and the round's facts
   * in one statement; the finding with its author in one; its audit row and live event with COMMIT.
   */
  async create(ctx: RequestContext, input: CreateFindingInput): Promise<Finding> {
    const networkId = await this.access.inNetwork(ctx, 'visit.act');
    const standing = await this.visits.require(ctx, input.visitId, (s) => s.relations.has('reviewer') || s.relations.has('lead'), false, true);
    const visit = standing.visit;
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'createFinding', key: input.idempotencyKey },
      async () => {
        if (!standing.rights.addFinding) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
        const content = await findingContent(ctx, visit, input);
        const status: FindingStatus = input.submit ? 'SUBMITTED' : 'DRAFT';
        const { finding, author } = await insertFinding(ctx.em, { networkId, visitId: visit.id, authorId: ctx.userId!, ...content, status });
        await this.audit.record(ctx.em, {
          networkId,
          actorUserId: ctx.userId,
          action: 'finding.created',
          targetType: 'finding',
          targetId: finding.id,
          data: { status },
          ip: ctx.ip,
        });
        await this.publish(ctx.em, finding, 'CREATED', status !== 'DRAFT');
        // What the answer's fields would look up is known: the visit, the author, and that a new
        // finding has no discussion and no reply yet.
        byIdLoader(ctx, Visit).prime(visit.id, visit);
        byIdLoader(ctx, User).prime(author.id, author);
        commentsLoader(ctx).prime(finding.id, []);
        responseLoader(ctx).prime(finding.id, null);
        return finding;
      },
      (id) => ctx.em.findOneBy(Finding, { id, networkId }),
    );
  }

  /**
   * The author edits. `UPDATE … WHERE version = $n`: when someone else saved first, nothing
   * changes and CONFLICT carries the current finding, so the screen can show both (REL-02).
   */
  async update(ctx: RequestContext, input: UpdateFindingInput): Promise<Finding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const { finding, visit, rights } = await this.findings.require(ctx, input.id, (s) => s.relations.has('author'));
    if (!rights.edit) throw badUserInput([{ field: 'id', messages: findingTransitionMessage }]);
    if (findingsClosedByReport(visit.visit.status)) throw badUserInput([{ field: 'id', messages: findingsClosedByFinalReport }]);
    const content = await findingContent(ctx, visit.visit, input);
    await updateVersioned(
      ctx.em,
      Finding,
      { id: finding.id, networkId: finding.networkId },
      input.version,
      { ...content, updatedAt: SQL_CLOCK },
      { when: { status: ['DRAFT', 'SUBMITTED'] }, onConflict: findingConflict },
    );
    await this.audit.record(ctx.em, {
      networkId: finding.networkId,
      actorUserId: ctx.userId,
      action: 'finding.updated',
      targetType: 'finding',
      targetId: finding.id,
      ip: ctx.ip,
    });
    return this.changed(ctx, finding, false);
  }

  /** DRAFT → SUBMITTED: the author offers the finding to the team. */
  async submit(ctx: RequestContext, input: FindingStepInput): Promise<Finding> {
    const { finding, rights } = await this.findings.require(ctx, input.id, (s) => s.relations.has('author'));
    if (!rights.submit) throw badUserInput([{ field: 'id', messages: findingTransitionMessage }]);
    await this.stepOne(ctx, finding, input.version, 'DRAFT', 'SUBMITTED');
    return this.changed(ctx, finding, true);
  }

  /** The author throws a draft away. */
  async delete(ctx: RequestContext, input: FindingStepInput): Promise<string> {
    const { finding, rights } = await this.findings.require(ctx, input.id, (s) => s.relations.has('author'));
    if (!rights.delete) throw badUserInput([{ field: 'id', messages: findingTransitionMessage }]);
    const deleted = await deleteDraftFinding(ctx.em, finding.networkId, finding.id, input.version);
    if (!deleted) throw findingConflict(await ctx.em.findOneBy(Finding, { id: finding.id, networkId: finding.networkId }));
    await this.audit.record(ctx.em, {
      networkId: finding.networkId,
      actorUserId: ctx.userId,
      action: 'finding.deleted',
      targetType: 'finding',
      targetId: finding.id,
      ip: ctx.ip,
    });
    await this.publish(ctx.em, finding, 'DELETED', false);
    return finding.id;
  }

  /**
   * The lead shares every submitted finding with the host and sets the reply period; the host's
   * contacts hear of it by e-mail. Drafts stay with their authors.
   */
  async share(ctx: RequestContext, input: ShareFindingsInput): Promise<Visit> {
    await this.access.inNetwork(ctx, 'visit.act');
    const { visit, rights } = await this.visits.require(ctx, input.visitId, (s) => s.relations.has('lead'), true);
    if (!rights.shareFindings) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    const shared = await shareSubmittedFindings(ctx.em, visit.networkId, visit.id);
    if (!shared.length) {
      throw badUserInput([
        { field: 'visitId', messages: { nl: 'Er zijn geen ingediende bevindingen om te delen.', en: 'There are no submitted findings to share.' } },
      ]);
    }
    const deadline = replyDeadline(new Date(), input.replyDays ?? (await roundFacts(ctx, visit)).programme.replyDays);
    await setVisitReplyDeadline(ctx.em, visit.networkId, visit.id, deadline);
    await this.audit.record(ctx.em, {
      networkId: visit.networkId,
      actorUserId: ctx.userId,
      action: 'finding.shared',
      targetType: 'visit',
      targetId: visit.id,
      data: { findings: shared.map((f) => f.id), replyDeadline: deadline.toISOString() },
      ip: ctx.ip,
    });
    await this.live.publish(ctx.em, { networkId: visit.networkId, topic: visitTopic(visit.id), kind: 'REFRESH', id: '' });
    await tellHostOfSharedFindings(this.notifications, this.mail, ctx.em, visit, shared.length, deadline);
    return (await ctx.em.findOneBy(Visit, { id: visit.id, networkId: visit.networkId }))!;
  }

  /** The lead finalises the shared findings (SHARED → FINAL): what the report is made of. */
  async finalise(ctx: RequestContext, input: FinaliseFindingsInput): Promise<Visit> {
    await this.access.inNetwork(ctx, 'visit.act');
    const { visit } = await this.visits.require(ctx, input.visitId, (s) => s.relations.has('lead'), true);
    if (!['HELD', 'REPORT_DRAFT'].includes(visit.status)) throw badUserInput([{ field: 'visitId', messages: visitTransitionMessage }]);
    const finalised = await finaliseSharedFindings(ctx.em, visit.networkId, visit.id);
    if (!finalised.length) {
      throw badUserInput([
        { field: 'visitId', messages: { nl: 'Er zijn geen gedeelde bevindingen om definitief te maken.', en: 'There are no shared findings to finalise.' } },
      ]);
    }
    await this.audit.record(ctx.em, {
      networkId: visit.networkId,
      actorUserId: ctx.userId,
      action: 'finding.finalised',
      targetType: 'visit',
      targetId: visit.id,
      data: { findings: finalised.map((f) => f.id) },
      ip: ctx.ip,
    });
    await this.live.publish(ctx.em, { networkId: visit.networkId, topic: visitTopic(visit.id), kind: 'REFRESH', id: '' });
    return visit;
  }

  /** The host decides whether the finding may be used, anonymised, in a harvest. */
  async setRelease(ctx: RequestContext, findingId: string, released: boolean): Promise<Finding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const { finding, rights } = await this.findings.require(ctx, findingId, (s) => s.relations.has('host'), true);
    if (!rights.release) throw badUserInput([{ field: 'findingId', messages: findingTransitionMessage }]);
    await setFindingReleased(ctx.em, finding.networkId, finding.id, released);
    await this.audit.record(ctx.em, {
      networkId: finding.networkId,
      actorUserId: ctx.userId,
      action: released ? 'finding.released' : 'finding.withheld',
      targetType: 'finding',
      targetId: finding.id,
      ip: ctx.ip,
    });
    return this.changed(ctx, finding, finding.releasedForHarvest !== released);
  }

  /**
   * Tells the screens on a visit's board that a finding changed: sent when the transaction
   * commits. The event carries the facts each subscriber's rule needs (findingEventFor); every
   * subscriber is told only what its role may learn of this finding, often nothing.
   */
  async publish(em: EntityManager, finding: Finding, change: FindingChangeKind, countsChanged: boolean): Promise<void> {
    const facts: FindingEventFactsPayload = { change, authorId: finding.authorId, status: finding.status, released: finding.releasedForHarvest, countsChanged };
    await this.live.publish(em, { networkId: finding.networkId, topic: visitTopic(finding.visitId), kind: change, id: finding.id, facts: { ...facts } });
  }

  private async stepOne(ctx: RequestContext, finding: Finding, version: number, from: FindingStatus, to: 'SUBMITTED'): Promise<void> {
    await updateVersioned(
      ctx.em,
      Finding,
      { id: finding.id, networkId: finding.networkId },
      version,
      { status: to, updatedAt: SQL_CLOCK },
      { when: { status: from }, onConflict: findingConflict },
    );
    await this.audit.record(ctx.em, {
      networkId: finding.networkId,
      actorUserId: ctx.userId,
      action: stepAuditAction('finding', to),
      targetType: 'finding',
      targetId: finding.id,
      data: { from, to },
      ip: ctx.ip,
    });
  }

  private async changed(ctx: RequestContext, finding: Finding, countsChanged: boolean): Promise<Finding> {
    const fresh = (await ctx.em.findOneBy(Finding, { id: finding.id, networkId: finding.networkId }))!;
    await this.publish(ctx.em, fresh, 'UPDATED', countsChanged);
    return fresh;
  }
}
