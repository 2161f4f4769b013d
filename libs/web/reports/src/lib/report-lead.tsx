import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { REPLY_DAYS_DEFAULT, REPLY_DAYS_MAX, REPLY_DAYS_MIN, REPORT_SUMMARY_MAX } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { ReportVisitDocument, SaveVisitReportDocument, ShareVisitReportDocument, StartVisitReportDocument, VisitReportDocument } from '@kijkje/web/data-access';
import { InputField, TextareaField, ErrorAlert, Markdown, ActionError, useAction } from '@kijkje/web/ui';
import { TextConflict, useVersionedReportText } from './report-conflict';
import { checkReplyDays } from './report-helpers';
import type { Report } from './report-view';

export type Notify = (text: string, focus: string) => void;

/** Lead, visit HELD: begins the report; the shared findings become final. */
export function StartReport({ visitId, onDone }: { visitId: string; onDone: Notify }) {
  const { t } = useTranslation();
  const [start] = useMutation(StartVisitReportDocument, {
    refetchQueries: [VisitReportDocument, ReportVisitDocument],
    awaitRefetchQueries: true,
  });
  const starting = useAction(() => start({ variables: { visitId } }), { onDone: () => onDone(t('report.start.done'), 'report-editor-heading') });
  return (
    <section className="kijkje-section" aria-labelledby="report-start-heading">
      <Heading level={2} id="report-start-heading">
        {t('report.start.title')}
      </Heading>
      <Paragraph>{t('report.start.intro')}</Paragraph>
      <ActionError errors={starting.errors} />
      <Button type="button" appearance="primary-action-button" busy={starting.pending} disabled={starting.pending} onClick={() => void starting.run()}>
        {t('report.start.submit')}
      </Button>
    </section>
  );
}

/**
 * The lead writes the summary in Markdown, with a preview. The version it started from goes with
 * the save; when someone saved in between, both versions are shown and the lead chooses (REL-02).
 */
export function SummaryEditor({ report, draft, setDraft, onSaved }: { report: Report; draft: string; setDraft: (text: string) => void; onSaved: Notify }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SaveVisitReportDocument);
  const { baseVersion, conflict, errors, send, takeLatest } = useVersionedReportText(report.visitId, report.version, (latest) => latest.summary);

  const saveFrom = async (version: number) => {
    errors.clear();
    const saved = await send(
      async (from) => (await save({ variables: { input: { visitId: report.visitId, version: from, summary: draft } } })).data?.saveVisitReport.version,
      version,
    );
    if (saved) onSaved(t('report.editor.saved'), 'report-summary');
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void saveFrom(baseVersion);
  };

  return (
    <section className="kijkje-section" aria-labelledby="report-editor-heading">
      <Heading level={2} id="report-editor-heading" tabIndex={-1}>
        {t('report.editor.title')}
      </Heading>
      {conflict ? (
        <TextConflict
          id="report-conflict"
          texts="report.conflict"
          mine={draft}
          latest={conflict.value}
          busy={loading}
          error={errors.general}
          onKeepMine={() => void saveFrom(conflict.version)}
          onTakeLatest={() => {
            setDraft(takeLatest() ?? draft);
            onSaved(t('report.conflict.tookLatest'), 'report-summary');
          }}
        />
      ) : (
        <form noValidate onSubmit={onSubmit} aria-labelledby="report-editor-heading">
          <ErrorAlert message={errors.view && !errors.field('summary') ? errors.general : null} />
          <TextareaField
            id="report-summary"
            label={t('report.editor.summary')}
            description={t('report.editor.summaryDescription')}
            value={draft}
            onChange={setDraft}
            rows={10}
            maxLength={REPORT_SUMMARY_MAX}
            error={errors.field('summary')}
          />
          <section aria-labelledby="report-preview-heading">
            <Heading level={3} id="report-preview-heading">
              {t('report.editor.preview')}
            </Heading>
            <div className="kijkje-report-preview" data-testid="summary-preview">
              {draft.trim() ? <Markdown source={draft} topHeadingLevel={4} /> : <Paragraph>{t('report.editor.previewEmpty')}</Paragraph>}
            </div>
          </section>
          <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
            {t('report.editor.save')}
          </Button>
        </form>
      )}
    </section>
  );
}

/** Lead, draft: shares the report with the host, who may comment for a number of days. */
export function ShareReport({ report, unsaved, onDone }: { report: Report; unsaved: boolean; onDone: Notify }) {
  const { t } = useTranslation();
  const [days, setDays] = useState(String(REPLY_DAYS_DEFAULT));
  const [share] = useMutation(ShareVisitReportDocument, { refetchQueries: [ReportVisitDocument] });
  const sharing = useAction((replyDays: number) => share({ variables: { input: { visitId: report.visitId, version: report.version, replyDays } } }), {
    onDone: () => onDone(t('report.share.done'), 'report-status-heading'),
  });
  const errors = sharing.errors;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkReplyDays(days);
    if ('error' in checked) {
      errors.check({ replyDays: checked.error });
      return;
    }
    if (!errors.check(unsaved ? { share: 'report.share.saveFirst' } : {})) return;
    void sharing.run(checked.days);
  };

  return (
    <section className="kijkje-section" aria-labelledby="report-share-heading">
      <Heading level={2} id="report-share-heading">
        {t('report.share.title')}
      </Heading>
      <form className="kijkje-form" noValidate onSubmit={onSubmit} aria-labelledby="report-share-heading">
        <Paragraph>{t('report.share.intro')}</Paragraph>
        <ErrorAlert message={errors.field('share') ?? (errors.view && !errors.field('replyDays') ? errors.general : null)} />
        <InputField
          id="report-reply-days"
          type="number"
          min={REPLY_DAYS_MIN}
          max={REPLY_DAYS_MAX}
          label={t('report.share.days')}
          description={t('report.share.daysDescription', { min: REPLY_DAYS_MIN, max: REPLY_DAYS_MAX })}
          value={days}
          onChange={setDays}
          error={errors.field('replyDays')}
        />
        <Button type="submit" appearance="primary-action-button" busy={sharing.pending} disabled={sharing.pending}>
          {t('report.share.submit')}
        </Button>
      </form>
    </section>
  );
}
