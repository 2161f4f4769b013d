import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { CancelMeetingRegistrationDocument, MeetingDocument, RegisterForMeetingDocument, type MeetingFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, formatDateTime, useAction, usePageTitle } from '@kijkje/web/ui';
import { MeetingOrganiser } from './meeting-organiser';
import { ProgrammeItems } from './plan/meeting-items-editor';
import { MeetingSeries } from './plan/meeting-series';
import { MeetingReportSection } from './report/meeting-report-section';
import { TableChoice } from './table-choice';
import { TrackSessionNote } from './track-session-note';
import './meetings.css';

/** One meeting: when and where, the programme, the tables, the viewer's registration and table. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(MeetingDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle(data?.meeting.title ?? t('meetings.title'));
  if (loading && !data) return <LoadingState />;
  if (!data) return <ErrorAlert message={error ? t('errors.NOT_FOUND') : null} />;
  const m = data.meeting;
  return (
    <>
      <Paragraph>
        <RouterLink to="/bijeenkomsten">{t('meetings.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph>
        {t('meetings.when', { start: formatDateTime(m.startsAt, i18n.language), end: formatDateTime(m.endsAt, i18n.language) })} ·{' '}
        {t(`meetings.status.${m.status}`)}
      </Paragraph>
      {m.hostOrganisation && <Paragraph>{t('meetings.host', { name: m.hostOrganisation })}</Paragraph>}
      <TrackSessionNote meeting={m} />
      {m.isFacilitator && <Paragraph>{t('meetings.facilitators.youRun')}</Paragraph>}
      {m.facilitators.length > 0 && (
        <Paragraph>
          {t('meetings.facilitators.shown', { names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(m.facilitators.map((f) => f.name)) })}
        </Paragraph>
      )}
      {m.place && <Paragraph>{m.place}</Paragraph>}
      {m.onlineLink && (
        <Paragraph>
          <a href={m.onlineLink}>{m.onlineLink}</a>
        </Paragraph>
      )}
      {m.description && <Paragraph>{m.description}</Paragraph>}
      {!m.trackId && <Paragraph>{t('meetings.seats', { registered: m.registeredCount, capacity: m.capacity, waiting: m.waitlistCount })}</Paragraph>}
      <section className="kijkje-section" aria-labelledby="meeting-programme">
        <Heading level={2} id="meeting-programme">
          {t('meetings.programme')}
        </Heading>
        <ProgrammeItems meeting={m} />
      </section>
      <MeetingReportSection meeting={m} />
      {/* A facilitator runs the meeting; they do not register for it. A track's cohort has its places without registering. */}
      {!m.isFacilitator && !m.trackId && <Registration meeting={m} />}
      <TableChoice meeting={m} />
      <MeetingSeries meeting={m} />
      {!m.trackId && (
        <Paragraph>
          <a href={`/export/agenda/bijeenkomst/${encodeURIComponent(m.id)}.ics?taal=${i18n.language.startsWith('en') ? 'en' : 'nl'}`}>
            {t('meetings.calendar')}
          </a>
        </Paragraph>
      )}
      <Paragraph>
        <RouterLink to={`/bijeenkomsten/${m.id}/plenair`}>{t('meetings.plenaryLink')}</RouterLink>
      </Paragraph>
      {(m.canEdit || m.canAssignTables || m.canAssignFacilitators) && <MeetingOrganiser meeting={m} />}
    </>
  );
}

function Registration({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const [register] = useMutation(RegisterForMeetingDocument);
  const [cancel] = useMutation(CancelMeetingRegistrationDocument);
  const action = useAction(async (kind: 'register' | 'cancel') => {
    if (kind === 'register') await register({ variables: { meetingId: meeting.id } });
    else await cancel({ variables: { meetingId: meeting.id } });
  });
  const mine = meeting.myRegistration;
  return (
    <section className="kijkje-section" aria-labelledby="meeting-registration">
      <Heading level={2} id="meeting-registration">
        {t('meetings.registration.title')}
      </Heading>
      <Paragraph role="status">
        {mine ? t(`meetings.registration.${mine.status}`, { position: mine.waitlistPosition }) : t('meetings.registration.none')}
      </Paragraph>
      <ErrorAlert message={action.errors.general} />
      {meeting.canRegister && (
        <Button appearance="primary-action-button" disabled={action.pending} onClick={() => void action.run('register')}>
          {t('meetings.registration.register')}
        </Button>
      )}
      {meeting.canCancelRegistration && (
        <Button appearance="secondary-action-button" disabled={action.pending} onClick={() => void action.run('cancel')}>
          {t('meetings.registration.cancel')}
        </Button>
      )}
    </section>
  );
}
