import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { REPORT_STATUSES } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ReportVisitDocument, VisitReportDocument, type ReportVisitQuery } from '@kijkje/web/data-access';
import { RouterLink, ErrorState, LoadingState, usePageTitle, readApiError, formatDateTime } from '@kijkje/web/ui';
import { HostComment, ReportSharingForm, UnsavedComment } from './report-host';
import { exportHref, revisionFromSearch, type ExportFormat } from './report-helpers';
import { ShareReport, StartReport, SummaryEditor } from './report-lead';
import { LeadSteps } from './report-lead-steps';
import { ReportView, type Report } from './report-view';
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

/** Status, reply deadline, sharing, the downloads, and what this reader may do now. */
function Workspace({ report, fresh, onDone }: { report: Report; fresh: boolean; onDone: (text: string, focus: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The lead's unsaved summary lives here: the share form must know whether there is any.
  const [draft, setDraft] = useState<string | null>(null);
  const summary = draft ?? report.summary;
  const unsaved = draft !== null && draft !== report.summary;
  return (
    <>
      <section className="kijkje-section" aria-labelledby="report-status-heading">
        <Heading level={2} id="report-status-heading" tabIndex={-1}>
          {t('report.status.title')}
        </Heading>
        <dl className="kijkje-facts">
          <dt>{t('report.status.status')}</dt>
          <dd data-testid="report-status">{t(`visits.status.${report.status}`)}</dd>
          {report.replyDeadline && (
            <>
              <dt>{t('report.status.replyDeadline')}</dt>
              <dd data-testid="report-deadline">{formatDateTime(report.replyDeadline, lang)}</dd>
            </>
          )}
          {report.status === 'REPORT_FINAL' && (
            <>
              <dt>{t('report.status.sharing')}</dt>
              <dd data-testid="report-sharing">{t(`report.sharing.${report.sharing}`)}</dd>
            </>
          )}
        </dl>
        <Downloads report={report} revision={null} />
      </section>
      {report.rights.edit &&
        (fresh ? <SummaryEditor key={report.visitId} report={report} draft={summary} setDraft={setDraft} onSaved={onDone} /> : <LoadingState />)}
      {report.rights.share && <ShareReport report={report} unsaved={unsaved} onDone={onDone} />}
      {(report.rights.reopen || report.rights.finalise) && <LeadSteps report={report} onDone={onDone} />}
      {report.rights.comment ? (
        <HostComment key={`${report.visitId}-comment`} report={report} onDone={onDone} />
      ) : (
        <UnsavedComment key={`${report.visitId}-unsaved`} visitId={report.visitId} />
      )}
      {report.rights.setSharing && <ReportSharingForm report={report} onDone={onDone} />}
    </>
  );
}

function RevisionNotice({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const kept = report.revisions.find((r) => r.number === report.revision);
  return (
    <section className="kijkje-section" aria-labelledby="report-status-heading">
      <Heading level={2} id="report-status-heading">
        {t('report.revision.title', { number: report.revision })}
      </Heading>
      <Alert type="info">
        <Paragraph>
          {t('report.revision.intro', {
            number: report.revision,
            status: t(`report.revision.status.${kept?.status === 'REPORT_FINAL' ? 'REPORT_FINAL' : 'REPORT_SHARED'}`),
            date: formatDateTime(kept?.createdAt, i18n.language),
          })}
        </Paragraph>
        <Paragraph>
          <RouterLink to={`/bezoeken/${report.visitId}/verslag`}>{t('report.revision.toCurrent')}</RouterLink>
        </Paragraph>
      </Alert>
      <Downloads report={report} revision={report.revision} />
    </section>
  );
}

function Downloads({ report, revision }: { report: Report; revision: number | null }) {
  const { t, i18n } = useTranslation();
  const formats: ExportFormat[] = ['pdf', 'docx'];
  return (
    <ul className="kijkje-downloads" aria-label={revision === null ? t('report.downloads.label') : t('report.downloads.revisionLabel', { number: revision })}>
      {formats.map((format) => (
        <li key={format}>
          <a
            className="utrecht-link utrecht-link--html-a"
            href={exportHref(report.visitId, format, i18n.language, revision)}
            download
            data-testid={`download-${format}`}
          >
            {revision === null ? t(`report.downloads.${format}`) : t(`report.downloads.revision.${format}`, { number: revision })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The kept versions: each opens read-only, and downloads as it was. */
function Revisions({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="kijkje-section" aria-labelledby="report-revisions-heading">
      <Heading level={2} id="report-revisions-heading">
        {t('report.revisions.title')}
      </Heading>
      {report.revisions.length === 0 ? (
        <Paragraph>{t('report.revisions.none')}</Paragraph>
      ) : (
        <ul className="kijkje-report-findings" data-testid="report-revisions">
          {report.revisions.map((kept) => (
            <li key={kept.number}>
              {kept.number === report.revision ? (
                <span aria-current="page">
                  {t('report.revisions.item', {
                    number: kept.number,
                    status: t(`report.revision.status.${kept.status === 'REPORT_FINAL' ? 'REPORT_FINAL' : 'REPORT_SHARED'}`),
                    date: formatDateTime(kept.createdAt, i18n.language),
                  })}
                </span>
              ) : (
                <RouterLink to={`/bezoeken/${report.visitId}/verslag?versie=${kept.number}`}>
                  {t('report.revisions.item', {
                    number: kept.number,
                    status: t(`report.revision.status.${kept.status === 'REPORT_FINAL' ? 'REPORT_FINAL' : 'REPORT_SHARED'}`),
                    date: formatDateTime(kept.createdAt, i18n.language),
                  })}
                </RouterLink>
              )}
              <Downloads report={report} revision={kept.number} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
