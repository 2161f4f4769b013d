import { Injectable } from '@nestjs/common';
import { AccessService, type RequestContext } from '@kijkje/api/core';
import { stepNotYours, visitRights, type VisitRelation, type VisitRights } from '@kijkje/domain';
import DataLoader from 'dataloader';
import { Visit } from './visit.entity';

export interface VisitStanding {
  visit: Visit;
  relations: Set<VisitRelation>;
  rights: VisitRights;
}

interface Row {
  id: string;
  roundMember: boolean;
  reviewer: boolean;
  lead: boolean;
}

/**
 * How the caller stands to visits (host, reviewer, lead, round member, coordinator), batched per
 * request, and the rights that follow from libs/domain. A visit the caller may not see reads as
 * not found.
 */
@Injectable()
export class VisitAccess {
  constructor(private readonly access: AccessService) {}

  private loader(ctx: RequestContext): DataLoader<string, Omit<Row, 'id'> | null> {
    return ctx.loader(
      'visit:standing',
      () =>
        new DataLoader<string, Omit<Row, 'id'> | null>(async (ids) => {
          const rows: Row[] = await ctx.em.query(
            `SELECT v.id,
                  EXISTS (SELECT 1 FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
                           WHERE m.network_id = v.network_id AND m.round_id = v.round_id AND a.organisation_id = $2) AS "roundMember",
                  r.user_id IS NOT NULL AS reviewer, coalesce(r.is_lead, false) AS lead
             FROM visit v LEFT JOIN visit_reviewer r ON r.network_id = v.network_id AND r.visit_id = v.id AND r.user_id = $1
            WHERE v.network_id = $3 AND v.id = ANY($4)`,
            [ctx.userId, ctx.membership?.organisationId ?? null, ctx.networkId, [...ids]],
          );
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** The caller's relations to a visit (empty when it is not theirs to know). */
  async relations(ctx: RequestContext, visit: Visit): Promise<Set<VisitRelation>> {
    const relations = new Set<VisitRelation>();
    const m = ctx.membership;
    if (!m || !ctx.networkId || visit.networkId !== ctx.networkId) return relations;
    relations.add('networkMember');
    if (m.role === 'COORDINATOR') relations.add('coordinator');
    if (m.organisationId && m.organisationId === visit.hostOrganisationId) relations.add('host');
    const row = await this.loader(ctx).load(visit.id);
    if (row?.roundMember) relations.add('roundMember');
    if (row?.reviewer) relations.add('reviewer');
    if (row?.lead) relations.add('lead');
    return relations;
  }

  async standing(ctx: RequestContext, visit: Visit): Promise<VisitStanding> {
    const relations = await this.relations(ctx, visit);
    return { visit, relations, rights: visitRights(relations, visit.status) };
  }

  /** Forget what this request knew, after it changed the team. */
  forget(ctx: RequestContext, visitId: string): void {
    this.loader(ctx).clear(visitId);
  }

  /**
   * The visit, if the caller may see at least its overview and `allowed` holds; otherwise a
   * not-found (audited). `lock` takes the row for the rest of the transaction.
   */
  async require(ctx: RequestContext, visitId: string, allowed: (s: VisitStanding) => boolean = (s) => s.rights.overview, lock = false): Promise<VisitStanding> {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    const visit = await ctx.em.findOne(Visit, { where: { id: visitId, networkId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!visit) return this.access.notVisible(ctx, 'visit', visitId);
    const standing = await this.standing(ctx, visit);
    if (!standing.rights.overview) return this.access.notVisible(ctx, 'visit', visitId);
    // The caller sees this visit: a step that is not theirs is refused as such, not hidden.
    if (!allowed(standing)) return this.access.notAllowed(ctx, 'visit', visitId, stepNotYours.visit);
    return standing;
  }
}
