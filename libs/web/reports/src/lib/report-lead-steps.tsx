import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FinaliseVisitReportDocument, ReopenVisitReportDocument, ReportVisitDocument } from '@kijkje/web/data-access';
import { ConfirmDialog, useFormErrors, ActionError } from '@kijkje/web/ui';
import type { Notify } from './report-lead';
import type { Report } from './report-view';

/**
 * Lead, shared: takes the report back to work in the host's comment, or makes it final. Making it
 * final cannot be undone, so it asks first, naming the host and what ends: the host's reply.
 */
export function LeadSteps({ report, onDone }: { report: Report; onDone: Notify }) {
  const { t } = useTranslation();
  const options = { refetchQueries: [ReportVisitDocument] };
  const [reopen, reopening] = useMutation(ReopenVisitReportDocument, options);
  const [finalise, finalising] = useMutation(FinaliseVisitReportDocument, options);
  const [asking, setAsking] = useState(false);
  const errors = useFormErrors();
  const busy = reopening.loading || finalising.loading;
  const input = { visitId: report.visitId, version: report.version };

  const run = async (step: 'reopen' | 'finalise') => {
    errors.clear();
    try {
      if (step === 'reopen') {
        await reopen({ variables: { input } });
        onDone(t('report.steps.reopened'), 'report-editor-heading');
      } else {
        await finalise({ variables: { input } });
        setAsking(false);
        onDone(t('report.steps.finalised'), 'report-status-heading');
      }
    } catch (error) {
      setAsking(false);
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="report-steps-heading">
      <Heading level={2} id="report-steps-heading">
        {t('report.steps.title')}
      </Heading>
      <Paragraph>{t('report.steps.intro')}</Paragraph>
      <ActionError errors={errors} />
      <div className="kijkje-actions">
        <Button type="button" appearance="primary-action-button" busy={finalising.loading} disabled={busy} onClick={() => (errors.clear(), setAsking(true))}>
          {t('report.steps.finalise')}
        </Button>
        <Button type="button" appearance="secondary-action-button" busy={reopening.loading} disabled={busy} onClick={() => void run('reopen')}>
          {t('report.steps.reopen')}
        </Button>
      </div>
      <ConfirmDialog
        open={asking}
        tone="danger"
        testId="report-finalise-dialog"
        title={t('report.steps.confirm.title', { host: report.host })}
        confirmLabel={t('report.steps.confirm.submit')}
        cancelLabel={t('report.steps.confirm.cancel')}
        busy={finalising.loading}
        onConfirm={() => void run('finalise')}
        onCancel={() => setAsking(false)}
      >
        <Paragraph>{t('report.steps.confirm.what', { host: report.host })}</Paragraph>
        <Paragraph>{t('report.steps.confirm.findings', { count: report.findings.length })}</Paragraph>
        <Paragraph>{t('report.steps.confirm.kept')}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
