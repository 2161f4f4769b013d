import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MeetingDocument, UpdateMeetingDocument, type MeetingFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, isConflict, useAction } from '@kijkje/web/ui';
import { MeetingFields, meetingInput, type MeetingFormValues } from './meeting-fields';
import { useMeetingPeople } from './use-meeting-people';

/** The day and the time on a Dutch clock, as the form types them. */
function dutchWallClock(iso: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

function valuesOf(m: MeetingFieldsFragment): MeetingFormValues {
  const start = dutchWallClock(m.startsAt);
  return {
    title: m.title,
    description: m.description,
    hostOrganisationId: m.hostOrganisationId ?? '',
    hostMayEdit: m.hostMayEdit,
    day: start.day,
    startTime: start.time,
    endTime: dutchWallClock(m.endsAt).time,
    place: m.place,
    onlineLink: m.onlineLink,
    capacity: String(m.capacity),
  };
}

/**
 * Editing a meeting's title, host, time, place and seats, saved over the version it was read at:
 * when someone saved first, the form keeps what was typed, says so and loads their version behind it.
 */
export function EditMeetingForm({ meeting, coordinator }: { meeting: MeetingFieldsFragment; coordinator: boolean }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [update] = useMutation(UpdateMeetingDocument);
  const [values, setValues] = useState(() => valuesOf(meeting));
  const { organisations } = useMeetingPeople(meeting);
  const action = useAction(async () => {
    try {
      await update({ variables: { input: { id: meeting.id, version: meeting.version, ...meetingInput(values) } } });
    } catch (error) {
      if (isConflict(error)) await client.query({ query: MeetingDocument, variables: { id: meeting.id }, fetchPolicy: 'network-only' });
      throw error;
    }
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <details className="kijkje-meeting-edit">
      <summary>{t('meetings.edit.title')}</summary>
      <form onSubmit={submit} noValidate>
        <ErrorAlert message={action.errors.general} />
        {action.succeeded && <Paragraph role="status">{t('meetings.edit.saved')}</Paragraph>}
        <MeetingFields
          idPrefix="meeting-edit"
          values={values}
          onChange={setValues}
          error={action.errors.field}
          organisations={organisations}
          canAllowHost={coordinator}
        />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
            {t('meetings.edit.submit')}
          </Button>
        </Paragraph>
      </form>
    </details>
  );
}
