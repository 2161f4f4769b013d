import { publicServing, type HarvestVisibility, type PublicServing } from '@kijkje/domain';

/** A published version as the web app has it from GraphQL (dates as ISO strings). */
export interface VersionFacts {
  number: number;
  visibility: string;
  publishedAt: string;
  withdrawnAt?: string | null;
}

/** What the public is served of a harvest now: the domain's rule (publicServing) over its versions. */
export function harvestServing(versions: readonly VersionFacts[]): PublicServing {
  return publicServing(
    versions.map((v) => ({
      number: v.number,
      visibility: v.visibility as HarvestVisibility,
      publishedAt: new Date(v.publishedAt),
      withdrawnAt: v.withdrawnAt ? new Date(v.withdrawnAt) : null,
    })),
  );
}
