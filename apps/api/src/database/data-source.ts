import { DataSource, type DataSourceOptions } from 'typeorm';
import * as pg from 'pg';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    driver: pg,
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    ...extra,
  } as DataSourceOptions;
}

/** Every migration's name (as recorded in the migrations table), oldest first. */
export function migrationNames(): string[] {
  return MIGRATIONS.map((M) => (new M() as { name?: string }).name ?? M.name);
}

/** Runs pending migrations as the owner; with `upTo`, only those up to and including that one (a restore). */
export async function migrate(ownerUrl: string, upTo?: string): Promise<string[]> {
  const names = migrationNames();
  const migrations = upTo === undefined ? MIGRATIONS : MIGRATIONS.slice(0, names.indexOf(upTo) + 1);
  if (upTo !== undefined && !names.includes(upTo)) throw new Error(`unknown migration ${upTo}`);
  const ds = new DataSource(dataSourceOptions(ownerUrl, { poolSize: 1, migrations } as Partial<DataSourceOptions>));
  await ds.initialize();
  try {
    const done = await ds.runMigrations();
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
