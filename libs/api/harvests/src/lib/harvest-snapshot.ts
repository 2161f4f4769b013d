import type { RequestContext } from '@kijkje/api/core';
import type { FindingCounts, HarvestPattern } from '@kijkje/domain';
import type { HarvestContent } from './harvest-content';
import { harvestScope, releasedFindings } from './harvest-facts';
import type { Harvest } from './harvest.entity';
import { networkName } from './harvests.queries';
import { harvestMeetingsSection } from './meetings/harvest-meetings.facts';
import { harvestComparison, harvestEvaluationSection, harvestIndicators } from './sections/harvest-sections.facts';
import { harvestSystemSignals } from './system-signals/system-signals.facts';

/**
 * The draft as a version would freeze it now: what the public page and the files show, every part
 * computed once here and kept, so that later changes to findings, consent, figures or evaluations
 * leave a published version as it was (meetings included: a report published later counts in the next version only).
 */
export async function harvestSnapshot(
  ctx: RequestContext,
  harvest: Harvest,
  at: { number: number; publishedAt: Date; counts: FindingCounts; patterns: HarvestPattern[] },
): Promise<HarvestContent> {
  const scope = await harvestScope(ctx, harvest);
  const released = new Map((await releasedFindings(ctx, harvest)).map((f) => [f.id, f]));
  return {
    title: harvest.title,
    network: await networkName(ctx.em, harvest.networkId),
    programme: scope.programme.name,
    visibility: harvest.visibility,
    themes: scope.programme.themes,
    roundLabels: scope.roundLabels,
    counts: at.counts,
    patterns: at.patterns,
    // A quote whose finding was withheld since is left out (publishing refuses it anyway).
    quotes: harvest.quotes
      .filter((q) => released.has(q.findingId))
      .map((q) => ({ text: q.text, theme: released.get(q.findingId)!.theme, kind: released.get(q.findingId)!.kind })),
    narrative: harvest.narrative,
    publishedAt: at.publishedAt.toISOString(),
    number: at.number,
    comparison: await harvestComparison(ctx, harvest),
    indicators: await harvestIndicators(ctx, harvest),
    evaluation: await harvestEvaluationSection(ctx, harvest),
    meetings: await harvestMeetingsSection(ctx, harvest),
    systemSignals: await harvestSystemSignals(ctx, harvest),
  };
}
