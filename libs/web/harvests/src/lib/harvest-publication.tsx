import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { nextVersionNumber } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import {
  HarvestDocument,
  ProgrammeHarvestsDocument,
  PublishHarvestDocument,
  WithdrawHarvestDocument,
  type PublishHarvestMutation,
} from '@kijkje/web/data-access';
import { ConfirmDialog, TextareaField, VisuallyHidden, RouterLink, useFormErrors, toLang, formatDateTime, ActionError } from '@kijkje/web/ui';
import { harvestServing } from './harvest-serving';
import { exportPath, publicPath } from './harvest-states';
import { isConflict, useLatest, type Harvest } from './use-latest-harvest';

/** The coordinator's preview of the public page as publishing the draft now would make it. */
function previewPath(harvestId: string, lang: string): string {
  return `/export/oogst-voorbeeld/${encodeURIComponent(harvestId)}${lang.startsWith('en') ? '?taal=en' : ''}`;
}

/** Publishing: asks first, naming the version, who will read it and what it replaces; publicly, with a preview of exactly what the public will see. */
export function PublishSection({ harvest }: { harvest: Harvest }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const [published, setPublished] = useState<PublishHarvestMutation['publishHarvest'] | null>(null);
  const [asking, setAsking] = useState(false);
  const [publish, { loading }] = useMutation(PublishHarvestDocument, {
    refetchQueries: [HarvestDocument, ProgrammeHarvestsDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors();
  const latest = useLatest(harvest.id);
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (published) done.current?.focus();
  }, [published]);

  const number = nextVersionNumber(harvest.versions.map((v) => v.number));
  const serving = harvestServing(harvest.versions);
  const path = publicPath(harvest.slug);

  const onPublish = async () => {
    errors.clear();
    setPublished(null);
    try {
      const result = await publish({ variables: { input: { id: harvest.id, version: harvest.version } } });
      setAsking(false);
      setPublished(result.data?.publishHarvest ?? null);
    } catch (error) {
      setAsking(false);
      if (isConflict(error)) await latest();
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-publish-heading">
      <Heading level={2} id="harvest-publish-heading">
        {t('harvest.publish.title')}
      </Heading>
      <Paragraph>{t(`harvest.publish.intro.${harvest.visibility}`)}</Paragraph>
      <div role="status" aria-live="polite">
        {published && (
          <div ref={done} tabIndex={-1}>
            <Alert type="ok">
              <Paragraph data-testid="harvest-published">{t('harvest.publish.done', { number: published.number })}</Paragraph>
              {published.publicPath && (
                <Paragraph>
                  <Link href={published.publicPath}>{t('harvest.publicLink')}</Link>
                </Paragraph>
              )}
            </Alert>
          </div>
        )}
      </div>
      <ActionError errors={errors} />
      {harvest.problems.length > 0 ? (
        <Alert type="warning">
          <Paragraph>{t('harvest.publish.problems')}</Paragraph>
          <ul data-testid="harvest-problems">
            {harvest.problems.map((problem) => (
              <li key={problem.nl}>{problem[lang]}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Button type="button" appearance="primary-action-button" onClick={() => setAsking(true)}>
          {t('harvest.publish.submit')}
        </Button>
      )}
      <ConfirmDialog
        open={asking}
        testId="harvest-publish-dialog"
        title={t(`harvest.publish.confirm.title.${harvest.visibility}`, { number })}
        confirmLabel={t(`harvest.publish.confirm.submit.${harvest.visibility}`)}
        cancelLabel={t('harvest.publish.confirm.cancel')}
        busy={loading}
        onConfirm={() => void onPublish()}
        onCancel={() => setAsking(false)}
      >
        <Paragraph>{t(`harvest.publish.confirm.what.${harvest.visibility}`, { number, path })}</Paragraph>
        {serving.state === 'PUBLIC' && (
          <Paragraph>
            {t(harvest.visibility === 'PUBLIC' ? 'harvest.publish.confirm.replaces' : 'harvest.publish.confirm.replacesNetwork', { current: serving.number })}
          </Paragraph>
        )}
        {harvest.visibility === 'PUBLIC' && (
          <>
            <Paragraph>
              {t('harvest.publish.confirm.summary', {
                quotes: harvest.quotes.length,
                patterns: harvest.patterns.length,
                findings: harvest.counts.totals.total,
              })}
            </Paragraph>
            <Paragraph>
              <Link href={previewPath(harvest.id, i18n.language)} target="_blank" rel="noopener" data-testid="harvest-preview-link">
                {t('harvest.publish.confirm.preview')}
              </Link>
            </Paragraph>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}

/** What the public sees of this harvest now, in plain words, and taking it down (with a reason). */
export function PublicSection({ harvest, onDone }: { harvest: Harvest; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const serving = harvestServing(harvest.versions);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [withdraw, { loading }] = useMutation(WithdrawHarvestDocument, { refetchQueries: [ProgrammeHarvestsDocument] });
  const errors = useFormErrors();
  const path = publicPath(harvest.slug);

  const onWithdraw = async () => {
    if (serving.state !== 'PUBLIC') return;
    if (!errors.check(reason.trim() === '' ? { reason: 'common.required' } : {})) return;
    try {
      await withdraw({ variables: { input: { harvestId: harvest.id, number: serving.number, reason: reason.trim() } } });
      setAsking(false);
      setReason('');
      onDone(t('harvest.public.withdrawnDone', { number: serving.number }));
    } catch (error) {
      errors.fail(error);
    }
  };

  return (
    <section className="kijkje-section" aria-labelledby="harvest-public-heading">
      <Heading level={2} id="harvest-public-heading">
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
          <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => (errors.clear(), setAsking(true))}>
            {t('harvest.public.withdraw')}
          </Button>
          <ConfirmDialog
            open={asking}
            tone="danger"
            testId="harvest-withdraw-dialog"
            title={t('harvest.public.confirm.title', { number: serving.number })}
            confirmLabel={t('harvest.public.confirm.submit', { number: serving.number })}
            cancelLabel={t('harvest.public.confirm.cancel')}
            busy={loading}
            initialFocus="harvest-withdraw-reason"
            onConfirm={() => void onWithdraw()}
            onCancel={() => setAsking(false)}
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
      <Heading level={2} id="harvest-versions-heading">
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
