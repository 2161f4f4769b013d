import { useApolloClient, useSubscription } from '@apollo/client/react';
import { MeetingPlenaryChangedDocument, MeetingTableChangedDocument, PlenaryDocument, TableCardsDocument } from '@kijkje/web/data-access';

/** Keeps a table's cards current: any change refetches them under the viewer's own rights. */
export function useLiveTable(tableId: string, skip: boolean): void {
  const client = useApolloClient();
  useSubscription(MeetingTableChangedDocument, {
    variables: { tableId },
    skip,
    ignoreResults: true,
    onData: () => void client.query({ query: TableCardsDocument, variables: { tableId }, fetchPolicy: 'network-only' }).catch(() => undefined),
    // The server ended the table's live updates (its host changed, or it was removed): reload under the viewer's rights now.
    onError: () => void client.query({ query: TableCardsDocument, variables: { tableId }, fetchPolicy: 'network-only' }).catch(() => undefined),
  });
}

/** Keeps the plenary current: a table's yields changed, or the meeting did. */
export function useLivePlenary(meetingId: string): void {
  const client = useApolloClient();
  useSubscription(MeetingPlenaryChangedDocument, {
    variables: { meetingId },
    ignoreResults: true,
    onData: () => void client.query({ query: PlenaryDocument, variables: { meetingId }, fetchPolicy: 'network-only' }).catch(() => undefined),
  });
}
