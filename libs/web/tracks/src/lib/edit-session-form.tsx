import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { dutchWallClock } from '@kijkje/domain';
import { TrackDocument, UpdateTrackSessionDocument, type TrackFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, isConflict, useAction } from '@kijkje/web/ui';

type Session = TrackFieldsFragment['sessions'][number];

function valuesOf(s: Session) {
  const start = dutchWallClock(new Date(s.startsAt));
  return { title: s.title, day: start.day, startTime: start.time, endTime: dutchWallClock(new Date(s.endsAt)).time, place: s.place };
}

/**
 * Another title, day, time or place for a session, saved over the version it was read at (when
 * someone saved first, the form keeps what was typed and loads their version behind it). A new
 * time or place reaches the calendars that have the session as an update.
 */
export function EditSessionForm({ trackId, session }: { trackId: string; session: Session }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [update] = useMutation(UpdateTrackSessionDocument);
  const [v, setV] = useState(() => valuesOf(session));
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const action = useAction(async () => {
    try {
      await update({ variables: { input: { sessionId: session.id, version: session.version, ...v, place: v.place || null } } });
    } catch (error) {
      if (isConflict(error)) await client.query({ query: TrackDocument, variables: { id: trackId }, fetchPolicy: 'network-only' });
      throw error;
    }
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  const f = action.errors.field;
  const id = (name: string) => `session-${session.id}-${name}`;
  return (
    <details className="kijkje-track-session-edit">
      <summary>{t('tracks.schedule.edit', { title: session.title })}</summary>
      <form onSubmit={submit} noValidate>
        <ErrorAlert message={action.errors.general} />
        {action.succeeded && <Paragraph role="status">{t('tracks.schedule.saved')}</Paragraph>}
        <TextField id={id('title')} label={t('tracks.schedule.name')} value={v.title} onChange={set('title')} required error={f('title')} />
        <div className="kijkje-track-times">
          <TextField id={id('day')} label={t('tracks.schedule.day')} value={v.day} onChange={set('day')} required error={f('day')} />
          <TextField id={id('start')} label={t('tracks.schedule.startTime')} value={v.startTime} onChange={set('startTime')} required error={f('startTime')} />
          <TextField id={id('end')} label={t('tracks.schedule.endTime')} value={v.endTime} onChange={set('endTime')} required error={f('endTime')} />
        </div>
        <TextField id={id('place')} label={t('tracks.schedule.place')} value={v.place} onChange={set('place')} error={f('place')} />
        <Paragraph>
          <Button type="submit" appearance="secondary-action-button" disabled={action.pending}>
            {t('tracks.schedule.save')}
          </Button>
        </Paragraph>
      </form>
    </details>
  );
}
