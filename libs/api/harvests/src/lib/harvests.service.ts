import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
  NotificationService,
  SQL_CLOCK,
  badUserInput,
  expectVersion,
  idempotent,
  updateVersioned,
  type RequestContext,
  type VersionedChanges,
} from '@kijkje/api/core';
import { Programme } from '@kijkje/api/programmes';
import {
  anonymise,
  harvestSlug,
  SLUG_TOKEN_LENGTH,
  slugToken,
  type AuditAction,
  type FindingCounts,
  type FlaggedWord,
  type HarvestPattern,
  type HarvestPublishViolation,
  type HarvestVisibility,
} from '@kijkje/domain';
import type { AddQuoteInput, CreateHarvestInput, HarvestStepInput, QuoteRefInput, UpdateHarvestInput, UpdateQuoteInput } from './dto/harvest.inputs';
import type { HarvestContent } from './harvest-content';
import { markdownToPlainText } from '@kijkje/markdown';
import { HarvestCountsCache } from './harvest-counts-cache';
import { anonymisationNames, releasedFindings, type ReleasedFinding } from './harvest-facts';
import { harvestSnapshot } from './harvest-snapshot';
import { harvestPatterns, publishProblems, pseudonymsOf, quoteCandidates, quoteDetailsOf } from './harvest-reading';
import { storeServing } from './harvest-public-state';
import { HarvestVersion } from './harvest-version.entity';
import { HarvestVersionsService } from './harvest-versions.service';
import { Harvest, type StoredQuote } from './harvest.entity';
import { insertHarvestUnlessSlugTaken, networkPeople, roundsOfProgramme } from './harvests.queries';

const notReleased = {
  nl: 'Deze bevinding is niet door de gastgemeente vrijgegeven voor de oogst.',
  en: 'The host has not released this finding for the harvest.',
};

@Injectable()
export class HarvestsService {
  private readonly countsCache = new HarvestCountsCache();

  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly versions: HarvestVersionsService,
  ) {}

  /** The drafts of the network (coordinators only), newest first. */
  async list(ctx: RequestContext, programmeId?: string | null): Promise<Harvest[]> {
    const networkId = await this.access.inNetwork(ctx, 'harvest.manage');
    return ctx.em.find(Harvest, { where: { networkId, ...(programmeId ? { programmeId } : {}) }, order: { createdAt: 'DESC' } });
  }

  async get(ctx: RequestContext, id: string, lock = false): Promise<Harvest> {
    const networkId = await this.access.inNetwork(ctx, 'harvest.manage');
    const harvest = await ctx.em.findOne(Harvest, { where: { id, networkId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return harvest ?? this.access.notVisible(ctx, 'harvest', id);
  }

  async create(ctx: RequestContext, input: CreateHarvestInput): Promise<Harvest> {
    const networkId = await this.access.inNetwork(ctx, 'harvest.manage');
    const programme = await ctx.em.findOneBy(Programme, { id: input.programmeId, networkId });
    if (!programme) return this.access.notVisible(ctx, 'programme', input.programmeId);
    return idempotent(
      ctx.em,
      { networkId, userId: ctx.userId!, operation: 'createHarvest', key: input.idempotencyKey },
      async () => {
        await this.checkRounds(ctx, programme, input.roundIds ?? []);
        const harvest = await this.insertWithFreeSlug(ctx, {
          networkId,
          programmeId: programme.id,
          title: input.title,
          visibility: input.visibility,
          roundIds: input.roundIds ?? [],
          narrative: input.narrative ?? '',
          createdBy: ctx.userId,
        });
        await this.audit.record(ctx.em, {
          networkId,
          actorUserId: ctx.userId,
          action: 'harvest.created',
          targetType: 'harvest',
          targetId: harvest.id,
          ip: ctx.ip,
        });
        return harvest;
      },
      (id) => ctx.em.findOneBy(Harvest, { id, networkId }),
    );
  }

  /** Changes what is given; a field left out or null stays as it is. */
  async update(ctx: RequestContext, input: UpdateHarvestInput): Promise<Harvest> {
    const harvest = await this.get(ctx, input.id);
    if (input.roundIds) {
      const programme = (await ctx.em.findOneBy(Programme, { id: harvest.programmeId, networkId: harvest.networkId }))!;
      await this.checkRounds(ctx, programme, input.roundIds);
    }
    return this.versioned(ctx, harvest, input.version, 'harvest.updated', {
      ...(input.title != null ? { title: input.title } : {}),
      ...(input.narrative != null ? { narrative: input.narrative } : {}),
      ...(input.visibility != null ? { visibility: input.visibility } : {}),
      ...(input.roundIds != null ? { roundIds: input.roundIds } : {}),
    });
  }

  /** Chooses a released finding as a quote: its text, anonymised, with the harvest's own letters. */
  async addQuote(ctx: RequestContext, input: AddQuoteInput): Promise<Harvest> {
    const harvest = await this.get(ctx, input.harvestId, true);
    const finding = (await releasedFindings(ctx, harvest)).find((f) => f.id === input.findingId);
    if (!finding) throw badUserInput([{ field: 'findingId', messages: notReleased }]);
    if (harvest.quotes.some((q) => q.findingId === finding.id)) {
      throw badUserInput([{ field: 'findingId', messages: { nl: 'Dit citaat staat al in de oogst.', en: 'This quote is already in the harvest.' } }]);
    }
    const names = await anonymisationNames(ctx, harvest.networkId);
    const { text, pseudonyms } = anonymise(markdownToPlainText(finding.text), names, pseudonymsOf(harvest));
    return this.versioned(ctx, harvest, input.version, 'harvest.quote_added', {
      quotes: [...harvest.quotes, { findingId: finding.id, text }],
      pseudonyms,
    });
  }

  /** The coordinator reviews and edits a quote; it is checked again for names before publishing. */
  async updateQuote(ctx: RequestContext, input: UpdateQuoteInput): Promise<Harvest> {
    const harvest = await this.get(ctx, input.harvestId);
    if (!harvest.quotes.some((q) => q.findingId === input.findingId)) return this.access.notVisible(ctx, 'quote', input.findingId);
    const quotes = harvest.quotes.map((q) => (q.findingId === input.findingId ? { ...q, text: input.text } : q));
    return this.versioned(ctx, harvest, input.version, 'harvest.quote_edited', { quotes });
  }

  async removeQuote(ctx: RequestContext, input: QuoteRefInput): Promise<Harvest> {
    const harvest = await this.get(ctx, input.harvestId);
    if (!harvest.quotes.some((q) => q.findingId === input.findingId)) return this.access.notVisible(ctx, 'quote', input.findingId);
    return this.versioned(ctx, harvest, input.version, 'harvest.quote_removed', {
      quotes: harvest.quotes.filter((q) => q.findingId !== input.findingId),
    });
  }

  /**
   * Tellen, for the draft's visibility. Kept in memory until the programme's rollup moves (the
   * trigger bumps its version with every counted change) or the harvest is edited, and a minute
   * at most, so that counts stay fast however often they are asked and however large the network.
   */
  async counts(ctx: RequestContext, harvest: Harvest, visibility: HarvestVisibility = harvest.visibility): Promise<FindingCounts> {
    return (await this.labelledCounts(ctx, harvest, visibility)).counts;
  }

  /** The counts with the names of their rounds, for the screen. */
  async labelledCounts(
    ctx: RequestContext,
    harvest: Harvest,
    visibility: HarvestVisibility = harvest.visibility,
  ): Promise<{ counts: FindingCounts; roundLabels: Record<string, string> }> {
    return this.countsCache.labelled(ctx, harvest, visibility);
  }

  /** Patronen: themes and tags that recur across at least three municipalities. */
  async patterns(ctx: RequestContext, harvest: Harvest): Promise<HarvestPattern[]> {
    return harvestPatterns(ctx, harvest);
  }

  /** Released findings the coordinator may still choose as a quote, with an anonymised preview. */
  async candidates(ctx: RequestContext, harvest: Harvest): Promise<(ReleasedFinding & { preview: string })[]> {
    return quoteCandidates(ctx, harvest);
  }

  async quoteDetails(
    ctx: RequestContext,
    harvest: Harvest,
  ): Promise<(StoredQuote & { finding: ReleasedFinding | null; remainingNames: string[]; flags: FlaggedWord[] })[]> {
    return quoteDetailsOf(ctx, harvest);
  }

  /** What stands between the draft and publication (canPublish), as it is now. */
  async problems(ctx: RequestContext, harvest: Harvest): Promise<HarvestPublishViolation[]> {
    return publishProblems(ctx, harvest);
  }

  /** Freezes the draft as the next numbered version: immutable from then on. */
  async publish(ctx: RequestContext, input: HarvestStepInput): Promise<HarvestVersion> {
    const harvest = await this.get(ctx, input.id, true);
    expectVersion(harvest, input.version);
    const problems = await this.problems(ctx, harvest);
    if (problems.length) throw badUserInput(problems.map((p) => ({ field: 'id', messages: p.text })));
    const number = await this.versions.nextNumber(ctx, harvest);
    const publishedAt = new Date();
    const content = await this.snapshot(ctx, harvest, number, publishedAt);
    await ctx.em.insert(HarvestVersion, {
      networkId: harvest.networkId,
      harvestId: harvest.id,
      number,
      title: harvest.title,
      slug: harvest.slug,
      visibility: harvest.visibility,
      content,
      publishedBy: ctx.userId,
      publishedAt,
    });
    // A newer version decides what the public sees: a NETWORK one takes a public page down.
    await storeServing(ctx, harvest);
    await this.audit.record(ctx.em, {
      networkId: harvest.networkId,
      actorUserId: ctx.userId,
      action: 'harvest.published',
      targetType: 'harvest',
      targetId: harvest.id,
      data: { number, visibility: harvest.visibility },
      ip: ctx.ip,
    });
    const recipients = (await networkPeople(ctx.em, harvest.networkId)).filter((id) => id !== ctx.userId);
    await this.notifications.notify(ctx.em, {
      networkId: harvest.networkId,
      kind: 'HARVEST_PUBLISHED',
      subject: { type: 'harvest', id: harvest.id },
      recipients,
    });
    return (await ctx.em.findOneBy(HarvestVersion, { networkId: harvest.networkId, harvestId: harvest.id, number }))!;
  }

  /**
   * The draft as a version would freeze it now: what the public page and the files show. For
   * publishing, and for the coordinator's preview of exactly that before publishing.
   */
  async snapshot(ctx: RequestContext, harvest: Harvest, number: number, publishedAt: Date): Promise<HarvestContent> {
    return harvestSnapshot(ctx, harvest, { number, publishedAt, counts: await this.counts(ctx, harvest), patterns: await this.patterns(ctx, harvest) });
  }

  private async checkRounds(ctx: RequestContext, programme: Programme, roundIds: string[]): Promise<void> {
    if (!roundIds.length) return;
    if ((await roundsOfProgramme(ctx.em, programme.networkId, programme.id, roundIds)) !== new Set(roundIds).size) {
      throw badUserInput([{ field: 'roundIds', messages: { nl: 'Kies rondes van dit programma.', en: 'Choose rounds of this programme.' } }]);
    }
  }

  /**
   * Inserts with the title's slug and a random token (harvestSlug), drawing a new token on the
   * rare clash: slugs are unique across networks, and a new one must not tell whether another
   * network already used the title.
   */
  private async insertWithFreeSlug(ctx: RequestContext, values: Partial<Harvest>): Promise<Harvest> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const slug = harvestSlug(values.title!, slugToken(randomBytes(SLUG_TOKEN_LENGTH)));
      const harvest = await insertHarvestUnlessSlugTaken(ctx.em, values, slug);
      if (harvest) return harvest;
    }
    throw new Error('no free slug');
  }

  /** UPDATE … WHERE version = $n (CONFLICT when stale) and an audit entry, in the caller's transaction. */
  async versioned(
    ctx: RequestContext,
    harvest: Harvest,
    version: number,
    action: AuditAction,
    values: VersionedChanges<Harvest>,
    data?: Record<string, unknown>,
  ): Promise<Harvest> {
    const updated = await updateVersioned(ctx.em, Harvest, { id: harvest.id, networkId: harvest.networkId }, version, { ...values, updatedAt: SQL_CLOCK });
    await this.audit.record(ctx.em, {
      networkId: harvest.networkId,
      actorUserId: ctx.userId,
      action,
      targetType: 'harvest',
      targetId: harvest.id,
      ...(data ? { data } : {}),
      ip: ctx.ip,
    });
    return updated;
  }
}
