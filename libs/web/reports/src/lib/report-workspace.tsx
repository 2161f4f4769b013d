import { useState } from 'react';
import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, LoadingState } from '@kijkje/web/ui';
import { HostComment, ReportSharingForm, UnsavedComment } from './report-host';
import { ShareReport, SummaryEditor } from './report-lead';
import { LeadSteps } from './report-lead-steps';
import { Downloads } from './report-revisions';
import type { Report } from './report-view';

/** Status, reply deadline, sharing, the downloads, and what this reader may do now. */
export function Workspace({ report, fresh, onDone }: { report: Report; fresh: boolean; onDone: (text: string, focus: string) => void }) {
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
