import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { CreateFindingDocument, type FindingFieldsFragment } from '@kijkje/web/data-access';
import { readApiError } from '@kijkje/web/ui';
import { putOnBoard } from './board-cache';
import { evidenceInput } from './finding-labels';
import { browserStore, isRetryable, markRefused, outboxKey, putInOutbox, readOutbox, retryAfterMs, takeFromOutbox, type OutboxEntry } from './outbox';

export type SendOutcome = { kind: 'sent'; finding: FindingFieldsFragment } | { kind: 'kept' } | { kind: 'refused'; error: unknown };

function refusal(error: unknown): { nl: string; en: string } {
  const text = (lang: 'nl' | 'en') => {
    const view = readApiError(error, lang);
    return [view.message, ...Object.values(view.fields)].filter((part, index, all) => part && all.indexOf(part) === index).join(' ');
  };
  return { nl: text('nl'), en: text('en') };
}

function inputOf(entry: OutboxEntry) {
  return {
    visitId: entry.visitId,
    idempotencyKey: entry.idempotencyKey,
    kind: entry.kind,
    theme: entry.theme,
    text: entry.text,
    tags: entry.tags,
    submit: entry.submit,
    evidence: evidenceInput(entry.evidence),
  };
}

/**
 * The reviewer's outbox for one visit (REL-08): every new finding goes in first and leaves once
 * the server has it. What could not be sent is tried again when the browser is back online,
 * on a timer, and after a reload; the idempotency key keeps a repeat from making a second one.
 */
export function useOutbox({ visitId, userId, onSent }: { visitId: string; userId: string; onSent: (finding: FindingFieldsFragment) => void }) {
  const client = useApolloClient();
  const [entries, setEntries] = useState<OutboxEntry[]>(() => readOutbox(browserStore(), userId, visitId));
  const sending = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onSentRef = useRef(onSent);
  useEffect(() => {
    onSentRef.current = onSent;
  });

  const reload = useCallback(() => setEntries(readOutbox(browserStore(), userId, visitId)), [userId, visitId]);

  const send = useCallback(
    async (entry: OutboxEntry): Promise<SendOutcome> => {
      if (navigator.onLine === false) return { kind: 'kept' };
      try {
        const result = await client.mutate({ mutation: CreateFindingDocument, variables: { input: inputOf(entry) } });
        const finding = result.data?.createFinding;
        if (!finding) return { kind: 'kept' };
        putOnBoard(client.cache, visitId, finding);
        takeFromOutbox(browserStore(), userId, visitId, entry.idempotencyKey);
        return { kind: 'sent', finding };
      } catch (error) {
        return isRetryable(readApiError(error, 'nl').code) ? { kind: 'kept' } : { kind: 'refused', error };
      }
    },
    [client, userId, visitId],
  );

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
      for (const entry of readOutbox(browserStore(), userId, visitId).filter((e) => !e.refused)) {
        const outcome = await send(entry);
        if (outcome.kind === 'kept') {
          schedule();
          return;
        }
        if (outcome.kind === 'refused') markRefused(browserStore(), userId, visitId, entry.idempotencyKey, refusal(outcome.error));
        else {
          attempt.current = 0;
          onSentRef.current(outcome.finding);
        }
      }
    } finally {
      sending.current = false;
      reload();
    }
  }, [reload, schedule, send, userId, visitId]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // After a reload, when the browser is back online, and when another tab changed the outbox.
  useEffect(() => {
    void flush();
    const onOnline = () => {
      attempt.current = 0;
      void flush();
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === outboxKey(userId, visitId)) reload();
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('storage', onStorage);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush, reload, userId, visitId]);

  /**
   * A new finding from the capture form: kept first, then sent. `refused` (the server said no,
   * e.g. a missing text) takes it out again so the form can show why; `kept` waits for the network.
   */
  const submit = useCallback(
    async (entry: OutboxEntry): Promise<SendOutcome & { stored: boolean }> => {
      const stored = putInOutbox(browserStore(), userId, entry);
      reload();
      const outcome = await send(entry);
      if (outcome.kind === 'refused') takeFromOutbox(browserStore(), userId, visitId, entry.idempotencyKey);
      if (outcome.kind === 'kept' && stored) schedule();
      reload();
      return { ...outcome, stored };
    },
    [reload, schedule, send, userId, visitId],
  );

  const discard = useCallback(
    (idempotencyKey: string) => {
      takeFromOutbox(browserStore(), userId, visitId, idempotencyKey);
      reload();
    },
    [reload, userId, visitId],
  );

  return { entries, submit, discard, retry: flush };
}
