import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  APP_LOGGER,
  Metrics,
  ShutdownState,
  assignRequestId,
  bindRequestScope,
  bodyErrors,
  createValidationPipe,
  httpLogging,
  httpMetrics,
  originAllowlist,
  securityHeaders,
  type AppConfig,
} from '@kijkje/api/core';
import { Logger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import cookieParser from 'cookie-parser';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** HTTP concerns shared by the server and the tests: headers, cookies, origin check, validation, the web app. */
export function configureApp(app: INestApplication, config: AppConfig, webDir?: string): void {
  const http = app as NestExpressApplication;
  // X-Forwarded-For decides req.ip (rate limits, audit) only behind proxies named in TRUST_PROXY.
  http.set('trust proxy', config.trustProxy);
  http.disable('x-powered-by');
  // No entity tag computed for every answer (a hash of each GraphQL answer, which nobody revalidates):
  // the public pages and files set their own (sendPublic); static files keep theirs (express.static).
  http.set('etag', false);
  // First: every answer, refusals included, carries its request id, is counted and is logged.
  http.use(assignRequestId());
  http.use(httpMetrics(app.get(Metrics)));
  http.use(httpLogging(app.get<Pino>(APP_LOGGER)));
  app.useLogger(app.get(Logger));
  // Draining (SIGTERM): every answer closes its connection, so a load balancer stops reusing
  // connections to this replica while it still serves, instead of finding them cut at exit.
  const shutdown = app.get(ShutdownState);
  http.use((_req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (shutdown.draining) res.setHeader('Connection', 'close');
    next();
  });
  http.use(securityHeaders(config.appUrl.startsWith('https://')));
  http.use(cookieParser());
  http.use(originAllowlist(config.allowedOrigins));
  http.use(express.json({ limit: '100kb' }));
  http.use(bodyErrors());
  // After the body is read (its stream callbacks would leave the scope): logs and errors of
  // everything the request runs know its id, caller and operation.
  http.use(bindRequestScope());
  app.useGlobalPipes(createValidationPipe());
  if (webDir && existsSync(join(webDir, 'index.html'))) serveWeb(http, webDir);
}

/**
 * Paths the API answers itself; every other GET is a route of the web app. /metrics is not served
 * here (only on METRICS_PORT): it answers 404 rather than the web app.
 */
const SERVER_ROUTES = ['/graphql', '/health', '/export/', '/oogst/', '/afmelden/', '/auth/oidc/', '/metrics', '/bijeenkomst/'];

/** Serves the built single-page app: static files, and index.html for every client route. */
function serveWeb(http: NestExpressApplication, webDir: string): void {
  http.use(
    express.static(webDir, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  http.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || SERVER_ROUTES.some((prefix) => req.path.startsWith(prefix))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(webDir, 'index.html'));
  });
}
