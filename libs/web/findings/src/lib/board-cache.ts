import type { ApolloCache, Reference } from '@apollo/client';
import { FindingFieldsFragmentDoc, type FindingFieldsFragment } from '@kijkje/web/data-access';

type FindingsField = readonly Reference[];

/**
 * Puts a finding on its visit's board in the cache (once, by id) and tells whether it is new
 * there. Every screen showing the board follows without a refetch.
 */
export function putOnBoard(cache: ApolloCache, visitId: string, finding: FindingFieldsFragment): boolean {
  const ref = cache.writeFragment({
    fragment: FindingFieldsFragmentDoc,
    fragmentName: 'FindingFields',
    data: { __typename: 'Finding', ...finding } as FindingFieldsFragment,
  });
  let added = false;
  cache.modify({
    id: cache.identify({ __typename: 'Visit', id: visitId }),
    fields: {
      findings(existing: FindingsField = [], { readField }) {
        if (!ref || existing.some((item) => readField('id', item) === finding.id)) return existing;
        added = true;
        return [...existing, ref];
      },
    },
  });
  return added;
}

/** Takes a finding off the board: deleted, or no longer for this reader. */
export function takeOffBoard(cache: ApolloCache, visitId: string, findingId: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'Visit', id: visitId }),
    fields: {
      findings(existing: FindingsField = [], { readField }) {
        return existing.filter((item) => readField('id', item) !== findingId);
      },
    },
  });
  cache.evict({ id: cache.identify({ __typename: 'Finding', id: findingId }) });
  cache.gc();
}
