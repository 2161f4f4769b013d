import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { TextareaField } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';
import { CommentOnVisitReportDocument, SetVisitReportSharingDocument, VisitReportDocument, type ReportSharing } from '../../generated/graphql';
import { ErrorAlert } from '../../app/states';
import { useFormErrors } from '../../app/use-form-errors';
import { readApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import type { Notify } from './report-lead';
import type { Report } from './report-view';

const SHARING: readonly ReportSharing[] = ['TEAM', 'ROUND', 'NETWORK'];

/** Host, shared report: one comment on the whole report, within the reply period. */
export function HostComment({ report, onDone }: { report: Report; onDone: Notify }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [text, setText] = useState(report.hostComment);
  const [changed, setChanged] = useState(false);
  const [comment, { loading }] = useMutation(CommentOnVisitReportDocument);
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(text.trim() ? {} : { text: 'report.comment.required' })) return;
    setChanged(false);
    try {
      await comment({ variables: { input: { visitId: report.visitId, version: report.version, text } } });
      onDone(t('report.comment.saved'), 'report-comment-text');
    } catch (error) {
      if (readApiError(error, 'nl').code === 'CONFLICT') {
        // Someone changed the report meanwhile: fetch it, keep what the host typed, and say so.
        await client.query({ query: VisitReportDocument, variables: { visitId: report.visitId, revision: null }, fetchPolicy: 'network-only' }).catch(() => undefined);
        setChanged(true);
        return;
      }
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="report-comment-heading">
      <Heading level={2} id="report-comment-heading">
        {t('report.comment.title')}
      </Heading>
      <Paragraph>{report.replyDeadline ? t('report.comment.intro', { date: formatDateTime(report.replyDeadline, i18n.language) }) : t('report.comment.introNoDate')}</Paragraph>
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="report-comment-heading">
        {changed && <Alert type="warning">{t('report.comment.changed')}</Alert>}
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
    </section>
  );
}

/** Host, final report: who else may read it — the round or the whole network. */
export function ReportSharingForm({ report, onDone }: { report: Report; onDone: Notify }) {
  const { t } = useTranslation();
  const [sharing, setSharing] = useState<ReportSharing>(report.sharing);
  const [save, { loading }] = useMutation(SetVisitReportSharingDocument);
  const errors = useFormErrors();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await save({ variables: { input: { visitId: report.visitId, sharing } } });
      onDone(t('report.sharing.saved', { who: t(`report.sharing.${sharing}`) }), 'report-status-heading');
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="report-sharing-heading">
      <Heading level={2} id="report-sharing-heading">
        {t('report.sharing.title')}
      </Heading>
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="report-sharing-heading">
        <ErrorAlert message={errors.general} />
        <Fieldset>
          <FieldsetLegend>{t('report.sharing.legend')}</FieldsetLegend>
          {SHARING.map((option) => (
            <FormField
              key={option}
              type="radio"
              label={
                <FormLabel htmlFor={`report-sharing-${option}`} type="radio">
                  {t(`report.sharing.${option}`)}
                </FormLabel>
              }
              input={<RadioButton id={`report-sharing-${option}`} name="report-sharing" value={option} checked={sharing === option} onChange={() => setSharing(option)} />}
            />
          ))}
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading || sharing === report.sharing}>
          {t('report.sharing.submit')}
        </Button>
      </form>
    </section>
  );
}
