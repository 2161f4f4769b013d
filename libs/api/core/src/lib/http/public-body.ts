import etag from 'etag';
import type { Response } from 'express';

/**
 * Sends a public page or file that anyone may keep and must revalidate (`public, no-cache`), with its
 * entity tag, so that a browser or proxy asking again with If-None-Match gets 304 (Express answers it
 * in `send`). The app computes no entity tag for anything else: GraphQL answers are someone's own
 * and never revalidated, and hashing each one costs every request.
 */
export function sendPublic(res: Response, body: string | Buffer): void {
  res.setHeader('Cache-Control', 'public, no-cache');
  res.setHeader('ETag', etag(body, { weak: true }));
  res.send(body);
}
