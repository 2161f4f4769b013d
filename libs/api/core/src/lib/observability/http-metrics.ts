import type { NextFunction, Request, Response } from 'express';
import { routeClass, type Metrics } from './metrics';

const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS']);

/** Counts every answered HTTP request by route class, method and status, and times it. */
export function httpMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const route = routeClass(req.originalUrl.split('?')[0]);
      metrics.httpRequests.inc({ route, method: METHODS.has(req.method) ? req.method : 'OTHER', status: String(res.statusCode) });
      metrics.httpSeconds.observe({ route }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
