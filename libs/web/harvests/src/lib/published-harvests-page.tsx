import { useQuery } from '@apollo/client/react';
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PublishedHarvestsDocument, useSession } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, usePageTitle, formatDateTime } from '@kijkje/web/ui';
import { groupPublishedHarvests, versionPath, type PublishedHarvest } from './published-harvests';
import './harvests.css';

/**
 * Oogsten: what the network has published, for every member. Only published versions (read-only
 * pages and the public page); the drafts and their editor are the coordinator's, elsewhere.
 */
export function PublishedHarvestsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  usePageTitle(t('harvests.published.title'));
  const inNetwork = Boolean(viewer?.currentNetwork);
  const { data, loading, error } = useQuery(PublishedHarvestsDocument, { fetchPolicy: 'cache-and-network', skip: !inNetwork });

  if (!inNetwork) {
    return (
      <>
        <Heading level={1}>{t('harvests.published.title')}</Heading>
        <Paragraph>{t('common.notInNetwork')}</Paragraph>
      </>
    );
  }
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} />;
  const harvests = groupPublishedHarvests(data?.publishedHarvests ?? []);

  return (
    <>
      <Heading level={1}>{t('harvests.published.title')}</Heading>
      <Paragraph>{t('harvests.published.intro')}</Paragraph>
      {harvests.length === 0 ? (
        <Paragraph data-testid="published-harvests-empty">{t('harvests.published.empty')}</Paragraph>
      ) : (
        <PublishedHarvestList harvests={harvests} headingLevel={2} />
      )}
    </>
  );
}

/** The published harvests as cards: the newest version up front, earlier versions folded away. */
export function PublishedHarvestList({
  harvests,
  headingLevel,
  showProgramme = true,
}: {
  harvests: readonly PublishedHarvest[];
  headingLevel: 2 | 3;
  showProgramme?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="kijkje-published-harvests" aria-label={t('harvests.published.listLabel')} data-testid="published-harvests">
      {harvests.map(({ harvestId, latest, older, publicPath }) => (
        <li key={harvestId} className="kijkje-published-harvest">
          <Heading level={headingLevel} className="kijkje-published-harvest-title">
            <RouterLink to={versionPath(latest)}>{latest.title}</RouterLink>
          </Heading>
          <dl className="kijkje-facts">
            {showProgramme && (
              <>
                <dt>{t('harvests.published.programme')}</dt>
                <dd>{latest.programme}</dd>
              </>
            )}
            <dt>{t('harvests.published.latest')}</dt>
            <dd>{t('harvests.published.latestValue', { number: latest.number, date: formatDateTime(latest.publishedAt, lang) })}</dd>
            <dt>{t('harvests.published.visibility')}</dt>
            <dd>{t(`harvest.visibility.${latest.visibility}`)}</dd>
          </dl>
          {publicPath && (
            <Paragraph>
              <Link href={publicPath}>
                {t('harvest.publicLink')}
                <span className="kijkje-visually-hidden"> {latest.title}</span>
              </Link>
            </Paragraph>
          )}
          {older.length > 0 && (
            <details className="kijkje-older-versions">
              <summary>
                {t('harvests.published.older', { count: older.length })}
                <span className="kijkje-visually-hidden"> {latest.title}</span>
              </summary>
              <ul>
                {older.map((version) => (
                  <li key={version.number}>
                    <RouterLink to={versionPath(version)}>
                      {t('harvests.published.version', { number: version.number, date: formatDateTime(version.publishedAt, lang) })}
                    </RouterLink>
                    <span className="kijkje-visually-hidden"> {latest.title}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
