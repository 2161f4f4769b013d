import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { outcome, post } from './replicas';

export const CREATE_FINDING = `mutation($input: CreateFindingInput!) { createFinding(input: $input) { id } }`;
export const BOARD = `query($id: ID!) { visit(id: $id) { id status findings { id } } }`;
const CHANGES = `subscription($id: ID!) { findingChanged(visitId: $id) { findingId change eventId } }`;

export interface LoadWorker {
  cookie: string;
  /** A writer saves findings (each with an idempotency key); a reader loads the board. */
  writes: boolean;
}

export interface LoadFigures {
  sent: number;
  failed: number;
  /** What the failures were (the first 20). */
  failures: string[];
  /** Requests answered, by replica. */
  byReplica: Record<string, number>;
  /** Requests nginx had to send to a second replica. */
  retried: number;
  /** The findings the writers created, as acknowledged. */
  created: string[];
}

/**
 * A steady load through the load balancer: every worker sends one request, waits `pauseMs`, and
 * again, over keep-alive connections, until stopped. Any non-2xx, GraphQL error or connection
 * error counts as failed.
 */
export function startLoad(url: string, visitId: string, workers: LoadWorker[], pauseMs: number, nameOf: (upstream: string | null) => string) {
  const figures: LoadFigures = { sent: 0, failed: 0, failures: [], byReplica: {}, retried: 0, created: [] };
  let stopping = false;
  const loop = async (worker: LoadWorker, n: number) => {
    while (!stopping) {
      const answer = worker.writes
        ? await post(
            url,
            CREATE_FINDING,
            { input: { visitId, kind: 'STRENGTH', theme: 'Wmo', text: `Onder last ${n}-${figures.sent}`, submit: true, idempotencyKey: randomUUID() } },
            worker.cookie,
          )
        : await post(url, BOARD, { id: visitId }, worker.cookie);
      figures.sent += 1;
      const result = outcome(answer);
      if (result !== 'OK') {
        figures.failed += 1;
        if (figures.failures.length < 20)
          figures.failures.push(`${new Date().toISOString()} ${worker.writes ? 'createFinding' : 'board'} via ${answer.upstream ?? '-'}: ${result}`);
      } else {
        const replica = nameOf(answer.upstream);
        figures.byReplica[replica] = (figures.byReplica[replica] ?? 0) + 1;
        if (replica.includes('+')) figures.retried += 1;
        if (worker.writes) figures.created.push(answer.body.data.createFinding.id);
      }
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  };
  const running = Promise.all(workers.map((w, i) => loop(w, i)));
  return {
    figures,
    async stop(): Promise<LoadFigures> {
      stopping = true;
      await running;
      return figures;
    },
  };
}

export interface LiveWatcher {
  /** Finding ids that arrived as events. */
  received: Set<string>;
  /** Finding ids seen on a board reloaded after a REFRESH (the first event, and after every reconnect). */
  reloaded: Set<string>;
  refreshes: number;
  connects: number;
  /** Milliseconds without a socket, per reconnect. */
  gaps: number[];
  errors: string[];
  close(): Promise<void>;
}

/**
 * A live board as the web app keeps it (apps/web use-live-findings.ts and live-link.ts): one
 * graphql-ws subscription through the load balancer that reconnects when its socket drops, says
 * at every reconnect which event it saw last (connectionParams), takes each event's finding, and
 * reloads the whole board on REFRESH.
 */
export function watchBoard(url: string, visitId: string, cookie: string, origin = url): LiveWatcher {
  const watcher: LiveWatcher = { received: new Set(), reloaded: new Set(), refreshes: 0, connects: 0, gaps: [], errors: [], close: async () => undefined };
  const headers = { cookie, origin };
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let lastEventId: string | null = null;
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    connectionParams: () => ({ resume: lastEventId ? { [visitId]: lastEventId } : {} }),
    webSocketImpl: BrowserLikeSocket,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: () => new Promise((r) => setTimeout(r, 200)),
    shouldRetry: (event) => {
      const code = (event as { code?: unknown } | null)?.code;
      return code !== 4401 && code !== 4403;
    },
  });
  let droppedAt: number | null = null;
  client.on('connected', () => {
    watcher.connects += 1;
    if (droppedAt !== null) watcher.gaps.push(Date.now() - droppedAt);
    droppedAt = null;
  });
  client.on('closed', () => (droppedAt ??= Date.now()));
  const reload = async () => {
    const answer = await post(url, BOARD, { id: visitId }, cookie);
    if (outcome(answer) !== 'OK') watcher.errors.push(`reload: ${outcome(answer)}`);
    else for (const f of answer.body.data.visit.findings as { id: string }[]) watcher.reloaded.add(f.id);
  };
  const dispose = client.subscribe<{ findingChanged: { findingId: string | null; change: string; eventId: string | null } }>(
    { query: CHANGES, variables: { id: visitId } },
    {
      next: (result) => {
        if (result.errors) return void watcher.errors.push(JSON.stringify(result.errors));
        const change = result.data!.findingChanged;
        if (change.eventId) lastEventId = change.eventId;
        if (change.change === 'REFRESH' || !change.findingId) {
          watcher.refreshes += 1;
          void reload();
        } else watcher.received.add(change.findingId);
      },
      error: (error) => void watcher.errors.push(`subscription ended with an error: ${JSON.stringify((error as { code?: number }).code ?? String(error))}`),
      complete: () => void watcher.errors.push('subscription completed by the server (it will not be resumed)'),
    },
  );
  watcher.close = async () => {
    dispose();
    await client.dispose();
  };
  return watcher;
}
