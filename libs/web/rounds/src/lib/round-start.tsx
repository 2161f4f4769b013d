import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { roundTransitions } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { ProgrammeCompositionDocument, StartRoundDocument, SuggestedGroupingDocument, type RoundFieldsFragment } from '@kijkje/web/data-access';
import { ConfirmDialog, VisuallyHidden, useFormErrors, ActionError } from '@kijkje/web/ui';

/**
 * Starting a round locks its composition for good (nothing goes back to COMPOSING): it asks first,
 * naming the round, the municipalities that will host and review, and the status it moves to.
 */
export function RoundStart({ round }: { round: RoundFieldsFragment }) {
  const { t } = useTranslation();
  const [started, setStarted] = useState(false);
  const [asking, setAsking] = useState(false);
  const [start, { loading }] = useMutation(StartRoundDocument, {
    refetchQueries: [ProgrammeCompositionDocument, SuggestedGroupingDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors();
  const composing = round.status === 'COMPOSING';
  const next = roundTransitions.COMPOSING[0];

  const onStart = async () => {
    setStarted(false);
    errors.clear();
    try {
      await start({ variables: { input: { id: round.id, version: round.version } } });
      setAsking(false);
      setStarted(true);
    } catch (err) {
      setAsking(false);
      errors.fail(err);
    }
  };

  return (
    <>
      <div role="status">{started && <Alert type="ok">{t('composition.started', { name: round.name })}</Alert>}</div>
      <ActionError errors={errors} />
      {composing && (
        <>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={loading}
            disabled={loading}
            onClick={() => (errors.clear(), setStarted(false), setAsking(true))}
          >
            {t('composition.start')}
            <VisuallyHidden> {round.name}</VisuallyHidden>
          </Button>
          <ConfirmDialog
            open={asking}
            testId="round-start-dialog"
            title={t('composition.startConfirm.title', { name: round.name })}
            confirmLabel={t('composition.startConfirm.submit', { name: round.name })}
            cancelLabel={t('composition.startConfirm.cancel')}
            busy={loading}
            onConfirm={() => void onStart()}
            onCancel={() => setAsking(false)}
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
