import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TracksDocument, isCoordinator, useSession, type TrackSummaryFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, usePageTitle } from '@kijkje/web/ui';
import { CreateTrackForm } from './create-track-form';
import './tracks.css';

/** The network's learning tracks the viewer may read (a facilitator: only theirs); coordinators start a new one below. */
export function TracksPage() {
  const { t } = useTranslation();
  usePageTitle(t('tracks.title'));
  const { data, loading, error } = useQuery(TracksDocument, { fetchPolicy: 'cache-and-network' });
  const coordinator = isCoordinator(useSession().viewer);
  if (loading && !data) return <LoadingState />;
  return (
    <>
      <Heading level={1}>{t('tracks.title')}</Heading>
      <Paragraph>{t('tracks.intro')}</Paragraph>
      {error && !data && <ErrorAlert message={t('common.errorGeneric')} />}
      {data && data.tracks.length === 0 && <Paragraph>{t('tracks.empty')}</Paragraph>}
      <ul className="kijkje-tracks">
        {data?.tracks.map((track) => (
          <li key={track.id}>
            <RouterLink to={`/leergangen/${track.id}`}>{track.title}</RouterLink>
            <span>{trackLine(t, track)}</span>
          </li>
        ))}
      </ul>
      {coordinator && <CreateTrackForm />}
    </>
  );
}

function trackLine(t: TFunction, track: TrackSummaryFieldsFragment): string {
  const parts = [t(`tracks.status.${track.status}`)];
  if (track.isFacilitator) parts.push(t('tracks.youFacilitate'));
  else if (track.myStatus) parts.push(t(`tracks.mine.${track.myStatus}`));
  return parts.join(' · ');
}
