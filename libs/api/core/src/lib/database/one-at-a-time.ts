import type { QueryRunner } from 'typeorm';

/**
 * Sends a request's statements over its one connection one after the other. DataLoaders of one
 * request dispatch in the same tick; node-postgres would queue them itself but is dropping that
 * (a deprecation today), so the queue is ours. A failed statement does not stop the next one.
 */
export function oneAtATime(qr: QueryRunner): QueryRunner {
  const send = qr.query.bind(qr) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  (qr as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const run = tail.then(() => send(...args));
    tail = run.catch(() => undefined);
    return run;
  };
  return qr;
}
