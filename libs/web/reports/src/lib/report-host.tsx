import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { REPORT_SHARING } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { CommentOnVisitReportDocument, SetVisitReportSharingDocument, type ReportSharing } from '@kijkje/web/data-access';
import { TextareaField, ErrorAlert, formatDateTime, useAction } from '@kijkje/web/ui';
import { commentDrafts } from './comment-draft';
import { TextConflict, useVersionedReportText } from './report-conflict';
import type { Notify } from './report-lead';
import type { Report } from './report-view';

/**
 * Host, shared report: one comment on the whole report, within the reply period. The version the
 * host started from goes with the save; when the report changed in between (the host saved in
 * another tab, or the lead changed the report), both comments are shown and the host chooses:
 * nothing typed is lost and nothing is overwritten without a choice (REL-02).
 */
export function HostComment({ report, onDone }: { report: Report; onDone: Notify }) {
  const { t, i18n } = useTranslation();
  const drafts = useMemo(() => commentDrafts(), []);
  // What the host typed and did not save yet (in this tab) comes back, e.g. after the lead reopened the report.
  const [text, setText] = useState(() => drafts.load(report.visitId) ?? report.hostComment);
  useEffect(() => drafts.keep(report.visitId, text, report.hostComment), [drafts, report.visitId, text, report.hostComment]);
  const [comment, { loading }] = useMutation(CommentOnVisitReportDocument);
  const { baseVersion, conflict, errors, send, takeLatest } = useVersionedReportText(report.visitId, report.version, (latest) => latest.hostComment);

  const saveFrom = async (version: number) => {
    if (!errors.check(text.trim() ? {} : { text: 'report.comment.required' })) return;
    const saved = await send(
      async (from) => (await comment({ variables: { input: { visitId: report.visitId, version: from, text } } })).data?.commentOnVisitReport.version,
      version,
    );
    if (!saved) return;
    drafts.clear(report.visitId);
    onDone(t('report.comment.saved'), 'report-comment-text');
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void saveFrom(baseVersion);
  };

  return (
    <section className="kijkje-section" aria-labelledby="report-comment-heading">
      <Heading level={2} id="report-comment-heading">
        {t('report.comment.title')}
      </Heading>
      <Paragraph>
        {report.replyDeadline ? t('report.comment.intro', { date: formatDateTime(report.replyDeadline, i18n.language) }) : t('report.comment.introNoDate')}
      </Paragraph>
      {conflict ? (
        <TextConflict
          id="report-comment-conflict"
          texts="report.comment.conflict"
          mine={text}
          latest={conflict.value}
          busy={loading}
          error={errors.general}
          onKeepMine={() => void saveFrom(conflict.version)}
          onTakeLatest={() => {
            setText(takeLatest() ?? text);
            onDone(t('report.comment.conflict.tookLatest'), 'report-comment-text');
          }}
        />
      ) : (
        <form noValidate onSubmit={onSubmit} aria-labelledby="report-comment-heading">
          <ErrorAlert message={errors.view && !errors.field('text') ? errors.general : null} />
          <TextareaField
            id="report-comment-text"
            label={t('report.comment.text')}
            description={t('report.comment.textDescription')}
            value={text}
            onChange={setText}
            rows={6}
            maxLength={4000}
            error={errors.field('text')}
          />
          <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
            {t('report.comment.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}

/**
 * Host, when the report no longer takes a comment (the lead reopened or finalised it) while the
 * host had one unsaved: the text is shown, to copy or to keep for when the report is shared again.
 */
export function UnsavedComment({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const drafts = useMemo(() => commentDrafts(), []);
  const [text, setText] = useState(() => drafts.load(visitId));
  if (!text) return null;
  return (
    <section className="kijkje-section" aria-labelledby="report-unsaved-comment-heading" data-testid="report-unsaved-comment">
      <Heading level={2} id="report-unsaved-comment-heading">
        {t('report.comment.unsaved.title')}
      </Heading>
      <Alert type="warning">
        <Paragraph>{t('report.comment.unsaved.intro')}</Paragraph>
      </Alert>
      <Paragraph className="kijkje-unsaved-text" data-testid="report-unsaved-comment-text">
        {text}
      </Paragraph>
      <Button
        type="button"
        appearance="secondary-action-button"
        onClick={() => {
          drafts.clear(visitId);
          setText(null);
        }}
      >
        {t('report.comment.unsaved.discard')}
      </Button>
    </section>
  );
}

/** Host, final report: who else may read it — the round or the whole network. */
export function ReportSharingForm({ report, onDone }: { report: Report; onDone: Notify }) {
  const { t } = useTranslation();
  const [sharing, setSharing] = useState<ReportSharing>(report.sharing);
  const [save] = useMutation(SetVisitReportSharingDocument);
  const saving = useAction(() => save({ variables: { input: { visitId: report.visitId, sharing } } }), {
    onDone: () => onDone(t('report.sharing.saved', { who: t(`report.sharing.${sharing}`) }), 'report-status-heading'),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void saving.run();
  };

  return (
    <section className="kijkje-section" aria-labelledby="report-sharing-heading">
      <Heading level={2} id="report-sharing-heading">
        {t('report.sharing.title')}
      </Heading>
      <form noValidate onSubmit={onSubmit} aria-labelledby="report-sharing-heading">
        <ErrorAlert message={saving.errors.general} />
        <Fieldset>
          <FieldsetLegend>{t('report.sharing.legend')}</FieldsetLegend>
          {REPORT_SHARING.map((option) => (
            <FormField
              key={option}
              type="radio"
              label={
                <FormLabel htmlFor={`report-sharing-${option}`} type="radio">
                  {t(`report.sharing.${option}`)}
                </FormLabel>
              }
              input={
                <RadioButton
                  id={`report-sharing-${option}`}
                  name="report-sharing"
                  value={option}
                  checked={sharing === option}
                  onChange={() => setSharing(option)}
                />
              }
            />
          ))}
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={saving.pending} disabled={saving.pending || sharing === report.sharing}>
          {t('report.sharing.submit')}
        </Button>
      </form>
    </section>
  );
}
