import { lazy, Suspense } from 'react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kijkje/web/data-access';
import { LoadingState, RouterLink, usePageTitle } from '@kijkje/web/ui';

/** "Mijn taken" and the coordinator's progress boards load after the greeting, in a chunk of their own. */
const StartPageTasks = lazy(() => import('./lazy/tasks').then((m) => ({ default: m.StartPageTasks })));

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { viewer } = useSession();
  if (!viewer) return null;
  const membership = viewer.currentMembership;
  return (
    <>
      <Heading level={1}>{t('home.title')}</Heading>
      <Paragraph>{t('home.greeting', { name: viewer.user.name })}</Paragraph>
      {viewer.currentNetwork ? (
        <dl className="kijkje-facts" data-testid="current-network">
          <dt>{t('home.network')}</dt>
          <dd>{viewer.currentNetwork.name}</dd>
          {membership && (
            <>
              <dt>{t('home.role')}</dt>
              <dd>{t(`roles.${membership.role}`)}</dd>
              <dt>{t('home.organisation')}</dt>
              <dd>{membership.organisation?.name ?? t('common.none')}</dd>
            </>
          )}
        </dl>
      ) : (
        <Paragraph>{t('common.notInNetwork')}</Paragraph>
      )}
      {viewer.currentNetwork && membership && (
        <Suspense fallback={<LoadingState />}>
          <StartPageTasks />
        </Suspense>
      )}
      {viewer.user.isPlatformAdmin && (
        <>
          <Paragraph>{t('home.platformAdmin')}</Paragraph>
          <Paragraph>
            <RouterLink to="/beheer">{t('home.toAdmin')}</RouterLink>
          </Paragraph>
        </>
      )}
    </>
  );
}
