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

/** The applications of round `r`'s members (organisation and declared conflicts), as one JSON array. */
export const ROUND_MEMBERS = (r: string): string =>
  `(SELECT coalesce(json_agg(json_build_object('organisationId', a.organisation_id, 'conflicts', a.conflicts)), '[]'::json)
      FROM round_member m JOIN application a ON a.id = m.application_id AND a.network_id = m.network_id
     WHERE m.network_id = ${r}.network_id AND m.round_id = ${r}.id)`;

export type RoundMemberRow = { organisationId: string; conflicts: { organisationId: string | null }[] };

/** Keeps what a statement that read the visit already learnt of its round (VisitAccess.require). */
export function primeRoundFacts(ctx: RequestContext, round: Round, programme: Programme, members: RoundMemberRow[]): void {
  const conflicts = members.flatMap((m) => m.conflicts.filter((c) => c.organisationId).map((c) => [m.organisationId, c.organisationId!] as const));
  const facts: RoundFacts = { round, programme, organisationIds: members.map((m) => m.organisationId), conflicts };
  ctx.loader('visit:roundFacts', () => new Map<string, Promise<RoundFacts>>()).set(round.id, Promise.resolve(facts));
}

async function load(ctx: RequestContext, visit: Visit): Promise<RoundFacts> {
  // The round, its programme and its members' applications in one statement.
  const { entities, raw } = await ctx.em
    .createQueryBuilder(Round, 'r')
    .innerJoinAndMapOne('r.programme', Programme, 'p', 'p.id = r.programme_id AND p.network_id = r.network_id')
    .addSelect(ROUND_MEMBERS('r'), 'round_members')
    .where('r.id = :roundId AND r.network_id = :networkId', { roundId: visit.roundId, networkId: visit.networkId })
    .getRawAndEntities<{ round_members: RoundMemberRow[] }>();
  const { programme, ...round } = entities[0] as Round & { programme: Programme };
  primeRoundFacts(ctx, Object.assign(new Round(), round), programme, raw[0].round_members);
  return (await ctx.loader('visit:roundFacts', () => new Map<string, Promise<RoundFacts>>()).get(visit.roundId))!;
}
