import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FinaliseVisitReportDocument, ReopenVisitReportDocument, ReportVisitDocument } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, formatDateTime, useAction } from '@kijkje/web/ui';
import { finalisingEarly } from './report-helpers';
import type { Notify } from './report-lead';
import type { Report } from './report-view';

/**
 * Lead, shared: takes the report back to work in the host's comment, or makes it final. Making it
 * final cannot be undone, so it asks first, naming the host and what ends: the host's reply.
 * While the host's reply period runs, finalising is not the page's main button and the question
 * says until when the host may still reply.
 */
export function LeadSteps({ report, onDone }: { report: Report; onDone: Notify }) {
  const { t, i18n } = useTranslation();
  const early = finalisingEarly(report.replyDeadline);
  const deadline = formatDateTime(report.replyDeadline, i18n.language);
  const options = { refetchQueries: [ReportVisitDocument] };
  const [reopen] = useMutation(ReopenVisitReportDocument, options);
  const [finalise] = useMutation(FinaliseVisitReportDocument, options);
  const input = { visitId: report.visitId, version: report.version };
  const reopening = useAction(() => reopen({ variables: { input } }), { onDone: () => onDone(t('report.steps.reopened'), 'report-editor-heading') });
  const finalising = useAction(() => finalise({ variables: { input } }), { onDone: () => onDone(t('report.steps.finalised'), 'report-status-heading') });
  const busy = reopening.pending || finalising.pending;

  return (
    <section className="kijkje-section" aria-labelledby="report-steps-heading">
      <Heading level={2} id="report-steps-heading">
        {t('report.steps.title')}
      </Heading>
      <Paragraph>{t('report.steps.intro')}</Paragraph>
      {early && <Paragraph data-testid="report-reply-running">{t('report.steps.replyRunning', { host: report.host, deadline })}</Paragraph>}
      <ActionError errors={finalising.errors} />
      <ActionError errors={reopening.errors} />
      <div className="kijkje-actions">
        <Button
          type="button"
          appearance={early ? 'secondary-action-button' : 'primary-action-button'}
          busy={finalising.pending}
          disabled={busy}
          onClick={() => (reopening.reset(), finalising.ask())}
        >
          {t('report.steps.finalise')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={reopening.pending}
          disabled={busy}
          onClick={() => (finalising.reset(), void reopening.run())}
        >
          {t('report.steps.reopen')}
        </Button>
      </div>
      <ConfirmDialog
        open={finalising.asking}
        tone="danger"
        testId="report-finalise-dialog"
        title={t('report.steps.confirm.title', { host: report.host })}
        confirmLabel={t('report.steps.confirm.submit')}
        cancelLabel={t('report.steps.confirm.cancel')}
        busy={finalising.pending}
        onConfirm={() => void finalising.run()}
        onCancel={finalising.cancel}
      >
        {early && <Paragraph data-testid="report-finalise-early">{t('report.steps.confirm.early', { host: report.host, deadline })}</Paragraph>}
        <Paragraph>{t('report.steps.confirm.what', { host: report.host })}</Paragraph>
        <Paragraph>{t('report.steps.confirm.findings', { count: report.findings.length })}</Paragraph>
        <Paragraph>{t('report.steps.confirm.kept')}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
