/**
 * The host's comment while it is not saved yet, kept per visit for the browser tab
 * (sessionStorage): when the report changes under the host (the lead reopens or finalises it),
 * the comment form goes, but what the host typed does not.
 */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (visitId: string) => `kijkje:report-comment:${visitId}`;

function sessionStore(): DraftStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage switched off: the draft lives in the form only
  }
}

export function commentDrafts(storage: DraftStorage | null = sessionStore()) {
  return {
    load(visitId: string): string | null {
      try {
        return storage?.getItem(key(visitId)) ?? null;
      } catch {
        return null;
      }
    },
    /** Keeps `text` unless it is what is saved already (then there is nothing to keep). */
    keep(visitId: string, text: string, saved: string): void {
      try {
        if (text === saved || !text.trim()) storage?.removeItem(key(visitId));
        else storage?.setItem(key(visitId), text);
      } catch {
        // full or switched off: nothing more to do
      }
    },
    clear(visitId: string): void {
      try {
        storage?.removeItem(key(visitId));
      } catch {
        // as above
      }
    },
  };
}
