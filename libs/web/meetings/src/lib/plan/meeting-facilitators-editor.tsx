import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  AssignMeetingFacilitatorDocument,
  MeetingFacilitatorCandidatesDocument,
  RemoveMeetingFacilitatorDocument,
  type MeetingFieldsFragment,
} from '@kijkje/web/data-access';
import { ErrorAlert, SelectField, VisuallyHidden, useAction } from '@kijkje/web/ui';

/**
 * For the coordinator: the facilitators (begeleiders) who organise this meeting, chosen from the
 * network's people with the facilitator role. Each one can be removed again; both are audited.
 */
export function MeetingFacilitatorsEditor({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const { data } = useQuery(MeetingFacilitatorCandidatesDocument, { fetchPolicy: 'cache-and-network' });
  const [assign] = useMutation(AssignMeetingFacilitatorDocument);
  const [remove] = useMutation(RemoveMeetingFacilitatorDocument);
  const [userId, setUserId] = useState('');
  const assigning = useAction(() => assign({ variables: { input: { meetingId: meeting.id, userId } } }), { onDone: () => setUserId('') });
  const removing = useAction((id: string) => remove({ variables: { input: { meetingId: meeting.id, userId: id } } }));
  const assigned = new Set(meeting.facilitators.map((f) => f.userId));
  const collator = new Intl.Collator('nl');
  const candidates = (data?.memberships ?? [])
    .filter((m) => m.role === 'FACILITATOR' && m.active && !assigned.has(m.user.id))
    .sort((a, b) => collator.compare(a.user.name, b.user.name));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void assigning.run();
  };
  return (
    <section className="kijkje-section" aria-labelledby="meeting-facilitators">
      <Heading level={3} id="meeting-facilitators">
        {t('meetings.facilitators.title')}
      </Heading>
      <Paragraph>{t('meetings.facilitators.intro')}</Paragraph>
      <ErrorAlert message={removing.errors.general ?? removing.errors.field('userId')} />
      {meeting.facilitators.length === 0 ? (
        <Paragraph>{t('meetings.facilitators.none')}</Paragraph>
      ) : (
        <ul>
          {meeting.facilitators.map((f) => (
            <li key={f.userId}>
              {f.name}{' '}
              <Button type="button" appearance="subtle-button" disabled={removing.pending} onClick={() => void removing.run(f.userId)}>
                {t('meetings.facilitators.remove')}
                <VisuallyHidden> {t('meetings.facilitators.removeWho', { name: f.name })}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {assigning.succeeded && <Paragraph role="status">{t('meetings.facilitators.assigned')}</Paragraph>}
      {data && candidates.length === 0 ? (
        <Paragraph>{t('meetings.facilitators.noCandidates')}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate>
          <SelectField
            id="meeting-facilitator"
            label={t('meetings.facilitators.choose')}
            value={userId}
            onChange={setUserId}
            options={[{ value: '', label: t('meetings.facilitators.chooseNone') }, ...candidates.map((m) => ({ value: m.user.id, label: m.user.name }))]}
            error={assigning.errors.field('userId') ?? assigning.errors.general}
          />
          <Paragraph>
            <Button type="submit" appearance="secondary-action-button" disabled={assigning.pending || !userId}>
              {t('meetings.facilitators.assign')}
            </Button>
          </Paragraph>
        </form>
      )}
    </section>
  );
}
