import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  RequestContext,
  SessionRequestBudget,
  currentScope,
  formatError,
  graphqlSignalsPlugin,
  logUnexpected,
  noteCaller,
  servePlanned,
  rateLimited,
  withRequestId,
  transactionPlugin,
  type AppConfig,
  type ComputedRoots,
  type LiveConnections,
  type Metrics,
  type SessionService,
  type SecondFactorGuard,
} from '@kijkje/api/core';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { subscriptionOptions } from './subscriptions';

/** Query limits (SEC-05): aliases ≤ 15, depth ≤ 8, a cost ceiling; the token ceiling is MAX_TOKENS. */
export const ARMOR_LIMITS = {
  maxAliases: { n: 15 },
  maxDepth: { n: 8 },
  costLimit: { maxCost: 5000 },
  // Counted by the GraphQL parser itself (parseOptions below): armor's own token plugin turns
  // every parse error into a 500.
  maxTokens: { enabled: false },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
};

export const MAX_TOKENS = 2000;

export function graphqlOptions(
  config: AppConfig,
  ds: DataSource,
  sessions: SessionService,
  connections: LiveConnections,
  metrics: Metrics,
  secondFactor: SecondFactorGuard,
  computed?: ComputedRoots,
): ApolloDriverConfig {
  const armor = new ApolloArmor(ARMOR_LIMITS).protect();
  const budget = new SessionRequestBudget(config.rateLimit.requestsPerMinute);
  let schema: GraphQLSchema | null = null;
  return {
    // Fields answered by a compiled read are served from it (servePlanned).
    transformSchema: (built: GraphQLSchema) => (schema = servePlanned(built)),
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    // Off unless GRAPHQL_INTROSPECTION asks for it, in every mode (SEC-05, SEC-14).
    introspection: config.introspection,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo indents every answer by default, which costs CPU and bytes on each request
    // (a coordinator's "Mijn taken" is tens of kilobytes) and helps no client.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: armor.validationRules,
    // No HTTP caching of GraphQL answers (every answer is someone's own), so no per-field cache hints either.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      graphqlSignalsPlugin(metrics),
      ...armor.plugins,
      transactionPlugin(ds, {
        enter: (ctx) => sessions.enter(ctx),
        oneTrip: {
          begin: (ctx) => (sessions.tokenFrom(ctx.req) ? sessions.beginStatement(ctx) : null),
          entered: (ctx, rows) => sessions.entered(ctx, rows),
        },
        computed,
        admit: async (ctx, operation) => {
          noteCaller(currentScope(), ctx.session);
          const retryAfter = ctx.session ? budget.take(ctx.session.id) : null;
          if (retryAfter === null) {
            // A network that asks for a second factor the session has not used: only account operations run.
            const refused = await secondFactor.refusal(ctx, operation);
            if (refused) Object.assign(refused.extensions, { http: { status: 200, headers: new Map() } });
            return refused;
          }
          // Refused before the operation runs, as 429 with Retry-After: a load balancer and a client
          // read it as what it is, not as a broken server. Counted with its operation like any answer.
          const error = rateLimited(retryAfter);
          Object.assign(error.extensions, { http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } });
          return error;
        },
      }),
    ],
    subscriptions: subscriptionOptions({
      sessions,
      connections,
      secondFactor,
      allowedOrigins: config.allowedOrigins,
      rules: armor.validationRules,
      maxTokens: MAX_TOKENS,
      schema: () => schema!,
      // Nest's type lists only some graphql-ws hooks; the others (context, onError) reach graphql-ws all the same.
    }) as unknown as ApolloDriverConfig['subscriptions'],
    formatError: (formatted, error) => withRequestId(formatError(formatted, error, logUnexpected)),
    // The session is looked up in the operation's first statement (transactionPlugin, kijkje_begin).
    context: ({ req, res }: { req: Request; res: Response }) => new RequestContext(req, res),
  };
}
