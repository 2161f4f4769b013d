import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // The viewer is a singleton per session.
        Viewer: { keyFields: [] },
      },
    }),
  });
}
