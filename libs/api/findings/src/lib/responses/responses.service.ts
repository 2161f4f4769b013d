import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, NotificationService, SQL_CLOCK, badUserInput, updateVersioned, type RequestContext } from '@kijkje/api/core';
import { VisitReviewer } from '@kijkje/api/visits';
import {
  findingTransitionMessage,
  findingsClosedByReport,
  replyPeriodClosed,
  replyPeriodOpen,
  repliesClosedByFinalReport,
  responseNeedsText,
  responseTextRequired,
  type VisitStatus,
} from '@kijkje/domain';
import type { ReplyToFindingInput } from '../dto/finding.inputs';
import { FindingAccess } from '../finding-access.service';
import { Finding } from '../finding.entity';
import { FindingsService } from '../findings.service';
import { HostResponse } from './host-response.entity';
import { responseLoader } from './response-loader';

/** Hoor en wederhoor: the host's reply to each shared finding, within the reply period. */
@Injectable()
export class ResponsesService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly findings: FindingAccess,
    private readonly findingsService: FindingsService,
    private readonly notifications: NotificationService,
  ) {}

  /** The reply, for whoever may read the finding's content. */
  async forFinding(ctx: RequestContext, finding: Finding): Promise<HostResponse | null> {
    const { rights } = await this.findings.standing(ctx, finding);
    if (rights.read !== 'content') return null;
    return responseLoader(ctx).load(finding.id);
  }

  /** Creates or changes the host's reply; a stale version of the reply gives CONFLICT. */
  async reply(ctx: RequestContext, input: ReplyToFindingInput): Promise<Finding> {
    await this.access.inNetwork(ctx, 'visit.act');
    const { finding, visit, rights } = await this.findings.require(ctx, input.findingId, (s) => s.relations.has('host'), true);
    if (!rights.reply) throw badUserInput([{ field: 'findingId', messages: findingTransitionMessage }]);
    // The visit's status as committed now (FOR SHARE waits for a finalisation under way), not as loaded before.
    const [current] = await ctx.em.query(`SELECT status FROM visit WHERE id = $1 AND network_id = $2 FOR SHARE`, [visit.visit.id, finding.networkId]);
    if (findingsClosedByReport(current.status as VisitStatus)) throw badUserInput([{ field: 'findingId', messages: repliesClosedByFinalReport }]);
    if (!replyPeriodOpen(visit.visit.replyDeadline, new Date())) throw badUserInput([{ field: 'findingId', messages: replyPeriodClosed }]);
    const text = input.text?.trim() ?? '';
    if (responseNeedsText(input.kind) && !text) throw badUserInput([{ field: 'text', messages: responseTextRequired }]);
    const existing = await ctx.em.findOneBy(HostResponse, { networkId: finding.networkId, findingId: finding.id });
    if (existing) {
      await updateVersioned(
        ctx.em,
        HostResponse,
        { networkId: finding.networkId, findingId: finding.id },
        input.version ?? 0,
        { kind: input.kind, text, respondedBy: ctx.userId!, updatedAt: SQL_CLOCK },
        { currentVersion: existing.version },
      );
    } else {
      // A first reply; two at once meet at the primary key, and the second gets CONFLICT.
      await ctx.em.insert(HostResponse, { networkId: finding.networkId, findingId: finding.id, kind: input.kind, text, respondedBy: ctx.userId! });
      // The lead hears of a first reply (changes to it are on the board, not in their mail).
      const leads = await ctx.em.findBy(VisitReviewer, { networkId: finding.networkId, visitId: visit.visit.id, isLead: true });
      const subject = { type: 'visit' as const, id: visit.visit.id };
      await this.notifications.notify(ctx.em, { networkId: finding.networkId, kind: 'REPLY_RECEIVED', subject, recipients: leads.map((l) => l.userId) });
    }
    await this.audit.record(ctx.em, {
      networkId: finding.networkId,
      actorUserId: ctx.userId,
      action: 'finding.replied',
      targetType: 'finding',
      targetId: finding.id,
      data: { kind: input.kind },
      ip: ctx.ip,
    });
    await this.findingsService.publish(ctx.em, finding, 'RESPONDED', false);
    return finding;
  }
}
