import type { IndicatorValue } from '@kijkje/domain';
import type { EntityManager } from 'typeorm';

export interface IndicatorRow extends IndicatorValue {
  version: number;
  updatedAt: Date;
}

const COLUMNS = `code, label, period, value, unit, source, version, updated_at AS "updatedAt"`;

export function indicatorsOf(em: EntityManager, networkId: string, organisationId: string): Promise<IndicatorRow[]> {
  return em.query(`SELECT ${COLUMNS} FROM indicator_value WHERE network_id = $1 AND organisation_id = $2 ORDER BY code, period`, [networkId, organisationId]);
}

/** One figure, locked for a step on it. */
export async function lockIndicator(em: EntityManager, networkId: string, organisationId: string, code: string, period: string): Promise<IndicatorRow | null> {
  const [row] = await em.query(
    `SELECT ${COLUMNS} FROM indicator_value WHERE network_id = $1 AND organisation_id = $2 AND code = $3 AND period = $4 FOR UPDATE`,
    [networkId, organisationId, code, period],
  );
  return row ?? null;
}

export interface NetworkOrganisation {
  id: string;
  name: string;
  cbsCode: string | null;
}

export function organisationsOf(em: EntityManager, networkId: string): Promise<NetworkOrganisation[]> {
  return em.query(`SELECT id, name, cbs_code AS "cbsCode" FROM organisation WHERE network_id = $1`, [networkId]);
}

/** A new figure; false when the organisation already has one for this code and period. */
export async function insertIndicator(em: EntityManager, networkId: string, organisationId: string, v: IndicatorValue): Promise<boolean> {
  const rows = await em.query(
    `INSERT INTO indicator_value (network_id, organisation_id, code, period, label, value, unit, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING 1`,
    [networkId, organisationId, v.code, v.period, v.label, v.value, v.unit, v.source],
  );
  return rows.length === 1;
}

/** Changes a figure at the version seen; false when it has moved on. */
export async function updateIndicator(em: EntityManager, networkId: string, organisationId: string, v: IndicatorValue, version: number): Promise<boolean> {
  const rows = await em.query(
    `UPDATE indicator_value SET label = $5, value = $6, unit = $7, source = $8, version = version + 1, updated_at = clock_timestamp()
      WHERE network_id = $1 AND organisation_id = $2 AND code = $3 AND period = $4 AND version = $9 RETURNING 1`,
    [networkId, organisationId, v.code, v.period, v.label, v.value, v.unit, v.source, version],
  );
  return (rows as [unknown[], number])[1] === 1;
}

export async function deleteIndicator(
  em: EntityManager,
  networkId: string,
  organisationId: string,
  code: string,
  period: string,
  version: number,
): Promise<boolean> {
  const rows = await em.query(
    `DELETE FROM indicator_value WHERE network_id = $1 AND organisation_id = $2 AND code = $3 AND period = $4 AND version = $5 RETURNING 1`,
    [networkId, organisationId, code, period, version],
  );
  return (rows as [unknown[], number])[1] === 1;
}

/** Writes an import in one statement: new figures are added, existing ones take the file's value. */
export async function upsertIndicators(
  em: EntityManager,
  networkId: string,
  organisationId: string,
  values: readonly IndicatorValue[],
): Promise<{ added: number; updated: number }> {
  const rows: { inserted: boolean }[] = await em.query(
    `INSERT INTO indicator_value (network_id, organisation_id, code, period, label, value, unit, source)
     SELECT $1, $2, f.code, f.period, f.label, f.value, f.unit, f.source
       FROM unnest($3::text[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[]) AS f(code, period, label, value, unit, source)
     ON CONFLICT (network_id, organisation_id, code, period) DO UPDATE
        SET label = EXCLUDED.label, value = EXCLUDED.value, unit = EXCLUDED.unit, source = EXCLUDED.source,
            version = indicator_value.version + 1, updated_at = clock_timestamp()
     RETURNING (xmax = 0) AS inserted`,
    [
      networkId,
      organisationId,
      values.map((v) => v.code),
      values.map((v) => v.period),
      values.map((v) => v.label),
      values.map((v) => v.value),
      values.map((v) => v.unit),
      values.map((v) => v.source),
    ],
  );
  const added = rows.filter((r) => r.inserted).length;
  return { added, updated: rows.length - added };
}
