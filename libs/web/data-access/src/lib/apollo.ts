import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { createLiveLink } from './live-link';

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
  });
  return new ApolloClient({
    // Subscriptions over the WebSocket, everything else over HTTP (each in its own transaction).
    link: ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, createLiveLink(), http),
    cache: new InMemoryCache({
      typePolicies: {
        // The viewer is a singleton per session.
        Viewer: { keyFields: [] },
        // Objects without an id of their own belong to their parent: the newest answer wins.
        VisitRightsView: { merge: true },
        FindingRightsView: { merge: true },
        FindingCountsView: { merge: true },
        SelfAssessmentView: { merge: true },
        Evidence: { merge: true },
        Visit: {
          fields: {
            findings: { merge: false },
            team: { merge: false },
            agenda: { merge: false },
            teamProblems: { merge: false },
            preparationProblems: { merge: false },
          },
        },
        // The report as it is now (revision null) and each kept revision are different objects;
        // a finding inside one is a copy of its time, so it belongs to that report, not by id.
        VisitReport: {
          keyFields: ['visitId', 'revision'],
          fields: { team: { merge: false }, findings: { merge: false }, revisions: { merge: false }, themes: { merge: false } },
        },
        ReportFinding: { keyFields: false },
        ReportRightsView: { merge: true },
        Finding: { fields: { comments: { merge: false }, tags: { merge: false } } },
      },
    }),
  });
}
