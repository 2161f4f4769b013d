import { useCallback, useMemo } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { PostMeetingCardDocument, TableCardsDocument, type MeetingCardFieldsFragment } from '@kijkje/web/data-access';
import { useOutbox } from '@kijkje/web/ui';
import { cardOutbox, type CardEntry } from './card-outbox';

/**
 * The cards this person typed at one table that the server does not have yet. Each goes in the
 * outbox first and leaves once posted; what waits is sent again when the phone is back online, on
 * a timer and after a reload, always with its own idempotency key, so it is posted exactly once.
 */
export function useCardOutbox({ tableId, userId, onSent }: { tableId: string; userId: string; onSent: (card: MeetingCardFieldsFragment) => void }) {
  const client = useApolloClient();
  const place = useMemo(() => cardOutbox(userId, tableId), [userId, tableId]);
  const deliver = useCallback(
    async (entry: CardEntry) => {
      const { data } = await client.mutate({
        mutation: PostMeetingCardDocument,
        variables: { input: { tableId: entry.tableId, kind: entry.kind, text: entry.text, idempotencyKey: entry.idempotencyKey } },
      });
      const card = data?.postMeetingCard ?? null;
      // The table as the server has it now, with the new card in its place.
      if (card) void client.query({ query: TableCardsDocument, variables: { tableId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      return card;
    },
    [client, tableId],
  );
  return useOutbox({ place, deliver, onSent });
}
