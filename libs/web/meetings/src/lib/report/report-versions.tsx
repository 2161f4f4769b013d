import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { WithdrawMeetingReportDocument, type MeetingReportFieldsFragment } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, TextareaField, formatDateTime, useAction } from '@kijkje/web/ui';
import { reportAudience } from './report-audience';
import { reportFile } from './meeting-report-section';

/** The published versions with their files, and taking the public one down (its page then says it was withdrawn). */
export function ReportVersions({ meetingId, report, trackSession }: { meetingId: string; report: MeetingReportFieldsFragment; trackSession: boolean }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [withdraw] = useMutation(WithdrawMeetingReportDocument, { refetchQueries: ['MeetingReport', 'Meeting'], awaitRefetchQueries: true });
  const action = useAction(() => withdraw({ variables: { input: { meetingId, number: report.servingNumber ?? 0, reason } } }), {
    onDone: () => setReason(''),
  });
  if (report.versions.length === 0) return null;
  return (
    <section className="kijkje-section" aria-labelledby="report-versions">
      <Heading level={2} id="report-versions">
        {t('meetings.report.versions')}
      </Heading>
      <ul className="kijkje-meetings">
        {report.versions.map((v) => (
          <li key={v.number}>
            <span>
              {t('meetings.report.published', { number: v.number, date: formatDateTime(v.publishedAt, i18n.language) })} ·{' '}
              {t(`meetings.report.visibility.${reportAudience(v.visibility, trackSession)}`)}
              {v.withdrawnAt ? ` · ${t('meetings.report.withdrawn')}` : ''}
              {report.serving === 'PUBLIC' && report.servingNumber === v.number ? ` · ${t('meetings.report.servedNow')}` : ''}
            </span>
            <span className="kijkje-meeting-table-actions">
              <Link href={reportFile(meetingId, 'pdf', i18n.language, v.number)}>{t('meetings.report.pdfOf', { number: v.number })}</Link>
              <Link href={reportFile(meetingId, 'docx', i18n.language, v.number)}>{t('meetings.report.docxOf', { number: v.number })}</Link>
            </span>
          </li>
        ))}
      </ul>
      {report.serving === 'PUBLIC' && (
        <Paragraph>
          <Link href={report.publicPath}>{t('meetings.report.publicPage')}</Link>
        </Paragraph>
      )}
      <ActionError errors={action.errors} />
      {report.canWithdraw && (
        <Button appearance="secondary-action-button" onClick={action.ask}>
          {t('meetings.report.withdraw.submit')}
        </Button>
      )}
      <ConfirmDialog
        open={action.asking}
        tone="danger"
        title={t('meetings.report.withdraw.title', { number: report.servingNumber })}
        confirmLabel={t('meetings.report.withdraw.submit')}
        cancelLabel={t('meetings.organiser.cancelStep')}
        busy={action.pending}
        confirmDisabled={reason.trim() === ''}
        initialFocus="report-withdraw-reason"
        onConfirm={() => void action.run()}
        onCancel={action.cancel}
      >
        <Paragraph>{t('meetings.report.withdraw.what')}</Paragraph>
        <TextareaField id="report-withdraw-reason" label={t('meetings.report.withdraw.reason')} value={reason} onChange={setReason} rows={3} required />
      </ConfirmDialog>
    </section>
  );
}
