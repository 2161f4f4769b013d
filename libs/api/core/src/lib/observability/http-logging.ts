import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type Options } from 'pino-http';
import { LOG_SERIALIZERS, loggedPath } from './logger';
import { requestIdFrom, scopeOf } from './request-scope';

const pathOf = (req: IncomingMessage) => loggedPath((req as { originalUrl?: string }).originalUrl ?? req.url ?? '');

/**
 * pino-http's options: one line per finished request (method, path, status, time, and the
 * request's scope: id, caller, tenant, GraphQL operation); probes are not logged.
 */
export function httpLoggingOptions(logger: Logger): Options {
  const withScope = (req: IncomingMessage, value: object) => ({ ...scopeOf(req), ...value });
  return {
    logger,
    serializers: LOG_SERIALIZERS,
    wrapSerializers: false,
    genReqId: (req) => (req as { id?: string }).id ?? requestIdFrom(req.headers['x-request-id']),
    autoLogging: { ignore: (req) => pathOf(req).startsWith('/health/') },
    // 503 is the retryable answer of a database that is away or busy: DatabaseStatus already says
    // so once per outage, so each such request is an ordinary access line, not an error.
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || (res.statusCode >= 500 && res.statusCode !== 503) ? 'error' : 'info',
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customSuccessObject: (req, _res, value) => withScope(req, value),
    // A 5xx without a thrown error gets a made-up Error from pino-http, with a stack of its own
    // internals: the status says it all, so the line carries no `err`.
    customErrorObject: (req, _res, error, value) => {
      if (!error.message.startsWith('failed with status code ')) return withScope(req, value);
      const { err: _made, ...rest } = value as { err?: unknown };
      return withScope(req, rest);
    },
  };
}

export function httpLogging(logger: Logger) {
  return pinoHttp(httpLoggingOptions(logger));
}
