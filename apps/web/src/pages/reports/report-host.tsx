import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { TextareaField } from '@kijkje/web/ui';
import { useTranslation } from 'react-i18next';
import { CommentOnVisitReportDocument, SetVisitReportSharingDocument, VisitReportDocument, type ReportSharing } from '../../generated/graphql';
import { ErrorAlert } from '../../app/states';
import { useFormErrors } from '../../app/use-form-errors';
import { readApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { Markdown } from '../findings/markdown';
import { commentDrafts } from './comment-draft';
import type { Notify } from './report-lead';
import type { Report } from './report-view';

const SHARING: readonly ReportSharing[] = ['TEAM', 'ROUND', 'NETWORK'];

interface LatestComment {
  text: string;
  version: number;
}

/**
 * Host, shared report: one comment on the whole report, within the reply period. The version the
 * host started from goes with the save; when the report changed in between (the host saved in
 * another tab, or the lead changed the report), both comments are shown and the host chooses:
 * nothing typed is lost and nothing is overwritten without a choice (REL-02).
 */
export function HostComment({ report, onDone }: { report: Report; onDone: Notify }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const drafts = useMemo(() => commentDrafts(), []);
  // What the host typed and did not save yet (in this tab) comes back, e.g. after the lead reopened the report.
  const [text, setText] = useState(() => drafts.load(report.visitId) ?? report.hostComment);
  useEffect(() => drafts.keep(report.visitId, text, report.hostComment), [drafts, report.visitId, text, report.hostComment]);
  const [baseVersion, setBaseVersion] = useState(report.version);
  const [conflict, setConflict] = useState<LatestComment | null>(null);
  const [comment, { loading }] = useMutation(CommentOnVisitReportDocument);
  const errors = useFormErrors();
  // The form gives way to both versions: the focus goes to the heading that explains why.
  const conflictShown = conflict !== null;
  useEffect(() => {
    if (conflictShown) document.getElementById('report-comment-conflict-heading')?.focus();
  }, [conflictShown]);

  const send = async (version: number) => {
    if (!errors.check(text.trim() ? {} : { text: 'report.comment.required' })) return;
    try {
      const result = await comment({ variables: { input: { visitId: report.visitId, version, text } } });
      setBaseVersion(result.data?.commentOnVisitReport.version ?? version + 1);
      drafts.clear(report.visitId);
      setConflict(null);
      onDone(t('report.comment.saved'), 'report-comment-text');
    } catch (error) {
      if (readApiError(error, 'nl').code === 'CONFLICT') {
        // Someone changed the report meanwhile: fetch it, keep what the host typed, show both.
        const fresh = await client
          .query({ query: VisitReportDocument, variables: { visitId: report.visitId, revision: null }, fetchPolicy: 'network-only' })
          .catch(() => null);
        const latest = fresh?.data?.visitReport;
        if (latest) {
          setConflict({ text: latest.hostComment, version: latest.version });
          return;
        }
      }
      errors.fail(error);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(baseVersion);
  };

  const takeLatest = () => {
    if (!conflict) return;
    setText(conflict.text);
    setBaseVersion(conflict.version);
    setConflict(null);
    onDone(t('report.comment.conflict.tookLatest'), 'report-comment-text');
  };

  return (
    <section className="kijkje-section" aria-labelledby="report-comment-heading">
      <Heading level={2} id="report-comment-heading">
        {t('report.comment.title')}
      </Heading>
      <Paragraph>{report.replyDeadline ? t('report.comment.intro', { date: formatDateTime(report.replyDeadline, i18n.language) }) : t('report.comment.introNoDate')}</Paragraph>
      {conflict ? (
        <div className="kijkje-conflict" data-testid="report-comment-conflict">
          <Heading level={3} id="report-comment-conflict-heading" tabIndex={-1}>
            {t('report.comment.conflict.title')}
          </Heading>
          <Alert type="warning">
            <Paragraph>{t('report.comment.conflict.intro')}</Paragraph>
          </Alert>
          <div className="kijkje-versions">
            <section aria-labelledby="report-comment-conflict-mine">
              <Heading level={4} id="report-comment-conflict-mine">
                {t('report.comment.conflict.mine')}
              </Heading>
              <Markdown source={text} topHeadingLevel={5} />
            </section>
            <section aria-labelledby="report-comment-conflict-latest">
              <Heading level={4} id="report-comment-conflict-latest">
                {t('report.comment.conflict.latest')}
              </Heading>
              {conflict.text.trim() ? <Markdown source={conflict.text} topHeadingLevel={5} /> : <Paragraph>{t('report.comment.conflict.latestEmpty')}</Paragraph>}
            </section>
          </div>
          <ErrorAlert message={errors.general} />
          <div className="kijkje-actions">
            <Button type="button" appearance="primary-action-button" busy={loading} disabled={loading} onClick={() => void send(conflict.version)}>
              {t('report.comment.conflict.keepMine')}
            </Button>
            <Button type="button" appearance="secondary-action-button" disabled={loading} onClick={takeLatest}>
              {t('report.comment.conflict.takeLatest')}
            </Button>
          </div>
        </div>
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
