import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import * as tar from 'tar-stream';

/**
 * A Kijkje backup: one gzip-compressed tar stream holding `manifest.json` first, then one
 * `data/<table>.copy` per table in PostgreSQL's COPY text format (portable across server versions).
 */
export const ARCHIVE_FORMAT = 'kijkje-backup';
export const ARCHIVE_FORMAT_VERSION = 1;

export interface TableEntry {
  name: string;
  columns: string[];
  rows: number;
  bytes: number;
  sha256: string;
}

export interface SequenceEntry {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The newest Kijkje migration the database had, and the whole list in order. */
  migration: string;
  migrations: string[];
  postgres: { version: string; versionNum: number };
  tables: TableEntry[];
  sequences: SequenceEntry[];
}

export const dataPath = (table: string) => `data/${table}.copy`;

/** Counts bytes and newlines (one per row in COPY text format) and hashes what passes through. */
export class Measure extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  lines = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.lines++;
    this.push(chunk);
    done();
  }
}

/** Writes manifest and the spooled table files (in `dir`, named by dataPath) as one archive. */
export async function writeArchive(manifest: Manifest, dir: string, out: Writable): Promise<void> {
  const pack = tar.pack();
  const done = pipeline(pack, createGzip(), out);
  const json = Buffer.from(JSON.stringify(manifest, null, 2));
  await new Promise<void>((resolve, reject) => pack.entry({ name: 'manifest.json', size: json.length, mode: 0o600 }, json, (e) => (e ? reject(e) : resolve())));
  for (const t of manifest.tables) {
    const file = extractedPath(dir, t.name);
    const entry = pack.entry({ name: dataPath(t.name), size: statSync(file).size, mode: 0o600 });
    await pipeline(createReadStream(file), entry);
  }
  pack.finalize();
  await done;
}

/**
 * Reads an archive into `dir` and returns its manifest, having checked every table file's size,
 * row count and checksum against it: a damaged archive is refused before the database is touched.
 */
export async function readArchive(input: Readable, dir: string): Promise<Manifest> {
  mkdirSync(join(dir, 'data'), { recursive: true, mode: 0o700 });
  const extract = tar.extract();
  let manifest: Manifest | null = null;
  const seen = new Map<string, { bytes: number; lines: number; sha256: string }>();
  extract.on('entry', (header, stream, next) => {
    void (async () => {
      if (header.name === 'manifest.json') {
        const chunks: Buffer[] = [];
        for await (const c of stream) chunks.push(c as Buffer);
        manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Manifest;
      } else if (/^data\/[a-z_][a-z0-9_]*\.copy$/.test(header.name)) {
        const measure = new Measure();
        await pipeline(stream, measure, createWriteStream(join(dir, header.name), { mode: 0o600 }));
        seen.set(header.name, { bytes: measure.bytes, lines: measure.lines, sha256: measure.hash.digest('hex') });
      } else {
        throw new Error(`unexpected entry in the archive: ${header.name}`);
      }
      next();
    })().catch((error: Error) => extract.destroy(error));
  });
  await pipeline(input, createGunzip(), extract);
  const m = manifest as Manifest | null;
  if (!m || m.format !== ARCHIVE_FORMAT) throw new Error('not a Kijkje backup (no manifest)');
  if (m.formatVersion !== ARCHIVE_FORMAT_VERSION)
    throw new Error(`archive format ${m.formatVersion} is not supported (this Kijkje reads ${ARCHIVE_FORMAT_VERSION})`);
  for (const t of m.tables) {
    const got = seen.get(dataPath(t.name));
    if (!got) throw new Error(`the archive lacks the data of table ${t.name}`);
    if (got.sha256 !== t.sha256 || got.bytes !== t.bytes || got.lines !== t.rows) {
      throw new Error(`the data of table ${t.name} is damaged (checksum, size or row count differs from the manifest)`);
    }
  }
  return m;
}

/** Where readArchive put a table's data (and where writeArchive takes it from). */
export const extractedPath = (dir: string, table: string) => join(dir, dataPath(table));
