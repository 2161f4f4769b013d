import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  AddMeetingTableDocument,
  MeetingDocument,
  RemoveMeetingTableDocument,
  UpdateMeetingTableDocument,
  type MeetingFieldsFragment,
} from '@kijkje/web/data-access';
import { ConfirmDialog, ErrorAlert, SelectField, TextField, VisuallyHidden, isConflict, useAction, type SelectFieldOption } from '@kijkje/web/ui';
import { useMeetingPeople } from './use-meeting-people';

type Table = MeetingFieldsFragment['tables'][number];

/** For the organisers: each theme table with its name, seats and table host, and a new table. */
export function MeetingTablesEditor({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const { hosts } = useMeetingPeople(meeting);
  return (
    <section className="kijkje-section" aria-labelledby="meeting-tables-editor">
      <Heading level={3} id="meeting-tables-editor">
        {t('meetings.organiser.tables')}
      </Heading>
      {meeting.tables.map((table) => (
        <TableRow key={`${table.id}-${table.version}`} meetingId={meeting.id} table={table} hosts={hosts} />
      ))}
      <AddTableForm meetingId={meeting.id} hosts={hosts} />
    </section>
  );
}

function TableRow({ meetingId, table, hosts }: { meetingId: string; table: Table; hosts: SelectFieldOption[] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [update] = useMutation(UpdateMeetingTableDocument);
  const [remove] = useMutation(RemoveMeetingTableDocument);
  const [v, setV] = useState({ name: table.name, capacity: String(table.capacity), hostUserId: table.hostUserId ?? '' });
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const save = useAction(async () => {
    const input = { tableId: table.id, version: table.version, name: v.name, capacity: Number.parseInt(v.capacity, 10) || 0, hostUserId: v.hostUserId || null };
    try {
      await update({ variables: { input } });
    } catch (error) {
      // Someone saved first: what they saved shows, and this row starts again from it.
      if (isConflict(error)) await client.query({ query: MeetingDocument, variables: { id: meetingId }, fetchPolicy: 'network-only' });
      throw error;
    }
  });
  const drop = useAction(() => remove({ variables: { tableId: table.id } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run();
  };
  const id = (name: string) => `table-${table.id}-${name}`;
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="kijkje-meeting-table-row">
        <legend>{t('meetings.table.title', { name: table.name })}</legend>
        <ErrorAlert message={save.errors.general ?? drop.errors.general} />
        <TextField id={id('name')} label={t('meetings.organiser.name')} value={v.name} onChange={set('name')} required error={save.errors.field('name')} />
        <TextField
          id={id('capacity')}
          label={t('meetings.organiser.seats')}
          value={v.capacity}
          onChange={set('capacity')}
          required
          error={save.errors.field('capacity')}
        />
        <SelectField
          id={id('host')}
          label={t('meetings.organiser.host')}
          value={v.hostUserId}
          onChange={set('hostUserId')}
          options={hosts}
          error={save.errors.field('hostUserId')}
        />
        <div className="kijkje-meeting-table-actions">
          <Button type="submit" appearance="secondary-action-button" disabled={save.pending}>
            {t('meetings.organiser.saveTable')}
            <VisuallyHidden> {table.name}</VisuallyHidden>
          </Button>
          <Button type="button" appearance="subtle-button" onClick={drop.ask}>
            {t('meetings.organiser.removeTable')}
            <VisuallyHidden> {table.name}</VisuallyHidden>
          </Button>
        </div>
      </fieldset>
      <ConfirmDialog
        open={drop.asking}
        tone="danger"
        title={t('meetings.organiser.removeConfirm', { name: table.name })}
        confirmLabel={t('meetings.organiser.removeTable')}
        cancelLabel={t('meetings.organiser.cancelStep')}
        busy={drop.pending}
        onConfirm={() => void drop.run()}
        onCancel={drop.cancel}
      >
        <Paragraph>{t('meetings.organiser.removeWhat', { count: table.occupied })}</Paragraph>
      </ConfirmDialog>
    </form>
  );
}

function AddTableForm({ meetingId, hosts }: { meetingId: string; hosts: SelectFieldOption[] }) {
  const { t } = useTranslation();
  const [add] = useMutation(AddMeetingTableDocument);
  const empty = { name: '', capacity: '8', hostUserId: '' };
  const [v, setV] = useState(empty);
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const action = useAction(
    () => add({ variables: { input: { meetingId, name: v.name, capacity: Number.parseInt(v.capacity, 10) || 0, hostUserId: v.hostUserId || null } } }),
    { onDone: () => setV(empty) },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert message={action.errors.general} />
      <TextField id="table-name" label={t('meetings.organiser.tableName')} value={v.name} onChange={set('name')} required error={action.errors.field('name')} />
      <TextField
        id="table-capacity"
        label={t('meetings.organiser.tableCapacity')}
        value={v.capacity}
        onChange={set('capacity')}
        required
        error={action.errors.field('capacity')}
      />
      <SelectField
        id="table-host"
        label={t('meetings.organiser.tableHost')}
        value={v.hostUserId}
        onChange={set('hostUserId')}
        options={hosts}
        error={action.errors.field('hostUserId')}
      />
      <Paragraph>
        <Button type="submit" appearance="secondary-action-button" disabled={action.pending}>
          {t('meetings.organiser.addTable')}
        </Button>
      </Paragraph>
    </form>
  );
}
