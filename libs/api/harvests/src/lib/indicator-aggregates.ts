import { aggregateIndicatorsBySizeClass, periodStart, type IndicatorAggregate, type SizedIndicatorValue } from '@kijkje/domain';
import { populationClass } from '@kijkje/reference-data';
import type { EntityManager } from 'typeorm';

/**
 * Cijfers for a harvest: per indicator code and size class the median and mean of the newest
 * figure of each given organisation (those whose consent allows the harvest's visibility: the
 * caller decides), suppressed for small groups by aggregateIndicatorsBySizeClass in libs/domain.
 * The harvest's cijfers (sections/harvest-sections.facts.ts) pass its consenting municipalities.
 */
export async function indicatorAggregates(em: EntityManager, networkId: string, organisationIds: readonly string[]): Promise<IndicatorAggregate[]> {
  if (organisationIds.length === 0) return [];
  const rows: { organisationId: string; population: number | null; code: string; period: string; value: number }[] = await em.query(
    `SELECT i.organisation_id AS "organisationId", o.population, i.code, i.period, i.value
       FROM indicator_value i JOIN organisation o ON o.network_id = i.network_id AND o.id = i.organisation_id
      WHERE i.network_id = $1 AND i.organisation_id = ANY($2::uuid[])`,
    [networkId, organisationIds],
  );
  const newest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const key = `${r.organisationId}\u0000${r.code}`;
    const seen = newest.get(key);
    if (!seen || periodStart(r.period) > periodStart(seen.period) || (periodStart(r.period) === periodStart(seen.period) && r.period > seen.period))
      newest.set(key, r);
  }
  const values: SizedIndicatorValue[] = [...newest.values()].map((r) => ({
    organisationId: r.organisationId,
    sizeClass: populationClass(r.population ?? 0),
    code: r.code,
    value: r.value,
  }));
  return aggregateIndicatorsBySizeClass(values);
}
