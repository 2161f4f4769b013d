import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AddTrackSessionDocument, RemoveTrackSessionDocument, type TrackFieldsFragment, type TrackSessionKind } from '@kijkje/web/data-access';
import { ErrorAlert, SelectField, TextField, formatDateTime, useAction } from '@kijkje/web/ui';
import { EditSessionForm } from './edit-session-form';
import { SessionTables } from './track-session-tables';
import { scheduleCalendarHref, sessionCalendarHref } from './track-calendar-links';

const KINDS: TrackSessionKind[] = ['KICK_OFF', 'WORKSHOP', 'FEEDBACK', 'CLOSING'];

/**
 * The track's sessions in time order (Dutch time); its organisers add, change and remove them and may
 * hold one with theme tables; whoever holds them puts them in their calendar and goes to their tables.
 */
export function TrackSchedule({ track }: { track: TrackFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const [remove] = useMutation(RemoveTrackSessionDocument);
  const removal = useAction((sessionId: string) => remove({ variables: { sessionId } }));
  const now = Date.now();
  return (
    <section className="kijkje-section" aria-labelledby="track-schedule">
      <Heading level={2} id="track-schedule">
        {t('tracks.schedule.title')}
      </Heading>
      {track.sessions.length === 0 && <Paragraph>{t('tracks.schedule.none')}</Paragraph>}
      <ErrorAlert message={removal.errors.general ?? removal.errors.field('sessionId')} />
      <ol className="kijkje-track-sessions">
        {track.sessions.map((s) => (
          <li key={s.id} className={new Date(s.endsAt).getTime() < now ? 'kijkje-track-session-past' : undefined}>
            <strong>{s.title}</strong>
            <span>
              {t(`tracks.schedule.kind.${s.kind}`)} ·{' '}
              {t('tracks.schedule.when', { start: formatDateTime(s.startsAt, i18n.language), end: formatDateTime(s.endsAt, i18n.language) })}
              {s.place ? ` · ${s.place}` : ''}
            </span>
            {track.canAddToCalendar && (
              <a href={sessionCalendarHref(s.id, i18n.language)} aria-label={t('tracks.schedule.calendarLabel', { title: s.title })}>
                {t('tracks.schedule.calendar')}
              </a>
            )}
            <SessionTables track={track} session={s} />
            {track.canSchedule && (
              <>
                <EditSessionForm trackId={track.id} session={s} />
                <Button appearance="subtle-button" disabled={removal.pending} onClick={() => void removal.run(s.id)}>
                  {t('tracks.schedule.remove', { title: s.title })}
                </Button>
              </>
            )}
          </li>
        ))}
      </ol>
      {track.canAddToCalendar && track.sessions.length > 1 && (
        <Paragraph>
          <a href={scheduleCalendarHref(track.id, i18n.language)}>{t('tracks.schedule.calendarAll')}</a>
        </Paragraph>
      )}
      {track.canSchedule && <AddSessionForm trackId={track.id} />}
    </section>
  );
}

function AddSessionForm({ trackId }: { trackId: string }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddTrackSessionDocument);
  const [v, setV] = useState({ kind: 'WORKSHOP' as TrackSessionKind, title: '', day: '', startTime: '13:30', endTime: '17:00', place: '' });
  const set = (key: Exclude<keyof typeof v, 'kind'>) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const action = useAction(() => add({ variables: { input: { trackId, ...v, place: v.place || null } } }), {
    onDone: () => setV((old) => ({ ...old, title: '', day: '' })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  const f = action.errors.field;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="track-session-add">
      <Heading level={3} id="track-session-add">
        {t('tracks.schedule.add')}
      </Heading>
      <ErrorAlert message={action.errors.general} />
      <SelectField
        id="session-kind"
        label={t('tracks.schedule.kindLabel')}
        value={v.kind}
        onChange={(value) => setV((old) => ({ ...old, kind: value as TrackSessionKind }))}
        options={KINDS.map((kind) => ({ value: kind, label: t(`tracks.schedule.kind.${kind}`) }))}
        error={f('kind')}
      />
      <TextField id="session-title" label={t('tracks.schedule.name')} value={v.title} onChange={set('title')} required error={f('title')} />
      <div className="kijkje-track-times">
        <TextField id="session-day" label={t('tracks.schedule.day')} value={v.day} onChange={set('day')} required error={f('day')} />
        <TextField id="session-start" label={t('tracks.schedule.startTime')} value={v.startTime} onChange={set('startTime')} required error={f('startTime')} />
        <TextField id="session-end" label={t('tracks.schedule.endTime')} value={v.endTime} onChange={set('endTime')} required error={f('endTime')} />
      </div>
      <TextField id="session-place" label={t('tracks.schedule.place')} value={v.place} onChange={set('place')} error={f('place')} />
      <Paragraph>
        <Button type="submit" appearance="secondary-action-button" disabled={action.pending}>
          {t('tracks.schedule.add')}
        </Button>
      </Paragraph>
    </form>
  );
}
