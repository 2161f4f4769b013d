import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AccessService,
  AuditService,
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
  canPublish,
  countFindings,
  findPatterns,
  findFlaggedWords,
  findRemainingNames,
  harvestSlug,
  SLUG_TOKEN_LENGTH,
  slugToken,
  NO_PSEUDONYMS,
  sharingAllows,
  type FindingCounts,
  type FlaggedWord,
  type HarvestPattern,
  type HarvestPublishViolation,
  type HarvestVisibility,
  type Pseudonyms,
  type AuditAction,
} from '@kijkje/domain';
import { markdownToPlainText } from '@kijkje/markdown';
import type { AddQuoteInput, CreateHarvestInput, HarvestStepInput, QuoteRefInput, UpdateHarvestInput, UpdateQuoteInput } from './dto/harvest.inputs';
import type { HarvestContent } from './harvest-content';
import { anonymisationNames, countableFindings, harvestScope, releasedFindings, type ReleasedFinding } from './harvest-facts';
import { storeServing } from './harvest-public-state';
import { HarvestVersion } from './harvest-version.entity';
import { HarvestVersionsService } from './harvest-versions.service';
import { Harvest, type StoredQuote } from './harvest.entity';

const notReleased = {
  nl: 'Deze bevinding is niet door de gastgemeente vrijgegeven voor de oogst.',
  en: 'The host has not released this finding for the harvest.',
};

/** Computed counts, by harvest, its version, the visibility and the programme's rollup version. */
const COUNTS_CACHE_SIZE = 500;
const COUNTS_CACHE_MS = 60_000;

@Injectable()
export class HarvestsService {
  private readonly countsCache = new Map<string, { at: number; counts: FindingCounts; roundLabels: Record<string, string> }>();

  constructor(
    private readonly access: AccessService,
    private readonly audit: AuditService,
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
    const { text, pseudonyms } = anonymise(markdownToPlainText(finding.text), names, this.pseudonymsOf(harvest));
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
    const [rollup] = await ctx.em.query(`SELECT version FROM finding_rollup_version WHERE network_id = $1 AND programme_id = $2`, [
      harvest.networkId,
      harvest.programmeId,
    ]);
    const key = [harvest.networkId, harvest.id, harvest.version, visibility, rollup?.version ?? '0'].join('|');
    const hit = this.countsCache.get(key);
    if (hit && Date.now() - hit.at < COUNTS_CACHE_MS) return hit;
    const scope = await harvestScope(ctx, harvest);
    const counts = countFindings(await countableFindings(ctx, harvest, visibility), { themes: scope.programme.themes, rounds: scope.rounds.map((r) => r.id) });
    if (this.countsCache.size >= COUNTS_CACHE_SIZE) this.countsCache.delete(this.countsCache.keys().next().value!);
    const entry = { at: Date.now(), counts, roundLabels: scope.roundLabels };
    this.countsCache.set(key, entry);
    return entry;
  }

  /** Patronen: themes and tags that recur across at least three municipalities. */
  async patterns(ctx: RequestContext, harvest: Harvest): Promise<HarvestPattern[]> {
    const scope = await harvestScope(ctx, harvest);
    const allowed = (await releasedFindings(ctx, harvest)).filter((f) => sharingAllows(f.consent, harvest.visibility));
    return findPatterns(allowed, { roundLabels: scope.roundLabels });
  }

  /** Released findings the coordinator may still choose as a quote, with an anonymised preview. */
  async candidates(ctx: RequestContext, harvest: Harvest): Promise<(ReleasedFinding & { preview: string })[]> {
    const chosen = new Set(harvest.quotes.map((q) => q.findingId));
    const names = await anonymisationNames(ctx, harvest.networkId);
    let letters = this.pseudonymsOf(harvest);
    return (await releasedFindings(ctx, harvest))
      .filter((f) => !chosen.has(f.id))
      .map((f) => {
        // The preview uses the letters the quote would get, without keeping them.
        const result = anonymise(markdownToPlainText(f.text), names, letters);
        letters = result.pseudonyms;
        return { ...f, preview: result.text };
      });
  }

  async quoteDetails(
    ctx: RequestContext,
    harvest: Harvest,
  ): Promise<(StoredQuote & { finding: ReleasedFinding | null; remainingNames: string[]; flags: FlaggedWord[] })[]> {
    const released = new Map((await releasedFindings(ctx, harvest)).map((f) => [f.id, f]));
    const names = await anonymisationNames(ctx, harvest.networkId);
    return harvest.quotes.map((q) => ({
      ...q,
      finding: released.get(q.findingId) ?? null,
      remainingNames: [...new Set(findRemainingNames(q.text, names).map((n) => n.text))],
      flags: findFlaggedWords(q.text, names, q.kept ?? []),
    }));
  }

  /** What stands between the draft and publication (canPublish), as it is now. */
  async problems(ctx: RequestContext, harvest: Harvest): Promise<HarvestPublishViolation[]> {
    const names = await anonymisationNames(ctx, harvest.networkId);
    const released = new Map((await releasedFindings(ctx, harvest)).map((f) => [f.id, f]));
    const counted = await countableFindings(ctx, harvest);
    const patterns = await this.patterns(ctx, harvest);
    const violations = canPublish(
      {
        title: harvest.title,
        visibility: harvest.visibility,
        narrative: harvest.narrative,
        counted: counted.map((c) => ({ findingId: c.id, consent: harvest.visibility })),
        patternLabels: patterns.map((p) => p.label),
        // A quote whose finding was withheld since it was chosen may not be published.
        quotes: harvest.quotes.map((q) => ({
          findingId: q.findingId,
          text: q.text,
          consent: released.get(q.findingId)?.consent ?? 'ROUND',
          kept: q.kept ?? [],
        })),
      },
      names,
    );
    return violations;
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
    return (await ctx.em.findOneBy(HarvestVersion, { networkId: harvest.networkId, harvestId: harvest.id, number }))!;
  }

  /**
   * The draft as a version would freeze it now: what the public page and the files show. For
   * publishing, and for the coordinator's preview of exactly that before publishing.
   */
  async snapshot(ctx: RequestContext, harvest: Harvest, number: number, publishedAt: Date): Promise<HarvestContent> {
    const scope = await harvestScope(ctx, harvest);
    const released = new Map((await releasedFindings(ctx, harvest)).map((f) => [f.id, f]));
    const [network] = await ctx.em.query(`SELECT name FROM network WHERE id = $1`, [harvest.networkId]);
    return {
      title: harvest.title,
      network: network.name,
      programme: scope.programme.name,
      visibility: harvest.visibility,
      themes: scope.programme.themes,
      roundLabels: scope.roundLabels,
      counts: await this.counts(ctx, harvest),
      patterns: await this.patterns(ctx, harvest),
      // A quote whose finding was withheld since is left out (publishing refuses it anyway).
      quotes: harvest.quotes
        .filter((q) => released.has(q.findingId))
        .map((q) => ({ text: q.text, theme: released.get(q.findingId)!.theme, kind: released.get(q.findingId)!.kind })),
      narrative: harvest.narrative,
      publishedAt: publishedAt.toISOString(),
      number,
    };
  }

  private pseudonymsOf(harvest: Harvest): Pseudonyms {
    return harvest.pseudonyms && 'letters' in harvest.pseudonyms ? harvest.pseudonyms : NO_PSEUDONYMS;
  }

  private async checkRounds(ctx: RequestContext, programme: Programme, roundIds: string[]): Promise<void> {
    if (!roundIds.length) return;
    const [{ n }] = await ctx.em.query(`SELECT count(*)::int AS n FROM round WHERE network_id = $1 AND programme_id = $2 AND id = ANY($3)`, [
      programme.networkId,
      programme.id,
      roundIds,
    ]);
    if (n !== new Set(roundIds).size) {
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
      const [row] = await ctx.em.query(
        `INSERT INTO harvest (network_id, programme_id, title, slug, visibility, round_ids, narrative, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [
          values.networkId,
          values.programmeId,
          values.title,
          slug,
          values.visibility,
          JSON.stringify(values.roundIds ?? []),
          values.narrative ?? '',
          values.createdBy,
        ],
      );
      if (row) return (await ctx.em.findOneBy(Harvest, { id: row.id, networkId: values.networkId! }))!;
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
