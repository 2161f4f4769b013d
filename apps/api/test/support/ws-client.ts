import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  /** Everything received so far. */
  received: T[];
  /** The error that ended the subscription, if any. */
  error: unknown;
  /** Resolves with the first received value that matches. */
  next(match?: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Resolves once the server listens (its first event, a REFRESH) or has refused. */
  ready: Promise<void>;
  /** Resolves when the subscription has ended: completed by the server, or its socket closed. */
  ended: Promise<void>;
  /** The close code of the socket, when the server closed it. */
  closeCode: number | null;
  close(): Promise<void>;
}

/**
 * A graphql-ws client as a browser would be: it sends the session cookie and the page's origin
 * with the WebSocket handshake.
 */
export function wsClient(httpUrl: string, options: { cookie?: string | null; origin?: string; connectionParams?: Record<string, unknown> } = {}): Client {
  const headers: Record<string, string> = {};
  if (options.cookie) headers['cookie'] = options.cookie;
  headers['origin'] = options.origin ?? new URL(httpUrl).origin;
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: BrowserLikeSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: options.connectionParams,
  });
}

export function subscribe<T = Record<string, any>>(client: Client, query: string, variables: Record<string, unknown>): Subscription<T> {
  const received: T[] = [];
  const waiters: { match: (v: T) => boolean; resolve: (v: T) => void }[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let markEnded: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (markEnded = resolve));
  const sub: Subscription<T> = {
    received,
    error: null,
    ready,
    ended,
    closeCode: null,
    next(match = () => true, timeoutMs = 10_000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching event within ${timeoutMs} ms; received ${JSON.stringify(received)}; error ${JSON.stringify(sub.error)}`)),
          timeoutMs,
        );
        waiters.push({ match, resolve: (v) => (clearTimeout(timer), resolve(v)) });
      });
    },
    close: async () => {
      dispose();
      await client.dispose();
    },
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        markReady();
        if (result.errors) {
          sub.error = result.errors;
          return;
        }
        const value = result.data as T;
        received.push(value);
        for (const w of waiters.splice(0)) {
          if (w.match(value)) w.resolve(value);
          else waiters.push(w);
        }
      },
      error: (error) => {
        sub.error = error;
        const code = (error as { code?: unknown } | null)?.code;
        if (typeof code === 'number') sub.closeCode = code;
        markReady();
        markEnded();
      },
      complete: () => {
        markReady();
        markEnded();
      },
    },
  );
  return sub;
}
