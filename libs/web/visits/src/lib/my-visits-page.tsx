import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { reportReachable } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { MyVisitsDocument, isCoordinator, useSession } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, usePageTitle } from '@kijkje/web/ui';
import { formatVisitTime, roleOf, visitTitle } from './visit-labels';
import './visits.css';

/** Bezoeken: the visits the reader's organisation hosts or the reader reviews, soonest first. */
export function MyVisitsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  usePageTitle(t('visits.mine.title'));
  const inNetwork = Boolean(viewer?.currentNetwork);
  const { data, loading, error } = useQuery(MyVisitsDocument, { fetchPolicy: 'cache-and-network', skip: !inNetwork });
  const lang = i18n.language;

  if (!inNetwork) {
    return (
      <>
        <Heading level={1}>{t('visits.mine.title')}</Heading>
        <Paragraph>{t('common.notInNetwork')}</Paragraph>
      </>
    );
  }
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const visits = data?.myVisits ?? [];

  // What is still going on first; finished visits (final report) after, most recent first.
  const current = visits.filter((visit) => visit.status !== 'REPORT_FINAL');
  const finished = visits.filter((visit) => visit.status === 'REPORT_FINAL').reverse();
  const list = (items: typeof visits, label: string) => (
    <ul className="kijkje-cards" aria-label={label}>
      {items.map((visit) => (
        <li key={visit.id} className="kijkje-card">
          <Heading level={3} className="kijkje-card-title">
            <RouterLink to={`/bezoeken/${visit.id}`}>{visitTitle(visit, t)}</RouterLink>
          </Heading>
          <dl className="kijkje-facts">
            <dt>{t('visits.facts.programme')}</dt>
            <dd>
              {visit.programme.name}, {visit.round.name}
            </dd>
            <dt>{t('visits.facts.date')}</dt>
            <dd>{formatVisitTime(visit, lang) || t('visits.facts.noDate')}</dd>
            <dt>{t('visits.facts.status')}</dt>
            <dd>{t(`visits.status.${visit.status}`)}</dd>
            <dt>{t('visits.facts.myRole')}</dt>
            <dd>{roleOf(visit.myRelations, t)}</dd>
          </dl>
          {reportReachable(visit.status) && (
            <Paragraph>
              <RouterLink to={`/bezoeken/${visit.id}/verslag`}>{t('report.title', { name: visit.hostOrganisation.name })}</RouterLink>
            </Paragraph>
          )}
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <Heading level={1}>{t('visits.mine.title')}</Heading>
      <Paragraph>{t('visits.mine.intro')}</Paragraph>
      {visits.length === 0 && <Paragraph>{t('visits.mine.empty')}</Paragraph>}
      {current.length > 0 && (
        <section aria-labelledby="visits-current">
          <Heading level={2} id="visits-current">
            {t('visits.mine.current')}
          </Heading>
          {list(current, t('visits.mine.current'))}
        </section>
      )}
      {finished.length > 0 && (
        <section aria-labelledby="visits-finished">
          <Heading level={2} id="visits-finished">
            {t('visits.mine.finished')}
          </Heading>
          {list(finished, t('visits.mine.finished'))}
        </section>
      )}
      {isCoordinator(viewer) && (
        <Paragraph>
          {t('visits.mine.coordinatorHint')} <RouterLink to="/programmas">{t('visits.mine.toProgrammes')}</RouterLink>
        </Paragraph>
      )}
    </>
  );
}
