import type { Client } from 'pg';

/** TypeORM's own bookkeeping: recreated by running the migrations, never copied. */
export const MIGRATIONS_TABLE = 'migrations';

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export interface TableInfo {
  name: string;
  /** Columns COPY can write, in their order (generated columns are computed, not stored). */
  columns: string[];
}

/**
 * Kijkje's tables in the public schema, parents before the tables whose foreign keys point at
 * them, so that rows load in an order every constraint accepts.
 */
export async function tablesInLoadOrder(c: Client): Promise<TableInfo[]> {
  const { rows } = await c.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname <> $1
      GROUP BY c.relname ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const { rows: edges } = await c.query<{ child: string; parent: string }>(
    `SELECT DISTINCT k.conrelid::regclass::text AS child, k.confrelid::regclass::text AS parent
       FROM pg_constraint k
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND k.conrelid <> k.confrelid`,
  );
  const parents = new Map<string, Set<string>>(rows.map((r) => [r.name, new Set<string>()]));
  for (const e of edges) parents.get(e.child.replace(/"/g, ''))?.add(e.parent.replace(/"/g, ''));
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (ordered.length < rows.length) {
    const ready = rows.filter((r) => !placed.has(r.name) && [...(parents.get(r.name) ?? [])].every((p) => placed.has(p) || !parents.has(p)));
    if (!ready.length)
      throw new Error(
        `foreign keys form a cycle between ${rows
          .filter((r) => !placed.has(r.name))
          .map((r) => r.name)
          .join(', ')}`,
      );
    for (const r of ready) {
      placed.add(r.name);
      ordered.push({ name: r.name, columns: r.columns ?? [] });
    }
  }
  return ordered;
}

/** Sequences of the schema that are not TypeORM's own. */
export async function sequences(c: Client): Promise<string[]> {
  const { rows } = await c.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i') AND d.refobjid = to_regclass('public.' || $1))
      ORDER BY 1`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => r.name);
}

/** The migrations a database has had, oldest first; null when it has none (a fresh database). */
export async function appliedMigrations(c: Client): Promise<string[] | null> {
  const [exists] = (await c.query(`SELECT to_regclass('public.' || $1) IS NOT NULL AS yes`, [MIGRATIONS_TABLE])).rows;
  if (!exists.yes) return null;
  return (await c.query<{ name: string }>(`SELECT name FROM ${ident(MIGRATIONS_TABLE)} ORDER BY "timestamp", id`)).rows.map((r) => r.name);
}

/** Backup and restore read and write every tenant's rows: that needs a role above row-level security. */
export async function canSeeEveryRow(c: Client): Promise<boolean> {
  const [r] = (await c.query(`SELECT rolsuper OR rolbypassrls AS yes FROM pg_roles WHERE rolname = current_user`)).rows;
  return Boolean(r?.yes);
}

/** Row counts of the given tables, exact. */
export async function rowCounts(c: Client, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = (await c.query(`SELECT count(*)::int AS n FROM ${ident(t)}`)).rows[0].n;
  return out;
}
