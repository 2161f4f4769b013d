import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '@kijkje/web/data-access';
import { ErrorState, LoadingState } from '@kijkje/web/ui';

/** Protected pages: signed-out visitors go to /inloggen and come back after signing in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { viewer, loading, error } = useSession();
  const location = useLocation();
  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (!viewer) return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  return <>{children}</>;
}
