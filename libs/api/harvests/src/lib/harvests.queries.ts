import type { EntityManager } from 'typeorm';
import { Harvest } from './harvest.entity';

/**
 * The harvests context's own SQL that its services send as text: one place to read what they ask
 * of PostgreSQL. The reads that feed counts, patterns and quotes are in harvest-facts.ts.
 */

/** The programme's rollup version: moved by a trigger with every counted change, so it keys the counts cache. */
export async function rollupVersion(em: EntityManager, networkId: string, programmeId: string): Promise<string> {
  const [rollup] = await em.query(`SELECT version FROM finding_rollup_version WHERE network_id = $1 AND programme_id = $2`, [networkId, programmeId]);
  return rollup?.version ?? '0';
}

/** How many of `roundIds` are rounds of the programme. */
export async function roundsOfProgramme(em: EntityManager, networkId: string, programmeId: string, roundIds: string[]): Promise<number> {
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM round WHERE network_id = $1 AND programme_id = $2 AND id = ANY($3)`, [
    networkId,
    programmeId,
    roundIds,
  ]);
  return n;
}

export async function networkName(em: EntityManager, networkId: string): Promise<string> {
  const [network] = await em.query(`SELECT name FROM network WHERE id = $1`, [networkId]);
  return network.name;
}

/** Inserts the harvest unless its slug is taken (across networks); the new row, or null on a clash. */
export async function insertHarvestUnlessSlugTaken(em: EntityManager, values: Partial<Harvest>, slug: string): Promise<Harvest | null> {
  const [row] = await em.query(
    `INSERT INTO harvest (network_id, programme_id, title, slug, visibility, round_ids, narrative, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [
      values.networkId,
      values.programmeId,
      values.title,
      slug,
      values.visibility,
      JSON.stringify(values.roundIds ?? []),
      values.narrative ?? '',
      values.createdBy,
    ],
  );
  return row ? (await em.findOneBy(Harvest, { id: row.id, networkId: values.networkId! }))! : null;
}

/** The network's active people who read its harvests (never a facilitator), to tell them a harvest was published. */
export async function networkPeople(em: EntityManager, networkId: string): Promise<string[]> {
  const rows: { userId: string }[] = await em.query(
    `SELECT user_id AS "userId" FROM membership WHERE network_id = $1 AND active AND role IN ('COORDINATOR', 'MEMBER')`,
    [networkId],
  );
  return rows.map((r) => r.userId);
}
