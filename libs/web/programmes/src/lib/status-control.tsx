import { useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { EDITABLE_WHILE_RUNNING, programmeTransitions } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { ChangeProgrammeStatusDocument, ProgrammeDocument, ProgrammesDocument, type ProgrammeQuery, type ProgrammeStatus } from '@kijkje/web/data-access';
import { ConfirmDialog, useAction, ActionError } from '@kijkje/web/ui';

type Programme = ProgrammeQuery['programme'];

const NEXT_STATUS: Partial<Record<ProgrammeStatus, ProgrammeStatus>> = { DRAFT: 'OPEN', OPEN: 'RUNNING', RUNNING: 'CLOSED' };

/** A step into a status nothing follows (closing) ends the programme for good: it asks first. */
function endsProgramme(status: ProgrammeStatus): boolean {
  return programmeTransitions[status].length === 0;
}

/** The coordinator moves the programme on: DRAFT → OPEN → RUNNING → CLOSED. */
export function StatusControl({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const next = NEXT_STATUS[programme.status];
  const [change] = useMutation(ChangeProgrammeStatusDocument, { refetchQueries: [ProgrammeDocument, ProgrammesDocument] });
  const heading = useRef<HTMLHeadingElement>(null);
  // After the last step the button is gone: focus goes to the section that says what happened.
  const focusAfter = useRef<HTMLElement | null>(null);
  const action = useAction(
    async (status: ProgrammeStatus) => {
      await change({ variables: { input: { id: programme.id, status, version: programme.version } } });
      return status;
    },
    { focusAfter, onDone: (status) => (focusAfter.current = endsProgramme(status) ? heading.current : null) },
  );
  const done = action.done;
  if (!next && !done) return null;
  const ends = next !== undefined && endsProgramme(next);

  return (
    <section className="kijkje-section" aria-labelledby="status-heading">
      <Heading level={2} id="status-heading" ref={heading} tabIndex={-1}>
        {t('programmes.statusTitle')}
      </Heading>
      <div role="status">{done && <Alert type="ok">{t('programmes.statusChanged', { status: t(`programmes.status.${done}`) })}</Alert>}</div>
      <ActionError errors={action.errors} />
      {next && (
        <Button
          type="button"
          appearance="primary-action-button"
          hint={ends ? 'danger' : undefined}
          busy={action.pending}
          disabled={action.pending}
          onClick={() => (ends ? action.ask() : void action.run(next))}
        >
          {t(`programmes.to.${next}`)}
        </Button>
      )}
      {(ends || action.asking) && (
        <ConfirmDialog
          open={action.asking}
          tone="danger"
          testId="programme-close-dialog"
          title={t('programmes.closeConfirm.title', { name: programme.name })}
          confirmLabel={t('programmes.closeConfirm.submit')}
          cancelLabel={t('programmes.closeConfirm.cancel')}
          busy={action.pending}
          onConfirm={() => next && void action.run(next)}
          onCancel={action.cancel}
        >
          <Paragraph>{t('programmes.closeConfirm.what', { name: programme.name })}</Paragraph>
          <Paragraph>
            {t('programmes.closeConfirm.editable', {
              fields: EDITABLE_WHILE_RUNNING.map((field) => t(`programmes.closeConfirm.field.${field}`)).join(t('programmes.closeConfirm.and')),
            })}
          </Paragraph>
          <Paragraph>{t('programmes.closeConfirm.final')}</Paragraph>
        </ConfirmDialog>
      )}
    </section>
  );
}
