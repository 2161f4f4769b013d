import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  RequestContext,
  SessionRequestBudget,
  formatError,
  rateLimited,
  transactionPlugin,
  type AppConfig,
  type SessionService,
} from '@kijkje/api/core';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';

/** Query limits (SEC-05): aliases ≤ 15, depth ≤ 8, a cost ceiling and a token ceiling. */
export const ARMOR_LIMITS = {
  maxAliases: { n: 15 },
  maxDepth: { n: 8 },
  costLimit: { maxCost: 5000 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
};

export function graphqlOptions(config: AppConfig, ds: DataSource, sessions: SessionService): ApolloDriverConfig {
  const armor = new ApolloArmor(ARMOR_LIMITS).protect();
  const budget = new SessionRequestBudget(config.rateLimit.requestsPerMinute);
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, transactionPlugin(ds)],
    formatError: (formatted, error) => formatError(formatted, error),
    context: async ({ req, res }: { req: Request; res: Response }) => {
      const ctx = new RequestContext(req, res);
      ctx.session = await sessions.resolve(req);
      const retryAfter = ctx.session ? budget.take(ctx.session.id) : null;
      if (retryAfter !== null) throw rateLimited(retryAfter);
      return ctx;
    },
  };
}
