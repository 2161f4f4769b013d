import type { FindingKind } from '@kijkje/web/data-access';

/**
 * Findings typed while the connection is down (REL-08): kept in this browser until the server
 * has them. Each entry carries the idempotency key of its one intended creation, so sending it
 * again after a lost answer, a reload or from a second tab never makes a second finding.
 */
export interface OutboxEntry {
  idempotencyKey: string;
  visitId: string;
  kind: FindingKind;
  theme: string;
  text: string;
  evidence: { source: string; quote: string; indicator: string };
  tags: string[];
  submit: boolean;
  /** When the reviewer saved it (ISO). */
  savedAt: string;
  /** Set when the server refused it for good (e.g. the visit no longer takes findings). */
  refused?: { nl: string; en: string } | null;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'kijkje.outbox.v1';

/** One outbox per person and visit: a shared computer never sends one person's text as another's. */
export function outboxKey(userId: string, visitId: string): string {
  return `${PREFIX}.${userId}.${visitId}`;
}

function isEntry(value: unknown): value is OutboxEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<OutboxEntry>;
  return typeof entry.idempotencyKey === 'string' && typeof entry.visitId === 'string' && typeof entry.text === 'string' && typeof entry.theme === 'string';
}

export function readOutbox(store: Store | null, userId: string, visitId: string): OutboxEntry[] {
  if (!store) return [];
  try {
    const raw = store.getItem(outboxKey(userId, visitId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function write(store: Store | null, userId: string, visitId: string, entries: OutboxEntry[]): boolean {
  if (!store) return false;
  try {
    if (entries.length === 0) store.removeItem(outboxKey(userId, visitId));
    else store.setItem(outboxKey(userId, visitId), JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

/** Adds (or replaces, by key) an entry; false when the browser would not keep it. */
export function putInOutbox(store: Store | null, userId: string, entry: OutboxEntry): boolean {
  const entries = readOutbox(store, userId, entry.visitId).filter((e) => e.idempotencyKey !== entry.idempotencyKey);
  return write(store, userId, entry.visitId, [...entries, entry]);
}

export function takeFromOutbox(store: Store | null, userId: string, visitId: string, idempotencyKey: string): void {
  const entries = readOutbox(store, userId, visitId);
  const rest = entries.filter((e) => e.idempotencyKey !== idempotencyKey);
  if (rest.length !== entries.length) write(store, userId, visitId, rest);
}

export function markRefused(store: Store | null, userId: string, visitId: string, idempotencyKey: string, refused: { nl: string; en: string }): void {
  const entries = readOutbox(store, userId, visitId).map((e) => (e.idempotencyKey === idempotencyKey ? { ...e, refused } : e));
  write(store, userId, visitId, entries);
}

/** localStorage, or null where the browser refuses it (private mode, blocked storage). */
export function browserStore(): Store | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Retry after 2, 4, 8 … seconds, at most 30. */
export function retryAfterMs(attempt: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempt), 30_000);
}

/** Codes that say "not now" rather than "never": the entry stays and is sent again later. */
export function isRetryable(code: string): boolean {
  return code === 'NETWORK' || code === 'RATE_LIMITED' || code === 'SERVICE_UNAVAILABLE' || code === 'UNAUTHENTICATED' || code === 'UNKNOWN';
}
