import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AddTrackCaseEntryDocument, UpdateTrackCaseEntryDocument, type TrackCaseFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, TextareaField, formatDate, useAction } from '@kijkje/web/ui';

type Entry = TrackCaseFieldsFragment['entries'][number];

/** The case log: dated entries, oldest first; the owner adds entries and edits them with the version they saw. */
export function CaseEntries({ kase }: { kase: TrackCaseFieldsFragment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="kijkje-section" aria-labelledby="case-log">
      <Heading level={2} id="case-log">
        {t('tracks.case.log')}
      </Heading>
      {kase.entries.length === 0 && <Paragraph>{t('tracks.case.noEntries')}</Paragraph>}
      <ol className="kijkje-track-entries">
        {kase.entries.map((entry) => (
          <li key={entry.id}>
            {editing === entry.id ? (
              <EditEntry entry={entry} onDone={() => setEditing(null)} />
            ) : (
              <ShownEntry entry={entry} canEdit={kase.canEdit} onEdit={() => setEditing(entry.id)} />
            )}
          </li>
        ))}
      </ol>
      {kase.canEdit && <AddEntry trackId={kase.trackId} />}
    </section>
  );
}

function ShownEntry({ entry, canEdit, onEdit }: { entry: Entry; canEdit: boolean; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const day = formatDate(entry.day, i18n.language);
  return (
    <article className="kijkje-track-entry" aria-label={day}>
      <Heading level={3}>{day}</Heading>
      <Paragraph className="kijkje-track-text">{entry.text}</Paragraph>
      {canEdit && (
        <Button appearance="subtle-button" onClick={onEdit}>
          {t('tracks.case.editEntry', { day })}
        </Button>
      )}
    </article>
  );
}

function EditEntry({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [update] = useMutation(UpdateTrackCaseEntryDocument);
  const [text, setText] = useState(entry.text);
  const action = useAction(() => update({ variables: { input: { entryId: entry.id, version: entry.version, text } } }), { onDone });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert message={action.errors.general} />
      <TextareaField
        id={`entry-${entry.id}`}
        label={t('tracks.case.editEntry', { day: formatDate(entry.day, i18n.language) })}
        value={text}
        onChange={setText}
        rows={5}
        required
        error={action.errors.field('text')}
      />
      <div className="kijkje-track-actions">
        <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
          {t('tracks.case.saveEntry')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onDone}>
          {t('tracks.case.cancel')}
        </Button>
      </div>
    </form>
  );
}

function AddEntry({ trackId }: { trackId: string }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddTrackCaseEntryDocument);
  const [v, setV] = useState({ text: '', day: '' });
  const action = useAction(() => add({ variables: { input: { trackId, text: v.text, day: v.day.trim() || null } } }), {
    onDone: () => setV({ text: '', day: '' }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert message={action.errors.general} />
      <TextareaField
        id="entry-text"
        label={t('tracks.case.entryText')}
        value={v.text}
        onChange={(text) => setV((old) => ({ ...old, text }))}
        rows={5}
        required
        error={action.errors.field('text')}
      />
      <TextField
        id="entry-day"
        label={t('tracks.case.entryDay')}
        value={v.day}
        onChange={(day) => setV((old) => ({ ...old, day }))}
        error={action.errors.field('day')}
      />
      <Paragraph>
        <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
          {t('tracks.case.addEntry')}
        </Button>
      </Paragraph>
    </form>
  );
}
