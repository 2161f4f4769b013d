import type { DataSource } from 'typeorm';
import { APP_FUNCTION_PRIVILEGES, APP_TABLE_PRIVILEGES } from './app-privileges';

export interface BootCheckResult {
  ok: boolean;
  problems: string[];
}

/**
 * The API refuses to serve unless its connection is a non-owner role that cannot bypass RLS,
 * every tenant table (one with a network_id column) has RLS enabled and forced (SEC-01), and the
 * role holds every grant it needs (REL-06: a restore without them must not look healthy).
 * Readiness runs the same check.
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
  else problems.push(...(await missingGrants(appDs, role.name)));
  return { ok: problems.length === 0, problems };
}

/** Every privilege of the catalogue that the connected role lacks (or whose object is missing). */
async function missingGrants(appDs: DataSource, roleName: string): Promise<string[]> {
  const [schema] = await appDs.query(`SELECT has_schema_privilege('public', 'USAGE') AS usable`);
  // Without it nothing in the schema can even be named, let alone checked.
  if (!schema.usable) return [`role ${roleName} lacks USAGE on schema public`];
  const wanted = Object.entries(APP_TABLE_PRIVILEGES).flatMap(([table, privileges]) => privileges.map((p) => ({ table, p })));
  const rows: { kind: string; object: string; privilege: string; present: boolean; granted: boolean }[] = await appDs.query(
    `SELECT 'table' AS kind, w.t AS object, w.p AS privilege, c.oid IS NOT NULL AS present,
            c.oid IS NOT NULL AND has_table_privilege(c.oid, w.p) AS granted
       FROM unnest($1::text[], $2::text[]) AS w(t, p)
       LEFT JOIN pg_class c ON c.relname = w.t AND c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
     UNION ALL
     SELECT 'function', f.sig, 'EXECUTE', to_regprocedure('public.' || f.sig) IS NOT NULL,
            to_regprocedure('public.' || f.sig) IS NOT NULL AND has_function_privilege(to_regprocedure('public.' || f.sig), 'EXECUTE')
       FROM unnest($3::text[]) AS f(sig)`,
    [wanted.map((w) => w.table), wanted.map((w) => w.p), [...APP_FUNCTION_PRIVILEGES]],
  );
  return rows
    .filter((r) => !r.granted)
    .map((r) => (r.present ? `role ${roleName} lacks ${r.privilege} on ${r.kind} ${r.object}` : `${r.kind} ${r.object} is missing`));
}
