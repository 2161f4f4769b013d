import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MeetingFieldsFragment } from '@kijkje/web/data-access';
import { Markdown, RouterLink, formatDateTime } from '@kijkje/web/ui';
import { reportAudience } from './report-audience';

/** The downloads of a published report, for whoever reads the meeting. */
export function reportFile(meetingId: string, format: 'pdf' | 'docx', lang: string, number?: number): string {
  const query = new URLSearchParams({ ...(number ? { versie: String(number) } : {}), ...(lang.startsWith('en') ? { taal: 'en' } : {}) }).toString();
  return `/export/bijeenkomstverslag/${encodeURIComponent(meetingId)}/${format}${query ? `?${query}` : ''}`;
}

/** On the meeting's page: its published report (the newest version) with its files and public page, and the coordinator's way to the editor. */
export function MeetingReportSection({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const report = meeting.report;
  if (!report && !meeting.canWriteReport) return null;
  return (
    <section className="kijkje-section" aria-labelledby="meeting-report">
      <Heading level={2} id="meeting-report">
        {t('meetings.report.title')}
      </Heading>
      {report ? (
        <>
          <Paragraph className="kijkje-card-meta">
            {t('meetings.report.published', { number: report.number, date: formatDateTime(report.publishedAt, i18n.language) })} ·{' '}
            {t(`meetings.report.visibility.${reportAudience(report.visibility, !!meeting.trackId)}`)}
            {report.withdrawn ? ` · ${t('meetings.report.withdrawn')}` : ''}
          </Paragraph>
          <Paragraph className="kijkje-meeting-table-actions">
            <Link href={reportFile(meeting.id, 'pdf', i18n.language)}>{t('meetings.report.pdf')}</Link>
            <Link href={reportFile(meeting.id, 'docx', i18n.language)}>{t('meetings.report.docx')}</Link>
            {report.publicPath && <Link href={report.publicPath}>{t('meetings.report.publicPage')}</Link>}
          </Paragraph>
          <Markdown source={report.text} topHeadingLevel={3} />
        </>
      ) : (
        <Paragraph>{t('meetings.report.none')}</Paragraph>
      )}
      {meeting.canWriteReport && (
        <Paragraph>
          <RouterLink to={`/bijeenkomsten/${meeting.id}/verslag`}>{t('meetings.report.write')}</RouterLink>
        </Paragraph>
      )}
    </section>
  );
}
