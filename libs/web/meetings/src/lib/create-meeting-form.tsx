import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CreateMeetingDocument } from '@kijkje/web/data-access';
import { ErrorAlert, TextField, TextareaField, useAction } from '@kijkje/web/ui';

/** The coordinator's form for a new meeting: created as a draft, then planned on its own page. */
export function CreateMeetingForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CreateMeetingDocument, { refetchQueries: ['Meetings'] });
  const [v, setV] = useState({ title: '', description: '', day: '', startTime: '13:30', endTime: '17:00', place: '', onlineLink: '', capacity: '40' });
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));
  const action = useAction(
    async () => {
      const { data } = await create({
        variables: {
          input: {
            ...v,
            description: v.description || null,
            place: v.place || null,
            onlineLink: v.onlineLink || null,
            capacity: Number.parseInt(v.capacity, 10) || 0,
            hostMayEdit: false,
            hostOrganisationId: null,
          },
        },
      });
      return data!.createMeeting.id;
    },
    { onDone: (id) => void navigate(`/bijeenkomsten/${id}`) },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  const f = action.errors.field;
  return (
    <section className="kijkje-section" aria-labelledby="meeting-create-heading">
      <Heading level={2} id="meeting-create-heading">
        {t('meetings.create.title')}
      </Heading>
      <form onSubmit={submit} noValidate>
        <ErrorAlert message={action.errors.general} />
        <TextField id="meeting-title" label={t('meetings.create.name')} value={v.title} onChange={set('title')} required error={f('title')} />
        <TextareaField
          id="meeting-description"
          label={t('meetings.create.description')}
          value={v.description}
          onChange={set('description')}
          error={f('description')}
          rows={3}
        />
        <div className="kijkje-meeting-times">
          <TextField id="meeting-day" label={t('meetings.create.day')} value={v.day} onChange={set('day')} required error={f('day')} />
          <TextField
            id="meeting-start"
            label={t('meetings.create.startTime')}
            value={v.startTime}
            onChange={set('startTime')}
            required
            error={f('startTime')}
          />
          <TextField id="meeting-end" label={t('meetings.create.endTime')} value={v.endTime} onChange={set('endTime')} required error={f('endTime')} />
        </div>
        <TextField id="meeting-place" label={t('meetings.create.place')} value={v.place} onChange={set('place')} error={f('place')} />
        <TextField id="meeting-link" label={t('meetings.create.onlineLink')} value={v.onlineLink} onChange={set('onlineLink')} error={f('onlineLink')} />
        <TextField id="meeting-capacity" label={t('meetings.create.capacity')} value={v.capacity} onChange={set('capacity')} required error={f('capacity')} />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
            {t('meetings.create.submit')}
          </Button>
        </Paragraph>
      </form>
    </section>
  );
}
