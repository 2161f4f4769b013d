import { useApolloClient } from '@apollo/client/react';
import { HarvestDocument, type HarvestQuery } from '@kijkje/web/data-access';

export type Harvest = HarvestQuery['harvest'];

/** Refetches the harvest after a CONFLICT; returns it as the server has it now. */
export function useLatest(id: string) {
  const client = useApolloClient();
  return async (): Promise<Harvest | null> => {
    const result = await client.query({ query: HarvestDocument, variables: { id }, fetchPolicy: 'network-only' }).catch(() => null);
    return result?.data?.harvest ?? null;
  };
}
