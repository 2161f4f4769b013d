import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { REPORT_STATUSES } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ReportVisitDocument, VisitReportDocument, type ReportVisitQuery } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, usePageTitle, readApiError } from '@kijkje/web/ui';
import { UnsavedComment } from './report-host';
import { revisionFromSearch } from './report-helpers';
import { StartReport } from './report-lead';
import { RevisionNotice, Revisions } from './report-revisions';
import { Workspace } from './report-workspace';
import { ReportView } from './report-view';
import './reports.css';

/**
 * /bezoeken/:id/verslag — the visit report: the lead writes, shares and finalises it; the host
 * comments and, once final, shares it further; everyone else reads what the API lets them.
 * `?versie=N` shows a kept version, read-only.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const revision = revisionFromSearch(search);
  const { t } = useTranslation();
  const visitQuery = useQuery(ReportVisitDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const reportQuery = useQuery(VisitReportDocument, { variables: { visitId: id, revision }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<{ text: string; focus: string } | null>(null);
  useEffect(() => {
    if (!notice) return;
    const frame = requestAnimationFrame(() => document.getElementById(notice.focus)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [notice]);
  // A new address (another version) starts without the last page's message.
  useEffect(() => setNotice(null), [revision]);

  const report = reportQuery.data?.visitReport ?? null;
  const visit = visitQuery.data?.visit ?? null;
  const host = report?.host ?? visit?.hostOrganisation.name ?? null;
  const title = host ? t('report.title', { name: host }) : t('report.titlePlain');
  usePageTitle(title);

  if ((visitQuery.loading && !visit) || (reportQuery.loading && !report)) {
    if (!visitQuery.error && !reportQuery.error) return <LoadingState />;
  }
  const notify = (text: string, focus: string) => setNotice({ text, focus });
  const back = visit ? (
    <Paragraph>
      <RouterLink to={`/bezoeken/${visit.id}`}>{t('report.back', { name: visit.hostOrganisation.name })}</RouterLink>
    </Paragraph>
  ) : null;
  const status = <div role="status">{notice && <Alert type="ok">{notice.text}</Alert>}</div>;

  if (!report) {
    const code = reportQuery.error ? readApiError(reportQuery.error, 'nl').code : null;
    // Neither the visit nor its report: the same answer whether it exists or not.
    if (!visit) {
      if (visitQuery.loading || reportQuery.loading) return <LoadingState />;
      if (code && code !== 'NOT_FOUND' && code !== 'FORBIDDEN') return <ErrorState error={reportQuery.error} />;
      return <NotAvailable title={title} />;
    }
    if (code && code !== 'NOT_FOUND' && code !== 'FORBIDDEN') return <ErrorState error={reportQuery.error} />;
    if (reportQuery.loading) return <LoadingState />;
    return (
      <>
        {back}
        <Heading level={1}>{title}</Heading>
        {status}
        <NoReportYet visit={visit} revision={revision} onStarted={notify} />
        {revision === null && <UnsavedComment visitId={visit.id} />}
      </>
    );
  }

  return (
    <>
      {back}
      <Heading level={1}>{title}</Heading>
      {status}
      {report.status === 'REPORT_FINAL' && report.revision === null && (
        <Paragraph>
          <RouterLink to={`/bezoeken/${report.visitId}/verbeterplan`}>{t('actionPlan.link')}</RouterLink>
        </Paragraph>
      )}
      {report.revision !== null ? <RevisionNotice report={report} /> : <Workspace report={report} fresh={!reportQuery.loading} onDone={notify} />}
      <ReportView report={report} />
      <Revisions report={report} />
    </>
  );
}

function NotAvailable({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Alert type="warning">{t('report.notAvailable')}</Alert>
      <Paragraph>
        <RouterLink to="/bezoeken">{t('report.toVisits')}</RouterLink>
      </Paragraph>
    </>
  );
}

/** The visit is there, its report is not (yet) readable: the lead can begin it once the visit was held. */
function NoReportYet({
  visit,
  revision,
  onStarted,
}: {
  visit: ReportVisitQuery['visit'];
  revision: number | null;
  onStarted: (text: string, focus: string) => void;
}) {
  const { t } = useTranslation();
  if (revision === null && visit.status === 'HELD' && visit.myRelations.includes('lead')) return <StartReport visitId={visit.id} onDone={onStarted} />;
  const key = revision !== null ? 'report.noRevision' : !REPORT_STATUSES.includes(visit.status) ? 'report.notStarted' : 'report.notAvailable';
  return <Alert type="info">{t(key)}</Alert>;
}
