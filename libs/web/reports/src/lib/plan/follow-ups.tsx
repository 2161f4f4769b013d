import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { InviteFollowUpDocument, VisitFollowUpsDocument } from '@kijkje/web/data-access';
import { ErrorAlert, InputField, RouterLink, TextField, formatDateTime, newIdempotencyKey, requiredFields, useFormErrors } from '@kijkje/web/ui';

/**
 * Follow-up conversations (terugkomgesprek) of a visit: months after the final report the host (or
 * the coordinator) invites the review team back to talk about what moved. Each follow-up is a visit
 * of its own, with its own findings board and report, linked from here.
 */
export function FollowUps({ visitId }: { visitId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(VisitFollowUpsDocument, { variables: { id: visitId }, fetchPolicy: 'cache-and-network' });
  const [invited, setInvited] = useState(false);
  const visit = data?.visit;
  if (!visit || visit.kind !== 'REVIEW' || (!visit.mayInviteFollowUp && visit.followUps.length === 0)) return null;
  return (
    <section className="kijkje-section" aria-labelledby="follow-ups-heading">
      <Heading level={2} id="follow-ups-heading">
        {t('followUp.title')}
      </Heading>
      <Paragraph>{t('followUp.intro')}</Paragraph>
      <div role="status">{invited && <Alert type="ok">{t('followUp.invited')}</Alert>}</div>
      {visit.followUps.length > 0 && (
        <ul>
          {visit.followUps.map((f) => (
            <li key={f.id}>
              <RouterLink to={`/bezoeken/${f.id}`}>
                {f.startsAt ? formatDateTime(f.startsAt, i18n.language) : t('followUp.noDate')}
                {f.location ? `, ${f.location}` : ''}
              </RouterLink>{' '}
              ({t(`timeline.status.${f.status}`)})
            </li>
          ))}
        </ul>
      )}
      {visit.mayInviteFollowUp && <InviteForm visitId={visitId} onInvited={() => setInvited(true)} />}
    </section>
  );
}

function InviteForm({ visitId, onInvited }: { visitId: string; onInvited: () => void }) {
  const { t } = useTranslation();
  const [invite, { loading }] = useMutation(InviteFollowUpDocument, {
    refetchQueries: [{ query: VisitFollowUpsDocument, variables: { id: visitId } }],
    awaitRefetchQueries: true,
  });
  const [startsOn, setStartsOn] = useState('');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [location, setLocation] = useState('');
  const key = useMemo(() => newIdempotencyKey(), []);
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(requiredFields({ startsOn, startTime, endTime }))) return;
    try {
      await invite({ variables: { input: { visitId, startsOn, startTime, endTime, location, idempotencyKey: key } } });
      onInvited();
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <form className="kijkje-form" noValidate onSubmit={onSubmit} aria-labelledby="follow-up-invite-heading">
      <Heading level={3} id="follow-up-invite-heading">
        {t('followUp.inviteTitle')}
      </Heading>
      <ErrorAlert message={errors.general} />
      <InputField id="follow-up-day" required type="date" label={t('followUp.day')} value={startsOn} onChange={setStartsOn} error={errors.field('startsOn')} />
      <InputField
        id="follow-up-start"
        required
        type="time"
        label={t('followUp.start')}
        value={startTime}
        onChange={setStartTime}
        error={errors.field('startTime')}
      />
      <InputField id="follow-up-end" required type="time" label={t('followUp.end')} value={endTime} onChange={setEndTime} error={errors.field('endTime')} />
      <TextField id="follow-up-location" label={t('followUp.location')} value={location} onChange={setLocation} error={errors.field('location')} />
      <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
        {t('followUp.invite')}
      </Button>
    </form>
  );
}
