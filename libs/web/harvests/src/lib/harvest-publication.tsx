import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ProgrammeHarvestsDocument, WithdrawHarvestDocument } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, TextareaField, VisuallyHidden, RouterLink, formatDateTime, useAction } from '@kijkje/web/ui';
import { harvestServing } from './harvest-serving';
import { exportPath, publicPath } from './harvest-states';
import { type Harvest } from './use-latest-harvest';

/** What the public sees of this harvest now, in plain words, and taking it down (with a reason). */
export function PublicSection({ harvest, onDone }: { harvest: Harvest; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const serving = harvestServing(harvest.versions);
  const [reason, setReason] = useState('');
  const [withdraw] = useMutation(WithdrawHarvestDocument, { refetchQueries: [ProgrammeHarvestsDocument] });
  const action = useAction(
    async (number: number) => {
      await withdraw({ variables: { input: { harvestId: harvest.id, number, reason: reason.trim() } } });
      return number;
    },
    {
      onDone: (number) => {
        setReason('');
        onDone(t('harvest.public.withdrawnDone', { number }));
      },
    },
  );
  const errors = action.errors;
  const path = publicPath(harvest.slug);

  const onWithdraw = () => {
    if (serving.state !== 'PUBLIC') return;
    if (!errors.check(reason.trim() === '' ? { reason: 'common.required' } : {})) return;
    void action.run(serving.number);
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-public-heading">
      <Heading level={3} id="harvest-public-heading">
        {t('harvest.public.title')}
      </Heading>
      <Paragraph data-testid="harvest-public-state">
        {serving.state === 'NONE' && t('harvest.public.none')}
        {serving.state === 'PUBLIC' &&
          t('harvest.public.public', { number: serving.number, since: formatDateTime(serving.since.toISOString(), i18n.language) })}
        {serving.state === 'WITHDRAWN' &&
          t('harvest.public.withdrawn', { number: serving.number, date: formatDateTime(serving.withdrawnAt.toISOString(), i18n.language) })}
      </Paragraph>
      {serving.state === 'PUBLIC' && (
        <>
          <Paragraph>
            <Link href={path} data-testid="harvest-public-link">
              {t('harvest.publicLink')}
            </Link>
          </Paragraph>
          {!action.asking && <ActionError errors={errors} />}
          <Button type="button" appearance="secondary-action-button" hint="danger" onClick={action.ask}>
            {t('harvest.public.withdraw')}
          </Button>
          <ConfirmDialog
            open={action.asking}
            tone="danger"
            testId="harvest-withdraw-dialog"
            title={t('harvest.public.confirm.title', { number: serving.number })}
            confirmLabel={t('harvest.public.confirm.submit', { number: serving.number })}
            cancelLabel={t('harvest.public.confirm.cancel')}
            busy={action.pending}
            initialFocus="harvest-withdraw-reason"
            onConfirm={onWithdraw}
            onCancel={action.cancel}
          >
            <Paragraph>{t('harvest.public.confirm.what', { path })}</Paragraph>
            <TextareaField
              id="harvest-withdraw-reason"
              label={t('harvest.public.confirm.reason')}
              description={t('harvest.public.confirm.reasonDescription')}
              value={reason}
              onChange={setReason}
              error={errors.field('reason')}
              required
              rows={3}
              maxLength={1000}
            />
            {errors.field('number') && <Alert type="error">{errors.field('number')}</Alert>}
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}

/** Every published version, newest first, with its downloads; a withdrawn one marked as such, with the reason. */
export function VersionsSection({ harvest }: { harvest: Harvest }) {
  const { t, i18n } = useTranslation();
  const versions = [...harvest.versions].sort((a, b) => b.number - a.number);
  return (
    <section className="kijkje-section" aria-labelledby="harvest-versions-heading">
      <Heading level={3} id="harvest-versions-heading">
        {t('harvest.versions.title')}
      </Heading>
      {versions.length === 0 ? (
        <Paragraph>{t('harvest.versions.none')}</Paragraph>
      ) : (
        <ul className="kijkje-results" aria-labelledby="harvest-versions-heading" data-testid="harvest-versions">
          {versions.map((version) => (
            <li key={version.number}>
              <span>
                <RouterLink to={`/oogsten/${harvest.id}/versies/${version.number}`}>{t('harvest.versions.number', { number: version.number })}</RouterLink> ·{' '}
                {t(`harvest.visibility.${version.visibility}`, { defaultValue: version.visibility })} · {formatDateTime(version.publishedAt, i18n.language)}
                {version.withdrawnAt && <strong> · {t('harvest.versions.withdrawn', { date: formatDateTime(version.withdrawnAt, i18n.language) })}</strong>}
                {version.withdrawalReason && <span className="kijkje-harvest-meta"> {t('harvest.versions.reason', { reason: version.withdrawalReason })}</span>}
              </span>
              <span className="kijkje-actions">
                <Link href={exportPath(harvest.id, 'pdf', version.number, i18n.language)}>
                  PDF<VisuallyHidden> {t('harvest.versions.of', { number: version.number })}</VisuallyHidden>
                </Link>
                <Link href={exportPath(harvest.id, 'docx', version.number, i18n.language)}>
                  DOCX<VisuallyHidden> {t('harvest.versions.of', { number: version.number })}</VisuallyHidden>
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
