import { lazy, Suspense, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createApolloClient } from '../lib/apollo';
import { AdminPage } from '../pages/admin-page';
import { ForgotPasswordPage } from '../pages/forgot-password-page';
import { HomePage } from '../pages/home-page';
import { InvitationPage } from '../pages/invitation-page';
import { NotFoundPage } from '../pages/not-found-page';
import { OrganisationsPage } from '../pages/organisations-page';
import { PeoplePage } from '../pages/people-page';
import { ResetPasswordPage } from '../pages/reset-password-page';
import { SignInPage } from '../pages/sign-in-page';
import { Layout } from './layout';
import { RequireAuth, SessionProvider } from './session';
import { LoadingState } from './states';

// The programme pages load on first visit, so the first route stays small.
const ProgrammesPage = lazy(() => import('../pages/programmes/programmes-page').then((m) => ({ default: m.ProgrammesPage })));
const ProgrammePage = lazy(() => import('../pages/programmes/programme-page').then((m) => ({ default: m.ProgrammePage })));
const ProgrammeEditPage = lazy(() => import('../pages/programmes/programme-edit-page').then((m) => ({ default: m.ProgrammeEditPage })));
const CompositionPage = lazy(() => import('../pages/programmes/composition-page').then((m) => ({ default: m.CompositionPage })));
const MyVisitsPage = lazy(() => import('../pages/visits/my-visits-page').then((m) => ({ default: m.MyVisitsPage })));
const VisitPage = lazy(() => import('../pages/visits/visit-page').then((m) => ({ default: m.VisitPage })));
const ReportPage = lazy(() => import('../pages/reports/report-page').then((m) => ({ default: m.ReportPage })));
const HarvestsPage = lazy(() => import('../pages/harvests/harvests-page').then((m) => ({ default: m.HarvestsPage })));
const HarvestPage = lazy(() => import('../pages/harvests/harvest-page').then((m) => ({ default: m.HarvestPage })));
const PublishedHarvestsPage = lazy(() => import('../pages/harvests/published-harvests-page').then((m) => ({ default: m.PublishedHarvestsPage })));
const HarvestVersionPage = lazy(() => import('../pages/harvests/harvest-version-page').then((m) => ({ default: m.HarvestVersionPage })));
const FindingsBoardPage = lazy(() => import('../pages/findings/findings-board-page').then((m) => ({ default: m.FindingsBoardPage })));

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route path="/inloggen" element={<SignInPage />} />
              <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
              <Route path="/wachtwoord-herstellen/:token" element={<ResetPasswordPage />} />
              <Route path="/uitnodiging/:token" element={<InvitationPage />} />
              <Route
                path="/"
                element={
                  <RequireAuth>
                    <HomePage />
                  </RequireAuth>
                }
              />
              <Route
                path="/beheer"
                element={
                  <RequireAuth>
                    <AdminPage />
                  </RequireAuth>
                }
              />
              <Route
                path="/netwerk/organisaties"
                element={
                  <RequireAuth>
                    <OrganisationsPage />
                  </RequireAuth>
                }
              />
              <Route
                path="/netwerk/mensen"
                element={
                  <RequireAuth>
                    <PeoplePage />
                  </RequireAuth>
                }
              />
              <Route
                path="/programmas"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <ProgrammesPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/programmas/:id"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <ProgrammePage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/programmas/:id/bewerken"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <ProgrammeEditPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/programmas/:id/samenstellen"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <CompositionPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/programmas/:id/oogsten"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <HarvestsPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/oogsten"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <PublishedHarvestsPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/oogsten/:id"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <HarvestPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/oogsten/:id/versies/:number"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <HarvestVersionPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/bezoeken"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <MyVisitsPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/bezoeken/:id"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <VisitPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/bezoeken/:id/bevindingen"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <FindingsBoardPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route
                path="/bezoeken/:id/verslag"
                element={
                  <RequireAuth>
                    <Suspense fallback={<LoadingState />}>
                      <ReportPage />
                    </Suspense>
                  </RequireAuth>
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  );
}
