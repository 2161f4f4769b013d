import type { RequestContext } from '@kijkje/api/core';
import {
  anonymise,
  canPublish,
  findPatterns,
  findFlaggedWords,
  findRemainingNames,
  NO_PSEUDONYMS,
  sharingAllows,
  type FlaggedWord,
  type HarvestPattern,
  type HarvestPublishViolation,
  type Pseudonyms,
} from '@kijkje/domain';
import { markdownToPlainText } from '@kijkje/markdown';
import { anonymisationNames, countableFindings, harvestScope, releasedFindings, type ReleasedFinding } from './harvest-facts';
import type { Harvest, StoredQuote } from './harvest.entity';

/** What the coordinator reads of a draft harvest besides its counts: patterns, quotes and what blocks publication. */

/** Patronen: themes and tags that recur across at least three municipalities. */
export async function harvestPatterns(ctx: RequestContext, harvest: Harvest): Promise<HarvestPattern[]> {
  const scope = await harvestScope(ctx, harvest);
  const allowed = (await releasedFindings(ctx, harvest)).filter((f) => sharingAllows(f.consent, harvest.visibility));
  return findPatterns(allowed, { roundLabels: scope.roundLabels });
}

/** Released findings the coordinator may still choose as a quote, with an anonymised preview. */
export async function quoteCandidates(ctx: RequestContext, harvest: Harvest): Promise<(ReleasedFinding & { preview: string })[]> {
  const chosen = new Set(harvest.quotes.map((q) => q.findingId));
  const names = await anonymisationNames(ctx, harvest.networkId);
  let letters = pseudonymsOf(harvest);
  return (await releasedFindings(ctx, harvest))
    .filter((f) => !chosen.has(f.id))
    .map((f) => {
      // The preview uses the letters the quote would get, without keeping them.
      const result = anonymise(markdownToPlainText(f.text), names, letters);
      letters = result.pseudonyms;
      return { ...f, preview: result.text };
    });
}

/** The chosen quotes with their findings and what the name checks still find in them. */
export async function quoteDetailsOf(
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
export async function publishProblems(ctx: RequestContext, harvest: Harvest): Promise<HarvestPublishViolation[]> {
  const names = await anonymisationNames(ctx, harvest.networkId);
  const released = new Map((await releasedFindings(ctx, harvest)).map((f) => [f.id, f]));
  const counted = await countableFindings(ctx, harvest);
  const patterns = await harvestPatterns(ctx, harvest);
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

/** The letters the harvest's quotes use so far. */
export function pseudonymsOf(harvest: Harvest): Pseudonyms {
  return harvest.pseudonyms && 'letters' in harvest.pseudonyms ? harvest.pseudonyms : NO_PSEUDONYMS;
}
