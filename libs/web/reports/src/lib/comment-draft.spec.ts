import { commentDrafts, type DraftStorage } from './comment-draft';

function memory(): DraftStorage & { size(): number } {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    size: () => items.size,
  };
}

describe('the host’s unsaved comment', () => {
  it('is kept per visit while it differs from the saved one', () => {
    const store = memory();
    const drafts = commentDrafts(store);
    drafts.keep('v1', 'Wij zien het anders.', '');
    drafts.keep('v2', 'Klopt.', 'Klopt');
    expect(drafts.load('v1')).toBe('Wij zien het anders.');
    expect(drafts.load('v2')).toBe('Klopt.');
    expect(drafts.load('v3')).toBeNull();
  });

  it('is let go once it is what is saved, once it is empty, or when cleared', () => {
    const store = memory();
    const drafts = commentDrafts(store);
    drafts.keep('v1', 'Tekst', '');
    drafts.keep('v1', 'Tekst', 'Tekst');
    expect(drafts.load('v1')).toBeNull();
    drafts.keep('v1', 'Nieuw', '');
    drafts.keep('v1', '   ', '');
    expect(drafts.load('v1')).toBeNull();
    drafts.keep('v1', 'Nog eens', '');
    drafts.clear('v1');
    expect(store.size()).toBe(0);
  });

  it('works without storage, and when storage refuses', () => {
    expect(commentDrafts(null).load('v1')).toBeNull();
    const refusing: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const drafts = commentDrafts(refusing);
    expect(() => drafts.keep('v1', 'Tekst', '')).not.toThrow();
    expect(drafts.load('v1')).toBeNull();
    expect(() => drafts.clear('v1')).not.toThrow();
  });
});
