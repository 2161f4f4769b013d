import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** What the logs know of one request: filled in as the request learns it (session, operation). */
export interface RequestScope {
  requestId: string;
  userId?: string;
  /** The tenant: the network the session works in. */
  networkId?: string;
  operation?: string;
  operationType?: string;
}

type ScopedRequest = Request & { id?: string; kijkjeScope?: RequestScope };

const storage = new AsyncLocalStorage<RequestScope>();

/** A request id a client or proxy may choose: a short token, nothing that could forge a log line. */
const SANE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_ID.test(value) ? value : randomUUID();
}

/**
 * First of all middleware: gives the request its id (a sane incoming X-Request-Id, else a new
 * UUID) and answers it as X-Request-Id, on every response, refusals included.
 */
export function assignRequestId() {
  return (req: ScopedRequest, res: Response, next: NextFunction) => {
    const id = requestIdFrom(req.headers['x-request-id']);
    req.id = id;
    req.kijkjeScope = { requestId: id };
    res.setHeader('X-Request-Id', id);
    next();
  };
}

/**
 * Makes the request's scope the current one for everything the request runs. Mounted after the
 * body is parsed: a body stream's callbacks would run outside the scope.
 */
export function bindRequestScope() {
  return (req: ScopedRequest, _res: Response, next: NextFunction) => {
    const scope = req.kijkjeScope ?? { requestId: requestIdFrom(undefined) };
    storage.run(scope, next);
  };
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}

export function scopeOf(req: unknown): RequestScope | undefined {
  return (req as ScopedRequest | undefined)?.kijkjeScope;
}

/** Tells the current request's logs who is asking, once the session is known. */
export function noteCaller(scope: RequestScope | undefined, session: { userId: string; currentNetworkId: string | null } | null): void {
  if (!scope || !session) return;
  scope.userId = session.userId;
  if (session.currentNetworkId) scope.networkId = session.currentNetworkId;
}

/** The error as the client gets it, with the id under which the request was logged. */
export function withRequestId<T extends { extensions?: Record<string, unknown> }>(error: T): T {
  const requestId = currentScope()?.requestId;
  return requestId ? { ...error, extensions: { ...error.extensions, requestId } } : error;
}
