import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict } from '../errors/app-error';

/** A value PostgreSQL computes as the row is written, instead of one sent as a parameter. */
export class SqlValue {
  constructor(readonly sql: string) {}
}

/** The statement's time (`now()`): the same for everything one transaction stamps. */
export const SQL_NOW = new SqlValue('now()');
/** The moment of this very write (`clock_timestamp()`), as `updated_at` columns use. */
export const SQL_CLOCK = new SqlValue('clock_timestamp()');

/** Which row, by its key: property → value. */
export type VersionedKey<T> = { [K in keyof T]?: T[K] };
/** Further conditions on the row: each property must equal its value, or be one of them when given a list. */
export type VersionedWhen<T> = { [K in keyof T]?: T[K] | readonly T[K][] };
/** What to change: property → new value (left out when undefined), or a value PostgreSQL computes. */
export type VersionedChanges<T> = { [K in keyof T]?: (T[K] extends (infer E)[] ? readonly E[] : never) | T[K] | SqlValue };

export interface VersionedOptions<T> {
  /** Only while the row is also so (e.g. in a status); otherwise it is a CONFLICT like a stale version. */
  when?: VersionedWhen<T>;
  /** The version the caller already knows to be current (it holds the row locked, or just read it): CONFLICT names it without reading the row again. */
  currentVersion?: number;
  /** Builds the error for a stale version from the row as it is now, e.g. to show it beside the caller's edit. */
  onConflict?: (current: T | null) => Error | Promise<Error>;
}

/**
 * Optimistic concurrency (REL-02) in one statement: `UPDATE … SET …, version = version + 1
 * WHERE <key> AND version = $n RETURNING *`. When nobody else saved first, the row as written;
 * otherwise nothing changes and CONFLICT carries the version the row has now. Runs in the
 * caller's transaction (`em`). Values go through the entity's column metadata, so JSON columns
 * take objects and transformers apply both ways.
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: VersionedKey<T>,
  version: number,
  changes: VersionedChanges<T>,
  options: VersionedOptions<T> = {},
): Promise<T> {
  const metadata = em.connection.getMetadata(entity);
  const driver = em.connection.driver;
  const columnOf = (property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return column;
  };
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;

  const conditions = Object.entries({ ...key, ...options.when }).map(([property, value]) => {
    const column = columnOf(property);
    return Array.isArray(value)
      ? `${column.databaseName} = ANY(${param(value.map((v) => driver.preparePersistentValue(v, column)))})`
      : `${column.databaseName} = ${param(driver.preparePersistentValue(value, column))}`;
  });
  const versionColumn = columnOf('version').databaseName;
  conditions.push(`${versionColumn} = ${param(version)}`);
  const sets = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([property, value]) => {
      const column = columnOf(property);
      return `${column.databaseName} = ${value instanceof SqlValue ? value.sql : param(driver.preparePersistentValue(value, column))}`;
    });
  sets.push(`${versionColumn} = ${versionColumn} + 1`);

  const [rows]: [Record<string, unknown>[], number] = await em.query(
    `UPDATE ${metadata.tablePath} SET ${sets.join(', ')} WHERE ${conditions.join(' AND ')} RETURNING *`,
    params,
  );
  if (!rows.length) throw await conflictFor(em, entity, key, options);
  const written = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in rows[0]) column.setEntityValue(written, driver.prepareHydratedValue(rows[0][column.databaseName], column));
  }
  return written;
}

async function conflictFor<T extends ObjectLiteral & { version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: VersionedKey<T>,
  options: VersionedOptions<T>,
): Promise<Error> {
  if (options.currentVersion !== undefined && !options.onConflict) return conflict(options.currentVersion);
  const current = await em.findOneBy(entity, key as never);
  return options.onConflict ? options.onConflict(current) : conflict(current?.version);
}

/**
 * The caller's version must be the one read (usually under a lock) before a long check or a write
 * that is no UPDATE of this row; otherwise CONFLICT with the version the row has.
 */
export function expectVersion(current: { version: number }, version: number): void {
  if (current.version !== version) throw conflict(current.version);
}
