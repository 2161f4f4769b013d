import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { roundTransitions } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { StartRoundDocument, type RoundFieldsFragment } from '@kijkje/web/data-access';
import { ConfirmDialog, VisuallyHidden, useAction, ActionError } from '@kijkje/web/ui';
import { COMPOSITION_REFETCH as REFETCH } from './composition-refetch';

/**
 * Starting a round locks its composition for good (nothing goes back to COMPOSING): it asks first,
 * naming the round, the municipalities that will host and review, and the status it moves to.
 */
export function RoundStart({ round }: { round: RoundFieldsFragment }) {
  const { t } = useTranslation();
  const [start] = useMutation(StartRoundDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const action = useAction(() => start({ variables: { input: { id: round.id, version: round.version } } }));
  const composing = round.status === 'COMPOSING';
  const next = roundTransitions.COMPOSING[0];

  return (
    <>
      <div role="status">{action.succeeded && <Alert type="ok">{t('composition.started', { name: round.name })}</Alert>}</div>
      <ActionError errors={action.errors} />
      {composing && (
        <>
          <Button type="button" appearance="secondary-action-button" busy={action.pending} disabled={action.pending} onClick={action.ask}>
            {t('composition.start')}
            <VisuallyHidden> {round.name}</VisuallyHidden>
          </Button>
          <ConfirmDialog
            open={action.asking}
            testId="round-start-dialog"
            title={t('composition.startConfirm.title', { name: round.name })}
            confirmLabel={t('composition.startConfirm.submit', { name: round.name })}
            cancelLabel={t('composition.startConfirm.cancel')}
            busy={action.pending}
            onConfirm={() => void action.run()}
            onCancel={action.cancel}
          >
            <Paragraph>
              {t('composition.startConfirm.what', {
                name: round.name,
                count: round.organisations.length,
                organisations: round.organisations.map((organisation) => organisation.name).join(', '),
                status: t(`rounds.status.${next}`),
              })}
            </Paragraph>
            <Paragraph>{t('composition.startConfirm.locked')}</Paragraph>
            <Paragraph>{t('composition.startConfirm.final')}</Paragraph>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
