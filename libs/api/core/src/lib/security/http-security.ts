import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Security headers for every response (SEC-11). */
export function securityHeaders(secure: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Rejects state-changing requests that a browser sent from another origin (SEC-06). */
export function originAllowlist(allowed: string[]) {
  const origins = new Set(allowed);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (SAFE.has(req.method) || !origin || origins.has(origin)) return next();
    res.status(403).json({
      errors: [
        {
          message: 'Origin not allowed.',
          extensions: { code: 'FORBIDDEN', messages: { nl: 'Herkomst niet toegestaan.', en: 'Origin not allowed.' } },
        },
      ],
    });
  };
}
