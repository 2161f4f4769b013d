import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { MeetingReportDocument, StartMeetingReportDocument } from '@kijkje/web/data-access';
import { ErrorAlert, LoadingState, RouterLink, useAction, usePageTitle } from '@kijkje/web/ui';
import { ReportEditor } from './report-editor';
import { ReportFlags } from './report-flags';
import { ReportPublish } from './report-publish';
import { ReportVersions } from './report-versions';
import '../meetings.css';

/**
 * The coordinator's report of a held meeting: started from the tables' yields (anonymised), edited
 * in Markdown with a preview, words that may be names decided, published after a confirmation
 * (publicly with a preview of the public page), and its versions with their files.
 */
export function MeetingReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MeetingReportDocument, { variables: { meetingId: id }, fetchPolicy: 'cache-and-network' });
  const [start] = useMutation(StartMeetingReportDocument, { refetchQueries: ['MeetingReport'], awaitRefetchQueries: true });
  const starting = useAction(() => start({ variables: { meetingId: id } }));
  const [dirty, setDirty] = useState(false);
  usePageTitle(data ? t('meetings.report.pageTitle', { title: data.meeting.title }) : t('meetings.report.title'));
  if (loading && !data) return <LoadingState />;
  if (!data) return <ErrorAlert message={error ? t('errors.NOT_FOUND') : null} />;
  const report = data.meetingReport;
  const trackSession = !!data.meeting.trackId;
  return (
    <div className="kijkje-report-page">
      <Paragraph>
        <RouterLink to={`/bijeenkomsten/${id}`}>{data.meeting.title}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('meetings.report.pageTitle', { title: data.meeting.title })}</Heading>
      {!report ? (
        <section className="kijkje-section">
          <Paragraph>{data.meeting.canWriteReport ? t('meetings.report.startIntro') : t('meetings.report.notYet')}</Paragraph>
          <ErrorAlert message={starting.errors.general} />
          {data.meeting.canWriteReport && (
            <Button appearance="primary-action-button" disabled={starting.pending} onClick={() => void starting.run()}>
              {t('meetings.report.start')}
            </Button>
          )}
        </section>
      ) : (
        <>
          <ReportEditor key={report.version} meetingId={id} report={report} trackSession={trackSession} onDirty={setDirty} />
          <ReportFlags meetingId={id} report={report} />
          <ReportPublish meetingId={id} report={report} dirty={dirty} trackSession={trackSession} />
          <ReportVersions meetingId={id} report={report} trackSession={trackSession} />
        </>
      )}
    </div>
  );
}
