import type { RequestContext } from '@kijkje/api/core';
import { Programme } from '@kijkje/api/programmes';
import { compareProgrammes, harvestEvaluation, sharingAllows, type HarvestEvaluation } from '@kijkje/domain';
import { In } from 'typeorm';
import type { PublishedComparison, PublishedIndicator } from '../harvest-content';
import { cached, countableFindings, harvestScope, programmeCountables } from '../harvest-facts';
import type { Harvest } from '../harvest.entity';
import { indicatorAggregates } from '../indicator-aggregates';
import { harvestPatternComparison } from './harvest-pattern-comparison.facts';
import { comparedProgrammeIds, indicatorLabels, roundOrganisations, submittedScores } from './harvest-sections.queries';

/** The other programmes the harvest compares its own with, in the chosen order. */
export async function comparedProgrammes(ctx: RequestContext, harvest: Harvest): Promise<Programme[]> {
  return cached(ctx, `harvest:compared:${harvest.id}:${harvest.version}`, async () => {
    const ids = await comparedProgrammeIds(ctx.em, harvest.networkId, harvest.id);
    if (!ids.length) return [];
    const programmes = await ctx.em.find(Programme, { where: { networkId: harvest.networkId, id: In(ids) } });
    return ids.map((id) => programmes.find((p) => p.id === id)).filter((p): p is Programme => p !== undefined);
  });
}

/**
 * The harvest's programme beside the others it compares with (compareProgrammes in libs/domain):
 * its own from the findings its counts use, each other one from all its rounds, always released
 * findings of municipalities whose consent for that programme allows the harvest's visibility.
 * Null when the harvest compares with nothing.
 */
export async function harvestComparison(ctx: RequestContext, harvest: Harvest): Promise<PublishedComparison | null> {
  const others = await comparedProgrammes(ctx, harvest);
  if (!others.length) return null;
  const scope = await harvestScope(ctx, harvest);
  const sets = [
    { programmeId: scope.programme.id, name: scope.programme.name, findings: await countableFindings(ctx, harvest) },
    ...(await Promise.all(
      others.map(async (p) => ({
        programmeId: p.id,
        name: p.name,
        findings: await programmeCountables(ctx, harvest.networkId, p.id, null, harvest.visibility),
      })),
    )),
  ];
  const comparison = compareProgrammes(sets, scope.programme.themes);
  return {
    programmes: comparison.programmes.map(({ programmeId: _id, ...shown }) => shown),
    themes: comparison.themes,
    patterns: await harvestPatternComparison(ctx, harvest, others),
  };
}

/** The municipalities of the harvest's rounds whose consent allows its visibility: whose figures the cijfers may use. */
async function consentingOrganisations(ctx: RequestContext, harvest: Harvest): Promise<string[]> {
  const scope = await harvestScope(ctx, harvest);
  const rows = await roundOrganisations(
    ctx.em,
    harvest.networkId,
    scope.rounds.map((r) => r.id),
  );
  return [...new Set(rows.filter((r) => sharingAllows(r.consent, harvest.visibility)).map((r) => r.organisationId))];
}

/**
 * Cijfers: per indicator and size class the median and mean of the newest figure of each
 * consenting municipality of the harvest's rounds, small groups hidden (aggregateIndicatorsBySizeClass).
 * Null unless switched on.
 */
export async function harvestIndicators(ctx: RequestContext, harvest: Harvest): Promise<PublishedIndicator[] | null> {
  if (!harvest.showIndicators) return null;
  const organisations = await consentingOrganisations(ctx, harvest);
  const [aggregates, labels] = await Promise.all([
    indicatorAggregates(ctx.em, harvest.networkId, organisations),
    indicatorLabels(ctx.em, harvest.networkId, organisations),
  ]);
  return aggregates.map((a) => ({ ...a, label: labels.get(a.code)?.label ?? a.code, unit: labels.get(a.code)?.unit ?? '' }));
}

/** The evaluations of the harvest's rounds as counts (harvestEvaluation): null unless switched on. */
export async function harvestEvaluationSection(ctx: RequestContext, harvest: Harvest): Promise<HarvestEvaluation | null> {
  if (!harvest.showEvaluation) return null;
  const scope = await harvestScope(ctx, harvest);
  return harvestEvaluation(
    await submittedScores(
      ctx.em,
      harvest.networkId,
      scope.rounds.map((r) => r.id),
    ),
  );
}
