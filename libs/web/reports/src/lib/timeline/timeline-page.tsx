import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { OrganisationTimelineDocument } from '@kijkje/web/data-access';
import { ErrorState, LoadingState, usePageTitle } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { TimelineVisitItem } from './timeline-visit';
import './timeline.css';

/**
 * /tijdlijn (the own organisation) and /tijdlijn/:organisationId — a host organisation across its
 * visits and programmes: preparation, findings, actions and progress reviews side by side, so a
 * municipality sees how it moved. Its own people read the texts; a coordinator the figures.
 */
export function TimelinePage() {
  const { organisationId } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganisationTimelineDocument, {
    variables: { organisationId: organisationId ?? null },
    fetchPolicy: 'cache-and-network',
  });
  const timeline = data?.organisationTimeline ?? null;
  const title = timeline ? t('timeline.title', { name: timeline.name }) : t('timeline.titlePlain');
  usePageTitle(title);
  if (loading && !timeline) return <LoadingState />;
  if (!timeline) {
    if (error && !/NOT_FOUND|BAD_USER_INPUT/.test(JSON.stringify(error))) return <ErrorState error={error} />;
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <Paragraph>{t('timeline.notAvailable')}</Paragraph>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{t(timeline.content ? 'timeline.intro' : 'timeline.introFigures')}</Paragraph>
      {timeline.visits.length === 0 ? (
        <Paragraph>{t('timeline.none')}</Paragraph>
      ) : (
        <ol className="kijkje-timeline">
          {timeline.visits.map((visit) => (
            <TimelineVisitItem key={visit.visitId} visit={visit} />
          ))}
        </ol>
      )}
    </>
  );
}
