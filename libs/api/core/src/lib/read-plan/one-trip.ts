import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../graphql/request-context';
import {
  Decline,
  finishCompiled,
  fragmentsOf,
  isCompiledRoot,
  planRoot,
  rootFieldsOf,
  rootShaper,
  shapeComputed,
  type ComputedRoots,
  type PlannedRoot,
} from './answer-compiled';
import { NotCompilable } from './compile-read';
import { compiledReadsOn } from './planned';
import { SCOPE } from './read-node';

/*
 * A query made only of compiled reads in one round trip: the transaction's BEGIN, the session lookup
 * that scopes it (kijkje_begin), the compiled statements and the COMMIT travel in one message, and
 * PostgreSQL answers them in one. The compiled statements cannot wait for the caller's scope to come
 * back as parameters, so here they read it from the transaction's settings, which the first
 * statement sets; the root's own arguments (ids checked to be UUIDs) are written in as literals.
 * Each statement is prepared (PREPARE) once per connection, so it is parsed and planned once there,
 * as the named statements of the usual path are.
 */

/** The settings the scope is read from, set by the first statement for the rest of the transaction. */
const SETTINGS: Record<keyof typeof SCOPE, string> = {
  user: `nullif(current_setting('app.user_id', true), '')`,
  organisation: `nullif(current_setting('app.organisation_id', true), '')`,
  network: `nullif(current_setting('app.network_id', true), '')`,
  coordinator: `coalesce(current_setting('app.coordinator', true) = 'true', false)`,
};
const SCOPE_KEYS = Object.keys(SCOPE) as (keyof typeof SCOPE)[];

/**
 * The session lookup of an operation's first statement (`SELECT * FROM kijkje_begin(…)`) that also
 * leaves the caller's organisation and coordinatorship in the transaction's settings (kijkje_begin
 * itself sets the user and the network). Without a session nothing is set, and the statements read
 * nobody's scope.
 */
export function beginWithScope(begin: string): string {
  return `SELECT b.*, set_config('app.organisation_id', coalesce(b.organisation_id::text, ''), true) AS scope_organisation,
                 set_config('app.coordinator', (b.membership_id IS NOT NULL AND b.role = 'COORDINATOR')::text, true) AS scope_coordinator
            FROM (${begin}) b`;
}

/** A compiled read's statement with its scope taken from the settings and its own arguments renumbered from $1. */
export function scopedBySettings(sql: string): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1;
    return i < SCOPE_KEYS.length ? `(${SETTINGS[SCOPE_KEYS[i]]})` : `$${i + 1 - SCOPE_KEYS.length}`;
  });
}

/** At most this many statements prepared per connection; beyond it, queries take the usual path. */
export const ONE_TRIP_PER_CONNECTION = 100;

interface Client {
  query(text: string): Promise<unknown>;
}

const prepared = new WeakMap<object, Map<string, string>>();
/** Connections on which a one-trip message failed: they take the usual path from then on (a statement they hold may be gone). */
const givenUp = new WeakSet<object>();

/** After a failed message: this connection's statements are no longer trusted, and it sends no more one-trip messages. */
export function giveUpOn(client: object): void {
  givenUp.add(client);
}

/**
 * The names under which these compiled statements are prepared on this connection, preparing those
 * it does not have yet (a round trip of its own, once per connection and statement; PREPARE outlives
 * the transaction). Null when the connection has no room for more, or has given up on one trips.
 */
export async function preparedOn(client: Client, statements: readonly string[]): Promise<string[] | null> {
  if (givenUp.has(client)) return null;
  let names = prepared.get(client);
  if (!names) prepared.set(client, (names = new Map()));
  const missing = [...new Set(statements.filter((sql) => !names.has(sql)))];
  if (names.size + missing.length > ONE_TRIP_PER_CONNECTION) return null;
  // One at a time: a PREPARE that fails leaves nothing behind, and its name is free for the next try.
  for (const sql of missing) {
    const name = `kijkje_read_${names.size + 1}`;
    await client.query(`PREPARE ${name} AS ${scopedBySettings(sql)}`);
    names.set(sql, name);
  }
  return statements.map((sql) => names.get(sql)!);
}

/** Runs a prepared compiled statement with its arguments, UUIDs already checked, as literals. */
export function executeStatement(name: string, args: readonly unknown[]): string {
  if (!args.every((a) => typeof a === 'string' && /^[0-9a-fA-F-]{36}$/.test(a))) throw new Error('only checked ids travel as literals');
  return args.length ? `EXECUTE ${name}(${args.map((a) => `'${a as string}'`).join(', ')})` : `EXECUTE ${name}`;
}

/** A root field answered in one trip: its statement and arguments, and its value from the statement's rows for the caller. */
export interface TripRoot {
  key: string;
  sql: string;
  args: unknown[];
  /** The shaped value, or null when this caller's answer must come from the usual path (a refusal, a null the schema forbids, nothing kept). */
  finish(ctx: RequestContext, rows: unknown[]): unknown;
}

/** Runs a finish, a shaped null where the schema allows none making it null. */
function declinedAsNull(finish: () => unknown): unknown {
  try {
    return finish();
  } catch (error) {
    if (error instanceof Decline) return null;
    throw error;
  }
}

/** A compiled root, finished as in the usual transaction (finishCompiled). */
function compiledTrip(root: PlannedRoot): TripRoot {
  return { key: root.key, sql: root.compiled.sql, args: root.args, finish: (ctx, rows) => declinedAsNull(() => finishCompiled(ctx, root, rows)) };
}

/**
 * The roots of a query that may be answered in one trip, worked out before anything is known of the
 * caller: every root a compiled read, or a computed root with a probe (and no arguments). Null for
 * any other query.
 */
export function oneTripRootsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  computed?: ComputedRoots,
): TripRoot[] | null {
  if (!compiledReadsOn()) return null;
  const fields = rootFieldsOf(operation, (name) => isCompiledRoot(name) || computed?.probe(name) !== undefined);
  if (!fields) return null;
  const fragments = fragmentsOf(document);
  const queryType = schema.getQueryType()!;
  const trips: TripRoot[] = [];
  try {
    for (const field of fields) {
      const probe = computed?.probe(field.name.value);
      if (probe) {
        const shape = field.arguments?.length ? null : rootShaper(queryType, field, fragments);
        if (!shape) return null;
        trips.push({
          key: field.alias?.value ?? field.name.value,
          sql: probe.sql,
          args: [],
          finish: (ctx, rows) => {
            if (!ctx.networkId || !ctx.actor) return null;
            const value = probe.answer(ctx, rows);
            return value === null || value === undefined ? null : declinedAsNull(() => shapeComputed(shape, value));
          },
        });
        continue;
      }
      const root = planRoot(queryType, field, fragments, variables);
      if (!root) return null;
      trips.push(compiledTrip(root));
    }
  } catch (error) {
    if (error instanceof Decline || error instanceof NotCompilable) return null;
    throw error;
  }
  return trips;
}
