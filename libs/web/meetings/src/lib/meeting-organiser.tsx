import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  AddMeetingItemDocument,
  AddMeetingTableDocument,
  AssignMeetingTablesDocument,
  StepMeetingDocument,
  type MeetingFieldsFragment,
  type MeetingStep,
} from '@kijkje/web/data-access';
import { ErrorAlert, TextField, useAction } from '@kijkje/web/ui';

const STEPS: Partial<Record<string, MeetingStep[]>> = { DRAFT: ['OPEN', 'CANCEL'], OPEN: ['HOLD', 'CANCEL'] };
const STEP_LABEL: Record<MeetingStep, string> = { OPEN: 'open', HOLD: 'hold', CANCEL: 'cancel' };

/** For the organisers: the meeting's steps, seating, tables and programme. */
export function MeetingOrganiser({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const [step] = useMutation(StepMeetingDocument);
  const [assign] = useMutation(AssignMeetingTablesDocument);
  const stepAction = useAction((to: MeetingStep) => step({ variables: { input: { id: meeting.id, version: meeting.version, step: to } } }));
  const assignAction = useAction(() => assign({ variables: { meetingId: meeting.id } }));
  return (
    <section className="kijkje-section" aria-labelledby="meeting-organiser">
      <Heading level={2} id="meeting-organiser">
        {t('meetings.organiser.title')}
      </Heading>
      <ErrorAlert message={stepAction.errors.general ?? assignAction.errors.general} />
      <div className="kijkje-meeting-table-actions">
        {(STEPS[meeting.status] ?? []).map((to) => (
          <Button key={to} appearance="secondary-action-button" disabled={stepAction.pending} onClick={() => void stepAction.run(to)}>
            {t(`meetings.organiser.${STEP_LABEL[to]}`)}
          </Button>
        ))}
        {meeting.canAssignTables && (
          <Button appearance="secondary-action-button" disabled={assignAction.pending} onClick={() => void assignAction.run()}>
            {t('meetings.organiser.assign')}
          </Button>
        )}
      </div>
      {meeting.registrations.length > 0 && (
        <>
          <Heading level={3}>{t('meetings.organiser.participants')}</Heading>
          <ul>
            {meeting.registrations.map((r) => (
              <li key={r.id}>
                {r.name} · {t(`meetings.registration.${r.status}`, { position: r.waitlistPosition })}
                {r.tableId ? ` · ${meeting.tables.find((x) => x.id === r.tableId)?.name ?? ''}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {meeting.canEdit && <AddTableForm meetingId={meeting.id} />}
      {meeting.canEdit && <AddItemForm meetingId={meeting.id} />}
    </section>
  );
}

function AddTableForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddMeetingTableDocument);
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('8');
  const action = useAction(() => add({ variables: { input: { meetingId, name, capacity: Number.parseInt(capacity, 10) || 0, hostUserId: null } } }), {
    onDone: () => setName(''),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert message={action.errors.general} />
      <TextField id="table-name" label={t('meetings.organiser.tableName')} value={name} onChange={setName} required error={action.errors.field('name')} />
      <TextField
        id="table-capacity"
        label={t('meetings.organiser.tableCapacity')}
        value={capacity}
        onChange={setCapacity}
        required
        error={action.errors.field('capacity')}
      />
      <Paragraph>
        <Button type="submit" appearance="secondary-action-button" disabled={action.pending}>
          {t('meetings.organiser.addTable')}
        </Button>
      </Paragraph>
    </form>
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
