import { Injectable } from '@nestjs/common';
import { AccessService, type RequestContext } from '@kijkje/api/core';
import { dutchToday, stepNotYours, visitRights, type VisitRelation, type VisitRights } from '@kijkje/domain';
import DataLoader from 'dataloader';
import { Programme } from '@kijkje/api/programmes';
import { Round } from '@kijkje/api/rounds';
import { ROUND_MEMBERS, primeRoundFacts, type RoundMemberRow } from './round-facts';
import { Visit } from './visit.entity';

export interface VisitStanding {
  visit: Visit;
  relations: Set<VisitRelation>;
  rights: VisitRights;
}

/** What decides a member's relations to a visit, beyond being in its network. */
export interface RelationFacts {
  coordinator: boolean;
  host: boolean;
  roundMember: boolean;
  reviewer: boolean;
  lead: boolean;
}

/** A member's relations to a visit of their network, from the facts (VisitAccess and the compiled reads). */
export function visitRelationsOf(facts: RelationFacts): Set<VisitRelation> {
  const relations = new Set<VisitRelation>(['networkMember']);
  for (const relation of ['coordinator', 'host', 'roundMember', 'reviewer', 'lead'] as const) if (facts[relation]) relations.add(relation);
  return relations;
}

/** Whether the caller's organisation `own` is in the round of visit `v`, as SQL. */
export const IN_ROUND_OF_VISIT = (v: string, own: string): string =>
  `EXISTS (SELECT 1 FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
            WHERE m.network_id = ${v}.network_id AND m.round_id = ${v}.round_id AND a.organisation_id = ${own})`;

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
            `SELECT v.id, ${IN_ROUND_OF_VISIT('v', '$2')} AS "roundMember",
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
    const m = ctx.membership;
    if (!m || !ctx.networkId || visit.networkId !== ctx.networkId) return new Set();
    const row = await this.loader(ctx).load(visit.id);
    return visitRelationsOf({
      coordinator: m.role === 'COORDINATOR',
      host: Boolean(m.organisationId && m.organisationId === visit.hostOrganisationId),
      roundMember: Boolean(row?.roundMember),
      reviewer: Boolean(row?.reviewer),
      lead: Boolean(row?.lead),
    });
  }

  async standing(ctx: RequestContext, visit: Visit): Promise<VisitStanding> {
    const relations = await this.relations(ctx, visit);
    return { visit, relations, rights: visitRights(relations, visit.status, { startsOn: visit.startsOn, today: dutchToday() }) };
  }

  /** Forget what this request knew, after it changed the team. */
  forget(ctx: RequestContext, visitId: string): void {
    this.loader(ctx).clear(visitId);
  }

  /**
   * The visit, if the caller may see at least its overview and `allowed` holds; otherwise a
   * not-found (audited). `lock` takes the row for the rest of the transaction.
   */
  async require(
    ctx: RequestContext,
    visitId: string,
    allowed: (s: VisitStanding) => boolean = (s) => s.rights.overview,
    lock = false,
    withRoundFacts = false,
  ): Promise<VisitStanding> {
    const networkId = await this.access.inNetwork(ctx, 'visit.read');
    // The visit and the caller's relations to it in one statement; the relations prime the loader.
    const qb = ctx.em
      .createQueryBuilder(Visit, 'v')
      .addSelect(IN_ROUND_OF_VISIT('v', ':org'), 'relation_round_member')
      .addSelect(`EXISTS (SELECT 1 FROM visit_reviewer r WHERE r.network_id = v.network_id AND r.visit_id = v.id AND r.user_id = :me)`, 'relation_reviewer')
      .addSelect(
        `EXISTS (SELECT 1 FROM visit_reviewer r WHERE r.network_id = v.network_id AND r.visit_id = v.id AND r.user_id = :me AND r.is_lead)`,
        'relation_lead',
      )
      .where('v.id = :visitId AND v.network_id = :networkId', { visitId, networkId, org: ctx.membership?.organisationId ?? null, me: ctx.userId });
    if (lock) qb.setLock('pessimistic_write');
    // What the round's rules need (roundFacts), in the same statement, for a step that will ask.
    else if (withRoundFacts)
      qb.innerJoinAndMapOne('v.factsRound', Round, 'fr', 'fr.id = v.round_id AND fr.network_id = v.network_id')
        .innerJoinAndMapOne('v.factsProgramme', Programme, 'fp', 'fp.id = fr.programme_id AND fp.network_id = fr.network_id')
        .addSelect(ROUND_MEMBERS('fr'), 'round_members');
    const { entities, raw } = await qb.getRawAndEntities<{
      relation_round_member: boolean;
      relation_reviewer: boolean;
      relation_lead: boolean;
      round_members?: RoundMemberRow[];
    }>();
    const { factsRound, factsProgramme, ...found } = (entities[0] ?? {}) as Visit & { factsRound?: Round; factsProgramme?: Programme };
    if (!entities[0]) return this.access.notVisible(ctx, 'visit', visitId);
    const visit = Object.assign(new Visit(), found);
    if (factsRound && factsProgramme) primeRoundFacts(ctx, factsRound, factsProgramme, raw[0].round_members ?? []);
    this.loader(ctx)
      .clear(visit.id)
      .prime(visit.id, { roundMember: raw[0].relation_round_member, reviewer: raw[0].relation_reviewer, lead: raw[0].relation_lead });
    const standing = await this.standing(ctx, visit);
    if (!standing.rights.overview) return this.access.notVisible(ctx, 'visit', visitId);
    // The caller sees this visit: a step that is not theirs is refused as such, not hidden.
    if (!allowed(standing)) return this.access.notAllowed(ctx, 'visit', visitId, stepNotYours.visit);
    return standing;
  }
}
