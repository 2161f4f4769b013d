import { isRetryable, markRefused, outboxKey, putInOutbox, readOutbox, retryAfterMs, takeFromOutbox, type OutboxEntry } from './outbox';

class MemoryStore {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const entry = (key: string, visitId = 'visit-1'): OutboxEntry => ({
  idempotencyKey: key,
  visitId,
  kind: 'CONCERN',
  theme: 'Wmo',
  text: `tekst ${key}`,
  evidence: { source: '', quote: '', indicator: '' },
  tags: [],
  submit: true,
  savedAt: '2026-03-10T13:03:00.000Z',
});

describe('the findings outbox', () => {
  it('keeps entries per person and visit, in the order they were saved', () => {
    const store = new MemoryStore();
    putInOutbox(store, 'user-a', entry('k1'));
    putInOutbox(store, 'user-a', entry('k2'));
    putInOutbox(store, 'user-a', entry('k3', 'visit-2'));
    putInOutbox(store, 'user-b', entry('k4'));
    expect(readOutbox(store, 'user-a', 'visit-1').map((e) => e.idempotencyKey)).toEqual(['k1', 'k2']);
    expect(readOutbox(store, 'user-a', 'visit-2').map((e) => e.idempotencyKey)).toEqual(['k3']);
    expect(readOutbox(store, 'user-b', 'visit-1').map((e) => e.idempotencyKey)).toEqual(['k4']);
  });

  it('holds one entry per idempotency key, however often it is put', () => {
    const store = new MemoryStore();
    putInOutbox(store, 'u', entry('k1'));
    putInOutbox(store, 'u', { ...entry('k1'), text: 'nieuwer' });
    expect(readOutbox(store, 'u', 'visit-1')).toEqual([{ ...entry('k1'), text: 'nieuwer' }]);
  });

  it('forgets an entry once the server has it, and clears the key when empty', () => {
    const store = new MemoryStore();
    putInOutbox(store, 'u', entry('k1'));
    putInOutbox(store, 'u', entry('k2'));
    takeFromOutbox(store, 'u', 'visit-1', 'k1');
    expect(readOutbox(store, 'u', 'visit-1').map((e) => e.idempotencyKey)).toEqual(['k2']);
    takeFromOutbox(store, 'u', 'visit-1', 'k2');
    expect(store.items.has(outboxKey('u', 'visit-1'))).toBe(false);
  });

  it('marks a refused entry but keeps its text', () => {
    const store = new MemoryStore();
    putInOutbox(store, 'u', entry('k1'));
    markRefused(store, 'u', 'visit-1', 'k1', { nl: 'Niet meer mogelijk.', en: 'No longer possible.' });
    expect(readOutbox(store, 'u', 'visit-1')[0]).toMatchObject({ text: 'tekst k1', refused: { nl: 'Niet meer mogelijk.' } });
  });

  it('survives damaged storage and a browser without storage', () => {
    const store = new MemoryStore();
    store.setItem(outboxKey('u', 'visit-1'), '{not json');
    expect(readOutbox(store, 'u', 'visit-1')).toEqual([]);
    store.setItem(outboxKey('u', 'visit-1'), JSON.stringify([{ nonsense: true }, entry('k1')]));
    expect(readOutbox(store, 'u', 'visit-1').map((e) => e.idempotencyKey)).toEqual(['k1']);
    expect(readOutbox(null, 'u', 'visit-1')).toEqual([]);
    expect(putInOutbox(null, 'u', entry('k1'))).toBe(false);
  });

  it('retries later for passing trouble only', () => {
    expect(['NETWORK', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'UNAUTHENTICATED', 'UNKNOWN'].every(isRetryable)).toBe(true);
    expect(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT'].some(isRetryable)).toBe(false);
    expect([0, 1, 2, 3, 10].map(retryAfterMs)).toEqual([2000, 4000, 8000, 16000, 30000]);
  });
});
