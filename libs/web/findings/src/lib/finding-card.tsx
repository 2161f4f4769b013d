import { memo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DeleteFindingDocument, SubmitFindingDocument, type FindingFieldsFragment } from '@kijkje/web/data-access';
import { takeOffBoard } from './board-cache';
import { Comments } from './comments';
import { EvidenceView, FindingEditor } from './finding-editor';
import { excerpt } from './finding-labels';
import { ReleaseSwitch, ReplyForm, ResponseView } from './host-reply';
import { useEditSessions } from './edit-sessions';
import { SystemIssueBadge, SystemIssueControl } from './system-issue-control';
import { VisuallyHidden, ErrorAlert, useFormErrors, formatDateTime, Markdown } from '@kijkje/web/ui';

interface Props {
  finding: FindingFieldsFragment;
  visitId: string;
  themes: readonly string[];
  showRelease: boolean;
}

/**
 * One finding on the board: what the reader may see of it, and only the actions that will work.
 * Memoised: a live change to one finding re-renders that card, not the whole board.
 */
export const FindingCard = memo(function FindingCard({ finding, visitId, themes, showRelease }: Props) {
  const { t, i18n } = useTranslation();
  const sessions = useEditSessions();
  const [editing, setEditing] = useState(() => sessions.has(finding.id));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [notice, setNotice] = useState('');
  const [submitFinding, { loading: submitting }] = useMutation(SubmitFindingDocument);
  const [deleteFinding, { loading: deleting }] = useMutation(DeleteFindingDocument);
  const errors = useFormErrors();
  const { rights } = finding;
  const label = t('findings.cardLabel', { kind: t(`findings.kind.${finding.kind}`), theme: finding.theme, name: finding.author.name });
  const about = excerpt(finding.text, 40);

  const onSubmit = async () => {
    errors.clear();
    try {
      await submitFinding({ variables: { input: { id: finding.id, version: finding.version } } });
      setNotice(t('findings.card.submitted'));
    } catch (error) {
      errors.fail(error);
    }
  };

  const onDelete = async () => {
    errors.clear();
    try {
      await deleteFinding({
        variables: { input: { id: finding.id, version: finding.version } },
        update: (cache) => takeOffBoard(cache, visitId, finding.id),
      });
      // The card is gone: the focus goes to the board's heading instead of the page's start.
      document.getElementById('board-heading')?.focus();
    } catch (error) {
      setConfirmDelete(false);
      errors.fail(error);
    }
  };

  return (
    <article className="kijkje-finding" aria-label={label} data-finding-id={finding.id}>
      <Paragraph className="kijkje-finding-meta">
        <strong data-testid="finding-status">{t(`findings.status.${finding.status}`)}</strong>
        {' · '}
        {t('findings.by', { name: finding.author.name, date: formatDateTime(finding.createdAt, i18n.language) })}
        {finding.releasedForHarvest && !showRelease && <> · {t('findings.releasedBadge')}</>}
      </Paragraph>
      {editing ? (
        <FindingEditor
          finding={finding}
          themes={themes}
          onDone={(message) => {
            sessions.delete(finding.id);
            setEditing(false);
            setNotice(message);
          }}
        />
      ) : (
        <>
          <Markdown source={finding.text} />
          <EvidenceView evidence={finding.evidence} />
          {finding.tags.length > 0 && (
            <ul className="kijkje-tags" aria-label={t('findings.tags')}>
              {finding.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          {(rights.edit || rights.submit || rights.delete) && (
            <div className="kijkje-actions">
              {rights.edit && (
                <Button type="button" appearance="secondary-action-button" onClick={() => setEditing(true)}>
                  {t('findings.card.edit')}
                  <VisuallyHidden> {about}</VisuallyHidden>
                </Button>
              )}
              {rights.submit && (
                <Button type="button" appearance="secondary-action-button" busy={submitting} disabled={submitting} onClick={() => void onSubmit()}>
                  {t('findings.card.submit')}
                  <VisuallyHidden> {about}</VisuallyHidden>
                </Button>
              )}
              {rights.delete && !confirmDelete && (
                <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => setConfirmDelete(true)}>
                  {t('findings.card.delete')}
                  <VisuallyHidden> {about}</VisuallyHidden>
                </Button>
              )}
            </div>
          )}
          {confirmDelete && (
            <Alert type="warning">
              <Paragraph>{t('findings.card.deleteConfirm')}</Paragraph>
              <div className="kijkje-actions">
                <Button
                  type="button"
                  appearance="primary-action-button"
                  hint="danger"
                  busy={deleting}
                  disabled={deleting}
                  autoFocus
                  onClick={() => void onDelete()}
                >
                  {t('findings.card.deleteYes')}
                </Button>
                <Button type="button" appearance="secondary-action-button" onClick={() => setConfirmDelete(false)}>
                  {t('findings.card.deleteNo')}
                </Button>
              </div>
            </Alert>
          )}
        </>
      )}
      <div role="status">{notice && <Paragraph className="kijkje-finding-meta">{notice}</Paragraph>}</div>
      <ErrorAlert message={errors.general} />
      {finding.response && <ResponseView response={finding.response} />}
      {rights.reply && <ReplyForm finding={finding} />}
      {rights.release && showRelease && <ReleaseSwitch finding={finding} />}
      {finding.canMarkSystemIssue ? <SystemIssueControl finding={finding} /> : <SystemIssueBadge finding={finding} />}
      {rights.discuss && <Comments finding={finding} />}
    </article>
  );
});
