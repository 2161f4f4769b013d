import { useMutation } from '@apollo/client/react';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { HoldTrackSessionWithTablesDocument, type TrackFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, RouterLink, useAction } from '@kijkje/web/ui';
import { sessionTablesOffer } from './session-tables-offer';

type Session = TrackFieldsFragment['sessions'][number];

/**
 * A session's theme tables: the way to them for whoever the API shows them to (the track's
 * organisers and its participants); for its organisers, holding a session with theme tables when it
 * has none yet, which leads straight to the meeting's page to set out its tables.
 */
export function SessionTables({ track, session }: { track: TrackFieldsFragment; session: Session }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [hold] = useMutation(HoldTrackSessionWithTablesDocument);
  const action = useAction(
    async () => {
      const { data } = await hold({ variables: { sessionId: session.id } });
      return data?.holdTrackSessionWithTables.sessions.find((s) => s.id === session.id)?.meetingId ?? null;
    },
    { onDone: (meetingId) => meetingId && void navigate(`/bijeenkomsten/${meetingId}`) },
  );
  const offer = sessionTablesOffer(track, session);
  if (offer === 'GO')
    return (
      <RouterLink to={`/bijeenkomsten/${session.meetingId}`} aria-label={t('tracks.schedule.tablesLabel', { title: session.title })}>
        {t('tracks.schedule.tables')}
      </RouterLink>
    );
  if (offer === null) return null;
  return (
    <>
      <ErrorAlert message={action.errors.general ?? action.errors.field('sessionId')} />
      <Button
        appearance="secondary-action-button"
        disabled={action.pending}
        aria-label={t('tracks.schedule.holdWithTablesLabel', { title: session.title })}
        onClick={() => void action.run()}
      >
        {t('tracks.schedule.holdWithTables')}
      </Button>
    </>
  );
}
