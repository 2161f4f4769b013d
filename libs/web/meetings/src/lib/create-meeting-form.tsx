import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CreateMeetingDocument } from '@kijkje/web/data-access';
import { ErrorAlert, useAction } from '@kijkje/web/ui';
import { EMPTY_MEETING, MeetingFields, meetingInput } from './plan/meeting-fields';
import { useMeetingPeople } from './plan/use-meeting-people';

/** The coordinator's form for a new meeting: created as a draft, then planned on its own page. */
export function CreateMeetingForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CreateMeetingDocument, { refetchQueries: ['Meetings'] });
  const [values, setValues] = useState(EMPTY_MEETING);
  const { organisations } = useMeetingPeople();
  const action = useAction(
    async () => {
      const { data } = await create({ variables: { input: meetingInput(values) } });
      return data!.createMeeting.id;
    },
    { onDone: (id) => void navigate(`/bijeenkomsten/${id}`) },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <section className="kijkje-section" aria-labelledby="meeting-create-heading">
      <Heading level={2} id="meeting-create-heading">
        {t('meetings.create.title')}
      </Heading>
      <form onSubmit={submit} noValidate>
        <ErrorAlert message={action.errors.general} />
        <MeetingFields idPrefix="meeting" values={values} onChange={setValues} error={action.errors.field} organisations={organisations} canAllowHost />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" disabled={action.pending}>
            {t('meetings.create.submit')}
          </Button>
        </Paragraph>
      </form>
    </section>
  );
}
