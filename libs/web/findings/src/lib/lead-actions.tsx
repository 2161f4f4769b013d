import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { REPLY_DAYS_DEFAULT, replyPeriodOpen } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { FinaliseFindingsDocument, FindingsBoardDocument, ShareFindingsDocument, type FindingsBoardQuery } from '@kijkje/web/data-access';
import { ConfirmDialog, InputField, RouterLink, ErrorAlert, formatDateTime, ActionError, useAction } from '@kijkje/web/ui';

type Visit = FindingsBoardQuery['visit'];

/** The lead: share the submitted findings with the host (hoor en wederhoor), then finalise them. */
export function LeadActions({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const counts = visit.findingCounts;
  const canFinalise = (visit.status === 'HELD' || visit.status === 'REPORT_DRAFT') && (counts?.shared ?? 0) > 0;
  if (visit.status === 'PLANNED' || visit.status === 'PREPARED') {
    return (
      <section className="kijkje-section" aria-labelledby="lead-heading">
        <Heading level={2} id="lead-heading">
          {t('findings.lead.title')}
        </Heading>
        <Paragraph>
          {t('findings.lead.holdFirst')} <RouterLink to={`/bezoeken/${visit.id}`}>{t('findings.lead.toVisit')}</RouterLink>
        </Paragraph>
      </section>
    );
  }
  return <LeadSteps visit={visit} canFinalise={canFinalise} />;
}

function LeadSteps({ visit, canFinalise }: { visit: Visit; canFinalise: boolean }) {
  const { t } = useTranslation();
  // Lives here, not in Finalise: once nothing is left to finalise, that step (and its button) goes.
  const [finalised, setFinalised] = useState(false);
  if (!visit.rights.shareFindings && !canFinalise && !finalised) return null;
  return (
    <section className="kijkje-section" aria-labelledby="lead-heading">
      <Heading level={2} id="lead-heading" tabIndex={-1}>
        {t('findings.lead.title')}
      </Heading>
      <div role="status">{finalised && <Alert type="ok">{t('findings.lead.finalised')}</Alert>}</div>
      {visit.rights.shareFindings && <ShareForm visit={visit} />}
      {canFinalise && (
        <Finalise
          visit={visit}
          onDone={() => {
            setFinalised(true);
            requestAnimationFrame(() => document.getElementById('lead-heading')?.focus());
          }}
        />
      )}
    </section>
  );
}

function ShareForm({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState(String(REPLY_DAYS_DEFAULT));
  const [share] = useMutation(ShareFindingsDocument, { refetchQueries: [FindingsBoardDocument], awaitRefetchQueries: true });
  const action = useAction(async (replyDays: number) => {
    const result = await share({ variables: { input: { visitId: visit.id, replyDays } } });
    return result.data?.shareFindings.replyDeadline ?? null;
  });
  const errors = action.errors;
  const host = visit.hostOrganisation.name;
  const count = visit.findingCounts?.submitted ?? 0;

  // Sharing cannot be taken back (the host reads them at once): the days are checked, then it asks.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const replyDays = Number(days);
    if (!Number.isInteger(replyDays) || replyDays < 1 || replyDays > 60) {
      action.reset();
      errors.check({ replyDays: 'findings.lead.daysInvalid' });
      return;
    }
    action.ask();
  };

  return (
    <form className="kijkje-form" noValidate onSubmit={onSubmit} aria-labelledby="share-heading">
      <Heading level={3} id="share-heading">
        {t('findings.lead.shareTitle')}
      </Heading>
      <Paragraph>{t('findings.lead.shareIntro', { count: visit.findingCounts?.submitted ?? 0 })}</Paragraph>
      <ErrorAlert message={errors.view && !errors.field('replyDays') ? errors.general : null} />
      <InputField
        id="share-days"
        type="number"
        min={1}
        max={60}
        label={t('findings.lead.days')}
        description={t('findings.lead.daysDescription')}
        value={days}
        onChange={setDays}
        error={errors.field('replyDays')}
      />
      <div role="status">{action.done && <Alert type="ok">{t('findings.lead.shared', { date: formatDateTime(action.done, i18n.language) })}</Alert>}</div>
      <Button type="submit" appearance="primary-action-button" busy={action.pending} disabled={action.pending}>
        {t('findings.lead.share')}
      </Button>
      <ConfirmDialog
        open={action.asking}
        testId="findings-share-dialog"
        title={t('findings.lead.shareConfirm.title', { count, host })}
        confirmLabel={t('findings.lead.shareConfirm.submit', { host })}
        cancelLabel={t('findings.lead.shareConfirm.cancel')}
        busy={action.pending}
        onConfirm={() => void action.run(Number(days))}
        onCancel={action.cancel}
      >
        <Paragraph>{t('findings.lead.shareConfirm.what', { count, host, days: Number(days) })}</Paragraph>
        <Paragraph>{t('findings.lead.shareConfirm.final')}</Paragraph>
      </ConfirmDialog>
    </form>
  );
}

function Finalise({ visit, onDone }: { visit: Visit; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [finalise] = useMutation(FinaliseFindingsDocument, { refetchQueries: [FindingsBoardDocument], awaitRefetchQueries: true });
  const action = useAction(
    async () => {
      await finalise({ variables: { input: { visitId: visit.id } } });
    },
    { onDone },
  );
  const host = visit.hostOrganisation.name;
  const count = visit.findingCounts?.shared ?? 0;
  // While the host may still reply, the question says so and until when.
  const early = replyPeriodOpen(visit.replyDeadline ? new Date(visit.replyDeadline) : null, new Date());
  const deadline = formatDateTime(visit.replyDeadline, i18n.language);

  return (
    <section className="kijkje-section" aria-labelledby="finalise-heading">
      <Heading level={3} id="finalise-heading">
        {t('findings.lead.finaliseTitle')}
      </Heading>
      <Paragraph>{t('findings.lead.finaliseIntro')}</Paragraph>
      <ActionError errors={action.errors} />
      <Button type="button" appearance="secondary-action-button" busy={action.pending} disabled={action.pending} onClick={action.ask}>
        {t('findings.lead.finalise')}
      </Button>
      <ConfirmDialog
        open={action.asking}
        tone="danger"
        testId="findings-finalise-dialog"
        title={t('findings.lead.finaliseConfirm.title', { count, host })}
        confirmLabel={t('findings.lead.finaliseConfirm.submit')}
        cancelLabel={t('findings.lead.finaliseConfirm.cancel')}
        busy={action.pending}
        onConfirm={() => void action.run()}
        onCancel={action.cancel}
      >
        {early && <Paragraph data-testid="findings-finalise-early">{t('findings.lead.finaliseConfirm.early', { host, deadline })}</Paragraph>}
        <Paragraph>{t('findings.lead.finaliseConfirm.what', { count, host })}</Paragraph>
        <Paragraph>{t('findings.lead.finaliseConfirm.final')}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
