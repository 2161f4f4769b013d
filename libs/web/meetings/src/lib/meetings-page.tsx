import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { MeetingsDocument, isCoordinator, isFacilitator, useSession } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, formatDateTime, usePageTitle } from '@kijkje/web/ui';
import { CreateMeetingForm } from './create-meeting-form';
import { MeetingSeriesList } from './plan/meeting-series-list';
import './meetings.css';

/** The network's work meetings, newest first (for a facilitator: those they run); coordinators plan a new one below. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('meetings.title'));
  const { data, loading, error } = useQuery(MeetingsDocument, { fetchPolicy: 'cache-and-network' });
  const { viewer } = useSession();
  const coordinator = isCoordinator(viewer);
  const facilitator = isFacilitator(viewer);
  if (loading && !data) return <LoadingState />;
  return (
    <>
      <Heading level={1}>{t('meetings.title')}</Heading>
      <Paragraph>{t(facilitator ? 'meetings.facilitators.listIntro' : 'meetings.intro')}</Paragraph>
      {error && !data && <ErrorAlert message={t('common.errorGeneric')} />}
      {data && data.meetings.length === 0 && <Paragraph>{t(facilitator ? 'meetings.facilitators.listEmpty' : 'meetings.empty')}</Paragraph>}
      <ul className="kijkje-meetings">
        {data?.meetings.map((m) => (
          <li key={m.id}>
            <RouterLink to={`/bijeenkomsten/${m.id}`}>{m.title}</RouterLink>
            <span>
              {formatDateTime(m.startsAt, i18n.language)} · {t(`meetings.status.${m.status}`)}
              {m.hostOrganisation ? ` · ${m.hostOrganisation}` : ''}
              {m.trackId ? ` · ${t('meetings.track.session', { title: m.trackTitle ?? '' })}` : ''}
              {m.place ? ` · ${m.place}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {data && <MeetingSeriesList meetings={data.meetings} />}
      {coordinator && <CreateMeetingForm />}
    </>
  );
}
