import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, Measure, dataPath, writeArchive, type Manifest, type TableEntry } from './archive';
import { appliedMigrations, canSeeEveryRow, ident, sequences, tablesInLoadOrder } from './catalog';

/**
 * Takes a consistent online snapshot of a running Kijkje database: one READ ONLY REPEATABLE READ
 * transaction (what pg_dump does), so every table is read as of the same moment while the API
 * goes on serving. Needs no client tools of the server's version, only a connection as the owner
 * (superuser or BYPASSRLS: every tenant's rows are read).
 */
export async function backup(ownerUrl: string, out: Writable): Promise<Manifest> {
  const spool = mkdtempSync(join(tmpdir(), 'kijkje-backup-'));
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    mkdirSync(join(spool, 'data'), { mode: 0o700 });
    if (!(await canSeeEveryRow(client))) {
      throw new Error(
        'the backup role is subject to row-level security: connect as a superuser or a role with BYPASSRLS (the owner on the embedded database is one)',
      );
    }
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // Like pg_dump: should row-level security ever apply, fail instead of silently copying less.
    await client.query('SET LOCAL row_security = off');
    const migrations = await appliedMigrations(client);
    if (!migrations?.length) throw new Error('this database has no Kijkje migrations: nothing to back up');
    const tables = await tablesInLoadOrder(client);
    // Keeps migrations (DDL) from changing a table halfway through the snapshot; writes go on.
    if (tables.length) await client.query(`LOCK TABLE ${tables.map((t) => ident(t.name)).join(', ')} IN ACCESS SHARE MODE`);
    const [version] = (await client.query(`SELECT current_setting('server_version') AS v, current_setting('server_version_num')::int AS n, now() AS at`)).rows;
    const entries: TableEntry[] = [];
    for (const t of tables) {
      const measure = new Measure();
      const copy = client.query(copyTo(`COPY ${ident(t.name)} (${t.columns.map(ident).join(', ')}) TO STDOUT`));
      await pipeline(copy, measure, createWriteStream(join(spool, dataPath(t.name)), { mode: 0o600 }));
      entries.push({ name: t.name, columns: t.columns, rows: measure.lines, bytes: measure.bytes, sha256: measure.hash.digest('hex') });
    }
    const seqs = [];
    for (const name of await sequences(client)) {
      const [s] = (await client.query(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${ident(name)}`)).rows;
      seqs.push({ name, ...s });
    }
    await client.query('COMMIT');
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      // The moment of the snapshot: the transaction's start.
      createdAt: new Date(version.at).toISOString(),
      migration: migrations[migrations.length - 1],
      migrations,
      postgres: { version: version.v, versionNum: version.n },
      tables: entries,
      sequences: seqs,
    };
    await writeArchive(manifest, spool, out);
    return manifest;
  } finally {
    await client.end().catch(() => undefined);
    rmSync(spool, { recursive: true, force: true });
  }
}
