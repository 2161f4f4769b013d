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

const BODY_ERRORS: Record<string, { code: string; nl: string; en: string }> = {
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  'entity.parse.failed': { code: 'BAD_REQUEST', nl: 'Het verzoek is geen geldige JSON.', en: 'The request is not valid JSON.' },
};
const OTHER_BODY_ERROR = { code: 'BAD_REQUEST', nl: 'Het verzoek kan niet worden gelezen.', en: 'The request cannot be read.' };

/**
 * Errors of the body parser (too large, not JSON, unknown encoding) in the shape of every other
 * error: a GraphQL error with a code and Dutch and English messages, never Express's own page.
 */
export function bodyErrors() {
  return (error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    const status = error.status ?? 500;
    if (status >= 500 || res.headersSent) return next(error);
    const e = (error.type && BODY_ERRORS[error.type]) || OTHER_BODY_ERROR;
    res.status(status).json({ errors: [{ message: e.en, extensions: { code: e.code, messages: { nl: e.nl, en: e.en } } }] });
  };
}
