import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { RequestContext } from '../graphql/request-context';
import type { Metrics } from './metrics';
import { noteCaller, scopeOf } from './request-scope';

const log = new Logger('GraphQL');

/**
 * Logs an error no one expected (formatError's INTERNAL_SERVER_ERROR): the error underneath, by
 * its kind, message and stack only (a failed query's own fields hold the SQL parameters).
 */
export function logUnexpected(error: unknown): void {
  log.error({ err: (error as { originalError?: unknown } | null)?.originalError ?? error }, 'unexpected error');
}

/**
 * Per GraphQL operation: names it in the request's logs (operation, type, caller, tenant) and
 * counts it, with its time and its errors. The variables are never looked at.
 */
export function graphqlSignalsPlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }): Promise<GraphQLRequestListener<RequestContext>> {
      const started = process.hrtime.bigint();
      let operation = metrics.operationLabel(null, false);
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: ast }) {
          operation = metrics.operationLabel(operationName, true);
          type = ast?.operation ?? 'unknown';
          const scope = scopeOf(contextValue.req);
          if (scope) {
            scope.operation = operation;
            scope.operationType = type;
          }
        },
        async willSendResponse({ response, errors }) {
          // A sign-in learns its caller during the operation.
          noteCaller(scopeOf(contextValue.req), contextValue.session);
          const labels = { operation, type };
          metrics.operations.inc(labels);
          metrics.operationSeconds.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const first = sent?.[0] ?? errors?.[0];
          if (first) metrics.operationErrors.inc({ ...labels, code: metrics.errorCode(first.extensions?.['code']) });
        },
      };
    },
  };
}
