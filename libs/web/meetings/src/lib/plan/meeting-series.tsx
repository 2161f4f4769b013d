import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { nextMeetingProblem, type SeriesMeeting } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { MeetingsDocument, SetNextMeetingDocument, type MeetingFieldsFragment, type MeetingSummaryFieldsFragment } from '@kijkje/web/data-access';
import { ErrorAlert, RouterLink, SelectField, formatDateTime, useAction } from '@kijkje/web/ui';

const asSeries = (m: Pick<MeetingSummaryFieldsFragment, 'id' | 'hostOrganisationId' | 'startsAt' | 'status'>): SeriesMeeting => ({
  id: m.id,
  hostOrganisationId: m.hostOrganisationId ?? null,
  startsAt: new Date(m.startsAt),
  status: m.status,
});

/** The meeting's place in its series: the one before and the one after, and for the organisers the choice of the next. */
export function MeetingSeries({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const { previousMeeting: previous, nextMeeting: next } = meeting;
  if (!previous && !next && !meeting.canLinkNext) return null;
  const line = (m: MeetingSummaryFieldsFragment) => (
    <>
      <RouterLink to={`/bijeenkomsten/${m.id}`}>{m.title}</RouterLink>
      {` · ${[m.hostOrganisation, formatDateTime(m.startsAt, i18n.language)].filter(Boolean).join(' · ')}`}
    </>
  );
  return (
    <section className="kijkje-section" aria-labelledby="meeting-series">
      <Heading level={2} id="meeting-series">
        {t('meetings.series.title')}
      </Heading>
      {previous && (
        <Paragraph>
          {t('meetings.series.previous')}: {line(previous)}
        </Paragraph>
      )}
      {next ? (
        <Paragraph>
          {t('meetings.series.next')}: {line(next)}
        </Paragraph>
      ) : (
        <Paragraph>{t('meetings.series.noNext')}</Paragraph>
      )}
      {meeting.canLinkNext && <NextMeetingForm meeting={meeting} />}
    </section>
  );
}

function NextMeetingForm({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(MeetingsDocument, { fetchPolicy: 'cache-and-network' });
  const [setNext] = useMutation(SetNextMeetingDocument, { refetchQueries: ['Meetings'] });
  const [choice, setChoice] = useState(meeting.nextMeetingId ?? '');
  const all = data?.meetings ?? [];
  const previousOf = (id: string) => all.find((m) => m.nextMeetingId === id)?.id ?? null;
  // The same rule as the server's: later, at another host, announced, following no other meeting.
  const candidates = all.filter((m) => m.id === meeting.nextMeetingId || nextMeetingProblem(asSeries(meeting), asSeries(m), previousOf(m.id)) === null);
  const action = useAction(() => setNext({ variables: { input: { meetingId: meeting.id, version: meeting.version, nextMeetingId: choice || null } } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  const options = [
    { value: '', label: t('meetings.series.none') },
    ...candidates.map((m) => ({ value: m.id, label: `${m.title} · ${m.hostOrganisation ?? ''} · ${formatDateTime(m.startsAt, i18n.language)}` })),
  ];
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert message={action.errors.general} />
      <SelectField
        id="meeting-next"
        label={t('meetings.series.choose')}
        description={t('meetings.series.chooseHint')}
        value={choice}
        onChange={setChoice}
        options={options}
        error={action.errors.field('nextMeetingId')}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={action.pending}>
        {t('meetings.series.save')}
      </Button>
    </form>
  );
}
