import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { internalError } from '../errors/app-error';
import type { MembershipInfo, RequestContext } from './request-context';
import { Logger } from '@nestjs/common';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID as an SQL literal; anything else (there is nothing else) as NULL: no user, no network. */
export function uuidLiteral(id: string | null | undefined): string {
  return id && UUID.test(id) ? `'${id}'::uuid` : 'NULL';
}

/**
 * Runs work in a scoped transaction of its own, for what happens outside an HTTP operation (the
 * start of a subscription): the same scoping as the plugin below, all or nothing.
 */
export async function inOwnTransaction<T>(ds: DataSource, ctx: RequestContext, work: () => Promise<T>): Promise<T> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  ctx.queryRunner = qr;
  try {
    await qr.startTransaction();
    await rescope(ctx);
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

/**
 * One transaction per GraphQL operation: opened before execution with the caller's tenant set
 * by `set_config(…, true)`, committed when the operation succeeded, rolled back on any error.
 */
export function transactionPlugin(ds: DataSource): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
      return {
        async executionDidStart({ contextValue: ctx, operation }) {
          if (!operation || operation.operation === 'subscription') return;
          const qr = ds.createQueryRunner();
          await qr.connect();
          ctx.queryRunner = qr;
          try {
            await qr.startTransaction();
            await rescope(ctx);
          } catch (error) {
            ctx.queryRunner = null;
            if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
            await qr.release();
            throw error;
          }
        },
        async willSendResponse({ contextValue: ctx, response }) {
          const qr = ctx.queryRunner;
          if (!qr) return;
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
            log.error({ err: error }, 'transaction end failed');
            if (body.kind === 'single') {
              const e = internalError();
              body.singleResult = { data: null, errors: [{ message: e.message, extensions: e.extensions }] };
            }
            if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
          } finally {
            await qr.release();
          }
        },
      };
    },
  };
}
