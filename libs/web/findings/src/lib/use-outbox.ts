import { useCallback, useMemo } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { CreateFindingDocument, type FindingFieldsFragment } from '@kijkje/web/data-access';
import { useOutbox as useSharedOutbox } from '@kijkje/web/ui';
import { putOnBoard } from './board-cache';
import { evidenceInput } from './finding-labels';
import { findingsOutbox, type OutboxEntry } from './outbox';

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
 * the server has it, then stands on the board. What waits is sent again when the browser is back
 * online, on a timer, and after a reload; the idempotency key keeps a repeat from making a second one.
 */
export function useOutbox({ visitId, userId, onSent }: { visitId: string; userId: string; onSent: (finding: FindingFieldsFragment) => void }) {
  const client = useApolloClient();
  const place = useMemo(() => findingsOutbox(userId, visitId), [userId, visitId]);
  const deliver = useCallback(
    async (entry: OutboxEntry) => {
      const result = await client.mutate({ mutation: CreateFindingDocument, variables: { input: inputOf(entry) } });
      const finding = result.data?.createFinding ?? null;
      if (finding) putOnBoard(client.cache, visitId, finding);
      return finding;
    },
    [client, visitId],
  );
  return useSharedOutbox({ place, deliver, onSent });
}
