import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, badUserInput, idempotent, type RequestContext } from '@kijkje/api/core';
import { findingsClosedByFinalReport, findingsClosedByReport } from '@kijkje/domain';
import type { AddFindingCommentInput } from '../dto/finding.inputs';
import { FindingAccess } from '../finding-access.service';
import type { Finding } from '../finding.entity';
import { FindingsService } from '../findings.service';
import { commentsLoader } from './comments-loader';
import { FindingComment } from './finding-comment.entity';

/** The review team's discussion of a finding. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly findings: FindingAccess,
    private readonly findingsService: FindingsService,
  ) {}

  /** The discussion, for the team only; nobody else learns that there is one. */
  async forFinding(ctx: RequestContext, finding: Finding): Promise<FindingComment[]> {
    const { rights } = await this.findings.standing(ctx, finding);
    if (!rights.discuss) return [];
    return commentsLoader(ctx).load(finding.id);
  }

  async add(ctx: RequestContext, input: AddFindingCommentInput): Promise<FindingComment> {
    const networkId = await this.access.inNetwork(ctx, 'visit.act');
    const { finding, visit, rights } = await this.findings.require(ctx, input.findingId, (s) => s.relations.has('reviewer') || s.relations.has('lead'));
    if (!rights.discuss)
      throw badUserInput([{ field: 'findingId', messages: { nl: 'Over een concept praat alleen de schrijver.', en: 'Only the author discusses a draft.' } }]);
    if (findingsClosedByReport(visit.visit.status)) throw badUserInput([{ field: 'findingId', messages: findingsClosedByFinalReport }]);
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'addFindingComment', key: input.idempotencyKey },
      async () => {
        const comment = await ctx.em.save(ctx.em.create(FindingComment, { networkId, findingId: finding.id, authorId: ctx.userId!, text: input.text }));
        await this.audit.record(ctx.em, {
          networkId,
          actorUserId: ctx.userId,
          action: 'finding.commented',
          targetType: 'finding',
          targetId: finding.id,
          ip: ctx.ip,
        });
        await this.findingsService.publish(ctx.em, finding, 'COMMENTED', false);
        return (await ctx.em.findOneBy(FindingComment, { id: comment.id, networkId }))!;
      },
      (id) => ctx.em.findOneBy(FindingComment, { id, networkId }),
    );
  }
}
