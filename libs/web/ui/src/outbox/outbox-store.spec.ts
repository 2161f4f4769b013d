import {
  isOutboxItem,
  isRetryable,
  markRefused,
  putInOutbox,
  readOutbox,
  retryAfterMs,
  takeFromOutbox,
  type OutboxItem,
  type OutboxPlace,
} from './outbox-store';

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

interface Note extends OutboxItem {
  text: string;
}

const isNote = (value: unknown): value is Note => isOutboxItem(value) && typeof (value as Partial<Note>).text === 'string';
const place = (key: string): OutboxPlace<Note> => ({ key, isEntry: isNote });
const note = (key: string): Note => ({ idempotencyKey: key, savedAt: '2026-03-10T13:03:00.000Z', text: `tekst ${key}` });

describe('an outbox in the browser (REL-08)', () => {
  it('keeps entries per place, in the order they were saved', () => {
    const store = new MemoryStore();
    putInOutbox(store, place('a'), note('k1'));
    putInOutbox(store, place('a'), note('k2'));
    putInOutbox(store, place('b'), note('k3'));
    expect(readOutbox(store, place('a')).map((e) => e.idempotencyKey)).toEqual(['k1', 'k2']);
    expect(readOutbox(store, place('b')).map((e) => e.idempotencyKey)).toEqual(['k3']);
  });

  it('holds one entry per idempotency key, however often it is put', () => {
    const store = new MemoryStore();
    putInOutbox(store, place('a'), note('k1'));
    putInOutbox(store, place('a'), { ...note('k1'), text: 'nieuwer' });
    expect(readOutbox(store, place('a'))).toEqual([{ ...note('k1'), text: 'nieuwer' }]);
  });

  it('forgets an entry once the server has it, and clears the key when empty', () => {
    const store = new MemoryStore();
    putInOutbox(store, place('a'), note('k1'));
    putInOutbox(store, place('a'), note('k2'));
    takeFromOutbox(store, place('a'), 'k1');
    expect(readOutbox(store, place('a')).map((e) => e.idempotencyKey)).toEqual(['k2']);
    takeFromOutbox(store, place('a'), 'k2');
    expect(store.items.has('a')).toBe(false);
  });

  it('marks a refused entry but keeps its text', () => {
    const store = new MemoryStore();
    putInOutbox(store, place('a'), note('k1'));
    markRefused(store, place('a'), 'k1', { nl: 'Niet meer mogelijk.', en: 'No longer possible.' });
    expect(readOutbox(store, place('a'))[0]).toMatchObject({ text: 'tekst k1', refused: { nl: 'Niet meer mogelijk.' } });
  });

  it('survives damaged storage, foreign entries and a browser without storage', () => {
    const store = new MemoryStore();
    store.setItem('a', '{not json');
    expect(readOutbox(store, place('a'))).toEqual([]);
    store.setItem('a', JSON.stringify([{ nonsense: true }, { idempotencyKey: 'k0', savedAt: 'x' }, note('k1')]));
    expect(readOutbox(store, place('a')).map((e) => e.idempotencyKey)).toEqual(['k1']);
    expect(readOutbox(null, place('a'))).toEqual([]);
    expect(putInOutbox(null, place('a'), note('k1'))).toBe(false);
  });

  it('retries later for passing trouble only', () => {
    expect(['NETWORK', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'UNAUTHENTICATED', 'UNKNOWN'].every(isRetryable)).toBe(true);
    expect(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT'].some(isRetryable)).toBe(false);
    expect([0, 1, 2, 3, 10].map(retryAfterMs)).toEqual([2000, 4000, 8000, 16000, 30000]);
  });
});
