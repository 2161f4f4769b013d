import type { RequestContext } from '@kijkje/api/core';
import type { Programme } from '@kijkje/api/programmes';
import { comparePatterns, harvestPeriod, sharingAllows } from '@kijkje/domain';
import type { PublishedPatternComparison } from '../harvest-content';
import { harvestScope, programmeFindings, releasedFindings } from '../harvest-facts';
import type { Harvest } from '../harvest.entity';

/**
 * Patronen door de jaren heen (comparePatterns in libs/domain): the patterns of the harvest's own
 * programme, from the findings its patterns use, beside those of the programmes it compares with,
 * each from all its rounds; always released findings of municipalities whose consent for that
 * programme allows the harvest's visibility, the same findings the comparison counts. Each
 * programme from the start of its period (harvestPeriod), so that the table reads earliest first.
 */
export async function harvestPatternComparison(ctx: RequestContext, harvest: Harvest, others: readonly Programme[]): Promise<PublishedPatternComparison> {
  const scope = await harvestScope(ctx, harvest);
  const own = (await releasedFindings(ctx, harvest)).filter((f) => sharingAllows(f.consent, harvest.visibility));
  const sets = [
    { programmeId: scope.programme.id, name: scope.programme.name, from: harvestPeriod(scope.programme).from, findings: own },
    ...(await Promise.all(
      others.map(async (p) => ({
        programmeId: p.id,
        name: p.name,
        from: harvestPeriod(p).from,
        findings: await programmeFindings(ctx, harvest.networkId, p.id, harvest.visibility),
      })),
    )),
  ];
  const compared = comparePatterns(sets);
  return {
    programmes: compared.programmes.map((p) => ({ name: p.name })),
    leftOut: compared.leftOut.map((p) => ({ name: p.name, suppressed: p.suppressed })),
    patterns: compared.patterns,
  };
}
