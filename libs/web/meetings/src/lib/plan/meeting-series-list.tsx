import { Heading, Paragraph } from '@utrecht/component-library-react';
import { meetingSeries } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import type { MeetingSummaryFieldsFragment } from '@kijkje/web/data-access';
import { RouterLink, formatDateTime } from '@kijkje/web/ui';

/** On the network's meetings page: each series of meetings as a line from the first to the next one, each at its host. */
export function MeetingSeriesList({ meetings }: { meetings: MeetingSummaryFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const lines = meetingSeries(meetings.map((m) => ({ id: m.id, startsAt: new Date(m.startsAt), nextMeetingId: m.nextMeetingId ?? null })));
  if (lines.length === 0) return null;
  return (
    <section className="kijkje-section" aria-labelledby="meeting-series-list">
      <Heading level={2} id="meeting-series-list">
        {t('meetings.series.list')}
      </Heading>
      <Paragraph>{t('meetings.series.listIntro')}</Paragraph>
      {lines.map((line) => (
        <ol key={line[0]} className="kijkje-meeting-series">
          {line.map((id) => {
            const m = byId.get(id)!;
            return (
              <li key={id}>
                <RouterLink to={`/bijeenkomsten/${id}`}>{m.hostOrganisation ?? m.title}</RouterLink>
                <span>
                  {' '}
                  · {formatDateTime(m.startsAt, i18n.language)} · {t(`meetings.status.${m.status}`)}
                </span>
              </li>
            );
          })}
        </ol>
      ))}
    </section>
  );
}
