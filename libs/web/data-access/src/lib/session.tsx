import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { ViewerDocument, type ViewerQuery } from '../generated/graphql';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

interface Session {
  viewer: Viewer | null;
  loading: boolean;
  error: unknown;
}

const SessionContext = createContext<Session>({ viewer: null, loading: true, error: null });

export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, loading, error } = useQuery(ViewerDocument);
  const session: Session = {
    viewer: data?.viewer ?? null,
    loading: loading && !data,
    error: data ? null : (error ?? null),
  };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

export function isCoordinator(viewer: Viewer | null): boolean {
  return viewer?.currentMembership?.role === 'COORDINATOR';
}

/** A facilitator (begeleider) works in the network only on the learning tracks and work meetings they run: the shell shows them nothing of peer review. */
export function isFacilitator(viewer: Viewer | null): boolean {
  return viewer?.currentMembership?.role === 'FACILITATOR';
}
