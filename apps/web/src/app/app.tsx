import { lazy, Suspense, useState, type ComponentType } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ForgotPasswordPage, InvitationPage, ResetPasswordPage, SignInPage } from '@kijkje/web/account';
import { createApolloClient, SessionProvider } from '@kijkje/web/data-access';
import { AdminPage, OrganisationsPage, PeoplePage, ProcessingOverviewPage } from '@kijkje/web/networks';
import { LoadingState } from '@kijkje/web/ui';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';

/**
 * The pages of the contexts past the network load on first visit, so the first route stays small.
 * Each goes through a module of the shell (./lazy/…), one chunk per context.
 */
const ProgrammesPage = lazy(() => import('./lazy/programmes').then((m) => ({ default: m.ProgrammesPage })));
const ProgrammePage = lazy(() => import('./lazy/programmes').then((m) => ({ default: m.ProgrammeRoute })));
const ProgrammeEditPage = lazy(() => import('./lazy/programmes').then((m) => ({ default: m.ProgrammeEditPage })));
const CompositionPage = lazy(() => import('./lazy/rounds').then((m) => ({ default: m.CompositionPage })));
const MyVisitsPage = lazy(() => import('./lazy/visits').then((m) => ({ default: m.MyVisitsPage })));
const VisitPage = lazy(() => import('./lazy/visits').then((m) => ({ default: m.VisitPage })));
const FindingsBoardPage = lazy(() => import('./lazy/findings').then((m) => ({ default: m.FindingsBoardPage })));
const ReportPage = lazy(() => import('./lazy/reports').then((m) => ({ default: m.ReportPage })));
const ActionPlanPage = lazy(() => import('./lazy/reports').then((m) => ({ default: m.ActionPlanPage })));
const TimelinePage = lazy(() => import('./lazy/reports').then((m) => ({ default: m.TimelinePage })));
const HarvestsPage = lazy(() => import('./lazy/harvests').then((m) => ({ default: m.HarvestsPage })));
const HarvestPage = lazy(() => import('./lazy/harvests').then((m) => ({ default: m.HarvestPage })));
const PublishedHarvestsPage = lazy(() => import('./lazy/harvests').then((m) => ({ default: m.PublishedHarvestsPage })));
const NotificationsPage = lazy(() => import('./lazy/notifications').then((m) => ({ default: m.NotificationsPage })));
const NotificationSettingsPage = lazy(() => import('./lazy/notifications').then((m) => ({ default: m.NotificationSettingsPage })));
const CalendarFeedPage = lazy(() => import('./lazy/notifications').then((m) => ({ default: m.CalendarFeedPage })));
const AccountPage = lazy(() => import('./lazy/account').then((m) => ({ default: m.AccountPage })));
const MeetingsPage = lazy(() => import('./lazy/meetings').then((m) => ({ default: m.MeetingsPage })));
const MeetingPage = lazy(() => import('./lazy/meetings').then((m) => ({ default: m.MeetingPage })));
const MeetingTablePage = lazy(() => import('./lazy/meetings').then((m) => ({ default: m.TablePage })));
const MeetingPlenaryPage = lazy(() => import('./lazy/meetings').then((m) => ({ default: m.PlenaryPage })));
const MeetingReportPage = lazy(() => import('./lazy/meetings').then((m) => ({ default: m.MeetingReportPage })));
const HarvestVersionPage = lazy(() => import('./lazy/harvests').then((m) => ({ default: m.HarvestVersionPage })));
const TracksPage = lazy(() => import('./lazy/tracks').then((m) => ({ default: m.TracksPage })));
const TrackPage = lazy(() => import('./lazy/tracks').then((m) => ({ default: m.TrackPage })));
const TrackCasePage = lazy(() => import('./lazy/tracks').then((m) => ({ default: m.TrackCasePage })));
// The statements render Markdown: the renderer stays out of the first route.
const PrivacyPage = lazy(() => import('./statements/statement-page').then((m) => ({ default: m.PrivacyPage })));
const AccessibilityPage = lazy(() => import('./statements/statement-page').then((m) => ({ default: m.AccessibilityPage })));

/** Pages for everyone: signing in and what leads to it. */
const publicPages: [string, ComponentType][] = [
  ['/inloggen', SignInPage],
  ['/wachtwoord-vergeten', ForgotPasswordPage],
  ['/wachtwoord-herstellen/:token', ResetPasswordPage],
  ['/uitnodiging/:token', InvitationPage],
  ['/privacy', PrivacyPage],
  ['/toegankelijkheid', AccessibilityPage],
];

/** Pages behind sign-in: signed-out visitors go to /inloggen and come back after. */
const protectedPages: [string, ComponentType][] = [
  ['/', HomePage],
  ['/beheer', AdminPage],
  ['/netwerk/organisaties', OrganisationsPage],
  ['/netwerk/mensen', PeoplePage],
  ['/netwerk/verwerkingsoverzicht', ProcessingOverviewPage],
  ['/programmas', ProgrammesPage],
  ['/programmas/:id', ProgrammePage],
  ['/programmas/:id/bewerken', ProgrammeEditPage],
  ['/programmas/:id/samenstellen', CompositionPage],
  ['/programmas/:id/oogsten', HarvestsPage],
  ['/oogsten', PublishedHarvestsPage],
  ['/oogsten/:id', HarvestPage],
  ['/oogsten/:id/versies/:number', HarvestVersionPage],
  ['/bezoeken', MyVisitsPage],
  ['/bezoeken/:id', VisitPage],
  ['/bezoeken/:id/bevindingen', FindingsBoardPage],
  ['/bezoeken/:id/verslag', ReportPage],
  ['/bezoeken/:id/verbeterplan', ActionPlanPage],
  ['/tijdlijn', TimelinePage],
  ['/tijdlijn/:organisationId', TimelinePage],
  ['/bijeenkomsten', MeetingsPage],
  ['/bijeenkomsten/:id', MeetingPage],
  ['/bijeenkomsten/:id/tafels/:tableId', MeetingTablePage],
  ['/bijeenkomsten/:id/plenair', MeetingPlenaryPage],
  ['/bijeenkomsten/:id/verslag', MeetingReportPage],
  ['/leergangen', TracksPage],
  ['/leergangen/:id', TrackPage],
  ['/leergangen/:id/casus/:participantId', TrackCasePage],
  ['/meldingen', NotificationsPage],
  ['/account', AccountPage],
  ['/account/meldingen', NotificationSettingsPage],
  ['/account/agenda', CalendarFeedPage],
];

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              {publicPages.map(([path, Page]) => (
                <Route
                  key={path}
                  path={path}
                  element={
                    <Suspense fallback={<LoadingState />}>
                      <Page />
                    </Suspense>
                  }
                />
              ))}
              {protectedPages.map(([path, Page]) => (
                <Route
                  key={path}
                  path={path}
                  element={
                    <RequireAuth>
                      <Suspense fallback={<LoadingState />}>
                        <Page />
                      </Suspense>
                    </RequireAuth>
                  }
                />
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </ApolloProvider>
  );
}
