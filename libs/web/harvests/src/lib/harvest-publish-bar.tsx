import { useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Link, Paragraph } from '@utrecht/component-library-react';
import { nextVersionNumber } from '@kijkje/domain';
import { useTranslation } from 'react-i18next';
import { HarvestDocument, ProgrammeHarvestsDocument, PublishHarvestDocument } from '@kijkje/web/data-access';
import { ActionError, ConfirmDialog, RouterLink, toLang, useAction, isConflict } from '@kijkje/web/ui';
import { harvestServing } from './harvest-serving';
import { publicPath } from './harvest-states';
import { stepHref } from './harvest-steps';
import { useLatest, type Harvest } from './use-latest-harvest';

/** The coordinator's preview of the public page as publishing the draft now would make it. */
export function previewPath(harvestId: string, lang: string): string {
  return `/export/oogst-voorbeeld/${encodeURIComponent(harvestId)}${lang.startsWith('en') ? '?taal=en' : ''}`;
}

/** Quotes that hold publishing up: a flagged word, a name left in, or a finding no longer released. */
export function openQuotes(harvest: Harvest): number {
  return harvest.quotes.filter((quote) => quote.flags.length > 0 || quote.remainingNames.length > 0 || quote.consent === null).length;
}

/**
 * Under every step: the draft's status, what still holds publishing up, and publishing itself.
 * Publishing asks first, naming the version, who will read it and what it replaces; publicly,
 * with a preview of exactly what the public will see; and that the figures stay hidden when the
 * findings come from fewer than three municipalities.
 */
export function PublishBar({ harvest }: { harvest: Harvest }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const [publish] = useMutation(PublishHarvestDocument, { refetchQueries: [HarvestDocument, ProgrammeHarvestsDocument], awaitRefetchQueries: true });
  const latest = useLatest(harvest.id);
  const doneRef = useRef<HTMLDivElement>(null);
  const action = useAction(
    async () => {
      try {
        const result = await publish({ variables: { input: { id: harvest.id, version: harvest.version } } });
        return result.data?.publishHarvest ?? null;
      } catch (error) {
        if (isConflict(error)) await latest();
        throw error;
      }
    },
    { focusAfter: doneRef },
  );
  const published = action.done;
  const number = nextVersionNumber(harvest.versions.map((v) => v.number));
  const serving = harvestServing(harvest.versions);
  const path = publicPath(harvest.slug);
  const blocked = harvest.problems.length > 0;
  // Findings of one or two municipalities: no figure of the harvest is shown, and publishing says so.
  const countsHidden = harvest.counts.totals.suppressed !== null && harvest.counts.totals.suppressed !== undefined;

  return (
    <section className="kijkje-publish-bar" aria-label={t('harvest.bar.label')} data-testid="harvest-publish-bar">
      <div className="kijkje-publish-bar-inner">
        <Paragraph className="kijkje-publish-bar-status">
          <strong>{t('harvest.bar.title')}</strong>{' '}
          <span data-testid="harvest-status">{t(`harvest.status.${harvest.status}`, { defaultValue: harvest.status })}</span>
          {' · '}
          {t(`harvest.visibility.${harvest.visibility}`)}
        </Paragraph>
        {blocked ? (
          <details className="kijkje-publish-blockers" data-testid="harvest-blockers">
            <summary>{t('harvest.bar.blocked', { count: harvest.problems.length })}</summary>
            <ul data-testid="harvest-problems">
              {harvest.problems.map((problem) => (
                <li key={problem.nl}>{problem[lang]}</li>
              ))}
            </ul>
            {openQuotes(harvest) > 0 && <RouterLink to={stepHref('citaten')}>{t('harvest.bar.toQuotes')}</RouterLink>}
          </details>
        ) : (
          <Button type="button" appearance="primary-action-button" onClick={action.ask}>
            {t('harvest.publish.submit')}
          </Button>
        )}
      </div>
      <ActionError errors={action.errors} />
      <div role="status" aria-live="polite">
        {published && (
          <div ref={doneRef} tabIndex={-1} className="kijkje-publish-done">
            <Paragraph data-testid="harvest-published">{t('harvest.publish.done', { number: published.number })}</Paragraph>
            {published.publicPath && <Link href={published.publicPath}>{t('harvest.publicLink')}</Link>}
          </div>
        )}
      </div>
      <ConfirmDialog
        open={action.asking}
        testId="harvest-publish-dialog"
        title={t(`harvest.publish.confirm.title.${harvest.visibility}`, { number })}
        confirmLabel={t(`harvest.publish.confirm.submit.${harvest.visibility}`)}
        cancelLabel={t('harvest.publish.confirm.cancel')}
        busy={action.pending}
        onConfirm={() => void action.run()}
        onCancel={action.cancel}
      >
        <Paragraph>{t(`harvest.publish.confirm.what.${harvest.visibility}`, { number, path })}</Paragraph>
        {serving.state === 'PUBLIC' && (
          <Paragraph>
            {t(harvest.visibility === 'PUBLIC' ? 'harvest.publish.confirm.replaces' : 'harvest.publish.confirm.replacesNetwork', { current: serving.number })}
          </Paragraph>
        )}
        {countsHidden && <Paragraph data-testid="harvest-publish-counts-hidden">{t('harvest.publish.confirm.countsHidden')}</Paragraph>}
        {harvest.visibility === 'PUBLIC' && (
          <>
            <Paragraph>
              {countsHidden
                ? t('harvest.publish.confirm.summaryCountsHidden', { quotes: harvest.quotes.length, patterns: harvest.patterns.length })
                : t('harvest.publish.confirm.summary', {
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
