import type { RefObject } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RemoveReviewerDocument, ReviewerCandidatesDocument, SetVisitLeadDocument, type ReviewerFieldsFragment } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, VisuallyHidden, useAction } from '@kijkje/web/ui';

interface Props {
  visitId: string;
  reviewer: ReviewerFieldsFragment;
  mayMakeLead: boolean;
  mayRemove: boolean;
  /** The button used goes away with the change: the focus goes here instead. */
  focusAfter: RefObject<HTMLElement | null>;
  onDone: (message: string) => void;
}

/** One member of the review team, with making them lead and taking them off the team (which asks first). */
export function TeamMember({ visitId, reviewer, mayMakeLead, mayRemove, focusAfter, onDone }: Props) {
  const { t } = useTranslation();
  const name = reviewer.user.name;
  const input = { visitId, userId: reviewer.user.id };
  const refetchQueries = [ReviewerCandidatesDocument];
  const [setLead] = useMutation(SetVisitLeadDocument, { refetchQueries });
  const [remove] = useMutation(RemoveReviewerDocument, { refetchQueries });
  const makeLead = useAction(() => setLead({ variables: { input } }), { focusAfter, onDone: () => onDone(t('team.leadChosen', { name })) });
  const removal = useAction(() => remove({ variables: { input } }), { focusAfter, onDone: () => onDone(t('team.removed', { name })) });
  const busy = makeLead.pending || removal.pending;

  return (
    <li>
      <span>
        {t('team.member', { name, organisation: reviewer.organisation.name })}
        {reviewer.isLead && <strong> {t('team.leadBadge')}</strong>}
      </span>
      <span className="kijkje-actions">
        {mayMakeLead && (
          <Button type="button" appearance="secondary-action-button" busy={makeLead.pending} disabled={busy} onClick={() => void makeLead.run()}>
            {t('team.makeLead')}
            <VisuallyHidden> {name}</VisuallyHidden>
          </Button>
        )}
        {mayRemove && (
          <Button type="button" appearance="secondary-action-button" hint="danger" disabled={busy} onClick={removal.ask}>
            {t('team.remove')}
            <VisuallyHidden> {name}</VisuallyHidden>
          </Button>
        )}
      </span>
      <ActionError errors={makeLead.errors} />
      <ActionError errors={removal.errors} />
      <ConfirmDialog
        open={removal.asking}
        tone="danger"
        title={t('team.removeConfirm.title', { name })}
        confirmLabel={t('team.removeConfirm.yes')}
        cancelLabel={t('team.removeConfirm.no')}
        busy={removal.pending}
        onConfirm={() => void removal.run()}
        onCancel={removal.cancel}
      >
        <Paragraph>{t('team.removeConfirm.body', { name })}</Paragraph>
      </ConfirmDialog>
    </li>
  );
}
