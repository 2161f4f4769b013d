import type { DataSource } from 'typeorm';

export interface BootCheckResult {
  ok: boolean;
  problems: string[];
}

/**
 * The API refuses to serve unless its connection is a non-owner role that cannot bypass RLS,
 * and every tenant table (one with a network_id column) has RLS enabled and forced (SEC-01).
 */
export async function bootCheck(appDs: DataSource): Promise<BootCheckResult> {
  const problems: string[] = [];
  const [role] = await appDs.query(
    `SELECT current_user AS name, r.rolsuper AS super, r.rolbypassrls AS bypass
       FROM pg_roles r WHERE r.rolname = current_user`,
  );
  if (role.super) problems.push(`role ${role.name} is a superuser`);
  if (role.bypass) problems.push(`role ${role.name} can bypass row-level security`);
  const owned = await appDs.query(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_get_userbyid(c.relowner) = current_user`,
  );
  for (const t of owned) problems.push(`role ${role.name} owns table ${t.relname}`);
  const unprotected = await appDs.query(
    `SELECT c.relname, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'network_id' AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`,
  );
  for (const t of unprotected) problems.push(`table ${t.relname} has no forced row-level security`);
  const [tables] = await appDs.query(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`,
  );
  if (tables.n === 0) problems.push('no tables: migrations have not run');
  return { ok: problems.length === 0, problems };
}
