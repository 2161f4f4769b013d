import { putInOutbox, readOutbox } from '@kijkje/web/ui';
import { findingsOutbox, outboxKey, type OutboxEntry } from './outbox';

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
  it('keeps entries per person and visit, under the key earlier versions stored them', () => {
    const store = new MemoryStore();
    putInOutbox(store, findingsOutbox('user-a', 'visit-1'), entry('k1'));
    putInOutbox(store, findingsOutbox('user-a', 'visit-1'), entry('k2'));
    putInOutbox(store, findingsOutbox('user-a', 'visit-2'), entry('k3', 'visit-2'));
    putInOutbox(store, findingsOutbox('user-b', 'visit-1'), entry('k4'));
    expect(readOutbox(store, findingsOutbox('user-a', 'visit-1')).map((e) => e.idempotencyKey)).toEqual(['k1', 'k2']);
    expect(readOutbox(store, findingsOutbox('user-a', 'visit-2')).map((e) => e.idempotencyKey)).toEqual(['k3']);
    expect(readOutbox(store, findingsOutbox('user-b', 'visit-1')).map((e) => e.idempotencyKey)).toEqual(['k4']);
    expect(outboxKey('user-a', 'visit-1')).toBe('kijkje.outbox.v1.user-a.visit-1');
  });

  it('reads only findings from its place', () => {
    const store = new MemoryStore();
    store.setItem(
      outboxKey('u', 'visit-1'),
      JSON.stringify([{ idempotencyKey: 'c1', savedAt: 'x', tableId: 't', kind: 'STRENGTH', text: 'kaartje' }, entry('k1')]),
    );
    expect(readOutbox(store, findingsOutbox('u', 'visit-1')).map((e) => e.idempotencyKey)).toEqual(['k1']);
  });
});
