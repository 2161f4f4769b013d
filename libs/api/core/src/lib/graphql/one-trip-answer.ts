import { Logger } from '@nestjs/common';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AppError } from '../errors/app-error';
import { databaseTrouble } from '../errors/database-trouble';
import type { ComputedRoots } from '../read-plan/answer-compiled';
import { beginWithScope, executeStatement, giveUpOn, oneTripRootsOf, preparedOn, type TripRoot } from '../read-plan/one-trip';
import type { RequestContext } from './request-context';

const log = new Logger('Transactions');

/** How the operation's first statement is made and read, for an operation that sends it with everything else. */
export interface OneTripEntry {
  /** The session lookup for this request, or null when there is no session to look up (then the usual path runs). */
  begin(ctx: RequestContext): string | null;
  /** Takes the caller's session and membership from what it answered. */
  entered(ctx: RequestContext, rows: readonly never[]): void;
}

/** What the one trip gave: the answer, a refusal of the operation, or nothing usable (then executed as usual, already admitted). */
export type OneTripOutcome = { data: Record<string, unknown> } | { refused: AppError } | { admitted: true };

export interface OneTripRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  computed?: ComputedRoots;
}

/**
 * A query made only of compiled reads (and computed roots with a probe), answered in one round trip (read-plan/one-trip.ts): BEGIN,
 * the session lookup, every root's statement and COMMIT in one message. Who the caller is becomes
 * known only with the answer, so the operation's admission (rate limit, second factor) and each
 * root's permission and `keep` are checked on it afterwards, before anything of it is sent; when any
 * says no, the answer is dropped and the operation is executed as usual in a transaction of its own,
 * which answers refusals, not-found and audits in one place. Null when the query is not such a query.
 */
export async function answerInOneTrip(
  ds: DataSource,
  ctx: RequestContext,
  entry: OneTripEntry,
  admit: ((ctx: RequestContext, operation: OperationDefinitionNode) => AppError | null | Promise<AppError | null>) | undefined,
  request: OneTripRequest,
): Promise<OneTripOutcome | null> {
  const begin = entry.begin(ctx);
  const reads = begin ? oneTripRootsOf(request.schema, request.document, request.operation, request.variables, request.computed) : null;
  if (!begin || !reads) return null;
  const results = await sendOneTrip(ds, begin, reads);
  if (!results) return null;
  entry.entered(ctx, results.begin as never[]);
  const refused = await admit?.(ctx, request.operation);
  if (refused) return { refused };
  const data: Record<string, unknown> = {};
  for (const [i, read] of reads.entries()) {
    const value = read.finish(ctx, results.answers[i]);
    if (value === null) return { admitted: true };
    data[read.key] = value;
  }
  return { data };
}

interface Sent {
  begin: unknown[];
  answers: unknown[][];
}

/** Sends the one message; null when it could not (no room for more prepared statements, a statement failed). A database that is away or busy throws. */
async function sendOneTrip(ds: DataSource, begin: string, reads: readonly TripRoot[]): Promise<Sent | null> {
  const runner = ds.createQueryRunner();
  try {
    const client = (await runner.connect()) as { query(text: string): Promise<unknown> };
    try {
      const names = await preparedOn(
        client,
        reads.map((r) => r.sql),
      );
      if (!names) return null;
      const statements = ['START TRANSACTION', beginWithScope(begin), ...names.map((name, i) => executeStatement(name, reads[i].args)), 'COMMIT'];
      const results = (await client.query(statements.join('; '))) as { rows: unknown[] }[];
      return { begin: results[1].rows, answers: results.slice(2, -1).map((r) => r.rows) };
    } catch (error) {
      // A failed statement skips the rest of the message, COMMIT included.
      await client.query('ROLLBACK').catch(() => undefined);
      giveUpOn(client);
      if (databaseTrouble(error)) throw error;
      log.warn({ err: error }, 'one-trip read failed; executed as usual');
      return null;
    }
  } finally {
    await runner.release().catch(() => undefined);
  }
}
