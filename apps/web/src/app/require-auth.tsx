import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '@kijkje/web/data-access';
import { ErrorState, LoadingState } from '@kijkje/web/ui';

/**
 * Protected pages: signed-out visitors go to /inloggen and come back after signing in; a person
 * whose network asks for a second factor they have not used goes to its section of the account page.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, loading, error } = useSession();
  const location = useLocation();
  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (!viewer) return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  // The network asks for a second factor this session has not used: only the account page works until then.
  if (viewer.secondFactorRequired && location.pathname !== '/account') return <Navigate to="/account#tweede-factor" replace />;
  return <>{children}</>;
}
