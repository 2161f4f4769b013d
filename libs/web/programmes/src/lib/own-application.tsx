import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeDocument, ProgrammesDocument, WithdrawApplicationDocument, type ApplicationFieldsFragment } from '@kijkje/web/data-access';
import { ConfirmDialog, useAction, formatDate, ActionError } from '@kijkje/web/ui';
import { WithdrawConsequence } from './release-consequence';

/** A municipality's own application; withdrawing it cannot be undone, so it asks first. */
export function OwnApplication({ application, programmeName }: { application: ApplicationFieldsFragment; programmeName: string }) {
  const { t, i18n } = useTranslation();
  const [withdraw] = useMutation(WithdrawApplicationDocument, {
    refetchQueries: [ProgrammeDocument, ProgrammesDocument],
    awaitRefetchQueries: true,
  });
  const action = useAction(() => withdraw({ variables: { id: application.id } }));
  const canWithdraw = application.status !== 'WITHDRAWN' && application.status !== 'DECLINED';

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
      <ActionError errors={action.errors} />
      {canWithdraw && (
        <>
          <Button type="button" appearance="secondary-action-button" hint="danger" busy={action.pending} disabled={action.pending} onClick={action.ask}>
            {t('apply.withdraw')}
          </Button>
          <ConfirmDialog
            open={action.asking}
            tone="danger"
            testId="application-withdraw-dialog"
            title={t('apply.withdrawConfirm.title', { programme: programmeName })}
            confirmLabel={t('apply.withdrawConfirm.submit')}
            cancelLabel={t('apply.withdrawConfirm.cancel')}
            busy={action.pending}
            onConfirm={() => void action.run()}
            onCancel={action.cancel}
          >
            <WithdrawConsequence application={application} programmeName={programmeName} />
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
