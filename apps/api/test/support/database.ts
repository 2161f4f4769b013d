import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export const ADMIN_URL = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlFor(database: string, base = ADMIN_URL): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The template's name changes whenever a migration changes, so a stale template is never reused. */
export function templateName(): string {
  const dir = join(__dirname, '../../src/database/migrations');
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  return `kijkje_tpl_${hash.digest('hex').slice(0, 12)}`;
}

export async function withAdmin<T>(work: (c: Client) => Promise<T>, url = ADMIN_URL): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  ownerUrl: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the migrated template (fast and isolated). */
export async function createTestDatabase(): Promise<TestDatabase> {
  // The creation time is in the name, so that cleaning up after interrupted runs never drops the
  // database of a run that is still going on the same server (see global-setup.ts).
  const name = `kijkje_t_${Math.floor(Date.now() / 1000).toString(36)}_${randomBytes(6).toString('hex')}`;
  const template = templateName();
  await withAdmin(async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        // "source database is being accessed by other users": another worker is cloning right now.
        if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return {
    name,
    ownerUrl: urlFor(name),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined)),
  };
}

/** When a test database of ours was created (from its name), or null for names without a time. */
export function createdAt(database: string): Date | null {
  const match = /^kijkje_t_([0-9a-z]+)_[0-9a-f]{12}$/.exec(database);
  return match ? new Date(parseInt(match[1], 36) * 1000) : null;
}
