import { Injectable } from '@nestjs/common';
import { AccessService, byIdLoader, type RequestContext } from '@kijkje/api/core';
import { Visit, VisitAccess, type VisitStanding } from '@kijkje/api/visits';
import { findingRights, readableStatuses, stepNotYours, type FindingRights, type VisitRelation } from '@kijkje/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { Finding } from './finding.entity';

export interface FindingStanding {
  finding: Finding;
  visit: VisitStanding;
  relations: Set<VisitRelation>;
  rights: FindingRights;
}

/** How the caller stands to a finding: the visit's relations plus authorship, through findingRights. */
@Injectable()
export class FindingAccess {
  constructor(
    private readonly access: AccessService,
    private readonly visits: VisitAccess,
  ) {}

  async standing(ctx: RequestContext, finding: Finding): Promise<FindingStanding> {
    const visit = (await byIdLoader(ctx, Visit).load(finding.visitId))!;
    const standing = await this.visits.standing(ctx, visit);
    const relations = new Set(standing.relations);
    if (finding.authorId === ctx.userId) relations.add('author');
    return { finding, visit: standing, relations, rights: findingRights(relations, finding.status, finding.releasedForHarvest) };
  }

  /**
   * The finding, when the caller may read its content and `allowed` holds; anything else reads as
   * not found (audited). `lock` takes the row for the rest of the transaction.
   */
  async require(ctx: RequestContext, id: string, allowed: (s: FindingStanding) => boolean = () => true, lock = false): Promise<FindingStanding> {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    const finding = await ctx.em.findOne(Finding, { where: { id, networkId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!finding) return this.access.notVisible(ctx, 'finding', id);
    const standing = await this.standing(ctx, finding);
    if (standing.rights.read !== 'content') return this.access.notVisible(ctx, 'finding', id);
    // The caller reads this finding: a step that is not theirs is refused as such, not hidden.
    if (!allowed(standing)) return this.access.notAllowed(ctx, 'finding', id, stepNotYours.finding);
    return standing;
  }

  /** Limits a query on finding `f` to what these visit relations may read (the policy as SQL). */
  restrict(qb: SelectQueryBuilder<Finding>, relations: Iterable<VisitRelation>, userId: string | null): SelectQueryBuilder<Finding> {
    const rules = readableStatuses([...relations].filter((r) => r !== 'author'));
    if (!rules.length) return qb.andWhere('false');
    const clauses = rules.map((rule, i) => {
      const parts = [`f.status = :s${i}`];
      if (rule.onlyReleased) parts.push('f.released_for_harvest');
      if (rule.onlyOwn) parts.push(`f.author_id = :me`);
      return `(${parts.join(' AND ')})`;
    });
    const params = Object.fromEntries(rules.map((rule, i) => [`s${i}`, rule.status]));
    return qb.andWhere(`(${clauses.join(' OR ')})`, { ...params, me: userId });
  }
}
