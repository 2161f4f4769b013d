import { Injectable } from '@nestjs/common';
import { AuditService, badUserInput, type RequestContext } from '@kijkje/api/core';
import { publicServing, withdrawalProblem, type PublicServing } from '@kijkje/domain';
import type { WithdrawHarvestInput } from './dto/harvest.inputs';
import { publicationFacts, publicRow, storeServing, withdrawalsOf } from './harvest-public-state';
import { HarvestVersion } from './harvest-version.entity';
import type { Harvest } from './harvest.entity';
import { HarvestVersionsService } from './harvest-versions.service';
import { HarvestsService } from './harvests.service';

/** What /oogst/<slug> answers: the version it serves, the version that was withdrawn, or nothing. */
export type PublicAnswer = { state: 'PUBLIC'; version: HarvestVersion } | { state: 'WITHDRAWN'; harvestId: string; number: number } | null;

/** A published harvest under the coordinator's control: what the public sees of it, and taking that down. */
@Injectable()
export class HarvestPublicationService {
  constructor(
    private readonly harvests: HarvestsService,
    private readonly versions: HarvestVersionsService,
    private readonly audit: AuditService,
  ) {}

  /** What the public is served of this harvest now (the coordinator's editor shows it). */
  async servingOf(ctx: RequestContext, harvest: Harvest): Promise<PublicServing> {
    const [versions, withdrawals] = await Promise.all([this.versions.versionsOf(ctx, harvest), withdrawalsOf(ctx, harvest)]);
    const withdrawn = new Map(withdrawals.map((w) => [w.number, w.withdrawnAt]));
    return publicServing(
      versions.map((v) => ({ number: v.number, visibility: v.visibility, publishedAt: v.publishedAt, withdrawnAt: withdrawn.get(v.number) ?? null })),
    );
  }

  /**
   * Takes the public version down: the page and its files answer 410 from now on, until a newer
   * version is published. The coordinator names the version they saw and gives a reason; the
   * version itself stays as it was, readable in the network.
   */
  async withdraw(ctx: RequestContext, input: WithdrawHarvestInput): Promise<Harvest> {
    const harvest = await this.harvests.get(ctx, input.harvestId, true);
    const problem = withdrawalProblem(publicServing(await publicationFacts(ctx, harvest.networkId, harvest.id)), input.number);
    if (problem) throw badUserInput([{ field: 'number', messages: problem }]);
    await ctx.em.query(`INSERT INTO harvest_withdrawal (network_id, harvest_id, number, reason, withdrawn_by) VALUES ($1, $2, $3, $4, $5)`, [
      harvest.networkId,
      harvest.id,
      input.number,
      input.reason,
      ctx.userId,
    ]);
    await storeServing(ctx, harvest);
    await this.audit.record(ctx.em, {
      networkId: harvest.networkId,
      actorUserId: ctx.userId,
      action: 'harvest.withdrawn',
      targetType: 'harvest',
      targetId: harvest.id,
      data: { number: input.number, reason: input.reason },
      ip: ctx.ip,
    });
    return harvest;
  }

  /** What /oogst/<slug> answers, for anyone, signed in or not. */
  async publicAnswer(ctx: RequestContext, slug: string): Promise<PublicAnswer> {
    const row = await publicRow(ctx, slug);
    if (!row) return null;
    if (row.state === 'WITHDRAWN') return { state: 'WITHDRAWN', harvestId: row.harvestId, number: row.number };
    const version = await ctx.em.findOneBy(HarvestVersion, { networkId: row.networkId, harvestId: row.harvestId, number: row.number });
    return version ? { state: 'PUBLIC', version } : null;
  }
}
