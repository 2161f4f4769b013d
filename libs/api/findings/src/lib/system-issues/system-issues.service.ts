import { Injectable } from '@nestjs/common';
import { AccessService, AuditService, SQL_CLOCK, updateVersioned, type RequestContext } from '@kijkje/api/core';
import { canMarkSystemIssue } from '@kijkje/domain';
import type { MarkSystemIssueInput } from '../dto/finding.inputs';
import { FindingAccess } from '../finding-access.service';
import { findingConflict } from '../finding-conflict';
import { Finding } from '../finding.entity';
import { FindingsService } from '../findings.service';

/**
 * Signals for the national level: the review team marks a finding as a systeemsignaal (not the
 * municipality's own to solve: law, funding, national parties), or takes the mark off; the
 * harvest counts them. Who may mark is canMarkSystemIssue in libs/domain.
 */
@Injectable()
export class SystemIssuesService {
  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly findings: FindingAccess,
    private readonly findingsService: FindingsService,
  ) {}

  async mark(ctx: RequestContext, input: MarkSystemIssueInput): Promise<Finding> {
    await this.access.inNetwork(ctx, 'visit.act');
    // Whoever reads the finding but is not of the team is refused as such (FORBIDDEN), not hidden.
    const { finding } = await this.findings.require(ctx, input.findingId, (s) => canMarkSystemIssue(s.relations, s.finding.status), true);
    const key = { id: finding.id, networkId: finding.networkId };
    await updateVersioned(ctx.em, Finding, key, input.version, { systemIssue: input.category ?? null, updatedAt: SQL_CLOCK }, { onConflict: findingConflict });
    await this.audit.record(ctx.em, {
      networkId: finding.networkId,
      actorUserId: ctx.userId,
      action: input.category ? 'finding.system_issue_marked' : 'finding.system_issue_cleared',
      targetType: 'finding',
      targetId: finding.id,
      data: { category: input.category ?? null },
      ip: ctx.ip,
    });
    const fresh = (await ctx.em.findOneBy(Finding, key))!;
    await this.findingsService.publish(ctx.em, fresh, 'UPDATED', false);
    return fresh;
  }
}
