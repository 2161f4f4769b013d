import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { HarvestVersionDocument, isCoordinator, useSession } from '@kijkje/web/data-access';
import { RouterLink, LoadingState, usePageTitle, formatDateTime, Markdown } from '@kijkje/web/ui';
import { HarvestCounts } from './harvest-counts-view';
import { HarvestPatterns } from './harvest-patterns-view';
import { QuoteList } from './harvest-preview';
import { exportPath, HarvestLoadError } from './harvest-states';
import './harvests.css';
import { SystemSignalsView } from './harvest-system-signals';
import { HarvestExtraParts } from './harvest-extra-parts';

/** A published version, as it was frozen: read only, for every member of the network. */
export function HarvestVersionPage() {
  const { id = '', number = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const parsed = Number(number);
  const valid = Number.isInteger(parsed) && parsed > 0;
  const { data, loading, error } = useQuery(HarvestVersionDocument, { variables: { harvestId: id, number: parsed }, skip: !valid });
  const version = data?.harvestVersion;
  usePageTitle(version ? t('harvest.version.title', { title: version.title, number: version.number }) : t('harvest.title'));

  if (!valid) return <HarvestLoadError error={{ errors: [{ extensions: { code: 'NOT_FOUND' } }] }} />;
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <HarvestLoadError error={error} />;
  if (!version) return null;
  const lang = i18n.language;

  return (
    <>
      <Paragraph>
        {isCoordinator(viewer) ? (
          <RouterLink to={`/oogsten/${version.harvestId}`}>{t('harvest.version.back')}</RouterLink>
        ) : (
          <RouterLink to="/oogsten">{t('harvest.version.toList')}</RouterLink>
        )}
      </Paragraph>
      <Heading level={1}>{t('harvest.version.title', { title: version.title, number: version.number })}</Heading>
      <Alert type="info">
        <Paragraph>{t('harvest.version.frozen')}</Paragraph>
      </Alert>
      <dl className="kijkje-facts">
        <dt>{t('harvest.facts.network')}</dt>
        <dd>{version.network}</dd>
        <dt>{t('harvest.facts.programme')}</dt>
        <dd>{version.programme}</dd>
        <dt>{t('harvest.facts.visibility')}</dt>
        <dd>{t(`harvest.visibility.${version.visibility}`)}</dd>
        <dt>{t('harvest.facts.publishedAt')}</dt>
        <dd>{formatDateTime(version.publishedAt, lang)}</dd>
      </dl>
      <div className="kijkje-actions">
        <Link href={exportPath(version.harvestId, 'pdf', version.number, lang)}>{t('harvest.version.pdf')}</Link>
        <Link href={exportPath(version.harvestId, 'docx', version.number, lang)}>{t('harvest.version.docx')}</Link>
        {version.publicPath && <Link href={version.publicPath}>{t('harvest.publicLink')}</Link>}
      </div>
      <section className="kijkje-section" aria-labelledby="version-narrative-heading">
        <Heading level={2} id="version-narrative-heading">
          {t('harvest.narrative.title')}
        </Heading>
        {version.narrative.trim() ? <Markdown source={version.narrative} topHeadingLevel={3} /> : <Paragraph>{t('harvest.narrative.empty')}</Paragraph>}
      </section>
      <section className="kijkje-section" aria-labelledby="version-counts-heading">
        <Heading level={2} id="version-counts-heading">
          {t('harvest.counts.title')}
        </Heading>
        <HarvestCounts counts={version.counts} headingLevel={2} idPrefix="version-counts" />
      </section>
      <HarvestExtraParts parts={version} headingLevel={2} idPrefix="version" />
      <section className="kijkje-section" aria-labelledby="version-patterns-heading">
        <Heading level={2} id="version-patterns-heading">
          {t('harvest.patterns.title')}
        </Heading>
        <HarvestPatterns patterns={version.patterns} headingLevel={3} />
      </section>
      <SystemSignalsView rows={version.systemSignals} harvestId={version.harvestId} number={version.number} />
      <section className="kijkje-section" aria-labelledby="version-quotes-heading">
        <Heading level={2} id="version-quotes-heading">
          {t('harvest.quotes.title')}
        </Heading>
        <QuoteList quotes={version.quotes} labelledBy="version-quotes-heading" />
      </section>
    </>
  );
}
