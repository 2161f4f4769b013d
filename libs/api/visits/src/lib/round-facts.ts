import type { RequestContext } from '@kijkje/api/core';
import { Programme } from '@kijkje/api/programmes';
import { Round } from '@kijkje/api/rounds';
import type { OrganisationPair } from '@kijkje/domain';
import type { Visit } from './visit.entity';

export interface RoundFacts {
  round: Round;
  programme: Programme;
  /** The organisations of the round, the host's included. */
  organisationIds: string[];
  /** Conflicts declared in the applications of the round's organisations. */
  conflicts: OrganisationPair[];
}

/** What the team and preparation rules need to know about a visit's round, once per request. */
export function roundFacts(ctx: RequestContext, visit: Visit): Promise<RoundFacts> {
  const cache = ctx.loader('visit:roundFacts', () => new Map<string, Promise<RoundFacts>>());
  let facts = cache.get(visit.roundId);
  if (!facts) {
    facts = load(ctx, visit);
    cache.set(visit.roundId, facts);
  }
  return facts;
}

async function load(ctx: RequestContext, visit: Visit): Promise<RoundFacts> {
  const round = (await ctx.em.findOneBy(Round, { id: visit.roundId, networkId: visit.networkId }))!;
  const programme = (await ctx.em.findOneBy(Programme, { id: round.programmeId, networkId: visit.networkId }))!;
  const members: { organisationId: string; conflicts: { organisationId: string | null }[] }[] = await ctx.em.query(
    `SELECT a.organisation_id AS "organisationId", a.conflicts FROM round_member m
       JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
      WHERE m.network_id = $1 AND m.round_id = $2`,
    [visit.networkId, visit.roundId],
  );
  const conflicts = members.flatMap((m) => m.conflicts.filter((c) => c.organisationId).map((c) => [m.organisationId, c.organisationId!] as const));
  return { round, programme, organisationIds: members.map((m) => m.organisationId), conflicts };
}
