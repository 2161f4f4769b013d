import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from './language-switch';
import { NetworkSwitcher } from './network-switcher';
import { NotificationBell } from './notification-bell';
import { RouterLink, RouterNavLink } from '@kijkje/web/ui';
import { SignOutDocument, ViewerDocument, isCoordinator, isFacilitator, useSession } from '@kijkje/web/data-access';

export function Layout() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutDocument);
  // A facilitator sees the work meetings and learning tracks they run, and nothing of the network's peer review.
  const peerReview = Boolean(viewer?.currentNetwork) && !isFacilitator(viewer);

  const onSignOut = async () => {
    try {
      await signOut();
    } finally {
      client.writeQuery({ query: ViewerDocument, data: { viewer: null } });
      void navigate('/inloggen');
      await client.resetStore();
    }
  };

  return (
    <>
      <SkipLink href="#main" className="kijkje-skip-link">
        {t('skipLink')}
      </SkipLink>
      <PageHeader>
        <div className="kijkje-page kijkje-header">
          <RouterLink to="/" className="kijkje-brand">
            {t('app.name')}
          </RouterLink>
          {viewer && (
            <nav className="kijkje-nav" aria-label={t('nav.label')}>
              <ul>
                <li>
                  <RouterNavLink to="/">{t('nav.home')}</RouterNavLink>
                </li>
                {peerReview && (
                  <li>
                    <RouterNavLink to="/netwerk/organisaties">{t('nav.organisations')}</RouterNavLink>
                  </li>
                )}
                {peerReview && (
                  <li>
                    <RouterNavLink to="/programmas" end={false}>
                      {t('nav.programmes')}
                    </RouterNavLink>
                  </li>
                )}
                {peerReview && (
                  <li>
                    <RouterNavLink to="/bezoeken" end={false}>
                      {t('visits.nav')}
                    </RouterNavLink>
                  </li>
                )}
                {peerReview && (
                  <li>
                    <RouterNavLink to="/oogsten" end={false}>
                      {t('harvests.nav')}
                    </RouterNavLink>
                  </li>
                )}
                {viewer.currentNetwork && (
                  <li>
                    <RouterNavLink to="/bijeenkomsten" end={false}>
                      {t('meetings.nav')}
                    </RouterNavLink>
                  </li>
                )}
                {viewer.currentNetwork && (
                  <li>
                    <RouterNavLink to="/leergangen" end={false}>
                      {t('tracks.nav')}
                    </RouterNavLink>
                  </li>
                )}
                {viewer.currentNetwork && (
                  <li>
                    <NotificationBell networkId={viewer.currentNetwork.id} />
                  </li>
                )}
                {viewer.currentNetwork && isCoordinator(viewer) && (
                  <li>
                    <RouterNavLink to="/netwerk/mensen">{t('nav.people')}</RouterNavLink>
                  </li>
                )}
                <li>
                  <RouterNavLink to="/account">{t('account.nav')}</RouterNavLink>
                </li>
                {viewer.user.isPlatformAdmin && (
                  <li>
                    <RouterNavLink to="/beheer">{t('nav.admin')}</RouterNavLink>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <div className="kijkje-tools">
            {viewer && <NetworkSwitcher key={viewer.currentNetwork?.id ?? 'none'} viewer={viewer} />}
            <LanguageSwitch />
            {viewer && (
              <Button type="button" appearance="subtle-button" onClick={() => void onSignOut()}>
                {t('signOut')}
              </Button>
            )}
          </div>
        </div>
      </PageHeader>
      <main id="main" tabIndex={-1} className="kijkje-page kijkje-main">
        <Outlet />
      </main>
      <PageFooter>
        <div className="kijkje-page kijkje-footer">
          <Paragraph>{t('app.footer')}</Paragraph>
          <nav aria-label={t('statements.footerLabel')}>
            <ul className="kijkje-footer-links">
              <li>
                <RouterLink to="/privacy">{t('statements.privacy')}</RouterLink>
              </li>
              <li>
                <RouterLink to="/toegankelijkheid">{t('statements.accessibility')}</RouterLink>
              </li>
            </ul>
          </nav>
        </div>
      </PageFooter>
    </>
  );
}
