import { useCallback, useEffect, useRef, useState } from 'react';
import { readApiError } from '../errors';
import {
  browserStore,
  isRetryable,
  markRefused,
  putInOutbox,
  readOutbox,
  retryAfterMs,
  takeFromOutbox,
  type OutboxItem,
  type OutboxPlace,
} from './outbox-store';

export type SendOutcome<R> = { kind: 'sent'; result: R } | { kind: 'kept' } | { kind: 'refused'; error: unknown };

/** Why the server refused an entry, in both languages, to keep with it. */
function refusal(error: unknown): { nl: string; en: string } {
  const text = (lang: 'nl' | 'en') => {
    const view = readApiError(error, lang);
    return [view.message, ...Object.values(view.fields)].filter((part, index, all) => part && all.indexOf(part) === index).join(' ');
  };
  return { nl: text('nl'), en: text('en') };
}

interface Options<E extends OutboxItem, R> {
  place: OutboxPlace<E>;
  /** Sends one entry (with its idempotency key); the server's answer, or null when none came. */
  deliver: (entry: E) => Promise<R | null>;
  /** An entry that waited reached the server (not the one just submitted: its caller hears it). */
  onSent: (result: R, entry: E) => void;
}

/**
 * One outbox (REL-08): every new entry goes in first and leaves once the server has it. What could
 * not be sent is tried again when the browser is back online, on a timer, and after a reload; the
 * idempotency key keeps a repeat from making a second record.
 */
export function useOutbox<E extends OutboxItem, R>({ place, deliver, onSent }: Options<E, R>) {
  const key = place.key;
  const placeRef = useRef(place);
  const deliverRef = useRef(deliver);
  const onSentRef = useRef(onSent);
  useEffect(() => {
    placeRef.current = place;
    deliverRef.current = deliver;
    onSentRef.current = onSent;
  });
  const [entries, setEntries] = useState<E[]>(() => readOutbox(browserStore(), place));
  const sending = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const reload = useCallback(() => setEntries(readOutbox(browserStore(), placeRef.current)), []);

  const send = useCallback(async (entry: E): Promise<SendOutcome<R>> => {
    if (navigator.onLine === false) return { kind: 'kept' };
    try {
      const result = await deliverRef.current(entry);
      if (result === null) return { kind: 'kept' };
      takeFromOutbox(browserStore(), placeRef.current, entry.idempotencyKey);
      return { kind: 'sent', result };
    } catch (error) {
      return isRetryable(readApiError(error, 'nl').code) ? { kind: 'kept' } : { kind: 'refused', error };
    }
  }, []);

  const flushRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), retryAfterMs(attempt.current++));
  }, []);

  /** Sends what waits, oldest first; stops at the first that must wait longer. */
  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      for (const entry of readOutbox(browserStore(), placeRef.current).filter((e) => !e.refused)) {
        const outcome = await send(entry);
        if (outcome.kind === 'kept') {
          schedule();
          return;
        }
        if (outcome.kind === 'refused') markRefused(browserStore(), placeRef.current, entry.idempotencyKey, refusal(outcome.error));
        else {
          attempt.current = 0;
          onSentRef.current(outcome.result, entry);
        }
      }
    } finally {
      sending.current = false;
      reload();
    }
  }, [reload, schedule, send]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // After a reload (or for another outbox: the place is named by its key), when the browser is
  // back online, and when another tab changed the outbox.
  useEffect(() => {
    reload();
    void flush();
    const onOnline = () => {
      attempt.current = 0;
      void flush();
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) reload();
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('storage', onStorage);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush, reload, key]);

  /**
   * A new entry from a form: kept first, then sent. `refused` (the server said no, e.g. a missing
   * text) takes it out again so the form can show why; `kept` waits for the network. `stored`
   * says whether the browser kept it at all.
   */
  const submit = useCallback(
    async (entry: E): Promise<SendOutcome<R> & { stored: boolean }> => {
      const stored = putInOutbox(browserStore(), placeRef.current, entry);
      reload();
      const outcome = await send(entry);
      if (outcome.kind === 'refused') takeFromOutbox(browserStore(), placeRef.current, entry.idempotencyKey);
      if (outcome.kind === 'kept' && stored) schedule();
      reload();
      return { ...outcome, stored };
    },
    [reload, schedule, send],
  );

  const discard = useCallback(
    (idempotencyKey: string) => {
      takeFromOutbox(browserStore(), placeRef.current, idempotencyKey);
      reload();
    },
    [reload],
  );

  return { entries, submit, discard, retry: flush };
}
