import type { RequestContext } from '@kijkje/api/core';
import { anonymiseAll, sharingAllows, systemSignalRows, type SharingLevel, type SystemIssueCategory, type SystemSignalRow } from '@kijkje/domain';
import { markdownToPlainText } from '@kijkje/markdown';
import { anonymisationNames, harvestScope } from '../harvest-facts';
import type { Harvest } from '../harvest.entity';

/**
 * The systeemsignalen of a harvest: findings of its rounds the team marked as a system issue and
 * the host released (shared or final), of municipalities whose consent allows the harvest's
 * visibility; their texts anonymised as quotes are; counted under the small-group rule.
 */
export async function harvestSystemSignals(ctx: RequestContext, harvest: Harvest): Promise<SystemSignalRow[]> {
  const scope = await harvestScope(ctx, harvest);
  if (!scope.rounds.length) return [];
  const rows: { theme: string; category: SystemIssueCategory; organisationId: string; text: string; consent: SharingLevel | null }[] = await ctx.em.query(
    `SELECT f.theme, f.system_issue AS category, v.host_organisation_id AS "organisationId", f.text, a.consent
       FROM finding f
       JOIN visit v ON v.id = f.visit_id AND v.network_id = f.network_id
       LEFT JOIN application a ON a.network_id = v.network_id AND a.programme_id = $3 AND a.organisation_id = v.host_organisation_id
      WHERE f.network_id = $1 AND v.round_id = ANY($2) AND f.system_issue IS NOT NULL
        AND f.released_for_harvest AND f.status IN ('SHARED', 'FINAL')
      ORDER BY f.created_at, f.id`,
    [harvest.networkId, scope.rounds.map((r) => r.id), harvest.programmeId],
  );
  const allowed = rows.filter((r) => sharingAllows(r.consent ?? 'ROUND', harvest.visibility));
  if (!allowed.length) return [];
  const names = await anonymisationNames(ctx, harvest.networkId);
  const { results } = anonymiseAll(
    allowed.map((r) => markdownToPlainText(r.text)),
    names,
  );
  return systemSignalRows(allowed.map((r, i) => ({ theme: r.theme, category: r.category, organisationId: r.organisationId, text: results[i].text })));
}
