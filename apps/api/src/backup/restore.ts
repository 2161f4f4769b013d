import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { extractedPath, readArchive, type Manifest } from './archive';
import { appliedMigrations, canSeeEveryRow, ident, rowCounts, tablesInLoadOrder } from './catalog';

export interface RestoreOptions {
  ownerUrl: string;
  /** Every migration this code knows, oldest first. */
  knownMigrations: string[];
  /** Runs the code's migrations up to and including the named one (creates schema, RLS, grants). */
  migrateTo(migration: string): Promise<void>;
  /** Replace the data of a database that already holds some. */
  force?: boolean;
}

export interface RestoreResult {
  manifest: Manifest;
  rows: Record<string, number>;
}

/**
 * Restores an archive into an empty database (or, with force, over the data of one at the same
 * migration): checks the archive whole first, runs Kijkje's own migrations up to the archive's,
 * so schema, policies, functions, the app role and its grants are exactly what the code expects,
 * then loads every table in one transaction and checks the row counts against the manifest.
 */
export async function restore(input: Readable, options: RestoreOptions): Promise<RestoreResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kijkje-restore-'));
  try {
    const manifest = await readArchive(input, dir);
    refuseUnknownMigrations(manifest, options.knownMigrations);
    const client = new Client({ connectionString: options.ownerUrl });
    await client.connect();
    try {
      if (!(await canSeeEveryRow(client))) {
        throw new Error('the restoring role is subject to row-level security: connect as a superuser or a role with BYPASSRLS');
      }
      await refuseUnsuitableTarget(client, manifest, options.force ?? false);
      await options.migrateTo(manifest.migration);
      const applied = await appliedMigrations(client);
      if (JSON.stringify(applied) !== JSON.stringify(manifest.migrations))
        throw new Error("after migrating, the database's migrations differ from the archive's");
      await load(client, manifest, dir);
      await client.query('ANALYZE');
      return {
        manifest,
        rows: await rowCounts(
          client,
          manifest.tables.map((t) => t.name),
        ),
      };
    } finally {
      await client.end().catch(() => undefined);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function refuseUnknownMigrations(manifest: Manifest, known: string[]) {
  const prefix = known.slice(0, manifest.migrations.length);
  if (!known.includes(manifest.migration)) {
    throw new Error(
      `the archive was taken at migration ${manifest.migration}, which this Kijkje does not know: restore it with the version that made it (or newer)`,
    );
  }
  if (JSON.stringify(prefix) !== JSON.stringify(manifest.migrations)) throw new Error("the archive's migration history differs from this Kijkje's");
}

async function refuseUnsuitableTarget(client: Client, manifest: Manifest, force: boolean) {
  const applied = await appliedMigrations(client);
  if (!applied) {
    const [other] = (
      await client.query(`SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm')`)
    ).rows;
    if (other.n > 0) throw new Error('the target database holds tables but no Kijkje migrations: restore into an empty database');
    return;
  }
  if (applied.length > manifest.migrations.length || JSON.stringify(applied) !== JSON.stringify(manifest.migrations.slice(0, applied.length))) {
    throw new Error(
      `the target database is at migration ${applied[applied.length - 1]}, past the archive's ${manifest.migration}: restore into an empty database`,
    );
  }
  if (force) return;
  const counts = await rowCounts(
    client,
    (await tablesInLoadOrder(client)).map((t) => t.name),
  );
  const filled = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t]) => t);
  if (filled.length)
    throw new Error(
      `the target database is not empty (rows in ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}): restore into an empty database, or pass --force to replace its data`,
    );
}

/** One transaction: empty every table, copy the archive's rows in, set the sequences, compare counts. */
async function load(client: Client, manifest: Manifest, dir: string) {
  const order = await tablesInLoadOrder(client);
  const inArchive = new Map(manifest.tables.map((t) => [t.name, t]));
  const missing = order.filter((t) => !inArchive.has(t.name)).map((t) => t.name);
  const unknown = manifest.tables.filter((t) => !order.some((o) => o.name === t.name)).map((t) => t.name);
  if (missing.length || unknown.length)
    throw new Error(
      `the archive's tables differ from the schema at its migration (missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'})`,
    );
  const all = order.map((t) => ident(t.name)).join(', ');
  await client.query('BEGIN');
  try {
    // Rows migrations may have inserted go; user triggers (the findings rollup) stay still while
    // their own results load from the archive. Foreign keys stay checked: the order satisfies them.
    await client.query(`TRUNCATE ${all}`);
    for (const t of order) await client.query(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
    for (const t of order) {
      const entry = inArchive.get(t.name)!;
      const absent = entry.columns.filter((c) => !t.columns.includes(c));
      if (absent.length) throw new Error(`table ${t.name} has no column ${absent.join(', ')} at this migration`);
      if (entry.rows === 0) continue;
      const copy = client.query(copyFrom(`COPY ${ident(t.name)} (${entry.columns.map(ident).join(', ')}) FROM STDIN`));
      await pipeline(createReadStream(extractedPath(dir, t.name)), copy);
    }
    for (const t of order) await client.query(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
    for (const s of manifest.sequences) await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [ident(s.name), s.lastValue, s.isCalled]);
    const counts = await rowCounts(
      client,
      manifest.tables.map((t) => t.name),
    );
    const wrong = manifest.tables.filter((t) => counts[t.name] !== t.rows);
    if (wrong.length) throw new Error(`row counts differ after loading: ${wrong.map((t) => `${t.name} ${counts[t.name]} ≠ ${t.rows}`).join(', ')}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
