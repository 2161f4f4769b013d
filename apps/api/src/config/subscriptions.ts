import {
  RequestContext,
  formatError,
  liveResumeFrom,
  logUnexpected,
  unauthenticated,
  type LiveConnections,
  type SecondFactorGuard,
  type SessionService,
} from '@kijkje/api/core';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { IncomingMessage } from 'node:http';

interface WsContext {
  extra: {
    request: IncomingMessage & { kijkje?: RequestContext; kijkjeForget?: () => void };
    socket: { close(code: number, reason: string): void };
  };
  connectionParams?: Record<string, unknown>;
}

/** graphql-ws's close code for "Unauthorized": the client does not try again with the same session. */
const UNAUTHORIZED = 4401;

interface SubscribeMessage {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const parseCookies = cookieParser();

/**
 * GraphQL over WebSocket (graphql-ws) for the live findings board. The browser's session cookie
 * signs the socket in; a socket from another origin is refused (a cross-site page must not be
 * able to listen with the visitor's cookie); the same query limits apply as over HTTP; and only
 * subscriptions travel here: queries and mutations go over HTTP, in their transaction. The socket
 * follows its session (SEC-13): when the session ends or expires the socket is closed, and every
 * new subscription asks for the session again, and for the network's second-factor policy: a
 * session that has not used the second factor its network asks for follows nothing live.
 */
export function subscriptionOptions(options: {
  sessions: SessionService;
  connections: LiveConnections;
  secondFactor: SecondFactorGuard;
  allowedOrigins: string[];
  rules: readonly ValidationRule[];
  maxTokens: number;
  schema: () => GraphQLSchema;
}) {
  const origins = new Set(options.allowedOrigins);
  return {
    'graphql-ws': {
      path: '/graphql',
      onConnect: async (ws: WsContext): Promise<boolean> => {
        const req = ws.extra.request;
        const origin = req.headers.origin;
        if (origin && !origins.has(origin)) return false;
        await new Promise<void>((resolve) => parseCookies(req as Request, {} as Response, () => resolve()));
        const ctx = new RequestContext(req as Request, undefined as unknown as Response);
        ctx.session = await options.sessions.resolve(req as Request);
        if (!ctx.session) return false;
        // Sent anew by the client at every (re)connect: where each board it follows left off.
        ctx.liveResume = liveResumeFrom(ws.connectionParams);
        req.kijkje = ctx;
        const socket = ws.extra.socket;
        req.kijkjeForget = options.connections.follow(ctx.session.id, () => socket.close(UNAUTHORIZED, 'Unauthorized'));
        return true;
      },
      onClose: (ws: WsContext) => {
        ws.extra.request.kijkjeForget?.();
      },
      onSubscribe: async (ws: WsContext, _id: string, payload: SubscribeMessage): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        // The session as it is now, not as it was when the socket opened: it may have ended (the
        // socket is then closed) or moved to another network.
        const base = ws.extra.request.kijkje!;
        const { session, membership } = await options.sessions.resolveWithMembership(ws.extra.request as Request);
        if (!session || session.id !== base.session?.id) {
          ws.extra.socket.close(UNAUTHORIZED, 'Unauthorized');
          return [unauthenticated()];
        }
        base.session = session;
        base.membership = membership;
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The operation cannot be parsed.')];
        }
        const schema = options.schema();
        const errors = validate(schema, document, [...specifiedRules, ...options.rules]);
        if (errors.length) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLError('Only subscriptions travel over the WebSocket; send queries and mutations over HTTP.', { extensions: { code: 'BAD_REQUEST' } }),
          ];
        }
        // The same admission as over HTTP: the network's second-factor policy (audited when it refuses).
        const refused = await options.secondFactor.refusal(base, operation);
        if (refused) return [refused];
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables ?? undefined };
      },
      // Each subscription gets a context of its own (its own loaders), signed in as the socket.
      context: (ws: WsContext): RequestContext => {
        const base = ws.extra.request.kijkje!;
        const ctx = new RequestContext(base.req, base.res);
        ctx.session = base.session;
        ctx.liveResume = base.liveResume;
        return ctx;
      },
      onNext: (_ws: WsContext, _id: string, _payload: unknown, _args: unknown, result: { errors?: readonly GraphQLError[] }) =>
        result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e, logUnexpected)) } : result,
      onError: (_ws: WsContext, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
        errors.map((e) => formatError(e.toJSON(), e, logUnexpected)),
    },
  };
}
