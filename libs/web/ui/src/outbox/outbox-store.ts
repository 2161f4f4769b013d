/**
 * What a person typed while the connection was down (REL-08), kept in this browser until the
 * server has it: the findings a reviewer captures, the cards at a meeting's theme table. Each
 * entry carries the idempotency key of its one intended creation, so sending it again after a lost
 * answer, a reload or from a second tab never makes a second record.
 */
export interface OutboxItem {
  idempotencyKey: string;
  /** When it was saved in this browser (ISO). */
  savedAt: string;
  /** Set when the server refused it for good (e.g. the visit or table no longer takes any). */
  refused?: { nl: string; en: string } | null;
}

export type OutboxStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One outbox: where in the browser it lives, and how to tell its entries from anything else stored there. */
export interface OutboxPlace<E extends OutboxItem> {
  key: string;
  isEntry: (value: unknown) => value is E;
}

/** The common prefix of every outbox's key (`kijkje.outbox.v1.…`), per person and what they write to. */
export const OUTBOX_PREFIX = 'kijkje.outbox.v1';

/** An entry's own fields are sound (the caller checks the rest). */
export function isOutboxItem(value: unknown): value is OutboxItem {
  if (!value || typeof value !== 'object') return false;
  const item = value as Partial<OutboxItem>;
  return typeof item.idempotencyKey === 'string' && typeof item.savedAt === 'string';
}

export function readOutbox<E extends OutboxItem>(store: OutboxStore | null, place: OutboxPlace<E>): E[] {
  if (!store) return [];
  try {
    const raw = store.getItem(place.key);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter(place.isEntry) : [];
  } catch {
    return [];
  }
}

function write<E extends OutboxItem>(store: OutboxStore | null, place: OutboxPlace<E>, entries: E[]): boolean {
  if (!store) return false;
  try {
    if (entries.length === 0) store.removeItem(place.key);
    else store.setItem(place.key, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

/** Adds (or replaces, by key) an entry; false when the browser would not keep it. */
export function putInOutbox<E extends OutboxItem>(store: OutboxStore | null, place: OutboxPlace<E>, entry: E): boolean {
  const entries = readOutbox(store, place).filter((e) => e.idempotencyKey !== entry.idempotencyKey);
  return write(store, place, [...entries, entry]);
}

export function takeFromOutbox<E extends OutboxItem>(store: OutboxStore | null, place: OutboxPlace<E>, idempotencyKey: string): void {
  const entries = readOutbox(store, place);
  const rest = entries.filter((e) => e.idempotencyKey !== idempotencyKey);
  if (rest.length !== entries.length) write(store, place, rest);
}

export function markRefused<E extends OutboxItem>(
  store: OutboxStore | null,
  place: OutboxPlace<E>,
  idempotencyKey: string,
  refused: { nl: string; en: string },
): void {
  const entries = readOutbox(store, place).map((e) => (e.idempotencyKey === idempotencyKey ? { ...e, refused } : e));
  write(store, place, entries);
}

/** localStorage, or null where the browser refuses it (private mode, blocked storage). */
export function browserStore(): OutboxStore | null {
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
