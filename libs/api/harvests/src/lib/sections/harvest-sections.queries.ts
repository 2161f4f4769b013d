import type { HarvestEvaluationAnswers, SharingLevel } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

/** The SQL of a harvest's extra parts: the programmes it compares, its municipalities, its rounds' evaluation scores. */

/** The programmes a harvest compares its own with, in the chosen order. */
export async function comparedProgrammeIds(em: EntityManager, networkId: string, harvestId: string): Promise<string[]> {
  const rows: { programmeId: string }[] = await em.query(
    `SELECT programme_id AS "programmeId" FROM harvest_programme WHERE network_id = $1 AND harvest_id = $2 ORDER BY position, programme_id`,
    [networkId, harvestId],
  );
  return rows.map((r) => r.programmeId);
}

/** Those of `ids` that are programmes of the network. */
export async function programmesOfNetwork(em: EntityManager, networkId: string, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows: { id: string }[] = await em.query(`SELECT id FROM programme WHERE network_id = $1 AND id = ANY($2::uuid[])`, [networkId, [...new Set(ids)]]);
  return new Set(rows.map((r) => r.id));
}

/** Replaces the compared programmes with these, in this order. */
export async function replaceComparedProgrammes(em: EntityManager, networkId: string, harvestId: string, programmeIds: readonly string[]): Promise<void> {
  await em.query(`DELETE FROM harvest_programme WHERE network_id = $1 AND harvest_id = $2`, [networkId, harvestId]);
  if (!programmeIds.length) return;
  await em.query(
    `INSERT INTO harvest_programme (network_id, harvest_id, programme_id, position)
     SELECT $1, $2, p.id, p.position - 1 FROM unnest($3::uuid[]) WITH ORDINALITY AS p(id, position)`,
    [networkId, harvestId, programmeIds],
  );
}

/** The municipalities placed in these rounds, with the consent of their application. */
export async function roundOrganisations(
  em: EntityManager,
  networkId: string,
  roundIds: readonly string[],
): Promise<{ organisationId: string; consent: SharingLevel }[]> {
  if (!roundIds.length) return [];
  return em.query(
    `SELECT DISTINCT a.organisation_id AS "organisationId", a.consent
       FROM round_member rm JOIN application a ON a.network_id = rm.network_id AND a.id = rm.application_id
      WHERE rm.network_id = $1 AND rm.round_id = ANY($2::uuid[])`,
    [networkId, roundIds],
  );
}

/** The scores of the submitted evaluations of these rounds: not who gave them, and never the comment. */
export async function submittedScores(em: EntityManager, networkId: string, roundIds: readonly string[]): Promise<HarvestEvaluationAnswers[]> {
  if (!roundIds.length) return [];
  const rows: { usefulness: number | null; safety: number | null; preparation: number | null; team: number | null; wouldRecommend: boolean | null }[] =
    await em.query(
      `SELECT usefulness, safety, preparation, team, would_recommend AS "wouldRecommend" FROM round_evaluation
        WHERE network_id = $1 AND round_id = ANY($2::uuid[]) AND submitted_at IS NOT NULL`,
      [networkId, roundIds],
    );
  return rows.map((r) => ({ usefulness: r.usefulness, safety: r.safety, preparation: r.preparation, team: r.team, wouldRecommend: r.wouldRecommend }));
}

/** The newest name and unit each indicator code has among these organisations' figures. */
export async function indicatorLabels(
  em: EntityManager,
  networkId: string,
  organisationIds: readonly string[],
): Promise<Map<string, { label: string; unit: string }>> {
  if (!organisationIds.length) return new Map();
  const rows: { code: string; label: string; unit: string }[] = await em.query(
    `SELECT DISTINCT ON (code) code, label, unit FROM indicator_value
      WHERE network_id = $1 AND organisation_id = ANY($2::uuid[]) ORDER BY code, period DESC, updated_at DESC`,
    [networkId, organisationIds],
  );
  return new Map(rows.map((r) => [r.code, { label: r.label, unit: r.unit }]));
}
