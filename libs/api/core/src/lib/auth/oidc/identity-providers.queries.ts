import type { EntityManager } from 'typeorm';

/** Is this organisation one of the network's? (RLS already limits the look to the caller's network.) */
export async function organisationInNetwork(em: EntityManager, networkId: string, organisationId: string): Promise<boolean> {
  const rows: unknown[] = await em.query(`SELECT 1 FROM organisation WHERE id = $1 AND network_id = $2`, [organisationId, networkId]);
  return rows.length > 0;
}

/** Domains another provider of the same network already claims. */
export async function domainsTaken(em: EntityManager, networkId: string, domains: string[], exceptId: string | null): Promise<string[]> {
  const rows: { domain: string }[] = await em.query(
    `SELECT DISTINCT d AS domain FROM identity_provider p, jsonb_array_elements_text(p.email_domains) d
      WHERE p.network_id = $1 AND ($3::uuid IS NULL OR p.id <> $3) AND d = ANY($2::text[])`,
    [networkId, domains, exceptId],
  );
  return rows.map((r) => r.domain);
}

export async function setPasswordSignIn(em: EntityManager, networkId: string, allowed: boolean): Promise<void> {
  await em.query(`UPDATE network SET password_sign_in = $2 WHERE id = $1`, [networkId, allowed]);
}
