import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MeetingsDocument, TracksDocument } from '@kijkje/web/data-access';
import { ErrorState, LoadingState, RouterLink, formatDateTime } from '@kijkje/web/ui';

/**
 * A facilitator's start: the work meetings and learning tracks they run. The lists hold nothing
 * else: for a facilitator the API answers only with what they run.
 */
export function FacilitatorStart() {
  const { t, i18n } = useTranslation();
  const meetings = useQuery(MeetingsDocument, { fetchPolicy: 'cache-and-network' });
  const tracks = useQuery(TracksDocument, { fetchPolicy: 'cache-and-network' });
  const theirTracks = (tracks.data?.tracks ?? []).filter((track) => track.isFacilitator);
  return (
    <section className="kijkje-section" aria-labelledby="facilitator-start" data-testid="facilitator-start">
      <Heading level={2} id="facilitator-start">
        {t('tasks.facilitator.title')}
      </Heading>
      <Heading level={3}>{t('tasks.facilitator.meetings')}</Heading>
      {meetings.loading && !meetings.data ? (
        <LoadingState />
      ) : meetings.error && !meetings.data ? (
        <ErrorState error={meetings.error} />
      ) : meetings.data?.meetings.length ? (
        <ul>
          {meetings.data.meetings.map((m) => (
            <li key={m.id}>
              <RouterLink to={`/bijeenkomsten/${m.id}`}>{m.title}</RouterLink> · {formatDateTime(m.startsAt, i18n.language)} ·{' '}
              {t(`meetings.status.${m.status}`)}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('tasks.facilitator.noMeetings')}</Paragraph>
      )}
      <Heading level={3}>{t('tasks.facilitator.tracks')}</Heading>
      {tracks.loading && !tracks.data ? (
        <LoadingState />
      ) : tracks.error && !tracks.data ? (
        <ErrorState error={tracks.error} />
      ) : theirTracks.length ? (
        <ul>
          {theirTracks.map((track) => (
            <li key={track.id}>
              <RouterLink to={`/leergangen/${track.id}`}>{track.title}</RouterLink>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('tasks.facilitator.noTracks')}</Paragraph>
      )}
    </section>
  );
}
