import type { EntityManager } from 'typeorm';

/** A demo account with the demo password's hash. */
export async function insertUser(em: EntityManager, email: string, name: string, hash: string, admin: boolean): Promise<string> {
  const [row] = await em.query(`INSERT INTO app_user (email, name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4) RETURNING id`, [
    email,
    name,
    hash,
    admin,
  ]);
  return row.id;
}
