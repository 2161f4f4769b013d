import { isUUID } from 'class-validator';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { OperationDefinitionNode } from 'graphql';
import { AppError, internalError } from '../errors/app-error';
import { databaseStatus, unavailableFor } from '../errors/database-status';
import type { MembershipInfo, RequestContext } from './request-context';
import { Logger } from '@nestjs/common';
import { withRequestId } from '../observability/request-scope';
import { answerCompiled, type ComputedRoots } from '../read-plan/answer-compiled';
import { answerInOneTrip, type OneTripEntry } from './one-trip-answer';

/** Errors go to the structured log, without the failed query's parameters (see errorForLog). */
const log = new Logger('Transactions');

/**
 * Re-scopes the running transaction, e.g. after sign-in or a network switch: sets the user, loads
 * their active membership in the session's network and sets that network only if there is one,
 * all in one statement (kijkje_enter; settings local to the transaction, SEC-02).
 */
export async function rescope(ctx: RequestContext): Promise<void> {
  // The ids come from the session row and are checked to be UUIDs: as literals, the statement has
  // no parameters and travels with the transaction's BEGIN (fewerRoundTrips).
  const rows: MembershipInfo[] = await ctx.em.query(
    `SELECT id, role, organisation_id AS "organisationId" FROM kijkje_enter(${uuidLiteral(ctx.session?.currentNetworkId)}, ${uuidLiteral(ctx.session?.userId)})`,
  );
  ctx.membership = rows[0] ?? null;
}

/** A UUID as an SQL literal; anything else (there is nothing else) as NULL: no user, no network. */
export function uuidLiteral(id: string | null | undefined): string {
  return id && isUUID(id) ? `'${id}'::uuid` : 'NULL';
}

/**
 * Runs work in a scoped transaction of its own, for what happens outside a GraphQL operation (the
 * start of a subscription, a download): the same scoping as the plugin below, all or nothing.
 * `enter` is its first statement: by default the scope of the session the context already holds.
 */
export async function inOwnTransaction<T>(
  ds: DataSource,
  ctx: RequestContext,
  work: () => Promise<T>,
  enter: (ctx: RequestContext) => Promise<void> = rescope,
): Promise<T> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  ctx.queryRunner = qr;
  try {
    await qr.startTransaction();
    await enter(ctx);
    const result = await work();
    await qr.commitTransaction();
    return result;
  } catch (error) {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    ctx.queryRunner = null;
    ctx.loaders.clear();
    await qr.release();
  }
}

export interface OperationEntry {
  /** The transaction's first statement: who the caller is and the scope (SessionService.enter). */
  enter(ctx: RequestContext): Promise<void>;
  /** Once the caller is known: an error that refuses the operation before it runs (a rate limit, a missing second factor), or null. */
  admit?(ctx: RequestContext, operation: OperationDefinitionNode): AppError | null | Promise<AppError | null>;
  /** The app's computed roots, answered as compiled reads are (answerCompiled). */
  computed?: ComputedRoots;
  /** How `enter`'s statement travels with a query of compiled reads, all in one round trip (answerInOneTrip). */
  oneTrip?: OneTripEntry;
}

/**
 * One transaction per GraphQL operation: opened before execution with the caller's session looked
 * up and their tenant set by `set_config(…, true)` in its first statement, committed when the
 * operation succeeded, rolled back on any error.
 */
export function transactionPlugin(ds: DataSource, entry: OperationEntry): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
      return {
        // Opened here rather than in executionDidStart: an error thrown by a hook is "unexpected"
        // to Apollo (a 500 and a log line per request); an answer returned here is not.
        async responseForOperation({ contextValue: ctx, operation, document, schema, request }) {
          if (!operation || operation.operation === 'subscription') return null;
          const respond = (data: Record<string, unknown>) => ({
            body: { kind: 'single' as const, singleResult: { data } },
            http: { status: undefined, headers: new HeaderMap() },
          });
          const qr = ds.createQueryRunner();
          let admitted = false;
          try {
            const asked = { schema, document, operation, variables: request.variables ?? {}, computed: entry.computed };
            const fast = entry.oneTrip ? await answerInOneTrip(ds, ctx, entry.oneTrip, entry.admit, asked) : null;
            if (fast) databaseStatus.reachable();
            if (fast && 'refused' in fast) throw fast.refused;
            if (fast && 'data' in fast) return respond(fast.data);
            // Not answered by it (a refusal, a row the caller may not see): executed as usual, admitted once.
            admitted = fast !== null;
            await qr.connect();
            ctx.queryRunner = qr;
            await qr.startTransaction();
            await entry.enter(ctx);
            databaseStatus.reachable();
            const refused = admitted ? null : await entry.admit?.(ctx, operation);
            if (refused) throw refused;
            // A query made only of compiled reads and computed roots is answered without executing a resolver.
            const data = await answerCompiled(ctx, schema, document, operation, asked.variables, entry.computed);
            return data ? respond(data) : null;
          } catch (error) {
            ctx.queryRunner = null;
            if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
            await qr.release().catch(() => undefined);
            const answer = error instanceof AppError && error.extensions['http'] ? error : unavailableFor(error);
            if (!answer) throw error;
            const { http, ...extensions } = answer.extensions as { http: { status: number; headers: Map<string, string> } };
            return {
              body: { kind: 'single', singleResult: { errors: [withRequestId({ message: answer.message, extensions })] } },
              http: { status: http.status, headers: new HeaderMap(http.headers) },
            };
          }
        },
        async willSendResponse({ contextValue: ctx, response }) {
          const qr = ctx.queryRunner;
          if (!qr) return answerUnavailable(response);
          ctx.queryRunner = null;
          const body = response.body;
          const failed = body.kind === 'single' ? Boolean(body.singleResult.errors?.length) : true;
          try {
            if (failed) await qr.rollbackTransaction();
            else {
              await qr.commitTransaction();
              for (const effect of ctx.afterCommit) effect();
            }
          } catch (error) {
            const unavailable = unavailableFor(error);
            if (!unavailable) log.error({ err: error }, 'transaction end failed');
            if (body.kind === 'single') {
              const e = unavailable ?? internalError();
              const { http: _http, ...extensions } = e.extensions;
              body.singleResult = { data: null, errors: [{ message: e.message, extensions }] };
            }
            if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
          } finally {
            await qr.release().catch(() => undefined);
          }
          answerUnavailable(response);
        },
      };
    },
  };
}

type Response = Parameters<NonNullable<GraphQLRequestListener<RequestContext>['willSendResponse']>>[0]['response'];

/**
 * HTTP 503 with Retry-After when the operation could not run at all because the database
 * could not do it (every error SERVICE_UNAVAILABLE, no field answered), so that load balancers
 * and clients see a retryable answer, not a 200 or a 500.
 */
export function answerUnavailable(response: Response): void {
  const body = response.body;
  if (body.kind !== 'single') return;
  const { data, errors } = body.singleResult;
  if (!errors?.length || !errors.every((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) return;
  if (data && Object.values(data).some((v) => v !== null)) return;
  response.http.status = 503;
  response.http.headers.set('retry-after', String(Math.max(...errors.map((e) => Number(e.extensions?.['retryAfterSeconds']) || 1))));
}
