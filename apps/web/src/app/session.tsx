import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router-dom';
import { ViewerDocument, type ViewerQuery } from '../generated/graphql';
import { LoadingState, ErrorState } from './states';

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

/** Protected pages: signed-out visitors go to /inloggen and come back after signing in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, loading, error } = useSession();
  const location = useLocation();
  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (!viewer) return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}
