import type { PublishedHarvestsQuery } from '@kijkje/web/data-access';

export type PublishedVersion = PublishedHarvestsQuery['publishedHarvests'][number];

/** One harvest as members see it: its newest version up front, the earlier ones behind it. */
export interface PublishedHarvest {
  harvestId: string;
  latest: PublishedVersion;
  older: PublishedVersion[];
  /** The public page, while it serves a version of this harvest (the API gives the path only to that version). */
  publicPath: string | null;
}

/**
 * Groups the network's published versions (any order) by harvest: each harvest once, with its
 * newest version first; harvests in the order of their newest publication, newest first.
 */
export function groupPublishedHarvests(versions: readonly PublishedVersion[]): PublishedHarvest[] {
  const byHarvest = new Map<string, PublishedVersion[]>();
  for (const version of versions) {
    const list = byHarvest.get(version.harvestId) ?? [];
    list.push(version);
    byHarvest.set(version.harvestId, list);
  }
  const harvests = [...byHarvest.entries()].map(([harvestId, list]) => {
    const sorted = [...list].sort((a, b) => b.number - a.number);
    return {
      harvestId,
      latest: sorted[0],
      older: sorted.slice(1),
      publicPath: sorted.find((version) => version.publicPath)?.publicPath ?? null,
    };
  });
  return harvests.sort((a, b) => time(b.latest.publishedAt) - time(a.latest.publishedAt));
}

export function versionPath(version: Pick<PublishedVersion, 'harvestId' | 'number'>): string {
  return `/oogsten/${encodeURIComponent(version.harvestId)}/versies/${version.number}`;
}

function time(value: unknown): number {
  const parsed = new Date(String(value)).getTime();
  return Number.isNaN(parsed) ? 0 : parsed;
}
