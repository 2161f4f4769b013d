import type { RequestContext } from '@kijkje/api/core';
import { countFindings, type FindingCounts, type HarvestVisibility } from '@kijkje/domain';
import { countableFindings, harvestScope } from './harvest-facts';
import type { Harvest } from './harvest.entity';
import { rollupVersion } from './harvests.queries';

/** Computed counts, by harvest, its version, the visibility and the programme's rollup version. */
const COUNTS_CACHE_SIZE = 500;
const COUNTS_CACHE_MS = 60_000;

/**
 * Tellen, kept in memory until the programme's rollup moves (the trigger bumps its version with
 * every counted change) or the harvest is edited, and a minute at most, so that counts stay fast
 * however often they are asked and however large the network.
 */
export class HarvestCountsCache {
  private readonly entries = new Map<string, { at: number; counts: FindingCounts; roundLabels: Record<string, string> }>();

  async labelled(
    ctx: RequestContext,
    harvest: Harvest,
    visibility: HarvestVisibility,
  ): Promise<{ counts: FindingCounts; roundLabels: Record<string, string> }> {
    const rollup = await rollupVersion(ctx.em, harvest.networkId, harvest.programmeId);
    const key = [harvest.networkId, harvest.id, harvest.version, visibility, rollup].join('|');
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < COUNTS_CACHE_MS) return hit;
    const scope = await harvestScope(ctx, harvest);
    const counts = countFindings(await countableFindings(ctx, harvest, visibility), { themes: scope.programme.themes, rounds: scope.rounds.map((r) => r.id) });
    if (this.entries.size >= COUNTS_CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
    const entry = { at: Date.now(), counts, roundLabels: scope.roundLabels };
    this.entries.set(key, entry);
    return entry;
  }
}
