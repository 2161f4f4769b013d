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

/** Runs pending migrations as the owner. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(ownerUrl, { poolSize: 1 } as Partial<DataSourceOptions>));
  await ds.initialize();
  try {
    const done = await ds.runMigrations();
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
