import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AddMeetingItemDocument, RemoveMeetingItemDocument, type MeetingFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, VisuallyHidden, useAction } from '@kijkje/web/ui';

/** The programme (time, talk, speaker); for the organisers each item can be removed. */
export function ProgrammeItems({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const [remove] = useMutation(RemoveMeetingItemDocument);
  const removeAction = useAction((itemId: string) => remove({ variables: { itemId } }));
  if (meeting.items.length === 0) return <Paragraph>{t('meetings.noItems')}</Paragraph>;
  return (
    <>
      <ErrorAlert message={removeAction.errors.general} />
      <ul className="kijkje-meeting-items">
        {meeting.items.map((item) => (
          <li key={item.id}>
            {t(item.speaker ? 'meetings.itemSpeaker' : 'meetings.item', { time: item.atTime, talk: item.talk, speaker: item.speaker })}
            {meeting.canEdit && (
              <>
                {' '}
                <Button appearance="subtle-button" disabled={removeAction.pending} onClick={() => void removeAction.run(item.id)}>
                  {t('meetings.organiser.removeItem')}
                  <VisuallyHidden> {`${item.atTime} ${item.talk}`}</VisuallyHidden>
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** For the organisers: a new item of the programme. */
export function MeetingItemsEditor({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby="meeting-items-editor">
      <Heading level={3} id="meeting-items-editor">
        {t('meetings.organiser.newItem')}
      </Heading>
      <AddItemForm meetingId={meeting.id} />
    </section>
  );
}

function AddItemForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddMeetingItemDocument);
  const [v, setV] = useState({ atTime: '13:30', speaker: '', talk: '' });
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const action = useAction(() => add({ variables: { input: { meetingId, ...v, speaker: v.speaker || null } } }), {
    onDone: () => setV((old) => ({ ...old, speaker: '', talk: '' })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert message={action.errors.general} />
      <TextField
        id="item-time"
        label={t('meetings.organiser.itemTime')}
        value={v.atTime}
        onChange={set('atTime')}
        required
        error={action.errors.field('atTime')}
      />
      <TextField
        id="item-speaker"
        label={t('meetings.organiser.itemSpeaker')}
        value={v.speaker}
        onChange={set('speaker')}
        error={action.errors.field('speaker')}
      />
      <TextField id="item-talk" label={t('meetings.organiser.itemTalk')} value={v.talk} onChange={set('talk')} required error={action.errors.field('talk')} />
      <Paragraph>
        <Button type="submit" appearance="secondary-action-button" disabled={action.pending}>
          {t('meetings.organiser.addItem')}
        </Button>
      </Paragraph>
    </form>
  );
}
