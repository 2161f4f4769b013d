import { Inject, Injectable } from '@nestjs/common';
import { processingOverview, retentionLastDay, retentionYearsProblem, type ProcessingActivity } from '@kijkje/domain';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { badUserInput } from '../errors/app-error';
import type { RequestContext } from '../graphql/request-context';
import { JOB_RETENTION_DAYS } from '../maintenance/purge.service';
import { AccessService } from '../tenancy/access.service';
import { Network } from '../tenancy/network.entity';
import { programmeRetentionFacts, setRetentionYears } from './retention.queries';
import type { ProgrammeRetentionView } from './retention.views';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The network's retention of visit material and its processing overview (coordinators). */
@Injectable()
export class RetentionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async setRetention(ctx: RequestContext, years: number): Promise<Network> {
    const networkId = await this.access.inNetwork(ctx, 'privacy.manage');
    const problem = retentionYearsProblem(years);
    if (problem) throw badUserInput([{ field: 'years', messages: problem }]);
    const before = await ctx.em.findOneByOrFail(Network, { id: networkId });
    await setRetentionYears(ctx.em, networkId, years);
    await this.audit.record(ctx.em, {
      networkId,
      actorUserId: ctx.userId,
      action: 'network.retention_set',
      targetType: 'network',
      targetId: networkId,
      data: { from: before.retentionYears, to: years },
      ip: ctx.ip,
    });
    return ctx.em.findOneByOrFail(Network, { id: networkId });
  }

  /** The overview with the network's retention and the platform's fixed terms filled in. */
  async overview(ctx: RequestContext): Promise<{ retentionYears: number; activities: ProcessingActivity[] }> {
    const networkId = await this.access.inNetwork(ctx, 'privacy.manage');
    const network = await ctx.em.findOneByOrFail(Network, { id: networkId });
    const activities = processingOverview({
      retentionYears: network.retentionYears,
      sessionIdleMinutes: this.config.session.idleMinutes,
      sessionAbsoluteHours: this.config.session.absoluteHours,
      mailOutboxDays: JOB_RETENTION_DAYS,
    });
    return { retentionYears: network.retentionYears, activities };
  }

  /** Until when a closed programme's material is kept, or when it was removed; null while the programme is not closed. */
  async programmeRetention(ctx: RequestContext, programmeId: string): Promise<ProgrammeRetentionView | null> {
    const networkId = await this.access.inNetwork(ctx, 'programme.list');
    const facts = UUID.test(programmeId) ? await programmeRetentionFacts(ctx.em, networkId, programmeId) : null;
    if (!facts) return this.access.notVisible(ctx, 'programme', programmeId);
    if (facts.status !== 'CLOSED' || !facts.closedAt) return null;
    return {
      closedAt: facts.closedAt,
      retentionYears: facts.retentionYears,
      keptUntil: retentionLastDay(facts.closedAt, facts.retentionYears),
      removedAt: facts.removedAt,
    };
  }
}
