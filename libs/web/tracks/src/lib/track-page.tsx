import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { TrackDocument, type TrackFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, usePageTitle } from '@kijkje/web/ui';
import { TrackApplication } from './track-application';
import { TrackCohort } from './track-cohort';
import { TrackManage } from './track-manage';
import { TrackSchedule } from './track-schedule';
import './tracks.css';

/** One learning track: its frame and facilitators, the schedule, the viewer's participation, the cases they may read, and for its organisers the cohort. */
export function TrackPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TrackDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.track.title ?? t('tracks.title'));
  if (loading && !data) return <LoadingState />;
  if (!data) return <ErrorAlert message={error ? t('errors.NOT_FOUND') : null} />;
  const track = data.track;
  const organiser = track.canManage || track.isFacilitator;
  return (
    <>
      <Paragraph>
        <RouterLink to="/leergangen">{t('tracks.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{track.title}</Heading>
      <Paragraph>
        {t(`tracks.status.${track.status}`)}
        {track.isFacilitator ? ` · ${t('tracks.youFacilitate')}` : ''}
      </Paragraph>
      {track.description && <Paragraph className="kijkje-track-text">{track.description}</Paragraph>}
      <Paragraph>{t('tracks.places', { accepted: track.acceptedCount, capacity: track.capacity, waiting: track.waitlistCount })}</Paragraph>
      <Facilitators track={track} />
      <TrackSchedule track={track} />
      {!organiser && (track.canApply || track.myApplication) && <TrackApplication track={track} />}
      <ReadableCases track={track} />
      {organiser && <TrackCohort track={track} />}
      {track.canManage && <TrackManage track={track} />}
    </>
  );
}

function Facilitators({ track }: { track: TrackFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby="track-facilitators">
      <Heading level={2} id="track-facilitators">
        {t('tracks.facilitators.title')}
      </Heading>
      {track.needsFacilitator && track.canManage && <Alert type="warning">{t('tracks.facilitators.needed')}</Alert>}
      {track.facilitators.length === 0 ? (
        <Paragraph>{t('tracks.facilitators.none')}</Paragraph>
      ) : (
        <ul>
          {track.facilitators.map((f) => (
            <li key={f.userId}>{f.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReadableCases({ track }: { track: TrackFieldsFragment }) {
  const { t } = useTranslation();
  if (track.readableCases.length === 0) return null;
  return (
    <section className="kijkje-section" aria-labelledby="track-cases">
      <Heading level={2} id="track-cases">
        {t('tracks.cases.title')}
      </Heading>
      <ul>
        {track.readableCases.map((c) => (
          <li key={c.participantId}>
            <RouterLink to={`/leergangen/${track.id}/casus/${c.participantId}`}>{t('tracks.cases.open', { name: c.name })}</RouterLink>
            {c.feedbackGroup ? ` · ${t('tracks.cohort.inGroup', { group: c.feedbackGroup })}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
