import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, MessageView, uuidArg, type RequestContext } from '@kijkje/api/core';
import { Programme } from '@kijkje/api/programmes';
import { AddQuoteInput, CreateHarvestInput, HarvestStepInput, QuoteRefInput, UpdateHarvestInput, UpdateQuoteInput } from './dto/harvest.inputs';
import { harvestScope } from './harvest-facts';
import { countsView, patternView, versionView } from './harvest-views.mapper';
import { HarvestCountsView, HarvestPatternView, HarvestQuoteView, HarvestVersionView, QuoteCandidateView } from './harvest.views';
import { flagView } from './harvest-words.resolver';
import { Harvest } from './harvest.entity';
import { HarvestPublicationService } from './harvest-publication.service';
import { servedNumbers, withdrawalsOf } from './harvest-public-state';
import { HarvestVersionsService } from './harvest-versions.service';
import { HarvestsService } from './harvests.service';

@ObjectType()
export class HarvestVersionSummary {
  @Field(() => Int) number!: number;
  @Field() publishedAt!: Date;
  @Field() visibility!: string;
  @Field(() => Date, { nullable: true, description: 'When a coordinator withdrew this version from the public.' }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' }) withdrawalReason!: string | null;
}

@Resolver(() => Harvest)
export class HarvestsResolver {
  constructor(
    private readonly service: HarvestsService,
    private readonly publication: HarvestPublicationService,
    private readonly published: HarvestVersionsService,
  ) {}

  @Query(() => [Harvest], { description: 'Coordinator: the harvest drafts of the network (of one programme when given).' })
  harvests(
    @Ctx() ctx: RequestContext,
    @Args('programmeId', { type: () => ID, nullable: true }, uuidArg('programmeId', { optional: true })) programmeId?: string,
  ): Promise<Harvest[]> {
    return this.service.list(ctx, programmeId);
  }

  @Query(() => Harvest, { description: 'Coordinator: one harvest draft.' })
  harvest(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, uuidArg('id')) id: string): Promise<Harvest> {
    return this.service.get(ctx, id);
  }

  @Query(() => [HarvestVersionView], { description: 'The published harvests of the network (of one programme, when given): every version, newest first.' })
  async publishedHarvests(
    @Ctx() ctx: RequestContext,
    @Args('programmeId', { type: () => ID, nullable: true }, uuidArg('programmeId', { optional: true })) programmeId?: string,
  ): Promise<HarvestVersionView[]> {
    const versions = await this.published.publishedVersions(ctx, programmeId);
    const served = await servedNumbers(ctx, ctx.networkId!);
    return versions.map((v) => versionView(v, served.get(v.harvestId) === v.number));
  }

  @Query(() => HarvestVersionView, { description: 'One published version (the latest when no number is given).' })
  async harvestVersion(
    @Ctx() ctx: RequestContext,
    @Args('harvestId', { type: () => ID }, uuidArg('harvestId')) harvestId: string,
    @Args('number', { type: () => Int, nullable: true }) number?: number,
  ): Promise<HarvestVersionView> {
    const version = await this.published.publishedVersion(ctx, harvestId, number);
    return versionView(version, (await servedNumbers(ctx, version.networkId, [version.harvestId])).get(version.harvestId) === version.number);
  }

  @Query(() => HarvestVersionView, {
    nullable: true,
    description:
      'What /oogst/<slug> shows: the newest version while it is PUBLIC; null for anything else (unknown, network only, withdrawn), without signing in.',
  })
  async publicHarvest(@Ctx() ctx: RequestContext, @Args('slug') slug: string): Promise<HarvestVersionView | null> {
    if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
    const answer = await this.publication.publicAnswer(ctx, slug);
    return answer?.state === 'PUBLIC' ? versionView(answer.version, true) : null;
  }

  @Mutation(() => Harvest, { description: 'Coordinator: a new harvest draft for a programme (or some of its rounds). Idempotent by key.' })
  createHarvest(@Ctx() ctx: RequestContext, @Args('input') input: CreateHarvestInput): Promise<Harvest> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Harvest, { description: 'Coordinator: title, narrative, visibility or rounds; a stale version gives CONFLICT.' })
  updateHarvest(@Ctx() ctx: RequestContext, @Args('input') input: UpdateHarvestInput): Promise<Harvest> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Harvest, { description: 'Coordinator: quotes a released finding, anonymised.' })
  addHarvestQuote(@Ctx() ctx: RequestContext, @Args('input') input: AddQuoteInput): Promise<Harvest> {
    return this.service.addQuote(ctx, input);
  }

  @Mutation(() => Harvest, { description: 'Coordinator: edits a quote’s anonymised text.' })
  updateHarvestQuote(@Ctx() ctx: RequestContext, @Args('input') input: UpdateQuoteInput): Promise<Harvest> {
    return this.service.updateQuote(ctx, input);
  }

  @Mutation(() => Harvest)
  removeHarvestQuote(@Ctx() ctx: RequestContext, @Args('input') input: QuoteRefInput): Promise<Harvest> {
    return this.service.removeQuote(ctx, input);
  }

  @Mutation(() => HarvestVersionView, { description: 'Coordinator: freezes the draft as the next numbered, immutable version.' })
  async publishHarvest(@Ctx() ctx: RequestContext, @Args('input') input: HarvestStepInput): Promise<HarvestVersionView> {
    const version = await this.service.publish(ctx, input);
    return versionView(version, (await servedNumbers(ctx, version.networkId, [version.harvestId])).get(version.harvestId) === version.number);
  }

  @ResolveField(() => Programme)
  async programme(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<Programme> {
    return (await harvestScope(ctx, harvest)).programme;
  }

  @ResolveField(() => String, { description: 'DRAFT (never published) or PUBLISHED (at least one version).' })
  async status(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.published.versionsOf(ctx, harvest)).length ? 'PUBLISHED' : 'DRAFT';
  }

  @ResolveField(() => HarvestCountsView, { description: 'Tellen, as the draft would publish them now.' })
  async counts(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestCountsView> {
    const { counts, roundLabels } = await this.service.labelledCounts(ctx, harvest);
    return countsView(counts, roundLabels);
  }

  @ResolveField(() => [HarvestPatternView], { description: 'Patronen, as the draft would publish them now.' })
  async patterns(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestPatternView[]> {
    return (await this.service.patterns(ctx, harvest)).map((p) => patternView(p));
  }

  @ResolveField(() => [HarvestQuoteView], { description: 'Vertellen: the chosen quotes.' })
  async quotes(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestQuoteView[]> {
    return (await this.service.quoteDetails(ctx, harvest)).map((q) => ({
      findingId: q.findingId,
      text: q.text,
      theme: q.finding?.theme ?? null,
      kind: q.finding?.kind ?? null,
      consent: q.finding?.consent ?? null,
      remainingNames: q.remainingNames,
      flags: q.flags.map((f) => flagView(q.text, f)),
      kept: q.kept ?? [],
    }));
  }

  @ResolveField(() => [QuoteCandidateView], { description: 'Released findings that could still be quoted, with an anonymised preview.' })
  async candidates(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<QuoteCandidateView[]> {
    return (await this.service.candidates(ctx, harvest)).map((c) => ({
      findingId: c.id,
      theme: c.theme,
      kind: c.kind,
      consent: c.consent,
      preview: c.preview,
    }));
  }

  @ResolveField(() => [MessageView], { description: 'What stands between the draft and publication.' })
  async problems(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<MessageView[]> {
    return (await this.service.problems(ctx, harvest)).map((p) => p.text);
  }

  @ResolveField(() => [HarvestVersionSummary])
  async versions(@Parent() harvest: Harvest, @Ctx() ctx: RequestContext): Promise<HarvestVersionSummary[]> {
    const [versions, withdrawals] = await Promise.all([this.published.versionsOf(ctx, harvest), withdrawalsOf(ctx, harvest)]);
    const withdrawn = new Map(withdrawals.map((w) => [w.number, w]));
    return versions.map((v) => ({
      number: v.number,
      publishedAt: v.publishedAt,
      visibility: v.visibility,
      withdrawnAt: withdrawn.get(v.number)?.withdrawnAt ?? null,
      withdrawalReason: withdrawn.get(v.number)?.reason ?? null,
    }));
  }
}
