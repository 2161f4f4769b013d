import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Organisation, organisationLoader } from '@kijkje/api/networks';
import { Application, Programme } from '@kijkje/api/programmes';
import { AcceptSuggestedGroupingInput, CreateRoundInput, PlaceApplicationInput, StartRoundInput } from './dto/round.inputs';
import { GroupingSuggestionView, RoundFlagView } from './grouping.views';
import { Round } from './round.entity';
import { RoundsService } from './rounds.service';

const explain = (code: string, text: { nl: string; en: string }) => ({ code, ...text });

@Resolver(() => Round)
export class RoundsResolver {
  constructor(private readonly service: RoundsService) {}

  @Query(() => GroupingSuggestionView, { description: 'Coordinator: a suggested grouping of the accepted applications into rounds of 4–5, explained.' })
  async suggestedGrouping(
    @Ctx() ctx: RequestContext,
    @Args('programmeId', { type: () => ID }, uuidArg('programmeId')) programmeId: string,
  ): Promise<GroupingSuggestionView> {
    const { facts, suggestion, fingerprint } = await this.service.suggestion(ctx, programmeId);
    const org = (id: string) => facts.organisations.get(id)!;
    return {
      rounds: suggestion.rounds.map((r) => ({
        number: r.round,
        organisations: r.organisationIds.map(org),
        reasons: r.reasons.map((reason) => explain(reason.code, reason.text)),
        givenUp: suggestion.givenUp.filter((g) => g.round === r.round).map((g) => explain(g.rule, g.text)),
      })),
      unplaced: suggestion.unplaced.map((u) => ({ organisation: org(u.organisationId), reason: explain(u.reason.code, u.reason.text) })),
      fingerprint,
    };
  }

  @Query(() => Round, { description: 'A round: for the coordinator and the municipalities in it.' })
  round(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string, @Info() info: GraphQLResolveInfo): Promise<Round> {
    return this.service.read(ctx, id, info);
  }

  @Mutation(() => Round)
  createRound(@Ctx() ctx: RequestContext, @Args('input') input: CreateRoundInput): Promise<Round> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Application, { description: 'Coordinator: places an accepted application in a composing round, moves it, or takes it out.' })
  placeApplication(@Ctx() ctx: RequestContext, @Args('input') input: PlaceApplicationInput): Promise<Application> {
    return this.service.place(ctx, input);
  }

  @Mutation(() => [Round], { description: 'Coordinator: replaces the composing rounds by the suggested grouping they saw (its fingerprint), as a whole.' })
  acceptSuggestedGrouping(@Ctx() ctx: RequestContext, @Args('input') input: AcceptSuggestedGroupingInput): Promise<Round[]> {
    return this.service.acceptSuggestion(ctx, input);
  }

  @Mutation(() => Round, { description: 'Coordinator: COMPOSING → PREPARING, only with 4 or 5 organisations and no unresolved conflict.' })
  startRound(@Ctx() ctx: RequestContext, @Args('input') input: StartRoundInput): Promise<Round> {
    return this.service.start(ctx, input);
  }

  @ResolveField(() => [Organisation])
  organisations(@Parent() round: Round, @Ctx() ctx: RequestContext): Promise<Organisation[]> {
    return this.service.members(ctx, round);
  }

  @ResolveField(() => [RoundFlagView], {
    description: 'Live composition flags: declared conflicts and earlier pairings. For the coordinator only; empty for anyone else.',
  })
  async flags(@Parent() round: Round, @Ctx() ctx: RequestContext): Promise<RoundFlagView[]> {
    const flags = await this.service.flags(ctx, round);
    const load = organisationLoader(ctx);
    return Promise.all(flags.map(async (f) => ({ kind: f.kind, organisations: (await load.loadMany([f.a, f.b])) as Organisation[] })));
  }
}

@Resolver(() => Programme)
export class ProgrammeRoundsResolver {
  constructor(private readonly service: RoundsService) {}

  @ResolveField(() => [Round])
  rounds(@Parent() programme: Programme, @Ctx() ctx: RequestContext): Promise<Round[]> {
    return this.service.forProgramme(ctx, programme.id);
  }
}
