import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';

export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

type Listener = () => void;

/**
 * Whether the live board is connected, for a quiet indicator on screen. A tiny store so React
 * can read it with useSyncExternalStore.
 */
export const liveStatus = (() => {
  let state: LiveState = 'idle';
  const listeners = new Set<Listener>();
  return {
    get: (): LiveState => state,
    set(next: LiveState) {
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
})();

/**
 * Where each followed board left off: the last event seen, by visit. Sent with every (re)connect,
 * so the server sends what was missed while the socket was down instead of a REFRESH.
 */
export const liveResume = (() => {
  const last = new Map<string, string>();
  return {
    note(visitId: string, eventId: string) {
      last.delete(visitId); // the most recent boards last, so the oldest go first past the limit
      last.set(visitId, eventId);
      if (last.size > 50) last.delete(last.keys().next().value!);
    },
    params: (): { resume: Record<string, string> } => ({ resume: Object.fromEntries(last) }),
  };
})();

/** The socket lives on the same origin and path as HTTP, so the session cookie signs it in. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/** Waits 1, 2, 4 … seconds, at most 10, plus some jitter so many screens do not reconnect in step. */
export function retryDelay(retries: number, random = Math.random): number {
  return Math.min(1000 * 2 ** retries, 10_000) + Math.floor(random() * 500);
}

/**
 * 4401 and 4403: the server closed the socket because the session ended (signed out elsewhere,
 * a password reset, expiry, deactivation) or there is none. Trying again would be refused again,
 * every few seconds for ever; the next page load or request asks the person to sign in.
 */
export function worthRetrying(event: unknown): boolean {
  const code = (event as { code?: unknown } | null | undefined)?.code;
  return code !== 4401 && code !== 4403;
}

/**
 * Subscriptions over graphql-ws (Apollo Client's GraphQLWsLink). graphql-ws and the link are
 * loaded on the first subscription, so pages without a live board do not carry them; the socket
 * opens lazily, closes when nothing listens, and reconnects for as long as someone does.
 */
export function createLiveLink(): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  const load = () =>
    (loading ??= Promise.all([import('graphql-ws'), import('@apollo/client/link/subscriptions')]).then(([{ createClient }, { GraphQLWsLink }]) => {
      const client = createClient({
        url: liveUrl(window.location),
        lazy: true,
        lazyCloseTimeout: 3_000,
        keepAlive: 15_000,
        retryAttempts: Number.POSITIVE_INFINITY,
        retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
        // A dropped network or a restarted server is worth retrying: after a reconnect the server
        // sends what was missed (connectionParams), or REFRESH where it cannot, so nothing missed in
        // between stays missing. An ended session is not.
        shouldRetry: worthRetrying,
        // Asked at every connect, so a reconnect says where each board left off.
        connectionParams: liveResume.params,
      });
      client.on('connecting', (isRetry) => liveStatus.set(isRetry ? 'reconnecting' : 'connecting'));
      client.on('connected', () => liveStatus.set('connected'));
      // 1000: closed on purpose (nobody listens any more); a session that ended is not retried
      // either; anything else is a drop that is retried.
      client.on('closed', (event) =>
        liveStatus.set((event as { code?: number } | undefined)?.code === 1000 || !worthRetrying(event) ? 'idle' : 'reconnecting'),
      );
      return new GraphQLWsLink(client);
    }));

  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        let inner: Subscription | null = null;
        let closed = false;
        load().then(
          (link) => {
            if (closed) return;
            const result = link.request(operation, () => new Observable());
            if (result) inner = result.subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}
