import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeDocument, ProgrammesDocument, WithdrawApplicationDocument, type ApplicationFieldsFragment } from '@kijkje/web/data-access';
import { ConfirmDialog, useFormErrors, formatDate, ActionError } from '@kijkje/web/ui';
import { WithdrawConsequence } from './release-consequence';

/** A municipality's own application; withdrawing it cannot be undone, so it asks first. */
export function OwnApplication({ application, programmeName }: { application: ApplicationFieldsFragment; programmeName: string }) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [withdraw, { loading }] = useMutation(WithdrawApplicationDocument, {
    refetchQueries: [ProgrammeDocument, ProgrammesDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors();
  const canWithdraw = application.status !== 'WITHDRAWN' && application.status !== 'DECLINED';

  const onWithdraw = async () => {
    errors.clear();
    try {
      await withdraw({ variables: { id: application.id } });
      setAsking(false);
    } catch (error) {
      setAsking(false);
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="own-application-heading">
      <Heading level={2} id="own-application-heading">
        {t('apply.ownTitle', { name: application.organisation.name })}
      </Heading>
      <div role="status" aria-live="polite">
        <Alert type={application.status === 'WAITLISTED' ? 'warning' : application.status === 'WITHDRAWN' || application.status === 'DECLINED' ? 'info' : 'ok'}>
          <Paragraph data-testid="application-status">{t('apply.statusIs', { status: t(`applications.status.${application.status}`) })}</Paragraph>
          {application.status === 'WAITLISTED' && application.waitlistPosition && (
            <Paragraph>{t('apply.waitlistPosition', { position: application.waitlistPosition })}</Paragraph>
          )}
        </Alert>
      </div>
      <dl className="kijkje-facts">
        <dt>{t('apply.reviewQuestion')}</dt>
        <dd>{application.reviewQuestion}</dd>
        <dt>{t('apply.themes')}</dt>
        <dd>{application.themes.join(', ')}</dd>
        <dt>{t('apply.preferredPeriod')}</dt>
        <dd>{application.preferredPeriod || t('common.none')}</dd>
        <dt>{t('apply.consent')}</dt>
        <dd>{t(`apply.consentOption.${application.consent}`)}</dd>
        <dt>{t('board.submittedAt')}</dt>
        <dd>{formatDate(application.submittedAt, i18n.language)}</dd>
      </dl>
      <ActionError errors={errors} />
      {canWithdraw && (
        <>
          <Button
            type="button"
            appearance="secondary-action-button"
            hint="danger"
            busy={loading}
            disabled={loading}
            onClick={() => (errors.clear(), setAsking(true))}
          >
            {t('apply.withdraw')}
          </Button>
          <ConfirmDialog
            open={asking}
            tone="danger"
            testId="application-withdraw-dialog"
            title={t('apply.withdrawConfirm.title', { programme: programmeName })}
            confirmLabel={t('apply.withdrawConfirm.submit')}
            cancelLabel={t('apply.withdrawConfirm.cancel')}
            busy={loading}
            onConfirm={() => void onWithdraw()}
            onCancel={() => setAsking(false)}
          >
            <WithdrawConsequence application={application} programmeName={programmeName} />
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
